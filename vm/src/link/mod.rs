//! Linking (JVMS §5.4) and initialization (JVMS §5.5).
//!
//! Preparation happens at definition (`loader`); verification of a method
//! happens at its first invocation (`bytecode::analysis`). This module does
//! the rest: resolving symbolic references in a class's constant pool
//! (`resolution`) and running class initializers (`initialization`).

mod initialization;
pub mod resolution;

pub use initialization::{ensure_initialized, initialize};
