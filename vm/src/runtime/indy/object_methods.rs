//! `ObjectMethods.bootstrap`: the `toString`, `hashCode` and `equals` of a
//! record, computed natively over its component fields.
//!
//! The static arguments are the record class, its component names joined
//! by `;`, and a `REF_getField` handle per component. The results follow
//! `java.lang.Record`'s specification as HotSpot implements it:
//! - `toString`: `Simple[a=1, b=text]`, each value as `String.valueOf`;
//! - `hashCode`: `h = 31 * h + hash(c)` from 0 over the components in
//!   order, `hash` being the wrapper's `hashCode` for primitives and
//!   `Objects.hashCode` for references;
//! - `equals`: true for the same object, false unless the other object is
//!   an instance of the record class, else the components compared from
//!   the last to the first (`==` for integral types, `compare == 0` for
//!   `float`/`double`, `Objects.equals` for references).

use crate::classfile::{BasicType, CpEntry};
use crate::loader::load_class_or_throw;
use crate::metadata::ClassRef;
use crate::oops::{self, Oop};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;
use crate::runtime::natives::JValue;

use super::concat::append_value;
use super::{BootstrapCall, bootstrap_error};

#[derive(Debug, Copy, Clone)]
enum Kind {
    ToString,
    HashCode,
    Equals,
}

#[derive(Debug)]
struct Component {
    name: Box<str>,
    offset: usize,
    ty: BasicType,
}

/// A linked `toString`, `hashCode` or `equals` of a record class.
#[derive(Debug)]
pub struct ObjectMethod {
    kind: Kind,
    record: ClassRef,
    components: Box<[Component]>,
}

impl ObjectMethod {
    pub(super) fn link(thread: &JavaThread, call: &BootstrapCall) -> JResult<ObjectMethod> {
        let kind = match (call.name, call.descriptor.split(')').nth(1)) {
            ("toString", Some("Ljava/lang/String;")) => Kind::ToString,
            ("hashCode", Some("I")) => Kind::HashCode,
            ("equals", Some("Z")) => Kind::Equals,
            _ => return Err(bootstrap_error(thread, &format!("Illegal method name {}", call.name))),
        };
        let cp = call.cp;
        let (Some(&class_index), Some(&names_index)) = (call.args.first(), call.args.get(1)) else {
            return Err(bootstrap_error(thread, "ObjectMethods.bootstrap needs a record class and names"));
        };
        let CpEntry::Class { name } = *cp.entry(class_index) else {
            return Err(bootstrap_error(thread, "ObjectMethods.bootstrap: the first argument is not a class"));
        };
        let record = match cp.utf8(name) {
            n if n == call.caller.name() => call.caller,
            n => load_class_or_throw(thread, call.caller.loader(), n)?,
        };
        let CpEntry::String { utf8 } = *cp.entry(names_index) else {
            return Err(bootstrap_error(thread, "ObjectMethods.bootstrap: the names are not a string"));
        };
        let names: Vec<&str> = cp.utf8(utf8).split(';').filter(|n| !n.is_empty()).collect();
        let getters = &call.args[2..];
        if names.len() != getters.len() {
            return Err(bootstrap_error(thread, "ObjectMethods.bootstrap: names and getters differ in number"));
        }
        let mut components = Vec::with_capacity(getters.len());
        for (&name, &getter) in names.iter().zip(getters) {
            let CpEntry::MethodHandle { kind: 1, reference } = *cp.entry(getter) else {
                return Err(bootstrap_error(thread, "ObjectMethods.bootstrap: a getter is not a field getter"));
            };
            let field_ref = cp.member_ref(reference);
            let Some(field) = record.find_declared_field(field_ref.name, field_ref.descriptor) else {
                return Err(bootstrap_error(thread, &format!("no field {} in the record", field_ref.name)));
            };
            components.push(Component { name: name.into(), offset: field.offset as usize, ty: field.basic_type });
        }
        Ok(ObjectMethod { kind, record, components: components.into() })
    }

    /// Runs on the receiver at slot offset 0 (and, for `equals`, the other
    /// object at offset 1); `arg` reads them afresh after every call out.
    pub(super) fn run(&self, thread: &JavaThread, arg: &dyn Fn(usize) -> u64) -> JResult<JValue> {
        let this = || Oop::from_addr(arg(0) as usize).expect("a record method's receiver is not null");
        match self.kind {
            Kind::ToString => {
                let mut out: Vec<u16> = self.record.simple_name().encode_utf16().collect();
                out.push('[' as u16);
                for (i, c) in self.components.iter().enumerate() {
                    if i > 0 {
                        out.extend(", ".encode_utf16());
                    }
                    out.extend(c.name.encode_utf16());
                    out.push('=' as u16);
                    append_value(thread, &mut out, c.ty, oops::get_slot(this(), c.offset, c.ty))?;
                }
                out.push(']' as u16);
                Ok(JValue::Ref(Some(thread.new_string_utf16(&out)?)))
            }
            Kind::HashCode => {
                let mut h: i32 = 0;
                for c in self.components.iter() {
                    let v = oops::get_slot(this(), c.offset, c.ty);
                    h = h.wrapping_mul(31).wrapping_add(hash(thread, c.ty, v)?);
                }
                Ok(JValue::Int(h))
            }
            Kind::Equals => {
                let (a, other) = (arg(0), arg(1));
                if a == other {
                    return Ok(JValue::Int(1));
                }
                let Some(other) = Oop::from_addr(other as usize) else {
                    return Ok(JValue::Int(0));
                };
                if !oops::class_of(other).is_subtype_of(self.record) {
                    return Ok(JValue::Int(0));
                }
                for c in self.components.iter().rev() {
                    let that = Oop::from_addr(arg(1) as usize).expect("checked above");
                    let (x, y) = (oops::get_slot(this(), c.offset, c.ty), oops::get_slot(that, c.offset, c.ty));
                    if !equal(thread, c.ty, x, y)? {
                        return Ok(JValue::Int(0));
                    }
                }
                Ok(JValue::Int(1))
            }
        }
    }
}

/// The hash of a component value: the wrapper's `hashCode` for
/// primitives, `Objects.hashCode` for references.
fn hash(thread: &JavaThread, t: BasicType, v: u64) -> JResult<i32> {
    Ok(match t {
        BasicType::Boolean => {
            if v as u32 != 0 {
                1231
            } else {
                1237
            }
        }
        BasicType::Long => (v ^ (v >> 32)) as i32,
        BasicType::Double => {
            let d = f64::from_bits(v);
            let bits = if d.is_nan() { 0x7ff8_0000_0000_0000 } else { v };
            (bits ^ (bits >> 32)) as i32
        }
        BasicType::Float => {
            let f = f32::from_bits(v as u32);
            if f.is_nan() { 0x7fc0_0000 } else { v as u32 as i32 }
        }
        BasicType::Reference => match Oop::from_addr(v as usize) {
            None => 0,
            Some(obj) => {
                let hash_code = object_method(thread, "hashCode", "()I");
                thread.call_virtual(hash_code, obj, &[])?.as_int()
            }
        },
        _ => v as u32 as i32,
    })
}

/// Component equality: `==` for integral types, `compare(x, y) == 0` for
/// `float` and `double` (NaN equals NaN, 0.0 differs from -0.0), and
/// `Objects.equals` for references.
fn equal(thread: &JavaThread, t: BasicType, x: u64, y: u64) -> JResult<bool> {
    Ok(match t {
        BasicType::Float => {
            let (a, b) = (f32::from_bits(x as u32), f32::from_bits(y as u32));
            if a.is_nan() || b.is_nan() { a.is_nan() && b.is_nan() } else { x as u32 == y as u32 }
        }
        BasicType::Double => {
            let (a, b) = (f64::from_bits(x), f64::from_bits(y));
            if a.is_nan() || b.is_nan() { a.is_nan() && b.is_nan() } else { x == y }
        }
        BasicType::Reference => {
            if x == y {
                true
            } else {
                match Oop::from_addr(x as usize) {
                    None => false,
                    Some(a) => {
                        let equals = object_method(thread, "equals", "(Ljava/lang/Object;)Z");
                        let other = JValue::Ref(Oop::from_addr(y as usize));
                        thread.call_virtual(equals, a, &[other])?.as_int() != 0
                    }
                }
            }
        }
        _ => x == y,
    })
}

fn object_method(thread: &JavaThread, name: &str, desc: &str) -> crate::metadata::MethodRef {
    thread.vm().well_known().object.find_declared_method(name, desc).expect("java.lang.Object declares it")
}
