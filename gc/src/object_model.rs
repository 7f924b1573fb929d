//! The object model: how the collector sees objects.
//!
//! The VM implements [`ObjectModel`]; the collector calls it and nothing
//! else to learn an object's size and where its references are. This is the
//! only direction in which `gc` learns about Java objects.

use crate::Oop;

/// The address of one reference field or array element inside an object.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct RefSlot(pub *mut usize);

/// What the collector needs to know about objects (implemented by the VM).
///
/// Implementations must be pure functions of the object's header and the
/// class metadata it points at: the collector may call them while objects
/// are half-copied, but never on an object whose header is a forwarding
/// pointer.
pub trait ObjectModel {
    /// The object's size in bytes, a multiple of [`crate::OBJECT_ALIGNMENT`].
    ///
    /// Hot: called once per object visited by every collection.
    fn size_of(&self, obj: Oop) -> usize;

    /// Calls `visit` with every reference slot of the object, in address
    /// order. Slots may hold zero (null).
    ///
    /// Hot: called once per object scanned.
    fn for_each_ref_slot(&self, obj: Oop, visit: &mut dyn FnMut(RefSlot));
}
