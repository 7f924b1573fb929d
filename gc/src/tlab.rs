//! Thread-local allocation buffers.
//!
//! A [`Tlab`] is a chunk of the heap owned by one thread. Allocating in it
//! is a bump of `top` with no synchronisation; when it is full the thread
//! takes the shared slow path in [`crate::Heap::allocate`]. Compiled code
//! inlines [`Tlab::try_bump`]: its two fields are at fixed offsets.

/// A thread's current allocation buffer: `[top, end)` is free and zeroed.
#[derive(Copy, Clone, Debug, Default)]
#[repr(C)]
pub struct Tlab {
    pub(crate) top: usize,
    pub(crate) end: usize,
}

impl Tlab {
    /// Offsets of `top` and `end`, for compiled code's inline bump.
    pub const TOP_OFFSET: usize = std::mem::offset_of!(Tlab, top);
    pub const END_OFFSET: usize = std::mem::offset_of!(Tlab, end);

    /// An empty buffer; the first allocation refills it.
    pub const fn empty() -> Tlab {
        Tlab { top: 0, end: 0 }
    }

    /// Bumps `top` by `size` bytes if they fit, returning the old `top`.
    /// `size` must be a multiple of [`crate::OBJECT_ALIGNMENT`].
    #[inline(always)]
    pub fn try_bump(&mut self, size: usize) -> Option<usize> {
        let top = self.top;
        if size <= self.end - top {
            self.top = top + size;
            Some(top)
        } else {
            None
        }
    }

    /// Bytes left in the buffer.
    pub fn free(&self) -> usize {
        self.end - self.top
    }
}
