//! The interface between the VM and a JIT compiler.
//!
//! `vm` never names `jit`: the launcher gives the VM a `Box<dyn Compiler>`
//! at start-up. The tiering policy in the VM decides what to compile; the
//! compiler turns a method into code or declines, and a method it declines
//! keeps running in the interpreter.

use crate::metadata::MethodRef;

/// Why a method was not compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileError {
    /// The compiler does not handle something in the method (logged; the
    /// method stays interpreted).
    Unsupported(String),
    /// Compilation failed unexpectedly.
    Failed(String),
}

/// A JIT compiler. Implementations must be usable from the compile thread:
/// they read class metadata and profiles, never the heap.
pub trait Compiler: Send + Sync {
    /// A short name for logs (`cranelift`).
    fn name(&self) -> &str;

    /// The highest tier this compiler provides (0 when it compiles
    /// nothing).
    fn max_tier(&self) -> u8;

    /// Compiles `method` at `tier`.
    fn compile(&self, method: MethodRef, tier: u8) -> Result<(), CompileError>;

    /// The code with id `code` relied on something no longer true (see
    /// `deps`): it must not be entered again.
    fn invalidate(&self, code: u64) {
        let _ = code;
    }
}
