//! Class loaders: finding class bytes, defining classes, and owning them.
//!
//! Each loader is a [`ClassLoaderData`]: it owns the metadata of the
//! classes it defined (its arena) and a dictionary of the classes it has
//! loaded, by internal name. A class is identified by its name and its
//! defining loader.
//!
//! - The boot loader defines the class library from the embedded boot image
//!   (a [`ClassSource`] supplied by the launcher), preceded by
//!   `--patch-module java.base=` and followed by `-Xbootclasspath/a:`.
//! - The application loader delegates to the boot loader first, then reads
//!   the class path (directories and jars, [`ClassPath`]).
//! - User-defined loaders (subclasses of `java.lang.ClassLoader`, `user`)
//!   delegate to their Java `loadClass` and define classes from bytes
//!   handed to `defineClass`; their classes are unloaded together once
//!   nothing can reach them (`unloading`).
//!
//! Array classes are created on demand and belong to the loader of their
//! element class (primitive arrays to the boot loader).

mod class_path;
mod define;
mod loader_data;
pub(crate) mod unloading;
pub mod user;

use std::borrow::Cow;

pub use class_path::{ClassPath, locate_resource, read_url};
pub(crate) use define::define_primitives;
pub use define::{array_class_of, create_mirror, primitive_class};
pub use loader_data::{ClassLoaderData, LoaderKind, LoaderRef, class_epoch};

use crate::metadata::ClassRef;
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;

/// Where a loader finds class bytes (the boot image, a class path).
pub trait ClassSource: Send + Sync {
    /// The bytes of the class with internal name `name`.
    fn find(&self, name: &str) -> Option<Cow<'_, [u8]>>;

    /// How `-verbose:class` names this source (`jrt:/java.base`).
    fn describe(&self, name: &str) -> String;
}

/// The package part of an internal class name (`java/lang` of
/// `java/lang/String`; empty for the unnamed package).
pub fn package_of(name: &str) -> &str {
    let name = name.trim_start_matches('[');
    let name = name.strip_prefix('L').filter(|_| name.ends_with(';')).unwrap_or(name);
    name.rfind('/').map_or("", |i| &name[..i])
}

/// Whether two classes are in the same run-time package: same package name
/// and same defining loader (JVMS §5.3).
pub fn same_runtime_package(a: &ClassRef, b: &ClassRef) -> bool {
    a.loader() == b.loader() && package_of(a.name()) == package_of(b.name())
}

/// Loads the class `name` (internal form) with `loader`: `None` when no
/// class of that name can be found, `Err` when finding or defining it threw
/// (`ClassFormatError`, `LinkageError`, ...).
pub fn load_class(thread: &JavaThread, loader: LoaderRef, name: &str) -> JResult<Option<ClassRef>> {
    if let Some(c) = loader.find_loaded(name) {
        return Ok(Some(c));
    }
    if name.starts_with('[') {
        return define::load_array_class(thread, loader, name);
    }
    let vm = thread.vm();
    match loader.kind() {
        LoaderKind::Boot => {
            if let Some((bytes, source)) = vm.boot_patch.find(name) {
                return define::define_class(thread, loader, name, &bytes, &source).map(Some);
            }
            if let Some(bytes) = vm.boot_source.find(name) {
                let source = vm.boot_source.describe(name);
                return define::define_class(thread, loader, name, &bytes, &source).map(Some);
            }
            if let Some((bytes, source)) = vm.boot_append.find(name) {
                return define::define_class(thread, loader, name, &bytes, &source).map(Some);
            }
            Ok(None)
        }
        LoaderKind::App => {
            if let Some(c) = load_class(thread, vm.boot_loader(), name)? {
                loader.record_initiated(c);
                return Ok(Some(c));
            }
            match vm.class_path.find(name) {
                Some((bytes, source)) => define::define_class(thread, loader, name, &bytes, &source).map(Some),
                None => Ok(None),
            }
        }
        LoaderKind::User => user::load_through_java(thread, loader, name),
    }
}

/// Defines a class the VM made itself (a lambda's class) in `loader`;
/// `source` is what `-Xlog:class+load` names as its origin.
pub fn define_generated(
    thread: &JavaThread,
    loader: LoaderRef,
    name: &str,
    bytes: &[u8],
    source: &str,
) -> JResult<ClassRef> {
    let class = define::define_class(thread, loader, name, bytes, source)?;
    class.hidden.store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(class)
}

/// Like [`load_class`], but a missing class throws `NoClassDefFoundError`.
pub fn load_class_or_throw(thread: &JavaThread, loader: LoaderRef, name: &str) -> JResult<ClassRef> {
    match load_class(thread, loader, name)? {
        Some(c) => Ok(c),
        None => Err(thread.throw_new("java/lang/NoClassDefFoundError", Some(name))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages() {
        assert_eq!(package_of("java/lang/String"), "java/lang");
        assert_eq!(package_of("Main"), "");
        assert_eq!(package_of("[Ljava/util/List;"), "java/util");
    }
}
