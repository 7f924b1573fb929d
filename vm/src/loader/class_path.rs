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

impl ClassPath {
    /// The URL of the resource at `path` on this class path:
    /// `file:/dir/path` or `jar:file:/x.jar!/path`.
    pub fn resource_url(&self, path: &str) -> Option<String> {
        for entry in &self.entries {
            match entry {
                Entry::Dir(dir) => {
                    if dir.join(path).is_file() {
                        return Some(format!("file:{}{path}", url_path(dir)));
                    }
                }
                Entry::Jar { path: jar, archive } => {
                    if archive.lock().unwrap().by_name(path).is_ok() {
                        return Some(format!("jar:file:{}!/{path}", url_path(jar)));
                    }
                }
            }
        }
        None
    }
}

/// The URL of `name` in the directory or jar file at `base` (a file
/// system path), if it is there (`URLClassLoader`).
pub fn locate_resource(base: &str, name: &str) -> Option<String> {
    ClassPath::new(&[PathBuf::from(base)]).resource_url(name)
}

/// The bytes at a `file:` or `jar:file:...!/entry` URL.
pub fn read_url(spec: &str) -> Option<Vec<u8>> {
    if let Some(rest) = spec.strip_prefix("jar:file:") {
        let (jar, entry) = rest.split_once("!/")?;
        let mut archive = zip::ZipArchive::new(File::open(jar).ok()?).ok()?;
        let mut f = archive.by_name(entry).ok()?;
        let mut bytes = Vec::with_capacity(f.size() as usize);
        f.read_to_end(&mut bytes).ok()?;
        return Some(bytes);
    }
    let path = spec.strip_prefix("file:")?;
    let path = path.strip_prefix("//").map_or(path, |p| &p[p.find('/').unwrap_or(p.len())..]);
    std::fs::read(path).ok()
}

fn url_path(p: &Path) -> String {
    let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let mut s = abs.to_string_lossy().into_owned();
    if abs.is_dir() && !s.ends_with('/') {
        s.push('/');
    }
    s
}
