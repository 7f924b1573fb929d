//! The interface between the VM and a JIT compiler (ARCHITECTURE.md §6).
//!
//! `vm` never names `jit`: the launcher gives the VM a `Box<dyn Compiler>`
//! at start-up. The VM owns the policy (`tiering`: counters and thresholds
//! decide what to compile), each method's entry cells ([`MethodEntry`]),
//! the transition from the interpreter into compiled code (`calls`), and
//! the data cells compiled code dispatches through (`inline_cache`). The
//! compiler owns machine code: it compiles or declines, walks its own
//! frames for the collector and for stack traces, and invalidates code on
//! request.
//!
//! Compiled frames live on the native stack. Each entry from Rust into
//! compiled code pushes a `FrameKind::Compiled` frame on the thread's frame
//! list (a *segment*); every runtime helper that compiled code calls
//! records in that frame the frame pointer and return address of its
//! compiled caller (the [`Anchor`]), from which [`Compiler::walk_segment`]
//! follows the frame-pointer chain through the segment's compiled frames.

pub mod calls;
pub mod inline_cache;
pub mod runtime;
pub mod tiering;

use std::sync::atomic::{AtomicU8, AtomicU32, AtomicU64, AtomicUsize, Ordering};

use crate::metadata::MethodRef;
use crate::runtime::{JavaThread, Vm};

pub use inline_cache::InlineCache;

/// Why a method was not compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileError {
    /// The compiler does not handle something in the method (logged; the
    /// method stays interpreted).
    Unsupported(String),
    /// Compilation failed unexpectedly.
    Failed(String),
}

/// Where the innermost compiled frame of a segment was when it called the
/// runtime: its frame pointer and the return address of the call.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Anchor {
    pub fp: usize,
    pub ra: usize,
}

/// One compiled frame, as [`Compiler::walk_segment`] shows it.
pub struct CompiledFrame<'a> {
    /// The return address the frame is suspended at.
    pub pc: usize,
    /// The Java method, or `None` for an adapter's frame.
    pub method: Option<MethodRef>,
    /// The bci of the call the frame is suspended in.
    pub bci: u32,
    /// The addresses of the frame's stack slots that hold references.
    pub ref_slots: &'a [usize],
}

/// A method's compilation state and entry cells, read by the interpreter
/// and by compiled code (the JIT embeds the field offsets).
#[derive(Default, Debug)]
pub struct MethodEntry {
    /// The method's compiled code (the compiled convention), 0 while it is
    /// interpreted. The interpreter enters it through `i2c`.
    pub code: AtomicUsize,
    /// The adapter from interpreter slots to the compiled convention for
    /// this method's signature (set with `code`).
    pub i2c: AtomicUsize,
    /// What compiled callers call: the compiled code, or an adapter into
    /// the interpreter; 0 until first needed.
    pub entry: AtomicUsize,
    /// The compiler's id of the installed code (0: none).
    pub code_id: AtomicU64,
    /// The tier of the installed code (0: interpreted).
    pub tier: AtomicU8,
    /// `tiering::State`.
    pub state: AtomicU8,
    pub invocations: AtomicU32,
    pub backedges: AtomicU32,
    /// On-stack-replacement code: entered from an interpreted activation
    /// at the loop header `osr_pc` (an instruction index), with the
    /// convention `(thread, method, locals) -> result slot`.
    pub osr_code: AtomicUsize,
    pub osr_pc: AtomicU32,
    pub osr_id: AtomicU64,
    /// `tiering::State` of the OSR compilation.
    pub osr_state: AtomicU8,
}

impl MethodEntry {
    /// The compiled code, if any.
    #[inline(always)]
    pub fn compiled(&self) -> Option<usize> {
        let c = self.code.load(Ordering::Acquire);
        (c != 0).then_some(c)
    }
}

/// A JIT compiler. Implementations must be usable from the compile thread:
/// they read class metadata and profiles, never the heap.
pub trait Compiler: Send + Sync {
    /// A short name for logs (`cranelift`).
    fn name(&self) -> &str;

    /// The highest tier this compiler provides (0 when it compiles
    /// nothing).
    fn max_tier(&self) -> u8;

    /// Called once the VM exists (it lives for the rest of the process).
    fn attach(&self, vm: &'static Vm) {
        let _ = vm;
    }

    /// Compiles `method` at `tier`, on the calling thread, and installs the
    /// code in its entry cells.
    fn compile(&self, method: MethodRef, tier: u8) -> Result<(), CompileError>;

    /// Queues `method` for compilation at `tier` on the compile thread (or,
    /// with `blocking`, compiles it now on this one). The compiler updates
    /// the method's `MethodEntry::state` when done.
    fn submit(&self, thread: &JavaThread, method: MethodRef, tier: u8, blocking: bool) {
        let _ = (thread, blocking);
        let _ = self.compile(method, tier);
    }

    /// Queues (or, with `blocking`, runs) the compilation of an OSR entry
    /// into `method` at instruction `pc`; the compiler sets the method's
    /// `osr_*` fields when done.
    fn submit_osr(&self, thread: &JavaThread, method: MethodRef, pc: u32, blocking: bool) {
        let _ = (thread, method, pc, blocking);
    }

    /// Walks the compiled frames of one segment, innermost first, from the
    /// anchor its last runtime call recorded.
    fn walk_segment(&self, anchor: Anchor, visit: &mut dyn FnMut(&CompiledFrame)) {
        let _ = (anchor, visit);
    }

    /// The code with id `code` relied on something no longer true (see
    /// `deps`): it must not be entered again.
    fn invalidate(&self, code: u64) {
        let _ = code;
    }

    /// Invalidates every compiled method; returns how many there were.
    fn deoptimize_all(&self) -> usize {
        0
    }

    /// Runs `f` while no compilation is reading metadata (class unloading
    /// frees some).
    fn while_paused(&self, f: &mut dyn FnMut()) {
        f()
    }

    /// Drops the queued compilations of methods for which `dead` holds
    /// (their classes are being unloaded); called while paused.
    fn forget_queued(&self, dead: &dyn Fn(MethodRef) -> bool) {
        let _ = dead;
    }

    /// Descriptions of inline-cache entries that name a class for which
    /// `is_loaded` is false (what class unloading must never leave).
    fn dangling_cache_entries(&self, is_loaded: &dyn Fn(usize) -> bool) -> Vec<String> {
        let _ = is_loaded;
        Vec::new()
    }

    /// Frees invalidated code that has no activation left: `active_pcs`
    /// are the return addresses of every compiled frame on the stacks.
    fn sweep(&self, active_pcs: &[usize]) {
        let _ = active_pcs;
    }

    /// The `-XX:+CITime` report printed at exit: compile times, code sizes,
    /// declined methods.
    fn statistics(&self) -> String {
        String::new()
    }
}
