//! Handles: references held by Rust code across safepoints.
//!
//! An [`Oop`] is valid only until the next safepoint. Rust code that keeps
//! an object across one (an allocation, a Java call, a class load) puts it
//! in a [`Handle`], a slot in the thread's handle area that the collector
//! visits and updates, and reads it back with [`Handle::get`] for immediate
//! use.
//!
//! Handles are created in a [`HandleScope`]; dropping the scope releases
//! every handle created in it. The lifetime on `Handle` ties it to its
//! scope, so a handle cannot outlive the slot it names.

use std::cell::UnsafeCell;
use std::marker::PhantomData;

use crate::oops::Oop;

/// A thread's handle slots (roots).
#[derive(Default)]
pub struct HandleArea {
    slots: UnsafeCell<Vec<usize>>,
}

impl HandleArea {
    fn len(&self) -> usize {
        // SAFETY: the area belongs to one thread (JavaThread is !Sync) and no
        // reference into the vector escapes these methods.
        unsafe { (*self.slots.get()).len() }
    }

    fn push(&self, value: Option<Oop>) -> usize {
        // SAFETY: as in `len`.
        let slots = unsafe { &mut *self.slots.get() };
        slots.push(value.map_or(0, Oop::addr));
        slots.len() - 1
    }

    fn get(&self, index: usize) -> Option<Oop> {
        // SAFETY: as in `len`.
        Oop::from_addr(unsafe { (&*self.slots.get())[index] })
    }

    fn set(&self, index: usize, value: Option<Oop>) {
        // SAFETY: as in `len`.
        unsafe { (&mut *self.slots.get())[index] = value.map_or(0, Oop::addr) }
    }

    fn truncate(&self, len: usize) {
        // SAFETY: as in `len`.
        unsafe { (*self.slots.get()).truncate(len) }
    }

    /// Calls `visit` with the address of every live handle slot (for the
    /// collector's root scan).
    pub fn for_each_slot(&self, visit: &mut dyn FnMut(*mut usize)) {
        // SAFETY: as in `len`; the collector runs on the owning thread.
        let slots = unsafe { &mut *self.slots.get() };
        for s in slots.iter_mut() {
            visit(s);
        }
    }
}

/// A region of handles, released together when the scope is dropped.
pub struct HandleScope<'t> {
    area: &'t HandleArea,
    mark: usize,
}

impl<'t> HandleScope<'t> {
    pub fn new(area: &'t HandleArea) -> HandleScope<'t> {
        HandleScope { mark: area.len(), area }
    }

    /// Roots `value` for the life of this scope.
    pub fn handle(&self, value: Option<Oop>) -> Handle<'_> {
        Handle { area: self.area, index: self.area.push(value), _scope: PhantomData }
    }

    /// Roots a non-null `value`.
    pub fn oop_handle(&self, value: Oop) -> OopHandle<'_> {
        OopHandle(self.handle(Some(value)))
    }
}

impl Drop for HandleScope<'_> {
    fn drop(&mut self) {
        self.area.truncate(self.mark);
    }
}

/// A rooted, possibly null reference.
#[derive(Copy, Clone)]
pub struct Handle<'s> {
    area: &'s HandleArea,
    index: usize,
    _scope: PhantomData<&'s HandleScope<'s>>,
}

impl Handle<'_> {
    /// The object now (valid until the next safepoint).
    #[inline]
    pub fn get(&self) -> Option<Oop> {
        self.area.get(self.index)
    }

    pub fn set(&self, value: Option<Oop>) {
        self.area.set(self.index, value)
    }

    pub fn is_null(&self) -> bool {
        self.get().is_none()
    }
}

/// A rooted reference that is never null.
#[derive(Copy, Clone)]
pub struct OopHandle<'s>(Handle<'s>);

impl OopHandle<'_> {
    /// The object now (valid until the next safepoint).
    #[inline]
    pub fn get(&self) -> Oop {
        self.0.get().expect("OopHandle holds a non-null reference")
    }

    pub fn as_handle(&self) -> Handle<'_> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_release_their_handles() {
        let area = HandleArea::default();
        let outer = HandleScope::new(&area);
        let a = outer.handle(Oop::from_addr(0x1000));
        {
            let inner = HandleScope::new(&area);
            let b = inner.handle(Oop::from_addr(0x2000));
            assert_eq!(b.get().unwrap().addr(), 0x2000);
            assert_eq!(area.len(), 2);
        }
        assert_eq!(area.len(), 1);
        let mut seen = Vec::new();
        area.for_each_slot(&mut |slot| seen.push(unsafe { *slot }));
        assert_eq!(seen, vec![0x1000]);
        // The collector moves the object: the handle sees the new address.
        area.for_each_slot(&mut |slot| unsafe { *slot = 0x3000 });
        assert_eq!(a.get().unwrap().addr(), 0x3000);
    }
}
