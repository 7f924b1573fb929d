//! Object bytecodes: `new`, `checkcast`, `instanceof`, `athrow`,
//! `monitorenter`, `monitorexit`, and `ldc` of strings and classes.

use crate::bytecode::Insn;
use crate::bytecode::opcodes::*;
use crate::classfile::CpEntry;
use crate::link::{ensure_initialized, resolution};
use crate::metadata::{ClassRef, MethodRef};
use crate::oops::{self, Oop};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;

/// Resolves `new`'s class, checks that it can be instantiated and
/// initializes it. Returns the quick form once the class is initialized.
pub(crate) fn resolve_new(thread: &JavaThread, caller: MethodRef, insn: Insn) -> JResult<(ClassRef, Option<Insn>)> {
    let class = resolution::resolve_class(thread, caller.class(), insn.b)?;
    if class.is_interface() || class.is_abstract() || class.is_array() {
        return Err(thread.throw_new("java/lang/InstantiationError", Some(&class.java_name())));
    }
    ensure_initialized(thread, class)?;
    let quick = class.is_initialized().then(|| Insn::new(NEW_Q, 0, insn.b, 0));
    Ok((class, quick))
}

/// Resolves the class operand of `checkcast`, `instanceof`, `anewarray` or
/// `multianewarray` and returns the quick form.
pub(crate) fn resolve_class_operand(thread: &JavaThread, caller: MethodRef, insn: Insn) -> JResult<Insn> {
    resolution::resolve_class(thread, caller.class(), insn.b)?;
    let quick = match insn.op {
        CHECKCAST => CHECKCAST_Q,
        INSTANCEOF => INSTANCEOF_Q,
        ANEWARRAY => ANEWARRAY_Q,
        MULTIANEWARRAY => MULTIANEWARRAY_Q,
        op => unreachable!("no class operand: {}", name(op)),
    };
    Ok(Insn::new(quick, insn.a, insn.b, 0))
}

/// Whether `obj` (not null) is an instance of `class`.
#[inline(always)]
pub(crate) fn is_instance(obj: Oop, class: ClassRef) -> bool {
    let c = oops::class_of(obj);
    c == class || c.is_subtype_of(class)
}

/// Resolves `ldc` of a `String` or `Class` entry and returns its quick
/// form.
pub(crate) fn resolve_ldc(thread: &JavaThread, caller: MethodRef, insn: Insn) -> JResult<Insn> {
    let class = caller.class();
    match class.constant_pool().entry(insn.b) {
        CpEntry::String { .. } => {
            resolution::resolve_string(thread, class, insn.b)?;
            Ok(Insn::new(LDC_STRING_Q, 0, insn.b, 0))
        }
        CpEntry::Class { .. } => {
            resolution::resolve_class(thread, class, insn.b)?;
            Ok(Insn::new(LDC_CLASS_Q, 0, insn.b, 0))
        }
        _ => Err(thread.throw_new(
            "java/lang/UnsupportedOperationException",
            Some("crema: ldc of MethodType and MethodHandle constants is not supported"),
        )),
    }
}

/// The string a quickened `ldc` pushes.
#[inline(always)]
pub(crate) fn ldc_string(caller: MethodRef, index: u16) -> Oop {
    match caller.class().cp_cache().get(index) {
        Some(crate::metadata::Resolved::String(cell)) => cell.get().expect("resolved strings are not null"),
        _ => unreachable!("LDC_STRING_Q without a resolved string"),
    }
}

/// The mirror a quickened class `ldc` pushes.
#[inline(always)]
pub(crate) fn ldc_class(caller: MethodRef, index: u16) -> Oop {
    caller.class().cp_cache().class(index).expect("LDC_CLASS_Q of a resolved class").mirror()
}
