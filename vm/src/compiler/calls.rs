//! Transitions between the interpreter (or any Rust code) and compiled
//! code.
//!
//! - Into compiled code: [`call_compiled`] pushes a `FrameKind::Compiled`
//!   segment frame and calls the method's i2c adapter, which loads the
//!   arguments from the interpreter slots at `args_base` and calls the
//!   code. On return the segment is popped; a pending exception becomes
//!   `Err`.
//! - Out of compiled code: every runtime helper first records its compiled
//!   caller in the segment ([`set_anchor`]); calling a method without
//!   compiled code goes through [`call_from_compiled`], which puts the
//!   arguments in interpreter slots and runs the method as any Rust caller
//!   would (the callee's frame covers them before anything can move).
//!
//! Compiled code signals exceptions by returning with the thread's pending
//! exception set; callers check it after every call.

use crate::metadata::{Method, MethodRef};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;
use crate::runtime::natives::JValue;
use crate::runtime::thread::{Frame, FrameKind};

use super::Anchor;

/// An i2c adapter: `(thread, method, code, args) -> result slot`.
type I2c = unsafe extern "C" fn(*const JavaThread, *const Method, usize, *const u64) -> u64;

/// Runs `method`'s compiled code `code` on the arguments in the slots from
/// `args_base`.
pub(crate) fn call_compiled(thread: &JavaThread, method: MethodRef, code: usize, args_base: usize) -> JResult<JValue> {
    let i2c = method.jit().i2c.load(std::sync::atomic::Ordering::Acquire);
    debug_assert_ne!(i2c, 0, "compiled code is installed with its adapter");
    let frames = thread.frames_mut();
    if frames.len() >= thread.frame_limit() {
        return Err(thread.throw_stack_overflow());
    }
    let index = frames.len();
    frames.push(Frame {
        method,
        locals: args_base as u32,
        sp: args_base as u32,
        pc: 0,
        kind: FrameKind::Compiled(Anchor::default()),
    });
    let top = thread.top();
    thread.set_top(args_base + method.arg_slots());
    // SAFETY: `i2c` is the adapter the compiler installed for this method's
    // signature with `code`; it reads `arg_slots` slots from `args` (inside
    // the thread's slot array) and calls `code` with the compiled
    // convention. The segment frame pushed above lets helpers record where
    // the compiled frames are.
    let raw = unsafe {
        let f: I2c = std::mem::transmute::<usize, I2c>(i2c);
        f(thread, method.as_ptr(), code, thread.slot_base().add(args_base))
    };
    thread.frames_mut().truncate(index);
    if thread.has_monitors() {
        thread.release_frame_monitors(index);
    }
    thread.set_top(top.min(args_base));
    match thread.pending_exception() {
        Some(_) => Err(thread.rethrow()),
        None => Ok(JValue::from_slot(raw, method.signature().ret)),
    }
}

/// OSR code: `(thread, method, locals) -> result slot`.
type Osr = unsafe extern "C" fn(*const JavaThread, *const Method, *const u64) -> u64;

/// Moves the interpreted activation at frame index `fi` into the OSR code
/// `code` (compiled to enter at the instruction the frame is about to
/// run), which finishes it. The frame is replaced by a compiled segment
/// and popped when the code returns, as a return would pop it; the caller
/// gets the result (or the exception).
pub(crate) fn call_osr(thread: &JavaThread, fi: usize, code: usize) -> JResult<JValue> {
    let frame = thread.frames_mut()[fi];
    let method = frame.method;
    let max_locals = match method.prepared.get() {
        Some(Ok(c)) => c.max_locals as usize,
        _ => unreachable!("an interpreted frame runs prepared code"),
    };
    let locals: Vec<u64> = (0..max_locals).map(|i| thread.slot(frame.locals as usize + i)).collect();
    thread.frames_mut()[fi] =
        Frame { method, locals: frame.locals, sp: frame.locals, pc: 0, kind: FrameKind::Compiled(Anchor::default()) };
    thread.set_top(frame.locals as usize);
    // SAFETY: `code` is the OSR entry the compiler installed for this
    // method and this loop; it reads `max_locals` slots from `locals` before
    // anything can collect (the references in the copy are not roots).
    let raw = unsafe {
        let f: Osr = std::mem::transmute::<usize, Osr>(code);
        f(thread, method.as_ptr(), locals.as_ptr())
    };
    let frames = thread.frames_mut();
    frames.truncate(fi);
    if let Some(caller) = frames.last_mut() {
        caller.sp = caller.sp.min(frame.locals);
    }
    if thread.has_monitors() {
        thread.release_frame_monitors(fi);
    }
    thread.set_top(frame.locals as usize);
    match thread.pending_exception() {
        Some(_) => Err(thread.rethrow()),
        None => Ok(JValue::from_slot(raw, method.signature().ret)),
    }
}

/// Records where the compiled caller of a runtime helper is: `fp` is its
/// frame pointer, `ra` the return address of the call.
#[inline(always)]
pub fn set_anchor(thread: &JavaThread, fp: usize, ra: usize) {
    if let Some(Frame { kind: FrameKind::Compiled(anchor), .. }) = thread.frames_mut().last_mut() {
        *anchor = Anchor { fp, ra };
    }
}

/// Runs `method` (no compiled code, or a native) for compiled code, with
/// `args` in interpreter slot form; returns the result as a slot (0 with
/// an exception pending).
pub fn call_from_compiled(thread: &JavaThread, method: MethodRef, args: &[u64]) -> u64 {
    let base = thread.top();
    if base + args.len() + 8 > thread.slot_limit() {
        let _ = thread.throw_stack_overflow();
        return 0;
    }
    for (i, &a) in args.iter().enumerate() {
        thread.set_slot(base + i, a);
    }
    thread.set_top(base + args.len());
    let result = crate::interpreter::call_method(thread, method, base);
    thread.set_top(base);
    match result {
        Ok(v) => v.to_slot(),
        Err(_) => 0,
    }
}
