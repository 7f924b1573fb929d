//! Class initialization, exactly as JVMS §5.5 orders it.
//!
//! There is one Java thread, so "being initialized by another thread"
//! cannot happen: a recursive request from the initializing thread returns
//! at once (step 3), and a class whose initializer failed stays erroneous
//! (`NoClassDefFoundError: Could not initialize class X`, step 5).
//!
//! A class is initialized after its superclass and after those of its
//! superinterfaces that declare non-abstract, non-static methods (step 7);
//! an interface's initialization does not initialize its superinterfaces.

use crate::metadata::{ClassRef, InitState};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::{JResult, Pending};

/// Initializes `class` unless it is initialized already (the fast check
/// the interpreter inlines).
#[inline(always)]
pub fn ensure_initialized(thread: &JavaThread, class: ClassRef) -> JResult<()> {
    if class.is_initialized() { Ok(()) } else { initialize(thread, class) }
}

/// JVMS §5.5 initialization of `class`.
pub fn initialize(thread: &JavaThread, class: ClassRef) -> JResult<()> {
    match class.init_state() {
        InitState::Initialized | InitState::BeingInitialized => return Ok(()),
        InitState::Erroneous => {
            return Err(thread.throw_new(
                "java/lang/NoClassDefFoundError",
                Some(&format!("Could not initialize class {}", class.java_name())),
            ));
        }
        InitState::Linked => {}
    }
    class.set_init_state(InitState::BeingInitialized);

    if !class.is_interface() {
        let mut supers: Vec<ClassRef> = class.super_class().into_iter().collect();
        for &i in class.local_interfaces() {
            enumerate_default_interfaces(i, &mut supers);
        }
        for s in supers {
            if let Err(p) = ensure_initialized(thread, s) {
                class.set_init_state(InitState::Erroneous);
                return Err(p);
            }
        }
    }

    if let Some(clinit) = class.class_initializer()
        && let Err(p) = thread.call(clinit, &[])
    {
        class.set_init_state(InitState::Erroneous);
        return Err(wrap_in_initializer_error(thread, p));
    }
    class.set_init_state(InitState::Initialized);
    Ok(())
}

/// Step 7's recursive enumeration: `interface`'s superinterfaces first,
/// then `interface` itself, keeping those that declare a non-abstract,
/// non-static method.
fn enumerate_default_interfaces(interface: ClassRef, out: &mut Vec<ClassRef>) {
    for &i in interface.local_interfaces() {
        enumerate_default_interfaces(i, out);
    }
    if interface.methods().iter().any(|m| !m.is_abstract() && !m.is_static()) && !out.contains(&interface) {
        out.push(interface);
    }
}

/// Step 11: an exception from `<clinit>` that is not an `Error` is wrapped
/// in `ExceptionInInitializerError`.
fn wrap_in_initializer_error(thread: &JavaThread, pending: Pending) -> Pending {
    let Some(exception) = thread.pending_exception() else {
        return pending;
    };
    let mut c = Some(crate::oops::class_of(exception));
    while let Some(k) = c {
        if k.name() == "java/lang/Error" && k.loader().is_boot() {
            return pending;
        }
        c = k.super_class();
    }
    thread.throw_new_with_cause("java/lang/ExceptionInInitializerError", None, Some(exception))
}
