//! `java.lang.reflect.Array`: creating arrays of a class known at run
//! time.

use crema_vm::classfile::BasicType;
use crema_vm::oops;
use crema_vm::runtime::mirrors::class_from_mirror;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const C: &str = "java/lang/reflect/Array";
    r.register(C, "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;", new_array);
    r.register(C, "getLength", "(Ljava/lang/Object;)I", get_length);
}

fn new_array(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let component = class_from_mirror(args.oop(0).expect("checked by the caller")).expect("a mirror");
    if component.basic_type() == BasicType::Void {
        return Err(thread.throw_new("java/lang/IllegalArgumentException", None));
    }
    Ok(JValue::Ref(Some(thread.alloc_object_array(component, args.int(1))?)))
}

fn get_length(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let Some(array) = args.oop(0) else {
        return Err(thread.throw_npe());
    };
    if !oops::class_of(array).is_array() {
        return Err(thread.throw_new("java/lang/IllegalArgumentException", Some("Argument is not an array")));
    }
    Ok(JValue::Int(oops::array_length(array) as i32))
}
