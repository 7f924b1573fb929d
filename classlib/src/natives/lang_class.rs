//! `java.lang.Class`: names, type tests and the class hierarchy, read from
//! the class metadata behind a mirror.

use crema_vm::classfile::{BasicType, access};
use crema_vm::link::ensure_initialized;
use crema_vm::loader::{LoaderRef, load_class, user};
use crema_vm::metadata::{ClassKind, ClassRef};
use crema_vm::oops;
use crema_vm::runtime::mirrors::class_from_mirror;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const C: &str = "java/lang/Class";
    r.register(C, "getName0", "()Ljava/lang/String;", get_name);
    r.register(C, "getSimpleName0", "()Ljava/lang/String;", get_simple_name);
    r.register(C, "getDeclaringClass0", "()Ljava/lang/Class;", get_declaring_class);
    r.register(C, "isLocalOrAnonymous", "()Z", is_local_or_anonymous);
    r.register(C, "isInstance", "(Ljava/lang/Object;)Z", is_instance);
    r.register(C, "isAssignableFrom", "(Ljava/lang/Class;)Z", is_assignable_from);
    r.register(C, "isInterface", "()Z", is_interface);
    r.register(C, "isArray", "()Z", is_array);
    r.register(C, "isPrimitive", "()Z", is_primitive);
    r.register(C, "getSuperclass", "()Ljava/lang/Class;", get_superclass);
    r.register(C, "getInterfaces", "()[Ljava/lang/Class;", get_interfaces);
    r.register(C, "getComponentType", "()Ljava/lang/Class;", get_component_type);
    r.register(C, "getModifiers", "()I", get_modifiers);
    r.register(C, "desiredAssertionStatus0", "()Z", desired_assertion_status);
    r.register(C, "getEnumConstants0", "()[Ljava/lang/Object;", get_enum_constants);
    r.register(C, "forName0", "(Ljava/lang/String;Z)Ljava/lang/Class;", for_name);
    r.register(C, "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;", get_primitive_class);
    r.register(C, "forName1", "(Ljava/lang/String;ZLjava/lang/ClassLoader;)Ljava/lang/Class;", for_name_with_loader);
    r.register(C, "getClassLoader0", "()Ljava/lang/ClassLoader;", get_class_loader);
}

/// The class a mirror argument stands for.
fn this_class(args: &Args) -> ClassRef {
    class_from_mirror(args.this()).expect("a Class object is a mirror")
}

fn mirror_value(class: Option<ClassRef>) -> JResult<JValue> {
    Ok(JValue::Ref(class.map(|c| c.mirror())))
}

fn get_name(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    Ok(JValue::Ref(Some(thread.intern(&this_class(args).java_name())?)))
}

fn get_simple_name(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    super::string_value(thread, &this_class(args).simple_name())
}

fn get_declaring_class(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let class = this_class(args);
    let Some(outer) = class.inner_class_entry().and_then(|e| e.outer.clone()) else {
        return mirror_value(None);
    };
    mirror_value(load_class(thread, class.loader(), &outer)?)
}

fn is_local_or_anonymous(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let class = this_class(args);
    Ok(class.inner_class_entry().is_some_and(|e| e.outer.is_none()).into())
}

fn is_instance(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let class = this_class(args);
    Ok(match args.oop(0) {
        Some(obj) => oops::class_of(obj).is_subtype_of(class),
        None => false,
    }
    .into())
}

fn is_assignable_from(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let Some(other) = args.oop(0) else {
        return Err(thread.throw_npe());
    };
    let (to, from) = (this_class(args), class_from_mirror(other).expect("a mirror"));
    let ok = if to.is_primitive() || from.is_primitive() { to == from } else { from.is_subtype_of(to) };
    Ok(ok.into())
}

fn is_interface(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let c = this_class(args);
    Ok((c.is_interface() && !c.is_array()).into())
}

fn is_array(_: &JavaThread, args: &Args) -> JResult<JValue> {
    Ok(this_class(args).is_array().into())
}

fn is_primitive(_: &JavaThread, args: &Args) -> JResult<JValue> {
    Ok(this_class(args).is_primitive().into())
}

fn get_superclass(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let c = this_class(args);
    if c.is_interface() || c.is_primitive() {
        return mirror_value(None);
    }
    mirror_value(c.super_class())
}

fn get_interfaces(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let interfaces = this_class(args).local_interfaces().to_vec();
    let class_class = thread.vm().well_known().class;
    let array = thread.alloc_object_array(class_class, interfaces.len() as i32)?;
    for (i, c) in interfaces.iter().enumerate() {
        oops::array_put_ref(array, i, Some(c.mirror()));
    }
    Ok(JValue::Ref(Some(array)))
}

fn get_component_type(_: &JavaThread, args: &Args) -> JResult<JValue> {
    mirror_value(this_class(args).component())
}

/// Access flags as `Class.getModifiers` reports them: those of the
/// `InnerClasses` entry for nested classes, never `ACC_SUPER`.
fn get_modifiers(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let class = this_class(args);
    let flags = match class.kind() {
        ClassKind::Array { component, .. } => {
            let mut element = *component;
            while let Some(c) = element.component() {
                element = c;
            }
            let visibility = if element.is_primitive() { access::PUBLIC } else { modifiers(element) & 0x7 };
            visibility | access::FINAL | access::ABSTRACT
        }
        _ => modifiers(class),
    };
    Ok(JValue::Int(flags as i32))
}

fn modifiers(class: ClassRef) -> u16 {
    let flags = class.inner_class_entry().map_or(class.access(), |e| e.access);
    flags & !access::SUPER
}

fn desired_assertion_status(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let class = this_class(args);
    Ok(thread.vm().options().assertions.enabled(class.name(), class.loader().is_boot()).into())
}

/// Runs the enum class's `values()` (initializing the class first).
fn get_enum_constants(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let class = this_class(args);
    let descriptor = format!("()[L{};", class.name());
    let Some(values) = class.find_declared_method("values", &descriptor).filter(|m| m.is_static()) else {
        return Ok(JValue::Ref(None));
    };
    ensure_initialized(thread, class)?;
    thread.call(values, &[])
}

/// `Class.forName(name)`: loads with the loader of the class that called
/// `forName` and initializes when asked.
fn for_name(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let Some(name) = args.oop(0) else {
        return Err(thread.throw_npe());
    };
    let vm = thread.vm();
    // Frames: caller, Class.forName, Class.forName0 (this native).
    let loader =
        thread.caller_method(2).map(|m| m.class().loader()).filter(|l| !l.is_boot()).unwrap_or_else(|| vm.app_loader());
    for_name_in(thread, &vm.string_to_rust(name), loader, args.boolean(1))
}

/// `Class.forName(name, initialize, loader)`.
fn for_name_with_loader(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let vm = thread.vm();
    let name = vm.string_to_rust(args.oop(0).expect("checked in Java"));
    let loader = user::loader_data_of(thread, args.oop(2));
    for_name_in(thread, &name, loader, args.boolean(1))
}

fn for_name_in(thread: &JavaThread, java_name: &str, loader: LoaderRef, initialize: bool) -> JResult<JValue> {
    let internal = java_name.replace('.', "/");
    let valid = !internal.is_empty() && !internal.contains("//") && (!internal.starts_with('[') || internal.len() > 1);
    let found = if valid { load_class(thread, loader, &internal)? } else { None };
    let Some(class) = found else {
        return Err(thread.throw_new("java/lang/ClassNotFoundException", Some(java_name)));
    };
    if initialize {
        ensure_initialized(thread, class)?;
    }
    mirror_value(Some(class))
}

/// `Class.getClassLoader()`: null for the bootstrap loader.
fn get_class_loader(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let mut class = this_class(args);
    while let Some(c) = class.component() {
        class = c;
    }
    Ok(JValue::Ref(user::loader_object_of(thread, class.loader())?))
}

fn get_primitive_class(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let name = thread.vm().string_to_rust(args.oop(0).expect("a name"));
    let t = match name.as_str() {
        "boolean" => BasicType::Boolean,
        "char" => BasicType::Char,
        "float" => BasicType::Float,
        "double" => BasicType::Double,
        "byte" => BasicType::Byte,
        "short" => BasicType::Short,
        "int" => BasicType::Int,
        "long" => BasicType::Long,
        "void" => BasicType::Void,
        _ => return Err(thread.throw_new("java/lang/IllegalArgumentException", Some(&name))),
    };
    mirror_value(Some(thread.vm().primitive_class(t)))
}
