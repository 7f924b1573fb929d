//! Constructors by reflection: `Class.getDeclaredConstructors0` builds
//! `java.lang.reflect.Constructor` objects from the class's `<init>`
//! methods, and `Constructor.newInstance0` allocates and runs one, with
//! the arguments unboxed and widened as `Constructor.newInstance` says.

use crema_vm::classfile::descriptor::split_method_descriptor;
use crema_vm::classfile::{BasicType, access};
use crema_vm::link::ensure_initialized;
use crema_vm::loader::{load_class_or_throw, same_runtime_package};
use crema_vm::metadata::{ClassRef, MethodRef};
use crema_vm::oops::{self, Oop};
use crema_vm::runtime::mirrors::class_from_mirror;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    r.register(
        "java/lang/Class",
        "getDeclaredConstructors0",
        "(Z)[Ljava/lang/reflect/Constructor;",
        declared_constructors,
    );
    r.register(
        "java/lang/reflect/Constructor",
        "newInstance0",
        "(Ljava/lang/Class;I[Ljava/lang/Object;Z)Ljava/lang/Object;",
        new_instance,
    );
}

/// The class of a parameter descriptor, loaded by `holder`'s loader.
fn parameter_class(thread: &JavaThread, holder: ClassRef, desc: &str) -> JResult<ClassRef> {
    let bytes = desc.as_bytes();
    if bytes.len() == 1 {
        let t = BasicType::from_descriptor_char(bytes[0]).expect("a checked descriptor");
        return Ok(thread.vm().primitive_class(t));
    }
    let name = if bytes[0] == b'L' { &desc[1..desc.len() - 1] } else { desc };
    load_class_or_throw(thread, holder.loader(), name)
}

fn declared_constructors(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let vm = thread.vm();
    let class = class_from_mirror(args.this()).expect("a Class object is a mirror");
    let public_only = args.boolean(0);
    let ctor_class = vm.load_boot_class(thread, "java/lang/reflect/Constructor")?;
    let class_class = vm.well_known().class;
    let offset = |name: &str, desc: &str| -> u32 {
        ctor_class.find_declared_field(name, desc).map(|f| f.offset).expect("Constructor's fields")
    };
    let (f_clazz, f_slot, f_params, f_mods) = (
        offset("clazz", "Ljava/lang/Class;"),
        offset("slot", "I"),
        offset("parameterTypes", "[Ljava/lang/Class;"),
        offset("modifiers", "I"),
    );
    let slots: Vec<usize> = (0..class.methods().len())
        .filter(|&i| {
            let m = &class.methods()[i];
            m.name() == "<init>" && (!public_only || m.is_public())
        })
        .collect();
    let scope = thread.scope();
    let result = scope.oop_handle(thread.alloc_object_array(ctor_class, slots.len() as i32)?);
    for (k, &slot) in slots.iter().enumerate() {
        let method = MethodRef::new(&class.methods()[slot]);
        let (params, _) = split_method_descriptor(method.descriptor()).expect("a checked descriptor");
        let types = scope.oop_handle(thread.alloc_object_array(class_class, params.len() as i32)?);
        for (i, p) in params.iter().enumerate() {
            let c = parameter_class(thread, class, p)?;
            oops::array_put_ref(types.get(), i, Some(c.mirror()));
        }
        let ctor = thread.alloc_instance(ctor_class)?;
        oops::put_ref(ctor, f_clazz as usize, Some(class.mirror()));
        oops::put_field::<i32>(ctor, f_slot as usize, slot as i32);
        oops::put_ref(ctor, f_params as usize, Some(types.get()));
        oops::put_field::<i32>(ctor, f_mods as usize, i32::from(method.access()));
        oops::array_put_ref(result.get(), k, Some(ctor));
    }
    Ok(JValue::Ref(Some(result.get())))
}

/// The access modifiers as `Modifier.toString` spells them.
fn modifier_text(flags: u16) -> &'static str {
    if flags & access::PUBLIC != 0 {
        "public"
    } else if flags & access::PROTECTED != 0 {
        "protected"
    } else if flags & access::PRIVATE != 0 {
        "private"
    } else {
        ""
    }
}

/// The primitive value inside a wrapper object, converted to `to` by
/// widening (JLS §5.1.2), or `None` when that is not allowed.
fn unbox(obj: Oop, to: BasicType) -> Option<JValue> {
    let class = oops::class_of(obj);
    let (from, desc) = match class.name() {
        "java/lang/Boolean" => (BasicType::Boolean, "Z"),
        "java/lang/Character" => (BasicType::Char, "C"),
        "java/lang/Byte" => (BasicType::Byte, "B"),
        "java/lang/Short" => (BasicType::Short, "S"),
        "java/lang/Integer" => (BasicType::Int, "I"),
        "java/lang/Long" => (BasicType::Long, "J"),
        "java/lang/Float" => (BasicType::Float, "F"),
        "java/lang/Double" => (BasicType::Double, "D"),
        _ => return None,
    };
    let offset = class.find_declared_field("value", desc)?.offset as usize;
    let (int, long, double) = match from {
        BasicType::Boolean => {
            return (to == BasicType::Boolean).then(|| JValue::Int(i32::from(oops::get_field::<i8>(obj, offset))));
        }
        BasicType::Char => {
            let v = oops::get_field::<u16>(obj, offset);
            (i64::from(v), i64::from(v), f64::from(v))
        }
        BasicType::Byte => {
            let v = oops::get_field::<i8>(obj, offset);
            (i64::from(v), i64::from(v), f64::from(v))
        }
        BasicType::Short => {
            let v = oops::get_field::<i16>(obj, offset);
            (i64::from(v), i64::from(v), f64::from(v))
        }
        BasicType::Int => {
            let v = oops::get_field::<i32>(obj, offset);
            (i64::from(v), i64::from(v), f64::from(v))
        }
        BasicType::Long => {
            let v = oops::get_field::<i64>(obj, offset);
            (v, v, v as f64)
        }
        BasicType::Float => (0, 0, f64::from(oops::get_field::<f32>(obj, offset))),
        _ => (0, 0, oops::get_field::<f64>(obj, offset)),
    };
    let rank = |t: BasicType| match t {
        BasicType::Byte => 1,
        BasicType::Short | BasicType::Char => 2,
        BasicType::Int => 3,
        BasicType::Long => 4,
        BasicType::Float => 5,
        BasicType::Double => 6,
        _ => 0,
    };
    let widens = from == to
        || (rank(to) > rank(from)
            && rank(from) > 0
            && !(to == BasicType::Char)
            && !(from == BasicType::Char && to == BasicType::Short));
    if !widens {
        return None;
    }
    Some(match to {
        BasicType::Long => JValue::Long(long),
        BasicType::Float => JValue::Float(if matches!(from, BasicType::Float) { double as f32 } else { long as f32 }),
        BasicType::Double => {
            JValue::Double(if matches!(from, BasicType::Float | BasicType::Double) { double } else { long as f64 })
        }
        _ => JValue::Int(int as i32),
    })
}

/// The class whose code called into reflection: the first frame below
/// this native whose class is not `Constructor` or `Class`.
fn caller_class(thread: &JavaThread) -> Option<ClassRef> {
    (1..)
        .map_while(|depth| thread.caller_method(depth))
        .map(|m| m.class())
        .find(|c| !matches!(c.name(), "java/lang/reflect/Constructor" | "java/lang/Class"))
}

/// Java's reflective access rule for a member with `modifiers` of
/// `member_class`, used from `caller` (JLS §6.6, nestmates approximated
/// as classes of one top-level class).
fn accessible(caller: ClassRef, member_class: ClassRef, modifiers: u16) -> bool {
    if caller == member_class {
        return true;
    }
    let same_package = same_runtime_package(&caller, &member_class);
    if member_class.access() & access::PUBLIC == 0 && !same_package {
        return false;
    }
    if modifiers & access::PUBLIC != 0 {
        return true;
    }
    if modifiers & access::PRIVATE != 0 {
        let top = |c: ClassRef| c.name().split('$').next().unwrap_or_default().to_string();
        return same_package && top(caller) == top(member_class);
    }
    same_package || (modifiers & access::PROTECTED != 0 && caller.is_subtype_of(member_class))
}

fn new_instance(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let class = class_from_mirror(args.oop(0).expect("checked in Java")).expect("a mirror");
    let method = MethodRef::new(&class.methods()[args.int(1) as usize]);
    if args.boolean(3)
        && let Some(caller) = caller_class(thread)
        && !accessible(caller, class, method.access())
    {
        let kind = |c: ClassRef| if c.is_interface() { "interface" } else { "class" };
        let message = format!(
            "{} {} cannot access a member of {} {} with modifiers \"{}\"",
            kind(caller),
            caller.java_name(),
            kind(class),
            class.java_name(),
            modifier_text(method.access())
        );
        return Err(thread.throw_new("java/lang/IllegalAccessException", Some(&message)));
    }
    ensure_initialized(thread, class)?;
    let (params, _) = split_method_descriptor(method.descriptor()).expect("a checked descriptor");
    let mut types = Vec::with_capacity(params.len());
    for p in &params {
        types.push(parameter_class(thread, class, p)?);
    }
    let scope = thread.scope();
    let instance = scope.oop_handle(thread.alloc_instance(class)?);
    // No safepoint from here to the call: the arguments are read as is.
    let values = args.oop(2).expect("checked in Java");
    let mut call_args = vec![JValue::Ref(Some(instance.get()))];
    for (i, t) in types.iter().enumerate() {
        let arg = oops::array_get_ref(values, i).expect("length checked in Java");
        let value = match (t.is_primitive(), arg) {
            (false, None) => Some(JValue::Ref(None)),
            (false, Some(a)) => (oops::class_of(a).is_subtype_of(*t)).then_some(JValue::Ref(Some(a))),
            (true, Some(a)) => unbox(a, t.basic_type()),
            (true, None) => None,
        };
        match value {
            Some(v) => call_args.push(v),
            None => {
                return Err(thread.throw_new("java/lang/IllegalArgumentException", Some("argument type mismatch")));
            }
        }
    }
    if thread.call(method, &call_args).is_err() {
        let target = scope.handle(thread.take_pending_exception());
        let wrapped = thread.new_throwable("java/lang/reflect/InvocationTargetException", None, Some(target))?;
        return Err(thread.throw(wrapped));
    }
    Ok(JValue::Ref(Some(instance.get())))
}
