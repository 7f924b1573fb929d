//! Virtual and interface dispatch tables.
//!
//! A class's vtable starts as a copy of its superclass's. Each virtual
//! method the class declares replaces every entry it overrides (JVMS
//! §5.4.5, package-private rules included) or gets a new slot. Then every
//! method of every superinterface that still has no slot gets one (a
//! "miranda" slot), and every slot held by an interface method is re-selected
//! among the class's superinterfaces: the maximally specific non-abstract
//! method wins (JVMS §5.4.6), else the abstract one stays and calling it
//! throws `AbstractMethodError`.
//!
//! The itable has one entry per superinterface: for each of the interface's
//! own virtual methods (in `itable_index` order) the implementation, taken
//! from the finished vtable. `invokeinterface` scans the receiver's itable
//! for the resolved method's interface, then indexes it.

use crate::loader::same_runtime_package;

use super::{Class, ClassRef, ItableEntry, Method, MethodRef};

fn same_signature(a: &Method, b: &Method) -> bool {
    a.name() == b.name() && a.descriptor() == b.descriptor()
}

/// Whether `m` overrides `s` (JVMS §5.4.5): same name and descriptor, `s`
/// is not private or static, and `s` is accessible to `m`'s class.
fn overrides(m: &Method, s: &Method) -> bool {
    same_signature(m, s)
        && !s.is_private()
        && !s.is_static()
        && (s.is_public() || s.is_protected() || same_runtime_package(&m.class(), &s.class()))
}

/// The maximally specific non-abstract method named `name` with
/// `descriptor` among `interfaces`, if there is exactly one.
pub(crate) fn select_default(interfaces: &[ClassRef], name: &str, descriptor: &str) -> Option<MethodRef> {
    let candidates: Vec<MethodRef> =
        interfaces.iter().filter_map(|i| i.find_declared_method(name, descriptor)).filter(|m| m.is_virtual()).collect();
    let maximal = candidates.iter().filter(|m| {
        !candidates.iter().any(|other| other.class() != m.class() && other.class().is_subtype_of(m.class()))
    });
    let mut concrete = maximal.filter(|m| !m.is_abstract());
    match (concrete.next(), concrete.next()) {
        (Some(only), None) => Some(*only),
        _ => None,
    }
}

/// Selects the method that `class` runs for `name`/`descriptor` (JVMS
/// §5.4.6): its own or an inherited class method, else the maximally
/// specific default method, else an abstract interface method.
pub(crate) fn select_method(class: ClassRef, name: &str, descriptor: &str) -> Option<MethodRef> {
    let mut c = Some(class);
    while let Some(k) = c {
        if let Some(m) = k.find_declared_method(name, descriptor).filter(|m| !m.is_static()) {
            return Some(m);
        }
        c = k.super_class();
    }
    select_default(class.all_interfaces(), name, descriptor).or_else(|| {
        class.all_interfaces().iter().find_map(|i| i.find_declared_method(name, descriptor).filter(|m| m.is_virtual()))
    })
}

/// Builds the vtable of `class` (whose methods are in place). Returns the
/// table and, for each declared method, its vtable index or -1; or the
/// message of the `VerifyError` for overriding a final method.
pub(crate) fn build_vtable(class: &Class) -> Result<(Vec<MethodRef>, Vec<i32>), String> {
    let mut indices = vec![-1i32; class.methods.len()];
    if class.is_interface() {
        return Ok((Vec::new(), indices));
    }
    let mut vtable: Vec<MethodRef> = class.super_class.map(|s| s.vtable.to_vec()).unwrap_or_default();
    let inherited = vtable.len();
    for (i, m) in class.methods.iter().enumerate() {
        if !m.is_virtual() {
            continue;
        }
        for (slot, entry) in vtable[..inherited].iter_mut().enumerate() {
            if overrides(m, entry) {
                if entry.is_final() {
                    return Err(format!(
                        "class {} overrides final method {}.{}{}",
                        class.java_name(),
                        entry.class().java_name(),
                        m.name(),
                        m.descriptor()
                    ));
                }
                *entry = MethodRef::new(m);
                if indices[i] < 0 {
                    indices[i] = slot as i32;
                }
            }
        }
        if indices[i] < 0 {
            indices[i] = vtable.len() as i32;
            vtable.push(MethodRef::new(m));
        }
    }
    for iface in class.all_interfaces.iter() {
        for im in iface.methods.iter().filter(|m| m.is_virtual()) {
            if !vtable.iter().any(|v| same_signature(v, im)) {
                vtable.push(MethodRef::new(im));
            }
        }
    }
    for slot in vtable.iter_mut() {
        if slot.class().is_interface()
            && let Some(selected) = select_default(&class.all_interfaces, slot.name(), slot.descriptor())
        {
            *slot = selected;
        }
    }
    Ok((vtable, indices))
}

/// Builds the itable of a class whose vtable is in place.
pub(crate) fn build_itable(class: &Class) -> Vec<ItableEntry> {
    if class.is_interface() {
        return Vec::new();
    }
    class
        .all_interfaces
        .iter()
        .map(|&iface| {
            let methods = iface
                .methods
                .iter()
                .filter(|m| m.itable_index >= 0)
                .map(|im| {
                    class.vtable.iter().find(|v| same_signature(v, im)).copied().unwrap_or_else(|| MethodRef::new(im))
                })
                .collect();
            ItableEntry { interface: iface, methods }
        })
        .collect()
}
