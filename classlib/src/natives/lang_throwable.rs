//! `java.lang.Throwable`: recording and reading stack traces; the
//! helpful messages of `NullPointerException`s the VM threw.

use crema_vm::bytecode::npe_message;
use crema_vm::runtime::stack_trace;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const C: &str = "java/lang/Throwable";
    r.register(C, "fillInStackTrace0", "()V", |t, a| {
        stack_trace::fill_in(t, a.this())?;
        Ok(JValue::Void)
    });
    r.register(C, "getStackTrace0", "()[Ljava/lang/StackTraceElement;", get_stack_trace);
    r.register("java/lang/NullPointerException", "getExtendedNPEMessage", "()Ljava/lang/String;", extended_npe_message);
}

/// The helpful message for the NPE's top frame (null for a native frame or
/// an instruction that cannot throw one: the program created the NPE).
fn extended_npe_message(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let frames = stack_trace::recorded_frames(thread, args.this());
    let message =
        frames.first().filter(|f| f.bci >= 0).and_then(|f| npe_message::helpful_message(&f.method, f.bci as usize));
    Ok(JValue::Ref(match message {
        Some(m) => Some(thread.new_string(&m)?),
        None => None,
    }))
}

fn get_stack_trace(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    Ok(JValue::Ref(Some(stack_trace::elements(thread, args.this())?)))
}
