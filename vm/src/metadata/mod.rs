//! Class metadata: the VM's record of loaded classes, methods and fields.
//!
//! Metadata lives outside the heap, owned by the defining loader
//! (`loader::ClassLoaderData`); its addresses never change, so
//! [`ClassRef`] and [`MethodRef`] are plain pointers that compiled code may
//! embed. They are freed only when their loader is unloaded, and unloading
//! first invalidates every structure that still points at them (the
//! dependency registry), so dereferencing one is safe for as long as it is
//! reachable.
//!
//! Everything a class needs from its class file and its supertypes is
//! computed when it is defined ([`Class`] is immutable afterwards but for
//! its initialization state, its mirror and its resolved constant-pool
//! cache): field layout (`layout`), vtable and itable (`vtable`).

mod class;
mod cp_cache;
mod field;
pub mod layout;
mod method;
mod vtable;

#[cfg(test)]
mod tests;

pub use class::{Class, ClassKind, ClassRef, InitState, ItableEntry, ObjectKind, mirrored_class};
pub use cp_cache::{CpCache, FieldEntry, Resolved};
pub use field::Field;
pub use layout::{InstanceLayout, RefRun, StaticLayout};
pub use method::{Method, MethodRef};
pub(crate) use vtable::{build_itable, build_vtable, select_method};
