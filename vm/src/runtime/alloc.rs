//! Allocation of Java objects and arrays on a thread.
//!
//! Every allocation is a safepoint: the collector may run here and move
//! every object. Callers keep what they need in handles or stack slots,
//! and use the returned `Oop` at once. The fast path is a bump of the
//! thread's TLAB; the one slow path (`collector`) refills it or collects.
//!
//! Memory comes zeroed from the heap, so fields and elements start at their
//! default values; this module writes the header (and an array's length).

use crate::classfile::BasicType;
use crate::loader::array_class_of;
use crate::metadata::ClassRef;
use crate::oops::{self, ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET, MAX_ARRAY_LENGTH, Oop};

use super::JavaThread;
use super::exceptions::JResult;

impl JavaThread {
    /// Allocates `size` bytes for an object of `class` and writes its
    /// header; throws `OutOfMemoryError` when the heap is exhausted.
    #[inline]
    pub fn alloc_object(&self, class: ClassRef, size: usize) -> JResult<Oop> {
        let vm = self.vm();
        self.gc_stress_tick();
        let obj = match vm.heap().allocate(self.tlab(), size) {
            Some(obj) => obj,
            None => match self.allocate_slow(size) {
                Some(obj) => obj,
                None => return Err(self.throw_oom("Java heap space")),
            },
        };
        oops::init_header(obj, class);
        Ok(obj)
    }

    /// Allocates an instance of the (instance) class `class`.
    #[inline]
    pub fn alloc_instance(&self, class: ClassRef) -> JResult<Oop> {
        self.alloc_object(class, class.layout().size as usize)
    }

    /// Allocates an array of class `array_class` with `length` elements;
    /// throws `NegativeArraySizeException` for a negative length.
    pub fn alloc_array(&self, array_class: ClassRef, length: i32) -> JResult<Oop> {
        if length < 0 {
            return Err(self.throw_new("java/lang/NegativeArraySizeException", Some(&length.to_string())));
        }
        let element = array_class.element_type().expect("an array class");
        let length = length as usize;
        if length > MAX_ARRAY_LENGTH {
            return Err(self.throw_oom("Requested array size exceeds VM limit"));
        }
        let size = ARRAY_BASE_OFFSET + length * element.size();
        let array = self.alloc_object(array_class, size)?;
        // SAFETY: the array was just allocated with room for its length word.
        unsafe { array.write::<u32>(ARRAY_LENGTH_OFFSET, length as u32) };
        Ok(array)
    }

    /// Allocates a primitive array (`newarray`).
    pub fn alloc_primitive_array(&self, element: BasicType, length: i32) -> JResult<Oop> {
        let class = self.vm().primitive_array_class(self, element)?;
        self.alloc_array(class, length)
    }

    /// Allocates an array whose elements are of class `component`.
    pub fn alloc_object_array(&self, component: ClassRef, length: i32) -> JResult<Oop> {
        let class = array_class_of(self, component)?;
        self.alloc_array(class, length)
    }
}
