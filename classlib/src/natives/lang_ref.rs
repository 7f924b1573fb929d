//! `java.lang.ref.Reference`: handing the references the collector cleared
//! to Java, which enqueues them (see `crema_vm::collector::references`).

use crema_vm::runtime::{JValue, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    r.register("java/lang/ref/Reference", "popPending", "()Ljava/lang/ref/Reference;", |t, _| {
        Ok(JValue::Ref(t.vm().pop_pending_reference()))
    });
}
