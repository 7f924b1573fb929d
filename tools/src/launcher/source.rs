//! Source-file mode (`crema Hello.java`): the file is compiled with the
//! host `javac` into a cache directory keyed by its content, and its first
//! top-level class is run, as `java Hello.java` does.

use std::path::{Path, PathBuf};
use std::process::Command;

use crema_vm::runtime::VmOptions;

use super::options::LaunchError;

/// Compiles `file` (or reuses the cached classes) and puts the output on
/// the class path; returns the main class name.
pub fn compile(file: &Path, vm: &mut VmOptions) -> Result<String, LaunchError> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| LaunchError::Plain(format!("error: can't read {}: {e}", file.display())))?;
    let main = first_top_level_class(&text)
        .ok_or_else(|| LaunchError::Plain(format!("error: no class declared in source file {}", file.display())))?;
    let dir = cache_dir().join(format!("{:016x}", fnv1a(text.as_bytes())));
    let stamp = dir.join(".complete");
    if !stamp.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .map_err(|e| LaunchError::Plain(format!("error: can't create {}: {e}", dir.display())))?;
        let javac = std::env::var("JAVAC").unwrap_or_else(|_| "javac".into());
        let status =
            Command::new(&javac).arg("-d").arg(&dir).arg(file).status().map_err(|e| {
                LaunchError::Plain(format!("error: can't run {javac} to compile {}: {e}", file.display()))
            })?;
        if !status.success() {
            return Err(LaunchError::Plain("error: compilation failed".into()));
        }
        let _ = std::fs::write(&stamp, b"");
    }
    vm.class_path = vec![dir];
    Ok(qualified(&text, main))
}

/// The binary name of the class `java File.java` runs: the first top-level
/// class, in the file's package.
pub fn main_class(text: &str) -> Option<String> {
    first_top_level_class(text).map(|main| qualified(text, main))
}

fn qualified(text: &str, simple: String) -> String {
    match package_of(text) {
        Some(p) => format!("{p}.{simple}"),
        None => simple,
    }
}

fn cache_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("crema/source");
    }
    if let Ok(home) = std::env::var("HOME") {
        return PathBuf::from(home).join(".cache/crema/source");
    }
    std::env::temp_dir().join("crema-source-cache")
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// Strips comments and string literals (so that keywords inside them do
/// not count), keeping the code's shape.
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i += 2;
            while i + 1 < b.len() && !b[i..].starts_with(b"*/") {
                i += 1;
            }
            i += 2;
            out.push(' ');
        } else if b[i] == b'"' || b[i] == b'\'' {
            let quote = b[i];
            i += 1;
            while i < b.len() && b[i] != quote {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

/// The name of the first class, interface, enum or record declared at
/// brace depth 0.
fn first_top_level_class(text: &str) -> Option<String> {
    let code = code_only(text);
    let mut depth = 0usize;
    let words = code.split(|c: char| !(c.is_alphanumeric() || "_${}".contains(c))).filter(|w| !w.is_empty());
    let mut expect_name = false;
    for word in words {
        for part in split_braces(word) {
            match part {
                "{" => depth += 1,
                "}" => depth = depth.saturating_sub(1),
                w if expect_name => return Some(w.to_string()),
                "class" | "interface" | "enum" | "record" if depth == 0 => expect_name = true,
                _ => {}
            }
        }
    }
    None
}

fn split_braces(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        if c == '{' || c == '}' {
            if start < i {
                parts.push(&word[start..i]);
            }
            parts.push(&word[i..i + 1]);
            start = i + 1;
        }
    }
    if start < word.len() {
        parts.push(&word[start..]);
    }
    parts
}

fn package_of(text: &str) -> Option<String> {
    let code = code_only(text);
    let at = code.find("package ")?;
    let rest = &code[at + "package ".len()..];
    let end = rest.find(';')?;
    Some(rest[..end].split_whitespace().collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_top_level_class() {
        let src = "/* class Fake */ import x.y; // class Nope\n@Ann(\"class Q\") public final class Hello { class Inner {} }\nclass Other {}";
        assert_eq!(first_top_level_class(src), Some("Hello".into()));
        assert_eq!(first_top_level_class("interface I{} class C{}"), Some("I".into()));
        assert_eq!(package_of("package a.b;\nclass X {}"), Some("a.b".into()));
        assert_eq!(package_of("class X {}"), None);
    }
}
