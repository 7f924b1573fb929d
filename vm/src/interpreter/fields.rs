//! Field access bytecodes: `getfield`, `putfield`, `getstatic`,
//! `putstatic`.
//!
//! Quickened forms carry what the access needs: instance fields their type
//! (in `a`, a [`BasicType`] code) and offset (in `c`); static fields keep
//! their constant-pool index, whose resolved entry names the holder, whose
//! mirror holds the value. A static access is quickened only once its
//! class is initialized (JVMS §5.5 requires the check on every access
//! until then).

use crate::bytecode::Insn;
use crate::bytecode::opcodes::*;
use crate::classfile::BasicType;
use crate::link::{ensure_initialized, resolution};
use crate::metadata::{FieldEntry, MethodRef};
use crate::oops::{self, Oop};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;

pub(crate) const T_BOOLEAN: u8 = BasicType::Boolean as u8;
pub(crate) const T_CHAR: u8 = BasicType::Char as u8;
pub(crate) const T_FLOAT: u8 = BasicType::Float as u8;
pub(crate) const T_DOUBLE: u8 = BasicType::Double as u8;
pub(crate) const T_BYTE: u8 = BasicType::Byte as u8;
pub(crate) const T_SHORT: u8 = BasicType::Short as u8;
pub(crate) const T_INT: u8 = BasicType::Int as u8;
pub(crate) const T_LONG: u8 = BasicType::Long as u8;
pub(crate) const T_REFERENCE: u8 = BasicType::Reference as u8;

/// Reads the field of type code `t` at `offset` as a stack-slot value.
#[inline(always)]
pub(crate) fn load(obj: Oop, offset: usize, t: u8) -> u64 {
    match t {
        T_INT | T_FLOAT => oops::get_field::<i32>(obj, offset) as u32 as u64,
        T_REFERENCE => oops::get_ref(obj, offset).map_or(0, Oop::addr) as u64,
        T_LONG | T_DOUBLE => oops::get_field::<i64>(obj, offset) as u64,
        T_BOOLEAN => (oops::get_field::<i8>(obj, offset) as u8) as u64,
        T_BYTE => oops::get_field::<i8>(obj, offset) as i32 as u32 as u64,
        T_CHAR => oops::get_field::<u16>(obj, offset) as u64,
        T_SHORT => oops::get_field::<i16>(obj, offset) as i32 as u32 as u64,
        _ => unreachable!("bad field type code {t}"),
    }
}

/// Writes the stack-slot value `v` to the field of type code `t`.
#[inline(always)]
pub(crate) fn store(obj: Oop, offset: usize, t: u8, v: u64) {
    match t {
        T_INT | T_FLOAT => oops::put_field::<i32>(obj, offset, v as u32 as i32),
        T_REFERENCE => oops::put_ref(obj, offset, Oop::from_addr(v as usize)),
        T_LONG | T_DOUBLE => oops::put_field::<i64>(obj, offset, v as i64),
        T_BOOLEAN => oops::put_field::<i8>(obj, offset, (v & 1) as i8),
        T_BYTE => oops::put_field::<i8>(obj, offset, v as i8),
        T_CHAR => oops::put_field::<u16>(obj, offset, v as u16),
        T_SHORT => oops::put_field::<i16>(obj, offset, v as i16),
        _ => unreachable!("bad field type code {t}"),
    }
}

/// Slots a value of type code `t` takes.
#[inline(always)]
pub(crate) fn slots(t: u8) -> usize {
    if t == T_LONG || t == T_DOUBLE { 2 } else { 1 }
}

/// What an unquickened field instruction resolved to.
pub(crate) enum FieldSite {
    Quickened(Insn),
    /// A static field of a class still being initialized: access it once
    /// through this entry, without rewriting the instruction.
    Once(FieldEntry),
}

/// Resolves a field instruction of `caller` and picks its quick form.
pub(crate) fn resolve(thread: &JavaThread, caller: MethodRef, insn: Insn) -> JResult<FieldSite> {
    let accessor = caller.class();
    let field = resolution::resolve_field(thread, accessor, insn.b)?;
    let is_static = matches!(insn.op, GETSTATIC | PUTSTATIC);
    resolution::check_field_kind(thread, accessor, insn.b, field, is_static)?;
    let t = field.basic_type as u8;
    Ok(match insn.op {
        GETFIELD => FieldSite::Quickened(Insn::new(GETFIELD_Q, t, insn.b, field.offset)),
        PUTFIELD => FieldSite::Quickened(Insn::new(PUTFIELD_Q, t, insn.b, field.offset)),
        _ => {
            ensure_initialized(thread, field.holder)?;
            if !field.holder.is_initialized() {
                FieldSite::Once(field)
            } else if insn.op == GETSTATIC {
                FieldSite::Quickened(Insn::new(GETSTATIC_Q, t, insn.b, field.offset))
            } else {
                FieldSite::Quickened(Insn::new(PUTSTATIC_Q, t, insn.b, field.offset))
            }
        }
    })
}
