//! The natives of the class library, one module per Java class or
//! package, and their registration.
//!
//! Every native follows the VM's rules: arguments are read from `Args`
//! (rooted stack slots), objects kept across an allocation or a Java call
//! go into handles, and errors are thrown Java exceptions (`JResult`).

mod correctly_rounded;
mod crema_diagnostics;
mod fdlibm;
mod fdlibm_trig;
mod fs;
mod io;
mod lang_class;
mod lang_class_loader;
mod lang_math;
mod lang_number;
mod lang_object;
mod lang_ref;
mod lang_string;
mod lang_system;
mod lang_throwable;
mod pio2_reduction;
mod reflect_array;
mod reflect_constructor;
mod util_formatter;

use crema_vm::runtime::{JResult, JValue, JavaThread, NativeRegistry};

/// Registers every native of the class library.
pub fn register_natives(registry: &mut NativeRegistry) {
    lang_object::register(registry);
    lang_ref::register(registry);
    lang_class::register(registry);
    lang_class_loader::register(registry);
    lang_string::register(registry);
    lang_number::register(registry);
    lang_math::register(registry);
    correctly_rounded::register(registry);
    lang_system::register(registry);
    lang_throwable::register(registry);
    reflect_array::register(registry);
    reflect_constructor::register(registry);
    crema_diagnostics::register(registry);
    io::register(registry);
    fs::register(registry);
    util_formatter::register(registry);
}

/// A new Java string as a return value.
fn string_value(thread: &JavaThread, text: &str) -> JResult<JValue> {
    Ok(JValue::Ref(Some(thread.new_string(text)?)))
}
