//! crema-jit: the JIT compiler.
//!
//! This crate will turn bytecode into Cranelift IR in two tiers, with
//! inline caches, stack maps, deoptimization metadata and a code cache
//! (ARCHITECTURE.md §6). For now it provides the [`Compiler`]
//! implementation the launcher registers, which declines every method, so
//! everything runs in the interpreter.

use crema_vm::compiler::{CompileError, Compiler};
use crema_vm::metadata::MethodRef;

/// The Cranelift-based compiler (not implemented yet: declines all).
#[derive(Default)]
pub struct CraneliftCompiler;

impl CraneliftCompiler {
    pub fn new() -> CraneliftCompiler {
        CraneliftCompiler
    }
}

impl Compiler for CraneliftCompiler {
    fn name(&self) -> &str {
        "cranelift"
    }

    fn max_tier(&self) -> u8 {
        0
    }

    fn compile(&self, method: MethodRef, tier: u8) -> Result<(), CompileError> {
        Err(CompileError::Unsupported(format!(
            "tier {tier} compilation of {} is not implemented yet",
            method.debug_name()
        )))
    }
}
