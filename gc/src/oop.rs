//! [`Oop`]: a reference to a heap object.
//!
//! An `Oop` is a raw, non-null, 8-byte-aligned address inside the heap. It
//! is valid only until the next safepoint: once the collector moves objects,
//! an `Oop` held across an allocation, a Java call or a class load points at
//! a stale copy. Code that may reach a safepoint keeps objects in the VM's
//! handles, which the collector updates, and turns them back into an `Oop`
//! only for immediate use.
//!
//! The word-level accessors here are the one place where heap memory is
//! read and written. They are `unsafe`: the caller guarantees that the
//! offset lies inside the object, which the VM's layout code knows.

use std::fmt;
use std::ptr::NonNull;

/// A reference to a heap object (never null; Java `null` is `None`).
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Oop(NonNull<u8>);

// SAFETY: an `Oop` is an address; which thread may dereference it is the
// VM's safepoint protocol's business, not the type's.
unsafe impl Send for Oop {}
unsafe impl Sync for Oop {}

impl Oop {
    /// The object's address.
    #[inline(always)]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The object at `addr`, or `None` for zero (Java `null`).
    #[inline(always)]
    pub fn from_addr(addr: usize) -> Option<Oop> {
        NonNull::new(addr as *mut u8).map(Oop)
    }

    /// A raw pointer to the byte at `offset` in the object.
    #[inline(always)]
    pub fn ptr_at(self, offset: usize) -> *mut u8 {
        // SAFETY: only computes an address; callers of the accessors below
        // promise it stays inside the object.
        unsafe { self.0.as_ptr().add(offset) }
    }

    /// Reads a `T` at `offset` bytes into the object.
    ///
    /// # Safety
    /// `offset .. offset + size_of::<T>()` lies inside this live object,
    /// `offset` is aligned for `T`, and the bytes there hold a valid `T`.
    #[inline(always)]
    pub unsafe fn read<T: Copy>(self, offset: usize) -> T {
        // SAFETY: the caller guarantees bounds, alignment and validity.
        unsafe { (self.ptr_at(offset) as *const T).read() }
    }

    /// Writes a `T` at `offset` bytes into the object.
    ///
    /// # Safety
    /// As for [`Oop::read`]. Reference stores must also go through the
    /// VM's write barrier.
    #[inline(always)]
    pub unsafe fn write<T: Copy>(self, offset: usize, value: T) {
        // SAFETY: the caller guarantees bounds and alignment.
        unsafe { (self.ptr_at(offset) as *mut T).write(value) }
    }
}

impl fmt::Debug for Oop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Oop({:#x})", self.addr())
    }
}
