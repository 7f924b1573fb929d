//! crema-vm: the Java virtual machine proper.
//!
//! This crate turns class files into runtime classes and runs them:
//!
//! - `classfile`: parsing and checking class files (JVMS §4).
//! - `metadata`: classes, methods, fields, layout, vtables and itables.
//! - `loader`: class loaders, the class path, definition of classes.
//! - `link`: resolution of symbolic references, class initialization.
//! - `oops`: heap objects as the VM sees them (header, fields, arrays).
//! - `collector`: the binding to the `gc` crate: object model, roots,
//!   references, GC logging and the checking modes.
//! - `bytecode`: decoding, the shared bytecode analysis, quickening.
//! - `interpreter`: the interpreter loop and its bytecode families.
//! - `runtime`: the VM, threads, handles, exceptions, natives, start-up.
//! - `compiler`: the interface a JIT implements.
//! - `deps`: the dependency registry: what caches rely on, invalidated by
//!   class unloading and class-hierarchy changes.
//!
//! Architecture invariants:
//! - `vm` depends on `gc` and never on `jit` or `classlib`; those plug in
//!   through [`compiler::Compiler`], [`runtime::NativeRegistry`] and
//!   [`loader::ClassSource`].
//! - A raw object pointer ([`oops::Oop`]) never lives across a safepoint in
//!   Rust code: it is kept in a handle or a stack slot instead.
//! - Class metadata never moves and is freed only with its loader.

pub mod bytecode;
pub mod classfile;
pub mod collector;
pub mod compiler;
pub mod deps;
pub mod interpreter;
pub mod link;
pub mod loader;
pub mod metadata;
pub mod oops;
pub mod runtime;

#[cfg(test)]
mod testing;

pub use runtime::{JavaThread, Vm, VmOptions};
