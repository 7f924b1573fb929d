//! Compiles the Java sources under `java/` with the host `javac` (as module
//! `java.base`, without the JDK's own classes: `--system none`) and packs
//! the class files into the boot image that `src/boot_image.rs` embeds.
//!
//! Image format (all integers little-endian):
//!
//! ```text
//! u32 count
//! count x { u16 name_len, name (internal, no ".class"), u32 offset, u32 len }
//! class file bytes, at the offsets (relative to the end of the index)
//! ```
//!
//! Entries are sorted by name so the image can be searched in place.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn collect(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let src = manifest.join("java");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let classes = out.join("classes");
    let _ = fs::remove_dir_all(&classes);
    fs::create_dir_all(&classes).unwrap();
    println!("cargo:rerun-if-changed=java");

    let mut sources = Vec::new();
    collect(&src, "java", &mut sources);
    let argfile = out.join("sources.txt");
    fs::write(&argfile, sources.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join("\n")).unwrap();

    let javac = std::env::var("JAVAC").unwrap_or_else(|_| "javac".to_string());
    let status = Command::new(&javac)
        .args(["--system", "none", "-XDstringConcat=inline", "-encoding", "UTF-8", "-nowarn", "-g"])
        .args(["-source", "17", "-target", "17"])
        .arg("-d")
        .arg(&classes)
        .arg(format!("@{}", argfile.display()))
        .status()
        .unwrap_or_else(|e| {
            panic!("could not run `{javac}` (JDK 17's javac is needed to build the class library): {e}")
        });
    assert!(status.success(), "javac failed to compile the class library");

    let mut files = Vec::new();
    collect(&classes, "class", &mut files);
    let mut entries: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "module-info.class"))
        .map(|p| {
            let rel = p.strip_prefix(&classes).unwrap().with_extension("");
            (rel.to_string_lossy().replace('\\', "/"), fs::read(p).unwrap())
        })
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));

    let mut index = Vec::new();
    let mut data = Vec::new();
    index.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    for (name, bytes) in &entries {
        index.extend_from_slice(&(name.len() as u16).to_le_bytes());
        index.extend_from_slice(name.as_bytes());
        index.extend_from_slice(&(data.len() as u32).to_le_bytes());
        index.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        data.extend_from_slice(bytes);
    }
    index.extend_from_slice(&data);
    fs::write(out.join("boot.img"), index).unwrap();
}
