//! Classes and field offsets the VM uses by name (HotSpot's
//! `vmClasses` and `javaClasses`).
//!
//! They are looked up once, at the end of bootstrap; the class library
//! must declare the fields named here (a missing one is a fatal
//! configuration error reported at start-up).

use crate::classfile::BasicType;
use crate::metadata::{ClassRef, MethodRef};

/// The VM's well-known classes and offsets.
pub struct WellKnown {
    pub object: ClassRef,
    pub class: ClassRef,
    pub string: ClassRef,
    pub throwable: ClassRef,
    pub char_array: ClassRef,
    pub object_array: ClassRef,
    /// `int`, `long`, ... in `BasicType` order (see [`WellKnown::primitive`]).
    pub primitives: Vec<ClassRef>,
    /// `String.value` (a `char[]`).
    pub string_value: u32,
    /// `Throwable.backtrace` (an `Object`, the VM's record of frames).
    pub throwable_backtrace: u32,
    /// `Reference.queue` (the `ReferenceQueue` a reference is registered
    /// with, or null).
    pub reference_queue: u32,
    /// `ClassLoader.loaderData` (a `long`: the VM's `ClassLoaderData`).
    pub class_loader_data: u32,
    /// `ClassLoader.name` and `ClassLoader.parent`.
    pub class_loader_name: u32,
    pub class_loader_parent: u32,
    /// `ClassLoader.loadClass(String)`, called to load through a user
    /// loader.
    pub class_loader_load_class: MethodRef,
    /// `Object.toString()`, for string concatenation.
    pub object_to_string: MethodRef,
}

impl WellKnown {
    /// The class of primitive type `t`.
    pub fn primitive(&self, t: BasicType) -> ClassRef {
        self.primitives[primitive_index(t)]
    }
}

/// Index of a primitive type in [`WellKnown::primitives`].
pub(crate) fn primitive_index(t: BasicType) -> usize {
    match t {
        BasicType::Void => 8,
        BasicType::Reference => panic!("not a primitive type"),
        t => t as usize - BasicType::Boolean as usize,
    }
}

/// The offset of instance field `name` (descriptor `desc`) of `class`.
pub(crate) fn field_offset(class: ClassRef, name: &str, desc: &str) -> Result<u32, String> {
    class
        .find_declared_field(name, desc)
        .filter(|f| !f.is_static())
        .map(|f| f.offset)
        .ok_or_else(|| format!("the class library's {} lacks the field {name} {desc}", class.java_name()))
}
