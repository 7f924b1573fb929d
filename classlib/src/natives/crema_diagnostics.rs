//! `crema.vm.Diagnostics`: the VM's test hooks (collections, class
//! liveness and counts, compilation tiers).

use crema_gc::{GcCause, GcKind};
use crema_vm::runtime::{JValue, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const D: &str = "crema/vm/Diagnostics";
    r.register(D, "fullGC", "()V", |t, _| {
        t.collect(GcKind::Full, GcCause::Explicit);
        Ok(JValue::Void)
    });
    r.register(D, "youngGC", "()V", |t, _| {
        t.collect(GcKind::Young, GcCause::Explicit);
        Ok(JValue::Void)
    });
    r.register(D, "isClassAlive", "(Ljava/lang/String;)Z", |t, a| {
        let Some(name) = a.oop(0) else { return Err(t.throw_npe()) };
        let vm = t.vm();
        let internal = vm.string_to_rust(name).replace('.', "/");
        let alive = vm.loaders().iter().any(|l| l.classes().iter().any(|c| c.name() == internal));
        Ok(JValue::Int(i32::from(alive)))
    });
    r.register(D, "loadedClassCount", "()J", |t, _| Ok(JValue::Long(t.vm().loaded_class_count() as i64)));
    r.register(D, "unloadedClassCount", "()J", |t, _| Ok(JValue::Long(t.vm().unloaded_class_count() as i64)));
    r.register(D, "compilationTier", "(Ljava/lang/Class;Ljava/lang/String;)I", |_, _| Ok(JValue::Int(0)));
    r.register(D, "deoptimizeAll", "()I", |_, _| Ok(JValue::Int(0)));
    r.register(D, "invalidatedByUnloading", "()J", |t, _| {
        Ok(JValue::Long(t.vm().dependencies().stats().invalidated_by_unloading as i64))
    });
}
