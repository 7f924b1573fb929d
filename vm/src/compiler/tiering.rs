//! The tiering policy: when a method leaves the interpreter.
//!
//! The interpreter counts each method's invocations and taken backward
//! branches (`MethodEntry`). When either count reaches its threshold
//! (`-XX:CompileThreshold` / `-XX:Tier3InvocationThreshold`,
//! `-XX:Tier3BackEdgeThreshold`), the method is submitted to the compiler:
//! queued for the compile thread, or compiled at once with `-Xbatch`.
//! `-Xcomp` compiles every method at its first invocation (blocking);
//! `-Xint` and `-XX:TieredStopAtLevel=0` never compile. A hot loop in an
//! activation that started interpreted is also compiled for on-stack
//! replacement (OSR) at its header: the next backward branch to it moves
//! the activation into the OSR code (`calls::call_osr`).

use std::sync::atomic::Ordering;

use crate::metadata::MethodRef;
use crate::runtime::{ExecutionMode, JavaThread};

/// `MethodEntry::state` values.
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum State {
    /// Interpreted, not submitted.
    Interpreted = 0,
    /// Submitted to the compiler.
    Queued = 1,
    /// Compiled code is installed.
    Compiled = 2,
    /// The compiler declined or failed: stays interpreted.
    NotCompilable = 3,
}

/// The policy's parameters, from the command line.
#[derive(Copy, Clone, Debug)]
pub struct TieringOptions {
    /// Invocations before compilation.
    pub invocation_threshold: u32,
    /// Taken backward branches before compilation.
    pub backedge_threshold: u32,
    /// `-XX:TieredStopAtLevel`: the highest tier used (0: none).
    pub stop_at_level: u8,
    /// `-Xbatch` (or `-XX:-BackgroundCompilation`): compile on the Java
    /// thread, waiting for the code.
    pub batch: bool,
    /// `-XX:+PrintCompilation`.
    pub print_compilation: bool,
    /// `-XX:-UseInlineCaches`: compiled calls dispatch through the vtable
    /// and itable directly.
    pub use_inline_caches: bool,
    /// `-XX:+CITime`: print the compiler's statistics at exit.
    pub ci_time: bool,
}

impl Default for TieringOptions {
    fn default() -> TieringOptions {
        TieringOptions {
            invocation_threshold: 1000,
            backedge_threshold: 10_000,
            stop_at_level: 4,
            batch: false,
            print_compilation: false,
            use_inline_caches: true,
            ci_time: false,
        }
    }
}

/// The tier a method is compiled at when it gets hot, if any.
fn target_tier(thread: &JavaThread) -> Option<u8> {
    let vm = thread.vm();
    let options = vm.options();
    if options.mode == ExecutionMode::Interpreted {
        return None;
    }
    let max = vm.compiler()?.max_tier().min(options.tiering.stop_at_level);
    (max >= 1).then_some(1)
}

/// Counts an invocation of `method` (about to run interpreted); submits it
/// when it gets hot. Returns whether compiled code is now installed.
#[inline]
pub(crate) fn invoked(thread: &JavaThread, method: MethodRef) -> bool {
    let entry = method.jit();
    let n = entry.invocations.load(Ordering::Relaxed).wrapping_add(1);
    entry.invocations.store(n, Ordering::Relaxed);
    let options = &thread.vm().options();
    let threshold = if options.mode == ExecutionMode::Compiled { 1 } else { options.tiering.invocation_threshold };
    n >= threshold && submit(thread, method)
}

/// Counts a taken backward branch of `method` to instruction `target`.
/// Once the method is hot, returns the OSR code to continue in at
/// `target`, if there is some (submitting its compilation otherwise). The
/// OSR compilation is queued before the normal one: the loop running now
/// needs it first.
#[inline]
pub(crate) fn backedge(thread: &JavaThread, method: MethodRef, target: usize) -> Option<usize> {
    let entry = method.jit();
    let n = entry.backedges.load(Ordering::Relaxed).wrapping_add(1);
    entry.backedges.store(n, Ordering::Relaxed);
    if n < thread.vm().options().tiering.backedge_threshold {
        return None;
    }
    osr(thread, method, target)
}

#[cold]
fn osr(thread: &JavaThread, method: MethodRef, target: usize) -> Option<usize> {
    let entry = method.jit();
    let code = entry.osr_code.load(Ordering::Acquire);
    if code != 0 && entry.osr_pc.load(Ordering::Acquire) as usize == target {
        return Some(code);
    }
    // A method tier 1 declined as a whole is not compiled for OSR either.
    let declined = entry.state.load(Ordering::Relaxed) == State::NotCompilable as u8;
    let mut found = None;
    if !declined && entry.osr_state.load(Ordering::Relaxed) == State::Interpreted as u8 && target_tier(thread).is_some()
    {
        entry.osr_state.store(State::Queued as u8, Ordering::Relaxed);
        let vm = thread.vm();
        let blocking = vm.options().tiering.batch;
        if let Some(compiler) = vm.compiler() {
            compiler.submit_osr(thread, method, target as u32, blocking);
        }
        let code = entry.osr_code.load(Ordering::Acquire);
        if code != 0 && entry.osr_pc.load(Ordering::Acquire) as usize == target {
            found = Some(code);
        }
    }
    submit(thread, method);
    found
}

/// Submits `method` unless it was already; returns whether compiled code
/// is installed afterwards (a blocking compilation finished).
#[cold]
fn submit(thread: &JavaThread, method: MethodRef) -> bool {
    let entry = method.jit();
    if entry.state.load(Ordering::Relaxed) != State::Interpreted as u8 {
        return entry.compiled().is_some();
    }
    let Some(tier) = target_tier(thread) else {
        entry.state.store(State::NotCompilable as u8, Ordering::Relaxed);
        return false;
    };
    if method.is_abstract() || method.is_native() || method.code().is_none() {
        entry.state.store(State::NotCompilable as u8, Ordering::Relaxed);
        return false;
    }
    entry.state.store(State::Queued as u8, Ordering::Relaxed);
    let vm = thread.vm();
    let blocking = vm.options().tiering.batch || vm.options().mode == ExecutionMode::Compiled;
    if let Some(compiler) = vm.compiler() {
        compiler.submit(thread, method, tier, blocking);
    }
    entry.compiled().is_some()
}
