//! [`ClassLoaderData`]: one class loader's classes, dictionary and roots
//! (ARCHITECTURE.md §8), and [`LoaderRef`], the pointer everything else
//! holds.
//!
//! A loader owns the metadata of the classes it defined (boxed, so their
//! addresses never change) and frees it all at once when it is unloaded.
//! The heap references its metadata holds live in cells: the loader's
//! `java.lang.ClassLoader` object, each class's mirror, the resolved
//! string constants, and the loader objects of the unloadable loaders it
//! depends on (it initiated loading of one of their classes). For the boot
//! and application loaders those cells are roots. For a user loader they
//! are one group that a full collection keeps only if the loader turns out
//! alive: its loader object, one of its mirrors, or a frame of one of its
//! methods is reachable (see `unloading`).

use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::metadata::{Class, ClassRef};
use crate::oops::{Oop, OopCell};

/// Which loader this is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LoaderKind {
    Boot,
    App,
    /// An instance of a user subclass of `java.lang.ClassLoader`.
    User,
}

/// One class loader's classes (ARCHITECTURE.md §8).
pub struct ClassLoaderData {
    kind: LoaderKind,
    /// Unique for the life of the VM (never reused, unlike addresses).
    id: u64,
    /// How HotSpot's messages name the loader: `'bootstrap'`, `'app'`,
    /// `'name' @1b6d3586` or `com.example.MyLoader @1b6d3586`.
    description: Box<str>,
    /// The `java.lang.ClassLoader` object (empty for the boot loader, and
    /// for the application loader until Java first asks for it).
    loader_object: OopCell,
    /// Metadata owned by this loader. Each class is boxed so that its
    /// address stays put when the vector grows.
    #[allow(clippy::vec_box)]
    classes: Mutex<Vec<Box<Class>>>,
    /// Classes this loader has loaded (defined or, for delegation,
    /// initiated), by internal name.
    pub(super) dictionary: Mutex<HashMap<Box<str>, ClassRef>>,
    /// Names being defined right now (for `ClassCircularityError`).
    pub(super) defining: Mutex<Vec<Box<str>>>,
    /// Cells in this loader's metadata that hold heap references besides
    /// the mirrors: resolved string constants.
    oop_cells: Mutex<Vec<CellRef>>,
    /// The loader objects of the unloadable loaders this one depends on,
    /// by loader id.
    dependencies: Mutex<Vec<(u64, Box<OopCell>)>>,
    /// Set by a full collection once it finds this loader alive.
    pub(crate) marked_alive: AtomicBool,
}

/// A pointer to an [`OopCell`] inside metadata this loader owns (never
/// moved, freed only with the loader).
struct CellRef(NonNull<OopCell>);

// SAFETY: an OopCell is an atomic; the pointer stays valid while the loader
// that owns the metadata lives (the registry dies with it).
unsafe impl Send for CellRef {}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Changes whenever class metadata is created or freed anywhere (a cache
/// key for sets of known classes).
static CLASS_EPOCH: AtomicU64 = AtomicU64::new(0);

/// The current class epoch.
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.load(Ordering::Relaxed)
}

pub(crate) fn bump_class_epoch() {
    CLASS_EPOCH.fetch_add(1, Ordering::Relaxed);
}

impl ClassLoaderData {
    /// The boot or the application loader.
    pub fn new(kind: LoaderKind) -> Box<ClassLoaderData> {
        let description = match kind {
            LoaderKind::Boot => "'bootstrap'",
            LoaderKind::App => "'app'",
            LoaderKind::User => panic!("user loaders are made with ClassLoaderData::new_user"),
        };
        Self::with(kind, description.into())
    }

    /// The data of a user loader, described in messages as `description`.
    pub(crate) fn new_user(object: Oop, description: String) -> Box<ClassLoaderData> {
        let data = Self::with(LoaderKind::User, description.into());
        data.loader_object.set(Some(object));
        data
    }

    fn with(kind: LoaderKind, description: Box<str>) -> Box<ClassLoaderData> {
        Box::new(ClassLoaderData {
            kind,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            description,
            loader_object: OopCell::empty(),
            classes: Mutex::new(Vec::new()),
            dictionary: Mutex::new(HashMap::new()),
            defining: Mutex::new(Vec::new()),
            oop_cells: Mutex::new(Vec::new()),
            dependencies: Mutex::new(Vec::new()),
            marked_alive: AtomicBool::new(false),
        })
    }

    pub fn kind(&self) -> LoaderKind {
        self.kind
    }

    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn is_boot(&self) -> bool {
        self.kind == LoaderKind::Boot
    }

    /// How HotSpot's messages name this loader: `'bootstrap'`, `'app'`,
    /// `'name' @1b6d3586`, `com.example.MyLoader @1b6d3586`.
    pub fn describe(&self) -> &str {
        &self.description
    }

    /// Whether this loader's classes can be unloaded (user loaders only).
    #[inline(always)]
    pub fn is_unloadable(&self) -> bool {
        self.kind == LoaderKind::User
    }

    /// The `java.lang.ClassLoader` object (`None` for the boot loader).
    pub fn loader_object(&self) -> Option<Oop> {
        self.loader_object.get()
    }

    pub(crate) fn set_loader_object(&self, object: Oop) {
        self.loader_object.set(Some(object));
    }

    /// The class this loader has already loaded under `name`.
    pub fn find_loaded(&self, name: &str) -> Option<ClassRef> {
        self.dictionary.lock().unwrap().get(name).copied()
    }

    /// Takes ownership of `class` and records it in the dictionary.
    pub(crate) fn add_class(&self, class: Box<Class>) -> ClassRef {
        bump_class_epoch();
        let r = ClassRef::new(&class);
        self.dictionary.lock().unwrap().insert(class.name.clone(), r);
        self.classes.lock().unwrap().push(class);
        r
    }

    /// Records `class` (defined by another loader) as loaded by this one.
    /// A class of another unloadable loader makes this loader depend on
    /// that one: it keeps it alive.
    pub(crate) fn record_initiated(&self, class: ClassRef) {
        self.dictionary.lock().unwrap().insert(class.name().into(), class);
        let other = class.loader();
        if other.is_unloadable() && other.id != self.id {
            let mut deps = self.dependencies.lock().unwrap();
            if !deps.iter().any(|(id, _)| *id == other.id) {
                deps.push((other.id, Box::new(OopCell::new(other.loader_object()))));
            }
        }
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

    /// Records `cell`, which lives in metadata owned by this loader, as
    /// one of its heap references. Each cell is registered once, when it is
    /// first filled.
    pub(crate) fn register_oop_cell(&self, cell: &OopCell) {
        self.oop_cells.lock().unwrap().push(CellRef(NonNull::from(cell)));
    }

    /// Calls `visit` with the slot of every cell holding a heap reference:
    /// the loader object, the mirrors, the registered cells and the
    /// dependencies' loader objects.
    pub(crate) fn for_each_oop_cell(&self, visit: &mut dyn FnMut(*mut usize)) {
        visit(self.loader_object.slot());
        for class in self.classes.lock().unwrap().iter() {
            visit(class.mirror_cell().slot());
        }
        for cell in self.oop_cells.lock().unwrap().iter() {
            // SAFETY: registered cells live as long as this loader (CellRef).
            visit(unsafe { cell.0.as_ref() }.slot());
        }
        for (_, cell) in self.dependencies.lock().unwrap().iter() {
            visit(cell.slot());
        }
    }

    /// Whether `is_marked` holds for the loader object or any mirror: what
    /// makes an unloadable loader alive (besides frames on a stack).
    pub(crate) fn any_anchor(&self, is_marked: &dyn Fn(usize) -> bool) -> bool {
        let marked = |cell: &OopCell| cell.get().is_some_and(|o| is_marked(o.addr()));
        marked(&self.loader_object) || self.classes.lock().unwrap().iter().any(|c| marked(c.mirror_cell()))
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

    pub fn as_ptr(self) -> *const ClassLoaderData {
        self.0.as_ptr()
    }
}

impl Deref for LoaderRef {
    type Target = ClassLoaderData;

    fn deref(&self) -> &ClassLoaderData {
        // SAFETY: a LoaderRef is used only while its loader is alive: the
        // boot and application loaders live as long as the VM, a user
        // loader as long as anything that can reach its classes.
        unsafe { self.0.as_ref() }
    }
}

impl fmt::Debug for LoaderRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "loader #{} {}", self.id, self.description)
    }
}
