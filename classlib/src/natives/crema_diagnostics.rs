//! `crema.vm.Diagnostics`: the VM's test hooks (collections, class
//! liveness and counts, compilation tiers).

use crema_gc::{GcCause, GcKind};
use crema_vm::runtime::mirrors::class_from_mirror;
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
    r.register(D, "compilationTier", "(Ljava/lang/Class;Ljava/lang/String;)I", |t, a| {
        let vm = t.vm();
        let (Some(mirror), Some(name)) = (a.oop(0), a.oop(1)) else { return Err(t.throw_npe()) };
        let class = class_from_mirror(mirror).expect("a Class object");
        let name = vm.string_to_rust(name);
        let tier = class
            .methods()
            .iter()
            .filter(|m| m.name() == name)
            .map(|m| m.jit().tier.load(std::sync::atomic::Ordering::Acquire))
            .max()
            .unwrap_or(0);
        Ok(JValue::Int(i32::from(tier)))
    });
    r.register(D, "deoptimizeAll", "()I", |t, _| {
        Ok(JValue::Int(t.vm().compiler().map_or(0, |c| c.deoptimize_all()) as i32))
    });
    r.register(D, "invalidatedByUnloading", "()J", |t, _| {
        Ok(JValue::Long(t.vm().dependencies().stats().invalidated_by_unloading as i64))
    });
}
