//! The class path: directories and jar files searched in order.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

enum Entry {
    Dir(PathBuf),
    Jar { path: PathBuf, archive: Mutex<zip::ZipArchive<File>> },
}

/// An ordered list of directories and jars.
pub struct ClassPath {
    entries: Vec<Entry>,
}

impl ClassPath {
    /// Opens each entry; entries that do not exist or are not readable
    /// jars are skipped, as `java` does.
    pub fn new(paths: &[PathBuf]) -> ClassPath {
        let mut entries = Vec::new();
        for p in paths {
            if p.is_dir() {
                entries.push(Entry::Dir(p.clone()));
            } else if let Ok(file) = File::open(p)
                && let Ok(archive) = zip::ZipArchive::new(file)
            {
                entries.push(Entry::Jar { path: p.clone(), archive: Mutex::new(archive) });
            }
        }
        ClassPath { entries }
    }

    /// The bytes of class `name` (internal form) and a description of
    /// where they came from (for `-verbose:class`).
    pub fn find(&self, name: &str) -> Option<(Vec<u8>, String)> {
        self.find_resource(&format!("{name}.class"))
    }

    /// The bytes of the resource at `path` (`/`-separated, no leading
    /// slash) and its location as a URL.
    pub fn find_resource(&self, path: &str) -> Option<(Vec<u8>, String)> {
        for entry in &self.entries {
            match entry {
                Entry::Dir(dir) => {
                    let file = dir.join(path);
                    if let Ok(bytes) = std::fs::read(&file) {
                        return Some((bytes, format!("file:{}", url_path(dir))));
                    }
                }
                Entry::Jar { path: jar, archive } => {
                    let mut archive = archive.lock().unwrap();
                    if let Ok(mut f) = archive.by_name(path) {
                        let mut bytes = Vec::with_capacity(f.size() as usize);
                        if f.read_to_end(&mut bytes).is_ok() {
                            return Some((bytes, format!("file:{}", url_path(jar))));
                        }
                    }
                }
            }
        }
        None
    }
}

fn url_path(p: &Path) -> String {
    let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let mut s = abs.to_string_lossy().into_owned();
    if abs.is_dir() && !s.ends_with('/') {
        s.push('/');
    }
    s
}
