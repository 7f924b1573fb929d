//! `java.lang.Throwable`: recording and reading stack traces.

use crema_vm::runtime::stack_trace;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const C: &str = "java/lang/Throwable";
    r.register(C, "fillInStackTrace0", "()V", |t, a| {
        stack_trace::fill_in(t, a.this())?;
        Ok(JValue::Void)
    });
    r.register(C, "getStackTrace0", "()[Ljava/lang/StackTraceElement;", get_stack_trace);
}

fn get_stack_trace(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    Ok(JValue::Ref(Some(stack_trace::elements(thread, args.this())?)))
}
