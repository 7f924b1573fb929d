//! `-jar`: the jar's manifest names the main class and extends the class
//! path (`Class-Path`, relative to the jar's directory).

use std::io::Read;
use std::path::Path;

use crema_vm::runtime::VmOptions;

use super::options::LaunchError;

/// Sets the class path to the jar (and its `Class-Path`) and returns the
/// `Main-Class`.
pub fn prepare(jar: &Path, vm: &mut VmOptions) -> Result<String, LaunchError> {
    let name = jar.display();
    let file =
        std::fs::File::open(jar).map_err(|_| LaunchError::Plain(format!("Error: Unable to access jarfile {name}")))?;
    let mut archive = zip::ZipArchive::new(file)
        .map_err(|_| LaunchError::Plain(format!("Error: Invalid or corrupt jarfile {name}")))?;
    let mut manifest = String::new();
    match archive.by_name("META-INF/MANIFEST.MF") {
        Ok(mut f) => {
            f.read_to_string(&mut manifest)
                .map_err(|_| LaunchError::Plain(format!("Error: Invalid or corrupt jarfile {name}")))?;
        }
        Err(_) => {
            return Err(LaunchError::Plain(format!("no main manifest attribute, in {name}")));
        }
    }
    let attributes = parse_manifest(&manifest);
    let main = attributes
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("Main-Class"))
        .map(|(_, v)| v.trim().to_string())
        .ok_or_else(|| LaunchError::Plain(format!("no main manifest attribute, in {name}")))?;
    let base = jar.parent().unwrap_or(Path::new("."));
    vm.class_path = vec![jar.to_path_buf()];
    if let Some((_, cp)) = attributes.iter().find(|(k, _)| k.eq_ignore_ascii_case("Class-Path")) {
        vm.class_path.extend(cp.split_whitespace().map(|e| base.join(e)));
    }
    Ok(main.replace('/', "."))
}

/// The main section's attributes (continuation lines start with a space).
fn parse_manifest(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.is_empty() {
            break;
        }
        if let Some(rest) = line.strip_prefix(' ') {
            if let Some(last) = out.last_mut() {
                last.1.push_str(rest);
            }
        } else if let Some((k, v)) = line.split_once(':') {
            out.push((k.trim().to_string(), v.trim_start().to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_attributes_with_continuations() {
        let m = "Manifest-Version: 1.0\r\nMain-Class: app.Ma\r\n in\r\nClass-Path: lib/a.jar b.jar\r\n\r\nName: x\r\n";
        let attrs = parse_manifest(m);
        assert!(attrs.contains(&("Main-Class".into(), "app.Main".into())));
        assert!(attrs.contains(&("Class-Path".into(), "lib/a.jar b.jar".into())));
    }
}
