//! Class loaders: finding class bytes, defining classes, and owning them.
//!
//! Each loader is a [`ClassLoaderData`]: it owns the metadata of the
//! classes it defined (its arena) and a dictionary of the classes it has
//! loaded, by internal name. A class is identified by its name and its
//! defining loader.
//!
//! - The boot loader defines the class library from the embedded boot image
//!   (a [`ClassSource`] supplied by the launcher) and `-Xbootclasspath/a:`.
//! - The application loader delegates to the boot loader first, then reads
//!   the class path (directories and jars, [`ClassPath`]).
//! - User-defined loaders (subclasses of `java.lang.ClassLoader`) come with
//!   class unloading.
//!
//! Array classes are created on demand and belong to the loader of their
//! element class (primitive arrays to the boot loader).

mod class_path;
mod define;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::Mutex;

pub use class_path::ClassPath;
pub(crate) use define::define_primitives;
pub use define::{array_class_of, create_mirror, primitive_class};

use crate::metadata::{Class, ClassRef};
use crate::oops::OopCell;
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;

/// Where a loader finds class bytes (the boot image, a class path).
pub trait ClassSource: Send + Sync {
    /// The bytes of the class with internal name `name`.
    fn find(&self, name: &str) -> Option<Cow<'_, [u8]>>;

    /// How `-verbose:class` names this source (`jrt:/java.base`).
    fn describe(&self, name: &str) -> String;
}

/// Which loader this is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LoaderKind {
    Boot,
    App,
    User,
}

/// One class loader's classes (ARCHITECTURE.md §8).
pub struct ClassLoaderData {
    kind: LoaderKind,
    /// Metadata owned by this loader. Each class is boxed so that its
    /// address stays put when the vector grows.
    #[allow(clippy::vec_box)]
    classes: Mutex<Vec<Box<Class>>>,
    /// Classes this loader has loaded (defined or, for delegation,
    /// initiated), by internal name.
    dictionary: Mutex<HashMap<Box<str>, ClassRef>>,
    /// Names being defined right now (for `ClassCircularityError`).
    defining: Mutex<Vec<Box<str>>>,
    /// The cells of this loader's metadata that hold heap references:
    /// mirrors and resolved string constants. Roots of the collector.
    oop_cells: Mutex<Vec<CellRef>>,
}

/// A pointer to an [`OopCell`] inside metadata this loader owns (never
/// moved, freed only with the loader).
struct CellRef(NonNull<OopCell>);

// SAFETY: an OopCell is an atomic; the pointer stays valid while the loader
// that owns the metadata lives (the registry dies with it).
unsafe impl Send for CellRef {}

impl ClassLoaderData {
    pub fn new(kind: LoaderKind) -> Box<ClassLoaderData> {
        Box::new(ClassLoaderData {
            kind,
            classes: Mutex::new(Vec::new()),
            dictionary: Mutex::new(HashMap::new()),
            defining: Mutex::new(Vec::new()),
            oop_cells: Mutex::new(Vec::new()),
        })
    }

    pub fn kind(&self) -> LoaderKind {
        self.kind
    }

    pub fn is_boot(&self) -> bool {
        self.kind == LoaderKind::Boot
    }

    /// How HotSpot names this loader in messages: `'bootstrap'`, `'app'`.
    pub fn describe(&self) -> String {
        match self.kind {
            LoaderKind::Boot => "'bootstrap'".into(),
            LoaderKind::App => "'app'".into(),
            LoaderKind::User => "'user'".into(),
        }
    }

    /// The class this loader has already loaded under `name`.
    pub fn find_loaded(&self, name: &str) -> Option<ClassRef> {
        self.dictionary.lock().unwrap().get(name).copied()
    }

    /// Takes ownership of `class` and records it in the dictionary.
    pub(crate) fn add_class(&self, class: Box<Class>) -> ClassRef {
        let r = ClassRef::new(&class);
        self.dictionary.lock().unwrap().insert(class.name.clone(), r);
        self.classes.lock().unwrap().push(class);
        r
    }

    /// Records `class` (defined by another loader) as loaded by this one.
    pub(crate) fn record_initiated(&self, class: ClassRef) {
        self.dictionary.lock().unwrap().insert(class.name().into(), class);
    }

    /// Removes `name` from the dictionary after a failed definition (the
    /// metadata stays owned by the loader).
    pub(crate) fn forget(&self, name: &str) {
        self.dictionary.lock().unwrap().remove(name);
    }

    /// Every class this loader defined.
    pub fn classes(&self) -> Vec<ClassRef> {
        self.classes.lock().unwrap().iter().map(|c| ClassRef::new(c)).collect()
    }

    pub fn class_count(&self) -> usize {
        self.classes.lock().unwrap().len()
    }

    /// Records `cell`, which lives in metadata owned by this loader, as a
    /// root. Each cell is registered once, when it is first filled.
    pub(crate) fn register_oop_cell(&self, cell: &OopCell) {
        self.oop_cells.lock().unwrap().push(CellRef(NonNull::from(cell)));
    }

    /// Calls `visit` with the slot of every registered cell.
    pub(crate) fn for_each_oop_cell(&self, visit: &mut dyn FnMut(*mut usize)) {
        for cell in self.oop_cells.lock().unwrap().iter() {
            // SAFETY: registered cells live as long as this loader (CellRef).
            visit(unsafe { cell.0.as_ref() }.slot());
        }
    }
}

/// A pointer to a loader's data; valid while the loader is alive.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct LoaderRef(NonNull<ClassLoaderData>);

// SAFETY: ClassLoaderData is Sync (mutexes and atomics only).
unsafe impl Send for LoaderRef {}
unsafe impl Sync for LoaderRef {}

impl LoaderRef {
    pub fn new(data: &ClassLoaderData) -> LoaderRef {
        LoaderRef(NonNull::from(data))
    }
}

impl Deref for LoaderRef {
    type Target = ClassLoaderData;

    fn deref(&self) -> &ClassLoaderData {
        // SAFETY: loaders outlive every class and reference they own (the
        // boot and application loaders live as long as the VM).
        unsafe { self.0.as_ref() }
    }
}

impl fmt::Debug for LoaderRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
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
        LoaderKind::User => Ok(None),
    }
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
