//! crema-gc: the Java heap and its collector.
//!
//! A generational heap (ARCHITECTURE.md §5) in one reserved address range:
//! a nursery of eden and two survivor spaces collected by copying
//! (`young`), and an old generation collected, with everything else, by
//! mark-compact (`full`). Threads allocate in TLABs ([`Tlab`]); the write
//! barrier dirties one byte per 512-byte card (`card_table`); checking
//! modes verify the heap after collections (`verify`).
//!
//! The crate knows objects only through [`ObjectModel`] and the VM's roots
//! only through [`VmBinding`], both implemented by the VM; it never names a
//! Java class, and no crate below it exists:
//! `gc <- vm <- {jit, classlib} <- tools`.
//!
//! Architecture invariants:
//! - Every object starts 8-byte aligned inside the reserved range; [`Oop`]
//!   is a non-null address in it. Java `null` is `Option<Oop>::None`.
//! - Memory handed out by an allocation is zeroed.
//! - Objects move only during a collection, which runs at an allocation or
//!   an explicit request on a Java thread, when the VM's roots are exact.

mod card_table;
mod full;
mod header;
mod heap;
mod mark_bitmap;
mod object_model;
mod oop;
mod reserved;
mod space;
#[cfg(test)]
mod tests;
mod tlab;
mod verify;
mod young;

pub use card_table::{CARD_SHIFT, CARD_SIZE, DIRTY};
pub use header::{HEADER_SIZE, MARK_OFFSET, MarkWord, mark_of, set_mark};
pub use heap::{GcCause, GcEvent, GcKind, Heap, HeapConfig, HeapSpaces, HeapUsage, VmBinding};
pub use object_model::{ObjectModel, RefSlot, ReferenceKind};
pub use oop::Oop;
pub use space::Space;
pub use tlab::Tlab;

/// Every object and every allocation is aligned to this many bytes.
pub const OBJECT_ALIGNMENT: usize = 8;

/// Rounds `size` up to [`OBJECT_ALIGNMENT`].
pub const fn align_object_size(size: usize) -> usize {
    (size + OBJECT_ALIGNMENT - 1) & !(OBJECT_ALIGNMENT - 1)
}
