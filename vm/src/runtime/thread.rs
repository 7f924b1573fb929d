//! [`JavaThread`]: one thread of Java execution and everything it owns.
//!
//! A thread owns its interpreter stack (a fixed array of 64-bit slots:
//! each frame's locals, then its operand stack), the list of its frames,
//! its handles, its pending exception, its allocation buffer and its
//! monitors. All of these are roots for the collector.
//!
//! `JavaThread` is used through `&JavaThread` everywhere: its parts are
//! interior-mutable, and the type is `!Sync`, so only its own OS thread
//! touches them. The slot array and the frame vector are allocated once,
//! at full size, and never move; the interpreter may keep raw pointers
//! into them while it runs.
//!
//! Stack overflow: a frame may be pushed only if its slots end below
//! `slot_limit` and the frame count stays below `frame_limit`. While a
//! `StackOverflowError` is being constructed the limits are raised into a
//! reserve, so that the error's constructor itself can run.

use std::cell::{Cell, UnsafeCell};

use crema_gc::Tlab;

use crate::metadata::MethodRef;
use crate::oops::{Oop, OopCell};

use super::Vm;
use super::handles::{HandleArea, HandleScope};

/// What kind of activation a frame is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// An interpreted method: `pc` is the current instruction index.
    Interpreted,
    /// A native method; its arguments are its slots.
    Native,
    /// A segment of compiled frames on the native stack, entered from Rust
    /// (`compiler::calls`); the anchor locates its innermost frame while it
    /// is in a runtime call.
    Compiled(crate::compiler::Anchor),
}

/// One activation record.
#[derive(Copy, Clone, Debug)]
pub struct Frame {
    pub method: MethodRef,
    /// Slot index of local 0 (for native frames: of the first argument).
    pub locals: u32,
    /// Slot index one past the top of the operand stack, as of the last
    /// call out of this frame.
    pub sp: u32,
    /// Index of the current instruction in the method's prepared code.
    pub pc: u32,
    pub kind: FrameKind,
}

/// A monitor held by the thread: the object and the frame that entered it.
#[derive(Copy, Clone, Debug)]
pub(crate) struct MonitorRecord {
    pub object: usize,
    pub frame: usize,
}

/// Slots kept free above the normal limit for constructing a
/// `StackOverflowError`.
const STACK_RESERVE_SLOTS: usize = 16 * 1024;
const FRAME_RESERVE: usize = 2 * 1024;
/// The Rust stack left for a nested interpreter activation when its entry
/// decides whether it may run.
const RUST_STACK_RESERVE: usize = 512 * 1024;
/// Compiled frames and nested interpreter activations share a budget of
/// this many times `-Xss` of the native stack (HotSpot's `-Xss` covers
/// every frame; crema's interpreted frames live on the slot stack and are
/// counted there). Without a budget, compiled recursion would run to the
/// end of the launcher's large native stack, millions of frames deep.
const NATIVE_STACK_PER_XSS: usize = 4;

/// The interpreter's slot array.
struct SlotStack {
    base: *mut u64,
    capacity: usize,
}

impl SlotStack {
    fn new(capacity: usize) -> SlotStack {
        let slots = vec![0u64; capacity].into_boxed_slice();
        SlotStack { base: Box::into_raw(slots) as *mut u64, capacity }
    }
}

impl Drop for SlotStack {
    fn drop(&mut self) {
        // SAFETY: `base`/`capacity` came from a boxed slice in `new`.
        unsafe {
            drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(self.base, self.capacity)));
        }
    }
}

/// Offsets of the fields of [`JavaThread`] that compiled code reads and
/// writes directly.
#[derive(Copy, Clone, Debug)]
pub struct ThreadLayout {
    /// The pending exception (a reference; 0 when none).
    pub pending: usize,
    /// The TLAB's `top` and `end`.
    pub tlab_top: usize,
    pub tlab_end: usize,
    /// The lowest native stack address compiled code may use.
    pub stack_limit: usize,
    /// Non-zero when compiled code must call the safepoint helper at its
    /// next poll.
    pub poll: usize,
}

/// A thread of Java execution.
pub struct JavaThread {
    vm: &'static Vm,
    slots: SlotStack,
    frames: UnsafeCell<Vec<Frame>>,
    /// First free slot while no interpreter loop holds the stack pointer
    /// in a register (that is, whenever Rust code runs).
    top: Cell<usize>,
    slot_limit: Cell<usize>,
    frame_limit: Cell<usize>,
    handles: HandleArea,
    pending: OopCell,
    tlab: UnsafeCell<Tlab>,
    pub(crate) monitors: UnsafeCell<Vec<MonitorRecord>>,
    /// Lowest Rust stack address a new interpreter activation may start at.
    rust_stack_limit: Cell<usize>,
    /// The `java.lang.Thread` object of this thread.
    pub(crate) thread_object: OopCell,
    /// Set while the out-of-memory reserve is in use.
    pub(crate) in_oom: Cell<bool>,
    /// Allocations counted by `-XX:+GCStress`.
    pub(crate) stress_count: Cell<u64>,
    /// Set when compiled code must call into the runtime at its next
    /// safepoint poll (`-XX:+GCStress` sets it permanently).
    pub(crate) poll: Cell<usize>,
}

impl JavaThread {
    /// A thread for `vm` whose interpreter stack holds `stack_bytes`.
    /// Call on the OS thread that will run it; `rust_stack_size` is that
    /// thread's stack size, for overflow checks of nested activations and
    /// compiled frames, which may use `NATIVE_STACK_PER_XSS * stack_bytes`
    /// of it.
    pub fn new(vm: &'static Vm, stack_bytes: usize, rust_stack_size: usize) -> JavaThread {
        let capacity = (stack_bytes / 8).max(4 * STACK_RESERVE_SLOTS) + STACK_RESERVE_SLOTS;
        let frame_capacity = capacity / 4;
        let here = &capacity as *const usize as usize;
        crate::oops::bind_write_barrier(vm.heap().card_base());
        JavaThread {
            vm,
            slots: SlotStack::new(capacity),
            frames: UnsafeCell::new(Vec::with_capacity(frame_capacity + FRAME_RESERVE)),
            top: Cell::new(0),
            slot_limit: Cell::new(capacity - STACK_RESERVE_SLOTS),
            frame_limit: Cell::new(frame_capacity),
            handles: HandleArea::default(),
            pending: OopCell::empty(),
            tlab: UnsafeCell::new(Tlab::empty()),
            monitors: UnsafeCell::new(Vec::new()),
            rust_stack_limit: Cell::new(
                here.saturating_sub(
                    (stack_bytes.saturating_mul(NATIVE_STACK_PER_XSS))
                        .min(rust_stack_size.saturating_sub(RUST_STACK_RESERVE)),
                ),
            ),
            thread_object: OopCell::empty(),
            in_oom: Cell::new(false),
            stress_count: Cell::new(0),
            poll: Cell::new(usize::from(vm.options().gc.stress)),
        }
    }

    #[inline(always)]
    pub fn vm(&self) -> &'static Vm {
        self.vm
    }

    /// Where compiled code finds this thread's fields.
    pub fn layout() -> ThreadLayout {
        ThreadLayout {
            pending: std::mem::offset_of!(JavaThread, pending),
            tlab_top: std::mem::offset_of!(JavaThread, tlab) + Tlab::TOP_OFFSET,
            tlab_end: std::mem::offset_of!(JavaThread, tlab) + Tlab::END_OFFSET,
            stack_limit: std::mem::offset_of!(JavaThread, rust_stack_limit),
            poll: std::mem::offset_of!(JavaThread, poll),
        }
    }

    /// A new handle scope on this thread's handle area.
    pub fn scope(&self) -> HandleScope<'_> {
        HandleScope::new(&self.handles)
    }

    pub fn handle_area(&self) -> &HandleArea {
        &self.handles
    }

    // ---- the interpreter stack -------------------------------------------

    /// Base of the slot array (never moves).
    #[inline(always)]
    pub(crate) fn slot_base(&self) -> *mut u64 {
        self.slots.base
    }

    #[inline(always)]
    pub(crate) fn top(&self) -> usize {
        self.top.get()
    }

    #[inline(always)]
    pub(crate) fn set_top(&self, top: usize) {
        self.top.set(top)
    }

    /// Reads slot `index`.
    #[inline(always)]
    pub(crate) fn slot(&self, index: usize) -> u64 {
        assert!(index < self.slots.capacity);
        // SAFETY: in bounds (checked); the slot array is only accessed by
        // this thread.
        unsafe { *self.slots.base.add(index) }
    }

    /// Writes slot `index`.
    #[inline(always)]
    pub(crate) fn set_slot(&self, index: usize, value: u64) {
        assert!(index < self.slots.capacity);
        // SAFETY: as in `slot`.
        unsafe { *self.slots.base.add(index) = value }
    }

    #[inline(always)]
    pub(crate) fn slot_limit(&self) -> usize {
        self.slot_limit.get()
    }

    #[inline(always)]
    pub(crate) fn frame_limit(&self) -> usize {
        self.frame_limit.get()
    }

    /// Raises the stack limits into the reserve (while a
    /// `StackOverflowError` is built); returns the old limits.
    pub(crate) fn enter_stack_reserve(&self) -> (usize, usize) {
        let old = (self.slot_limit.get(), self.frame_limit.get());
        self.slot_limit.set(self.slots.capacity);
        // SAFETY: only reads the capacity of this thread's frame vector.
        self.frame_limit.set(unsafe { (*self.frames.get()).capacity() });
        old
    }

    /// Whether a `StackOverflowError` is being built (limits raised).
    pub(crate) fn in_stack_reserve(&self) -> bool {
        self.slot_limit.get() == self.slots.capacity
    }

    pub(crate) fn leave_stack_reserve(&self, old: (usize, usize)) {
        self.slot_limit.set(old.0);
        self.frame_limit.set(old.1);
    }

    /// Whether the Rust stack has room for another interpreter activation.
    #[inline]
    pub(crate) fn rust_stack_ok(&self) -> bool {
        let here = 0usize;
        (&here as *const usize as usize) > self.rust_stack_limit.get()
    }

    pub(crate) fn lower_rust_stack_limit(&self, by: usize) -> usize {
        let old = self.rust_stack_limit.get();
        self.rust_stack_limit.set(old.saturating_sub(by));
        old
    }

    pub(crate) fn set_rust_stack_limit(&self, limit: usize) {
        self.rust_stack_limit.set(limit);
    }

    // ---- frames -----------------------------------------------------------

    /// The frame vector. Never reallocated: pushes beyond `frame_limit` are
    /// refused by the callers.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub(crate) fn frames_mut(&self) -> &mut Vec<Frame> {
        // SAFETY: only this thread touches its frames, and callers never
        // hold two of these borrows at once (each use is a short statement
        // or a loop that does not call back into the thread).
        unsafe { &mut *self.frames.get() }
    }

    /// The thread's frames, oldest first (a copy, for stack walks).
    pub fn frames(&self) -> Vec<Frame> {
        self.frames_mut().clone()
    }

    pub fn frame_count(&self) -> usize {
        self.frames_mut().len()
    }

    /// The method of the frame `depth` frames below the top (0 = top).
    pub fn caller_method(&self, depth: usize) -> Option<MethodRef> {
        let frames = self.frames_mut();
        frames.len().checked_sub(depth + 1).map(|i| frames[i].method)
    }

    // ---- pending exception ----------------------------------------------

    #[inline(always)]
    pub fn pending_exception(&self) -> Option<Oop> {
        self.pending.get()
    }

    pub(crate) fn set_pending_exception(&self, exception: Option<Oop>) {
        self.pending.set(exception)
    }

    /// Takes the pending exception, clearing it.
    pub fn take_pending_exception(&self) -> Option<Oop> {
        let e = self.pending.get();
        self.pending.set(None);
        e
    }

    // ---- allocation buffer ----------------------------------------------

    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub(crate) fn tlab(&self) -> &mut Tlab {
        // SAFETY: only this thread touches its TLAB, and no caller holds the
        // borrow across another call into the thread.
        unsafe { &mut *self.tlab.get() }
    }

    /// Calls `visit` with every root slot this thread owns: frames' slots
    /// are visited by the stack walker, not here.
    pub fn for_each_thread_root(&self, visit: &mut dyn FnMut(*mut usize)) {
        self.handles.for_each_slot(visit);
        visit(self.pending.slot());
        visit(self.thread_object.slot());
        // SAFETY: only this thread touches its monitor list.
        for m in unsafe { (*self.monitors.get()).iter_mut() } {
            visit(&mut m.object);
        }
    }
}
