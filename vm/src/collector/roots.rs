//! Root enumeration: every slot outside the heap that holds a reference.
//!
//! - each thread's frames: interpreted frames exactly, through the
//!   reference maps of the bytecode analysis at the frame's current
//!   instruction; native frames through their method's signature (their
//!   arguments); compiled frames through the stack maps of the call each
//!   is suspended in, found by the compiler's walk of each segment;
//! - each thread's handles, pending exception, `Thread` object and
//!   monitors;
//! - the cells of the boot and application loaders (mirrors, which hold
//!   the static fields, resolved string constants, the loader object);
//! - the preallocated `OutOfMemoryError` and the references the collector
//!   cleared that Java has not yet enqueued;
//! - weak: the string table and the cells of user class loaders, which a
//!   full collection keeps only for loaders it finds alive.
//!
//! Nothing is scanned conservatively: a slot is visited only when the VM
//! knows it holds a reference (or null).

use crema_gc::RefSlot;

use crate::classfile::BasicType;
use crate::runtime::JavaThread;
use crate::runtime::thread::{Frame, FrameKind};

/// Calls `visit` once with every strong root slot of the VM that `thread`
/// runs in.
pub(crate) fn visit_roots(thread: &JavaThread, visit: &mut dyn FnMut(RefSlot)) {
    let vm = thread.vm();
    let mut raw = |slot: *mut usize| visit(RefSlot(slot));
    visit_frames(thread, &mut raw);
    thread.for_each_thread_root(&mut raw);
    vm.boot_loader().for_each_oop_cell(&mut raw);
    vm.app_loader().for_each_oop_cell(&mut raw);
    vm.for_each_global_root(&mut raw);
}

/// Calls `visit` once with every weak root slot: interned strings, and the
/// cells of the user class loaders (see `loader::unloading`).
pub(crate) fn visit_weak_roots(thread: &JavaThread, visit: &mut dyn FnMut(RefSlot)) {
    let vm = thread.vm();
    let mut raw = |slot: *mut usize| visit(RefSlot(slot));
    vm.strings.for_each_root(&mut raw);
    for loader in vm.user_loaders().lock().unwrap().iter() {
        loader.for_each_oop_cell(&mut raw);
    }
}

/// Visits the reference slots of every frame of `thread`.
fn visit_frames(thread: &JavaThread, visit: &mut dyn FnMut(*mut usize)) {
    let frames = thread.frames();
    let base = thread.slot_base();
    for (i, frame) in frames.iter().enumerate() {
        // A callee's locals begin where its caller's outgoing arguments do:
        // those slots belong to the callee.
        let end = frames.get(i + 1).map_or(thread.top(), |callee| callee.locals as usize);
        let mut slot = |index: usize| {
            // SAFETY: every index comes from a frame below the thread's top,
            // inside the slot array, which never moves.
            visit(unsafe { base.add(index) } as *mut usize)
        };
        match frame.kind {
            FrameKind::Interpreted => visit_interpreted(frame, end, &mut slot),
            FrameKind::Native => visit_native(frame, &mut slot),
            FrameKind::Compiled(anchor) => {
                if let Some(compiler) = thread.vm().compiler() {
                    compiler.walk_segment(anchor, &mut |cf| {
                        for &s in cf.ref_slots {
                            visit(s as *mut usize);
                        }
                    });
                }
            }
        }
    }
}

/// An interpreted frame: its locals and operand stack, through the
/// reference map at the current instruction. Of the operand stack only
/// the part below both the frame's synced `sp` and `end` is live (an
/// instruction that pops before it calls out lowers `sp`).
fn visit_interpreted(frame: &Frame, end: usize, slot: &mut dyn FnMut(usize)) {
    let method = frame.method;
    let Some(Ok(code)) = method.prepared.get() else { unreachable!("interpreted frames run prepared code") };
    let maps = method.ref_maps();
    let pc = frame.pc as usize;
    let locals = frame.locals as usize;
    let max_locals = code.max_locals as usize;
    let stack_base = locals + max_locals;
    let live_stack =
        maps.depth(pc).min((frame.sp as usize).saturating_sub(stack_base)).min(end.saturating_sub(stack_base));
    maps.for_each_ref(pc, |s| {
        if s < max_locals || s - max_locals < live_stack {
            slot(locals + s)
        }
    });
}

/// A native frame: its reference arguments (receiver first).
fn visit_native(frame: &Frame, slot: &mut dyn FnMut(usize)) {
    let method = frame.method;
    let mut at = frame.locals as usize;
    if !method.is_static() {
        slot(at);
        at += 1;
    }
    for &t in method.signature().params.iter() {
        if t == BasicType::Reference {
            slot(at);
        }
        at += t.slots();
    }
}
