//! Resolution of symbolic references (JVMS §5.4.3).
//!
//! Each function resolves one constant-pool entry of `accessor` (the class
//! whose code mentions it), caches the result in the class's
//! [`CpCache`](crate::metadata::CpCache), and throws the `LinkageError`
//! JVMS prescribes when it cannot. Later executions read the cache (or the
//! quickened instruction) and never come back here.
//!
//! Access control (JVMS §5.4.4) is not checked: `IllegalAccessError` is
//! never thrown.

use crate::classfile::CpEntry;
use crate::classfile::descriptor::external_method_signature;
use crate::loader::load_class_or_throw;
use crate::metadata::{ClassRef, FieldEntry, MethodRef, Resolved, select_method};
use crate::oops::{Oop, OopCell};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;

/// Resolves the `Class` entry `index` of `accessor`.
pub fn resolve_class(thread: &JavaThread, accessor: ClassRef, index: u16) -> JResult<ClassRef> {
    if let Some(c) = accessor.cp_cache().class(index) {
        return Ok(c);
    }
    let name = accessor.constant_pool().class_name(index);
    let class = load_class_or_throw(thread, accessor.loader(), name)?;
    accessor.cp_cache().fill(index, Resolved::Class(class));
    Ok(class)
}

/// The class named by a field or method reference.
fn resolve_member_class(thread: &JavaThread, accessor: ClassRef, member_index: u16) -> JResult<ClassRef> {
    let entry = accessor.constant_pool().entry(member_index);
    let Some((class_index, _)) = entry.member_parts() else {
        unreachable!("the decoder checked the tag, found {entry:?}");
    };
    resolve_class(thread, accessor, class_index)
}

/// Field lookup (JVMS §5.4.3.2): `class`, then its superinterfaces, then
/// its superclass, recursively.
pub fn lookup_field(class: ClassRef, name: &str, descriptor: &str) -> Option<(ClassRef, usize)> {
    if let Some(i) = class.fields().iter().position(|f| &*f.name == name && &*f.descriptor == descriptor) {
        return Some((class, i));
    }
    for &i in class.local_interfaces() {
        if let Some(found) = lookup_field(i, name, descriptor) {
            return Some(found);
        }
    }
    class.super_class().and_then(|s| lookup_field(s, name, descriptor))
}

/// Resolves the `Fieldref` entry `index` of `accessor`.
pub fn resolve_field(thread: &JavaThread, accessor: ClassRef, index: u16) -> JResult<FieldEntry> {
    if let Some(f) = accessor.cp_cache().field(index) {
        return Ok(f);
    }
    let class = resolve_member_class(thread, accessor, index)?;
    let member = accessor.constant_pool().member_ref(index);
    let Some((holder, i)) = lookup_field(class, member.name, member.descriptor) else {
        return Err(thread.throw_new("java/lang/NoSuchFieldError", Some(member.name)));
    };
    let field = &holder.fields()[i];
    let entry = FieldEntry { holder, offset: field.offset, basic_type: field.basic_type, is_static: field.is_static() };
    accessor.cp_cache().fill(index, Resolved::Field(entry));
    Ok(entry)
}

/// Checks that a resolved field is static (for `getstatic`/`putstatic`)
/// or not (for `getfield`/`putfield`).
pub fn check_field_kind(
    thread: &JavaThread,
    accessor: ClassRef,
    index: u16,
    field: FieldEntry,
    want_static: bool,
) -> JResult<()> {
    if field.is_static == want_static {
        return Ok(());
    }
    let member = accessor.constant_pool().member_ref(index);
    let kind = if want_static { "static" } else { "non-static" };
    Err(thread.throw_new(
        "java/lang/IncompatibleClassChangeError",
        Some(&format!("Expected {kind} field {}.{}", field.holder.java_name(), member.name)),
    ))
}

/// Method lookup in a class (JVMS §5.4.3.3 step 2): `class` and its
/// superclasses, then the maximally specific superinterface methods.
pub fn lookup_method(class: ClassRef, name: &str, descriptor: &str) -> Option<MethodRef> {
    let mut c = Some(class);
    while let Some(k) = c {
        if let Some(m) = k.find_declared_method(name, descriptor) {
            return Some(m);
        }
        c = k.super_class();
    }
    select_method(class, name, descriptor)
}

/// Interface method lookup (JVMS §5.4.3.4): the interface, then `Object`'s
/// public instance methods, then the superinterfaces.
pub fn lookup_interface_method(
    thread: &JavaThread,
    interface: ClassRef,
    name: &str,
    descriptor: &str,
) -> Option<MethodRef> {
    if let Some(m) = interface.find_declared_method(name, descriptor) {
        return Some(m);
    }
    if let Some(object) = interface.super_class().or_else(|| thread.vm().well_known_opt().map(|wk| wk.object))
        && let Some(m) = object.find_declared_method(name, descriptor)
        && m.is_public()
        && !m.is_static()
    {
        return Some(m);
    }
    select_method(interface, name, descriptor).filter(|m| !m.is_private() && !m.is_static())
}

/// Resolves the `Methodref` or `InterfaceMethodref` entry `index`.
pub fn resolve_method(thread: &JavaThread, accessor: ClassRef, index: u16) -> JResult<MethodRef> {
    if let Some(m) = accessor.cp_cache().method(index) {
        return Ok(m);
    }
    let class = resolve_member_class(thread, accessor, index)?;
    let member = accessor.constant_pool().member_ref(index);
    let is_interface_ref = matches!(accessor.constant_pool().entry(index), CpEntry::InterfaceMethodRef { .. });
    if is_interface_ref != class.is_interface() {
        let msg = if is_interface_ref {
            format!("Found class {}, but interface was expected", class.java_name())
        } else {
            format!("Found interface {}, but class was expected", class.java_name())
        };
        return Err(thread.throw_new("java/lang/IncompatibleClassChangeError", Some(&msg)));
    }
    let found = if is_interface_ref {
        lookup_interface_method(thread, class, member.name, member.descriptor)
    } else {
        lookup_method(class, member.name, member.descriptor)
    };
    let Some(method) = found else {
        return Err(thread.throw_new(
            "java/lang/NoSuchMethodError",
            Some(&format!("'{}'", external_method_signature(class.name(), member.name, member.descriptor))),
        ));
    };
    accessor.cp_cache().fill(index, Resolved::Method(method));
    Ok(method)
}

/// The class named by the method reference `index` (resolved already).
pub fn referenced_class(thread: &JavaThread, accessor: ClassRef, index: u16) -> JResult<ClassRef> {
    resolve_member_class(thread, accessor, index)
}

/// Resolves the `String` entry `index` to its interned string.
pub fn resolve_string(thread: &JavaThread, accessor: ClassRef, index: u16) -> JResult<Oop> {
    if let Some(Resolved::String(cell)) = accessor.cp_cache().get(index) {
        return Ok(cell.get().expect("resolved strings are not null"));
    }
    let s = thread.intern_utf16(&accessor.constant_pool().string_utf16(index), None)?;
    match accessor.cp_cache().try_fill(index, Resolved::String(OopCell::new(Some(s)))) {
        (Resolved::String(cell), stored) => {
            if stored {
                accessor.loader().register_oop_cell(cell);
            }
            Ok(cell.get().expect("not null"))
        }
        _ => unreachable!("a String entry resolves to a string"),
    }
}
