//! Contiguous spaces: `[bottom, top)` holds objects back to back (fillers
//! cover any gap), `[top, end)` is free.

use crate::header::filler_size;
use crate::{ObjectModel, Oop};

/// A contiguous, bump-allocated region of the heap.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Space {
    pub bottom: usize,
    pub top: usize,
    pub end: usize,
}

impl Space {
    pub fn new(bottom: usize, end: usize) -> Space {
        Space { bottom, top: bottom, end }
    }

    pub fn used(&self) -> usize {
        self.top - self.bottom
    }

    pub fn capacity(&self) -> usize {
        self.end - self.bottom
    }

    pub fn free(&self) -> usize {
        self.end - self.top
    }

    /// Whether `addr` lies in the space's reserved range.
    #[inline(always)]
    pub fn contains(&self, addr: usize) -> bool {
        addr >= self.bottom && addr < self.end
    }

    /// Whether `addr` lies in the allocated part.
    #[inline(always)]
    pub fn contains_object(&self, addr: usize) -> bool {
        addr >= self.bottom && addr < self.top
    }

    /// Bumps `top` by `size` bytes if they fit below `limit`.
    #[inline(always)]
    pub fn bump(&mut self, size: usize, limit: usize) -> Option<usize> {
        let top = self.top;
        if size <= limit.saturating_sub(top) {
            self.top = top + size;
            Some(top)
        } else {
            None
        }
        // Post-invariant: bottom <= top <= limit <= end.
    }

    /// Lowers `top` to `new_top`, zeroing what was allocated above it.
    pub fn shrink_to(&mut self, new_top: usize) {
        debug_assert!(new_top >= self.bottom && new_top <= self.top);
        // SAFETY: [new_top, top) lies inside the space, whose memory is
        // mapped, and holds nothing live any more (the caller's contract).
        unsafe { std::ptr::write_bytes(new_top as *mut u8, 0, self.top - new_top) };
        self.top = new_top;
    }

    /// Empties the space, zeroing what was allocated.
    pub fn clear_used(&mut self) {
        self.shrink_to(self.bottom);
    }

    /// Calls `f` with every object (fillers skipped) from bottom to top.
    pub fn walk<M: ObjectModel>(&self, model: &M, mut f: impl FnMut(Oop, usize)) {
        let mut at = self.bottom;
        while at < self.top {
            let obj = Oop::from_addr(at).expect("inside a space");
            let size = object_or_filler_size(model, obj);
            if filler_size(obj).is_none() {
                f(obj, size);
            }
            at += size;
        }
    }
}

/// The size of whatever starts at `obj`: a filler or a real object.
#[inline(always)]
pub fn object_or_filler_size<M: ObjectModel>(model: &M, obj: Oop) -> usize {
    filler_size(obj).unwrap_or_else(|| model.size_of(obj))
}
