//! [`OopCell`]: a reference held by VM metadata, outside the heap.
//!
//! Mirrors in `Class`, interned strings in the resolved constant pool, the
//! VM's well-known objects: each lives in an `OopCell`, and every `OopCell`
//! is a root that the collector visits and updates. Reading one gives an
//! [`Oop`] valid until the next safepoint, like any other.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::Oop;

/// A GC-visible cell holding one (possibly null) reference.
#[derive(Default, Debug)]
pub struct OopCell(AtomicUsize);

impl OopCell {
    pub const fn empty() -> OopCell {
        OopCell(AtomicUsize::new(0))
    }

    pub fn new(value: Option<Oop>) -> OopCell {
        OopCell(AtomicUsize::new(value.map_or(0, Oop::addr)))
    }

    #[inline(always)]
    pub fn get(&self) -> Option<Oop> {
        Oop::from_addr(self.0.load(Ordering::Relaxed))
    }

    #[inline(always)]
    pub fn set(&self, value: Option<Oop>) {
        self.0.store(value.map_or(0, Oop::addr), Ordering::Relaxed)
    }

    /// The cell's address, for the collector to update in place.
    pub fn slot(&self) -> *mut usize {
        self.0.as_ptr()
    }
}
