//! crema-gc: the Java heap.
//!
//! This crate owns the memory Java objects live in. It reserves one address
//! range at start-up (`-Xmx`), hands out memory through thread-local
//! allocation buffers ([`Tlab`]) with one shared slow path, and reports
//! exhaustion so the VM can throw `OutOfMemoryError`.
//!
//! It knows objects only through [`ObjectModel`], the small trait the VM
//! implements (object size, reference slots). It never names a Java class,
//! and no crate below it exists: `gc <- vm <- {jit, classlib} <- tools`.
//!
//! Architecture invariants:
//! - Every object starts 8-byte aligned inside the reserved range; [`Oop`]
//!   is a non-null address in it. Java `null` is `Option<Oop>::None`.
//! - Memory handed out by [`Heap::allocate`] is zeroed.
//! - The heap only grows for now (no collection yet); when the next
//!   allocation would pass the maximum size, allocation fails and the VM
//!   throws `OutOfMemoryError: Java heap space`.

mod heap;
mod object_model;
mod oop;
mod reserved;
mod tlab;

pub use heap::{Heap, HeapConfig, HeapUsage};
pub use object_model::{ObjectModel, RefSlot};
pub use oop::Oop;
pub use tlab::Tlab;

/// Every object and every allocation is aligned to this many bytes.
pub const OBJECT_ALIGNMENT: usize = 8;

/// Rounds `size` up to [`OBJECT_ALIGNMENT`].
pub const fn align_object_size(size: usize) -> usize {
    (size + OBJECT_ALIGNMENT - 1) & !(OBJECT_ALIGNMENT - 1)
}
