//! Exception dispatch in interpreted frames.
//!
//! When an instruction throws, the pending exception is matched against the
//! current frame's exception table (JVMS §2.10): the first row covering the
//! instruction whose catch type is the exception's class or a superclass
//! wins. With a match, the frame's operand stack is cleared, the exception
//! pushed and execution continues at the handler. Without one the frame is
//! popped (releasing its monitors) and the search goes on in the caller at
//! its call instruction.

use crate::link::resolution;
use crate::runtime::JavaThread;

use super::invoke::prepare;
use super::objects::is_instance;

/// Looks for a handler of the pending exception in the top frame. On a
/// match the frame is set up to run the handler and `true` is returned.
pub(crate) fn handle_in_top_frame(thread: &JavaThread) -> bool {
    let frame = *thread.frames_mut().last().expect("a frame is active");
    let Ok(code) = prepare(thread, frame.method) else {
        return false;
    };
    let pc = frame.pc;
    let stack_base = frame.locals as usize + code.max_locals as usize;
    for h in code.handlers.iter() {
        if pc < h.start || pc >= h.end {
            continue;
        }
        let Some(exception) = thread.pending_exception() else {
            return false;
        };
        let matches = h.catch_type == 0 || {
            let class = frame.method.class();
            match class.cp_cache().class(h.catch_type) {
                Some(c) => is_instance(exception, c),
                None => {
                    // Resolving the catch type may load classes (and run
                    // Java): keep the exception rooted meanwhile.
                    // The operand stack is dead (a handler starts with an
                    // empty one): empty it, so that the collector does not
                    // read it as the throwing instruction's.
                    let scope = thread.scope();
                    let saved = scope.oop_handle(exception);
                    thread.frames_mut().last_mut().expect("a frame is active").sp = stack_base as u32;
                    thread.set_top(stack_base + code.max_stack as usize);
                    thread.set_pending_exception(None);
                    match resolution::resolve_class(thread, class, h.catch_type) {
                        Ok(c) => {
                            thread.set_pending_exception(Some(saved.get()));
                            is_instance(saved.get(), c)
                        }
                        // The resolution error replaces the exception.
                        Err(_) => false,
                    }
                }
            }
        };
        if matches {
            let exception = thread.take_pending_exception().expect("still pending");
            thread.set_slot(stack_base, exception.addr() as u64);
            let top = thread.frames_mut().last_mut().expect("a frame is active");
            top.pc = h.handler;
            top.sp = stack_base as u32 + 1;
            return true;
        }
    }
    false
}

/// Pops the top frame during unwinding, releasing its monitors. The
/// caller's operand stack ends where the popped frame's locals began: its
/// outgoing arguments were the callee's locals, which may hold anything
/// by now.
pub(crate) fn pop_frame(thread: &JavaThread) {
    let frames = thread.frames_mut();
    let index = frames.len() - 1;
    let done = frames.pop().expect("a frame is active");
    if let Some(caller) = frames.last_mut() {
        caller.sp = caller.sp.min(done.locals);
    }
    if thread.has_monitors() {
        thread.release_frame_monitors(index);
    }
}
