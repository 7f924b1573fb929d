//! Bootstrap: bringing the core classes to life (HotSpot's "genesis").
//!
//! Order matters: `java/lang/Object` and `java/lang/Class` are defined
//! first (Object's mirror waits for Class), then the mirrors that waited,
//! the primitive classes, the classes the VM names (`WellKnown`), and a
//! preallocated `OutOfMemoryError` for when even the heap reserve is gone.

use crate::link::ensure_initialized;
use crate::loader::define_primitives;
use crate::loader::{array_class_of, create_mirror};
use crate::metadata::ClassRef;
use crate::oops::{self, Oop};

use super::JavaThread;
use super::exceptions::Pending;
use super::well_known::{WellKnown, field_offset};

/// The first step of bootstrap: `java/lang/Object` and `java/lang/Class`,
/// the mirrors that waited for the latter, and the primitive classes.
/// After it any class can be defined.
pub(crate) fn define_core(thread: &JavaThread) -> Result<(ClassRef, ClassRef), String> {
    let vm = thread.vm();
    let fatal = |_: Pending| describe_pending(thread);
    let object = vm.load_boot_class(thread, "java/lang/Object").map_err(fatal)?;
    let class = vm.load_boot_class(thread, "java/lang/Class").map_err(fatal)?;
    let waiting = std::mem::take(&mut *vm.deferred_mirrors.lock().unwrap());
    for c in waiting {
        create_mirror(thread, c).map_err(fatal)?;
    }
    vm.set_primitives(define_primitives(thread).map_err(fatal)?);
    Ok((object, class))
}

/// Boots the VM on `thread`. An error here is fatal: it is described as
/// text for the launcher to print.
pub fn bootstrap(thread: &JavaThread) -> Result<(), String> {
    let vm = thread.vm();
    crate::collector::log_start(vm);
    let fatal = |_: Pending| describe_pending(thread);
    let (object, class) = define_core(thread)?;

    let string = vm.load_boot_class(thread, "java/lang/String").map_err(fatal)?;
    let throwable = vm.load_boot_class(thread, "java/lang/Throwable").map_err(fatal)?;
    let reference = vm.load_boot_class(thread, "java/lang/ref/Reference").map_err(fatal)?;
    let class_loader = vm.load_boot_class(thread, "java/lang/ClassLoader").map_err(fatal)?;
    let class_loader_load_class = class_loader
        .find_declared_method("loadClass", "(Ljava/lang/String;)Ljava/lang/Class;")
        .ok_or("java.lang.ClassLoader lacks loadClass(String)")?;
    let char_array = vm.primitive_array_class(thread, crate::classfile::BasicType::Char).map_err(fatal)?;
    // Every primitive array class exists from the start: compiled code
    // embeds them (inline `newarray`, the `boolean[]` test of `bastore`).
    for t in crate::classfile::BasicType::PRIMITIVES {
        vm.primitive_array_class(thread, t).map_err(fatal)?;
    }
    let object_array = array_class_of(thread, object).map_err(fatal)?;
    let object_to_string =
        object.find_declared_method("toString", "()Ljava/lang/String;").ok_or("java.lang.Object lacks toString()")?;
    let primitives = [
        crate::classfile::BasicType::Boolean,
        crate::classfile::BasicType::Char,
        crate::classfile::BasicType::Float,
        crate::classfile::BasicType::Double,
        crate::classfile::BasicType::Byte,
        crate::classfile::BasicType::Short,
        crate::classfile::BasicType::Int,
        crate::classfile::BasicType::Long,
        crate::classfile::BasicType::Void,
    ]
    .iter()
    .map(|&t| vm.primitive_class(t))
    .collect();
    vm.set_well_known(WellKnown {
        object,
        class,
        string,
        throwable,
        char_array,
        object_array,
        primitives,
        string_value: field_offset(string, "value", "[C")?,
        throwable_backtrace: field_offset(throwable, "backtrace", "Ljava/lang/Object;")?,
        reference_queue: field_offset(reference, "queue", "Ljava/lang/ref/ReferenceQueue;")?,
        class_loader_data: field_offset(class_loader, "loaderData", "J")?,
        class_loader_name: field_offset(class_loader, "name", "Ljava/lang/String;")?,
        class_loader_parent: field_offset(class_loader, "parent", "Ljava/lang/ClassLoader;")?,
        class_loader_load_class,
        object_to_string,
    });

    ensure_initialized(thread, string).map_err(fatal)?;
    let oom = thread.new_throwable("java/lang/OutOfMemoryError", Some("Java heap space"), None).map_err(fatal)?;
    vm.set_preallocated_oom(oom);
    Ok(())
}

/// A one-line description of the pending exception, for fatal errors.
pub fn describe_pending(thread: &JavaThread) -> String {
    match thread.take_pending_exception() {
        Some(e) => describe(thread, e),
        None => "unknown error".into(),
    }
}

/// `class: message` of a throwable, read without running Java code.
pub fn describe(thread: &JavaThread, e: Oop) -> String {
    let class = oops::class_of(e);
    let message = std::iter::successors(Some(class), |c| c.super_class())
        .find_map(|c| c.find_declared_field("detailMessage", "Ljava/lang/String;").map(|f| f.offset))
        .and_then(|offset| oops::get_ref(e, offset as usize))
        .filter(|_| thread.vm().well_known_opt().is_some())
        .map(|m| thread.vm().string_to_rust(m));
    match message {
        Some(m) => format!("{}: {m}", class.java_name()),
        None => class.java_name(),
    }
}
