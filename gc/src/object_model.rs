//! The object model: how the collector learns about objects from the VM.
//!
//! The VM implements [`ObjectModel`] (MMTk's `VMObjectModel` and
//! `VMScanning` rolled into one); the collector calls it for every object it
//! sizes or scans, so the methods are generic and inlined, not `dyn`. The
//! roots come from the other half of the VM's side, `VmBinding`.

use crate::Oop;

/// The address of one slot holding a reference (an object address, or 0
/// for null): a field, an array element, a root.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct RefSlot(pub *mut usize);

impl RefSlot {
    #[inline(always)]
    pub fn get(self) -> usize {
        // SAFETY: a RefSlot is only made for a live, aligned slot.
        unsafe { *self.0 }
    }

    #[inline(always)]
    pub fn set(self, value: usize) {
        // SAFETY: as in `get`.
        unsafe { *self.0 = value }
    }

    pub fn addr(self) -> usize {
        self.0 as usize
    }
}

/// The strength of a `java.lang.ref.Reference`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ReferenceKind {
    Soft,
    Weak,
    Phantom,
}

/// What the collector needs to know about objects (implemented by the VM).
///
/// Implementations must be pure functions of the object's header (word 0)
/// and the metadata it points at, plus the object's own fields for sizes
/// (array lengths, a mirror's class): the collector calls them on objects
/// whose mark word holds a forwarding pointer, and on copies.
pub trait ObjectModel {
    /// The object's size in bytes, a multiple of 8. Hot: once per object
    /// copied or walked.
    fn size_of(&self, obj: Oop) -> usize;

    /// Calls `visit` with every reference slot of `obj` that keeps its
    /// target alive, in address order. For a `Reference` object the
    /// referent is left out (see [`ObjectModel::reference`]). Hot: once per
    /// object scanned.
    fn visit_slots<F: FnMut(RefSlot)>(&self, obj: Oop, visit: F);

    /// Like [`ObjectModel::visit_slots`], restricted to slots whose address
    /// lies in `[from, to)` (card scanning of large arrays).
    fn visit_slots_in<F: FnMut(RefSlot)>(&self, obj: Oop, from: usize, to: usize, mut visit: F) {
        self.visit_slots(obj, |s| {
            if s.addr() >= from && s.addr() < to {
                visit(s)
            }
        })
    }

    /// For an instance of a `java.lang.ref.Reference` class: its kind and
    /// the slot of its referent.
    fn reference(&self, obj: Oop) -> Option<(ReferenceKind, RefSlot)>;

    /// An object that must stay alive while `obj` is, though no slot of
    /// `obj` names it: the mirror of its class, when that class can be
    /// unloaded. Full collections mark it (it is never updated through
    /// this); `None` for everything else.
    #[inline(always)]
    fn metadata_holder(&self, obj: Oop) -> Option<Oop> {
        let _ = obj;
        None
    }

    /// Whether word 0 of `obj` names a class the VM knows (heap
    /// verification).
    fn is_valid_object(&self, obj: Oop) -> bool;
}
