//! [`Class`]: a loaded class, interface, array class or primitive type.
//!
//! One struct serves all four kinds ([`ClassKind`]) so that the object
//! header's class pointer, subtype checks and mirrors work the same way for
//! each. Fields are `pub(crate)`: the loader builds a `Class` and nobody
//! changes it afterwards, except through the interior-mutable parts
//! (initialization state, mirror, resolved constant-pool entries, the
//! array class), which are atomics or once-cells so that the compile thread
//! may read metadata while Java runs.

use std::fmt;
use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use crate::classfile::{BasicType, BootstrapMethod, ConstantPool, InnerClass, access};
use crate::loader::LoaderRef;
use crate::oops::{self, ARRAY_BASE_OFFSET, Oop, OopCell};

use super::{CpCache, Field, InstanceLayout, Method, MethodRef, StaticLayout};

/// What a class is.
#[derive(Debug)]
pub enum ClassKind {
    /// A class or interface defined from a class file.
    Instance,
    /// An array class; `component` is the class of its elements (a
    /// primitive class for primitive arrays).
    Array { component: ClassRef, dimensions: u8 },
    /// `int`, `void`, ...: exists for mirrors (`int.class`) and as the
    /// component of primitive arrays.
    Primitive(BasicType),
}

/// How the collector sizes and scans instances of a class.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ObjectKind {
    /// A plain instance of `layout.size` bytes.
    Instance,
    /// An instance of a `java.lang.ref.Reference` subclass: an instance
    /// whose referent, at `referent_offset`, the collector treats by
    /// strength `kind` instead of as an ordinary reference.
    Reference { kind: crema_gc::ReferenceKind, referent_offset: u32 },
    /// A `java.lang.Class`: its size and static reference run come from the
    /// class it mirrors, whose `*const Class` is stored at `class_offset`.
    Mirror { class_offset: u32 },
    /// An array of `element`s.
    Array { element: BasicType },
    /// No instances (primitive types, interfaces, abstract classes are
    /// still `Instance`: only primitives use this).
    None,
}

/// JVMS §5.5 initialization states.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum InitState {
    /// Loaded and linked; `<clinit>` has not started.
    Linked = 0,
    /// `<clinit>` is running (on the one Java thread).
    BeingInitialized = 1,
    Initialized = 2,
    /// `<clinit>` failed: uses throw `NoClassDefFoundError`.
    Erroneous = 3,
}

/// One interface's slice of a class's itable: the implementation of each
/// of the interface's methods, by the method's `itable_index`.
#[derive(Debug)]
pub struct ItableEntry {
    pub interface: ClassRef,
    pub methods: Box<[MethodRef]>,
}

/// A loaded class.
pub struct Class {
    /// Internal name: `java/lang/String`, `[I`, `[Ljava/lang/Object;`, or
    /// the Java name of a primitive (`int`).
    pub(crate) name: Box<str>,
    pub(crate) access: u16,
    pub(crate) kind: ClassKind,
    pub(crate) object_kind: ObjectKind,
    pub(crate) super_class: Option<ClassRef>,
    /// Directly implemented (or extended, for interfaces) interfaces.
    pub(crate) local_interfaces: Box<[ClassRef]>,
    /// Every superinterface, transitively, without duplicates.
    pub(crate) all_interfaces: Box<[ClassRef]>,
    /// The superclass chain from `java/lang/Object` down to this class, so
    /// that `S <: T` for a class `T` is `S.primary_supers[T.depth()] == T`.
    pub(crate) primary_supers: Box<[ClassRef]>,
    pub(crate) loader: LoaderRef,
    pub(crate) fields: Box<[Field]>,
    pub(crate) methods: Box<[Method]>,
    pub(crate) vtable: Box<[MethodRef]>,
    pub(crate) itable: Box<[ItableEntry]>,
    pub(crate) layout: InstanceLayout,
    pub(crate) statics: StaticLayout,
    pub(crate) constant_pool: ConstantPool,
    pub(crate) cp_cache: CpCache,
    pub(crate) source_file: Option<Box<str>>,
    pub(crate) bootstrap_methods: Box<[BootstrapMethod]>,
    pub(crate) inner_classes: Box<[InnerClass]>,
    pub(crate) major_version: u16,
    pub(crate) init_state: AtomicU8,
    /// The `java.lang.Class` object; holds the static fields.
    pub(crate) mirror: OopCell,
    /// The class of arrays of this class, once created.
    pub(crate) array_class: OnceLock<ClassRef>,
    /// A class the VM made for its own purposes (a lambda's): its frames
    /// are left out of stack traces, as HotSpot leaves out hidden classes'.
    pub(crate) hidden: AtomicBool,
}

impl Class {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The binary name with dots: `java.lang.String`, `[I`, `int`.
    pub fn java_name(&self) -> String {
        self.name.replace('/', ".")
    }

    pub fn access(&self) -> u16 {
        self.access
    }

    pub fn kind(&self) -> &ClassKind {
        &self.kind
    }

    pub fn object_kind(&self) -> ObjectKind {
        self.object_kind
    }

    pub fn super_class(&self) -> Option<ClassRef> {
        self.super_class
    }

    pub fn local_interfaces(&self) -> &[ClassRef] {
        &self.local_interfaces
    }

    pub fn all_interfaces(&self) -> &[ClassRef] {
        &self.all_interfaces
    }

    pub fn loader(&self) -> LoaderRef {
        self.loader
    }

    pub fn fields(&self) -> &[Field] {
        &self.fields
    }

    pub fn methods(&self) -> &[Method] {
        &self.methods
    }

    pub fn vtable(&self) -> &[MethodRef] {
        &self.vtable
    }

    pub fn itable(&self) -> &[ItableEntry] {
        &self.itable
    }

    pub fn layout(&self) -> &InstanceLayout {
        &self.layout
    }

    pub fn statics(&self) -> &StaticLayout {
        &self.statics
    }

    pub fn constant_pool(&self) -> &ConstantPool {
        &self.constant_pool
    }

    pub fn cp_cache(&self) -> &CpCache {
        &self.cp_cache
    }

    pub fn source_file(&self) -> Option<&str> {
        self.source_file.as_deref()
    }

    pub fn bootstrap_methods(&self) -> &[BootstrapMethod] {
        &self.bootstrap_methods
    }

    pub fn inner_classes(&self) -> &[InnerClass] {
        &self.inner_classes
    }

    pub fn major_version(&self) -> u16 {
        self.major_version
    }

    /// Offset of the instance size (`layout.size`, a `u32`), for compiled
    /// code's inline allocation.
    pub fn instance_size_offset() -> usize {
        std::mem::offset_of!(Class, layout) + std::mem::offset_of!(InstanceLayout, size)
    }

    /// The class of arrays of this class, if it was created already.
    pub fn existing_array_class(&self) -> Option<ClassRef> {
        self.array_class.get().copied()
    }

    /// Offset of the mirror cell (for compiled code: static fields live in
    /// the mirror).
    pub fn mirror_offset() -> usize {
        std::mem::offset_of!(Class, mirror)
    }

    pub fn mirror_cell(&self) -> &OopCell {
        &self.mirror
    }

    /// The mirror; every class has one from the end of bootstrap on.
    #[inline(always)]
    pub fn mirror(&self) -> Oop {
        self.mirror.get().expect("class has no mirror yet")
    }

    pub fn is_hidden(&self) -> bool {
        self.hidden.load(Ordering::Relaxed)
    }

    pub fn is_interface(&self) -> bool {
        self.access & access::INTERFACE != 0
    }

    pub fn is_abstract(&self) -> bool {
        self.access & access::ABSTRACT != 0
    }

    pub fn is_final(&self) -> bool {
        self.access & access::FINAL != 0
    }

    pub fn is_array(&self) -> bool {
        matches!(self.kind, ClassKind::Array { .. })
    }

    pub fn is_primitive(&self) -> bool {
        matches!(self.kind, ClassKind::Primitive(_))
    }

    /// The element type of an array class.
    #[inline(always)]
    pub fn element_type(&self) -> Option<BasicType> {
        match self.object_kind {
            ObjectKind::Array { element } => Some(element),
            _ => None,
        }
    }

    /// The component class of an array class.
    pub fn component(&self) -> Option<ClassRef> {
        match self.kind {
            ClassKind::Array { component, .. } => Some(component),
            _ => None,
        }
    }

    /// The type this class stands for in a field: a primitive's own type,
    /// `Reference` for everything else.
    pub fn basic_type(&self) -> BasicType {
        match self.kind {
            ClassKind::Primitive(t) => t,
            _ => BasicType::Reference,
        }
    }

    /// Depth in the superclass chain (`java/lang/Object` is 0).
    #[inline(always)]
    pub fn depth(&self) -> usize {
        self.primary_supers.len() - 1
    }

    #[inline(always)]
    pub fn init_state(&self) -> InitState {
        match self.init_state.load(Ordering::Acquire) {
            0 => InitState::Linked,
            1 => InitState::BeingInitialized,
            2 => InitState::Initialized,
            _ => InitState::Erroneous,
        }
    }

    pub(crate) fn set_init_state(&self, state: InitState) {
        self.init_state.store(state as u8, Ordering::Release)
    }

    #[inline(always)]
    pub fn is_initialized(&self) -> bool {
        self.init_state.load(Ordering::Acquire) == InitState::Initialized as u8
    }

    /// The field this class declares with `name` and `descriptor`.
    pub fn find_declared_field(&self, name: &str, descriptor: &str) -> Option<&Field> {
        self.fields.iter().find(|f| &*f.name == name && &*f.descriptor == descriptor)
    }

    /// The method this class declares with `name` and `descriptor`.
    pub fn find_declared_method(&self, name: &str, descriptor: &str) -> Option<MethodRef> {
        self.methods.iter().find(|m| m.name() == name && m.descriptor() == descriptor).map(MethodRef::new)
    }

    /// `<clinit>`, if declared.
    pub fn class_initializer(&self) -> Option<MethodRef> {
        self.find_declared_method("<clinit>", "()V").filter(|m| m.is_static())
    }

    /// The size in bytes of `obj`, an instance of this class.
    #[inline]
    pub fn object_size(&self, obj: Oop) -> usize {
        match self.object_kind {
            ObjectKind::Instance | ObjectKind::Reference { .. } => self.layout.size as usize,
            ObjectKind::Array { element } => {
                crema_gc::align_object_size(ARRAY_BASE_OFFSET + oops::array_length(obj) * element.size())
            }
            // Classes defined before java.lang.Class have a `mirror_size`
            // of just the header; every mirror holds Class's fields.
            ObjectKind::Mirror { class_offset } => match mirrored_class(obj, class_offset) {
                Some(class) => (class.statics.mirror_size as usize).max(self.layout.size as usize),
                None => self.layout.size as usize,
            },
            ObjectKind::None => 0,
        }
    }

    /// Whether this class is `other` or a subtype of it (JVMS §6.5
    /// checkcast rules, for classes, interfaces and arrays).
    #[inline]
    pub fn is_subtype_of(&self, other: ClassRef) -> bool {
        if std::ptr::eq(self, other.as_ptr()) {
            return true;
        }
        if other.is_interface() {
            return self.all_interfaces.contains(&other);
        }
        if let ClassKind::Array { component: mine, .. } = self.kind {
            return match other.kind {
                ClassKind::Array { component: theirs, .. } => {
                    if mine.is_primitive() || theirs.is_primitive() {
                        mine == theirs
                    } else {
                        mine.is_subtype_of(theirs)
                    }
                }
                // Arrays are Objects (depth check below covers it too).
                _ => other.depth() == 0,
            };
        }
        let depth = other.depth();
        depth < self.primary_supers.len() && self.primary_supers[depth] == other
    }

    /// The outer class and simple name recorded for this class in its
    /// `InnerClasses` attribute.
    pub fn inner_class_entry(&self) -> Option<&InnerClass> {
        self.inner_classes.iter().find(|ic| *ic.inner == *self.name)
    }

    /// `Class.getSimpleName()` of a class that is not an array: the simple
    /// name its `InnerClasses` entry records ("" for an anonymous class),
    /// else the name after the package.
    pub fn simple_name(&self) -> String {
        match self.inner_class_entry() {
            Some(entry) => entry.simple_name.as_deref().unwrap_or("").to_string(),
            None => {
                let n = self.java_name();
                n.rsplit('.').next().unwrap_or(&n).to_string()
            }
        }
    }
}

/// The class a mirror stands for, read from the mirror's hidden field at
/// `class_offset` (`None` while the mirror is being built).
#[inline]
pub fn mirrored_class(mirror: Oop, class_offset: u32) -> Option<ClassRef> {
    // SAFETY: mirrors are at least as large as java.lang.Class's instance
    // fields, which include the hidden field at `class_offset`. (A plain read:
    // `oops::get_field` would ask for the mirror's size, which asks this.)
    let raw = unsafe { mirror.read::<usize>(class_offset as usize) };
    // SAFETY: the field is written only by mirror creation, with a pointer to
    // a class owned by a loader.
    (raw != 0).then(|| unsafe { ClassRef::from_raw(raw as *const Class) })
}

impl fmt::Debug for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Class({})", self.name)
    }
}

/// A pointer to class metadata (HotSpot's `Klass*`). Copyable, compared by
/// address; valid while its loader is alive (see the module notes of
/// `metadata`).
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct ClassRef(NonNull<Class>);

// SAFETY: `Class` is `Sync` (its mutable parts are atomics and once-cells),
// so a pointer to one may move between threads.
unsafe impl Send for ClassRef {}
unsafe impl Sync for ClassRef {}

impl ClassRef {
    /// A reference to `class`, which must be owned by a loader (never a
    /// temporary).
    pub fn new(class: &Class) -> ClassRef {
        ClassRef(NonNull::from(class))
    }

    /// # Safety
    /// `ptr` points at a `Class` owned by a live loader.
    #[inline(always)]
    pub unsafe fn from_raw(ptr: *const Class) -> ClassRef {
        // SAFETY: non-null by the caller's contract.
        ClassRef(unsafe { NonNull::new_unchecked(ptr as *mut Class) })
    }

    #[inline(always)]
    pub fn as_ptr(self) -> *const Class {
        self.0.as_ptr()
    }
}

impl Deref for ClassRef {
    type Target = Class;

    #[inline(always)]
    fn deref(&self) -> &Class {
        // SAFETY: class metadata outlives every reachable ClassRef (module
        // notes of `metadata`).
        unsafe { self.0.as_ref() }
    }
}

impl fmt::Debug for ClassRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)
    }
}
