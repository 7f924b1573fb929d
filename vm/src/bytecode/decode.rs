//! Bytecode -> [`PreparedCode`].
//!
//! Two passes over the bytes: the first finds instruction boundaries (so
//! that branch targets can be checked and renumbered), the second builds one
//! [`Insn`] per instruction, folding short and wide forms into one general
//! form and checking each constant-pool operand's tag. The analysis then
//! checks stack heights and slot kinds. Every failure is a `VerifyError`
//! message; nothing here panics on any input.

use crate::classfile::{CpEntry, CpTag};
use crate::metadata::Method;

use super::opcodes::*;
use super::{Handler, Insn, PreparedCode, SwitchTable, analysis};

struct Reader<'a> {
    code: &'a [u8],
}

impl Reader<'_> {
    fn u8(&self, at: usize) -> Result<u8, String> {
        self.code.get(at).copied().ok_or_else(|| "Truncated bytecode".to_string())
    }

    fn u16(&self, at: usize) -> Result<u16, String> {
        Ok(u16::from_be_bytes([self.u8(at)?, self.u8(at + 1)?]))
    }

    fn i16(&self, at: usize) -> Result<i16, String> {
        Ok(self.u16(at)? as i16)
    }

    fn i32(&self, at: usize) -> Result<i32, String> {
        Ok(i32::from_be_bytes([self.u8(at)?, self.u8(at + 1)?, self.u8(at + 2)?, self.u8(at + 3)?]))
    }
}

/// The length of the instruction at `bci`.
fn instruction_length(r: &Reader, bci: usize) -> Result<usize, String> {
    let op = r.u8(bci)?;
    match op {
        TABLESWITCH => {
            let base = (bci + 4) & !3;
            let low = r.i32(base + 4)?;
            let high = r.i32(base + 8)?;
            if low > high {
                return Err(format!("Bad tableswitch at bci {bci}: low {low} > high {high}"));
            }
            let n = (high as i64 - low as i64 + 1) as usize;
            Ok(base + 12 + 4 * n - bci)
        }
        LOOKUPSWITCH => {
            let base = (bci + 4) & !3;
            let npairs = r.i32(base + 4)?;
            if npairs < 0 {
                return Err(format!("Bad lookupswitch at bci {bci}"));
            }
            Ok(base + 8 + 8 * npairs as usize - bci)
        }
        WIDE => match r.u8(bci + 1)? {
            IINC => Ok(6),
            ILOAD | LLOAD | FLOAD | DLOAD | ALOAD | ISTORE | LSTORE | FSTORE | DSTORE | ASTORE | RET => Ok(4),
            other => Err(format!("Bad wide instruction {other:#x} at bci {bci}")),
        },
        _ => match length(op) {
            0 => Err(format!("Bad instruction {op:#x} at bci {bci}")),
            n => Ok(n),
        },
    }
}

/// The length of the JVM instruction at `bci` of `code`, or `None` if the
/// bytes there are not a whole instruction.
pub(crate) fn raw_instruction_length(code: &[u8], bci: usize) -> Option<usize> {
    instruction_length(&Reader { code }, bci).ok()
}

/// Decodes and checks `method`'s code.
pub fn decode(method: &Method) -> Result<PreparedCode, String> {
    let info = method.code().ok_or("method has no code")?;
    let code = &info.bytecode;
    let r = Reader { code };
    let class = method.class();
    let cp = class.constant_pool();

    // Pass 1: instruction boundaries.
    let mut index_at = vec![u32::MAX; code.len() + 1];
    let mut bcis = Vec::new();
    let mut bci = 0;
    while bci < code.len() {
        index_at[bci] = bcis.len() as u32;
        bcis.push(bci as u32);
        let len = instruction_length(&r, bci)?;
        if bci + len > code.len() {
            return Err(format!("Truncated instruction at bci {bci}"));
        }
        bci += len;
    }
    let n_insns = bcis.len() as u32;
    index_at[code.len()] = n_insns;
    let target = |from: usize, offset: i64| -> Result<u32, String> {
        let to = from as i64 + offset;
        if to < 0 || to as usize >= code.len() || index_at[to as usize] == u32::MAX {
            return Err(format!("Illegal target of jump or branch at bci {from}"));
        }
        Ok(index_at[to as usize])
    };
    let check_cp = |index: u16, ok: &[CpTag]| -> Result<u16, String> {
        match cp.tag_at(index) {
            Some(tag) if ok.contains(&tag) => Ok(index),
            _ => Err(format!("Illegal constant pool index {index} in method {}", method.name())),
        }
    };

    // Pass 2: instructions.
    let mut insns = Vec::with_capacity(bcis.len());
    let mut switches = Vec::new();
    let mut wide_constants = Vec::new();
    for &bci in &bcis {
        let bci = bci as usize;
        let op = code[bci];
        let insn = match op {
            ICONST_M1..=ICONST_5 => Insn::new(ICONST, 0, 0, (op as i32 - ICONST_0 as i32) as u32),
            BIPUSH => Insn::new(ICONST, 0, 0, r.u8(bci + 1)? as i8 as i32 as u32),
            SIPUSH => Insn::new(ICONST, 0, 0, r.i16(bci + 1)? as i32 as u32),
            LCONST_0 | LCONST_1 => Insn::new(LCONST, 0, 0, (op - LCONST_0) as u32),
            FCONST_0..=FCONST_2 => Insn::new(FCONST, 0, 0, ((op - FCONST_0) as f32).to_bits()),
            DCONST_0 | DCONST_1 => Insn::new(DCONST, 0, 0, (op - DCONST_0) as u32),
            LDC | LDC_W => {
                let index = if op == LDC { r.u8(bci + 1)? as u16 } else { r.u16(bci + 1)? };
                check_cp(
                    index,
                    &[
                        CpTag::Integer,
                        CpTag::Float,
                        CpTag::String,
                        CpTag::Class,
                        CpTag::MethodType,
                        CpTag::MethodHandle,
                    ],
                )?;
                match cp.entry(index) {
                    CpEntry::Integer(v) => Insn::new(ICONST, 0, 0, *v as u32),
                    CpEntry::Float(v) => Insn::new(FCONST, 0, 0, v.to_bits()),
                    _ => Insn::new(LDC, 0, index, 0),
                }
            }
            LDC2_W => {
                let index = check_cp(r.u16(bci + 1)?, &[CpTag::Long, CpTag::Double])?;
                let bits = match cp.entry(index) {
                    CpEntry::Long(v) => *v as u64,
                    CpEntry::Double(v) => v.to_bits(),
                    _ => unreachable!("checked above"),
                };
                // The analysis needs to know which; keep the kind in `a`.
                let is_double = matches!(cp.entry(index), CpEntry::Double(_)) as u8;
                wide_constants.push(bits);
                Insn::new(LDC2, is_double, index, wide_constants.len() as u32 - 1)
            }
            ILOAD | LLOAD | FLOAD | DLOAD | ALOAD | ISTORE | LSTORE | FSTORE | DSTORE | ASTORE | RET => {
                Insn::new(op, 0, r.u8(bci + 1)? as u16, 0)
            }
            ILOAD_0..=ALOAD_3 => {
                let k = op - ILOAD_0;
                Insn::new(ILOAD + k / 4, 0, (k % 4) as u16, 0)
            }
            ISTORE_0..=ASTORE_3 => {
                let k = op - ISTORE_0;
                Insn::new(ISTORE + k / 4, 0, (k % 4) as u16, 0)
            }
            IINC => Insn::new(IINC, 0, r.u8(bci + 1)? as u16, r.u8(bci + 2)? as i8 as i32 as u32),
            WIDE => {
                let inner = code[bci + 1];
                let index = r.u16(bci + 2)?;
                if inner == IINC {
                    Insn::new(IINC, 0, index, r.i16(bci + 4)? as i32 as u32)
                } else {
                    Insn::new(inner, 0, index, 0)
                }
            }
            IFEQ..=JSR | IFNULL | IFNONNULL => {
                let to = target(bci, r.i16(bci + 1)? as i64)?;
                Insn::new(op, 0, 0, to)
            }
            GOTO_W | JSR_W => {
                let to = target(bci, r.i32(bci + 1)? as i64)?;
                Insn::new(if op == GOTO_W { GOTO } else { JSR }, 0, 0, to)
            }
            TABLESWITCH | LOOKUPSWITCH => {
                let base = (bci + 4) & !3;
                let default = target(bci, r.i32(base)? as i64)?;
                let table = if op == TABLESWITCH {
                    let low = r.i32(base + 4)?;
                    let high = r.i32(base + 8)?;
                    let n = (high as i64 - low as i64 + 1) as usize;
                    let mut targets = Vec::with_capacity(n);
                    for k in 0..n {
                        targets.push(target(bci, r.i32(base + 12 + 4 * k)? as i64)?);
                    }
                    SwitchTable::Table { low, targets: targets.into(), default }
                } else {
                    let n = r.i32(base + 4)? as usize;
                    let mut keys = Vec::with_capacity(n);
                    let mut targets = Vec::with_capacity(n);
                    for k in 0..n {
                        let key = r.i32(base + 8 + 8 * k)?;
                        if keys.last().is_some_and(|&last| last >= key) {
                            return Err(format!("Bad lookupswitch at bci {bci}: keys not sorted"));
                        }
                        keys.push(key);
                        targets.push(target(bci, r.i32(base + 12 + 8 * k)? as i64)?);
                    }
                    SwitchTable::Lookup { keys: keys.into(), targets: targets.into(), default }
                };
                switches.push(table);
                Insn::new(op, 0, 0, switches.len() as u32 - 1)
            }
            GETSTATIC | PUTSTATIC | GETFIELD | PUTFIELD => {
                Insn::new(op, 0, check_cp(r.u16(bci + 1)?, &[CpTag::FieldRef])?, 0)
            }
            INVOKEVIRTUAL => Insn::new(op, 0, check_cp(r.u16(bci + 1)?, &[CpTag::MethodRef])?, 0),
            INVOKESPECIAL | INVOKESTATIC => {
                Insn::new(op, 0, check_cp(r.u16(bci + 1)?, &[CpTag::MethodRef, CpTag::InterfaceMethodRef])?, 0)
            }
            INVOKEINTERFACE => {
                if r.u8(bci + 3)? == 0 || r.u8(bci + 4)? != 0 {
                    return Err(format!("Bad invokeinterface operands at bci {bci}"));
                }
                Insn::new(op, 0, check_cp(r.u16(bci + 1)?, &[CpTag::InterfaceMethodRef])?, 0)
            }
            INVOKEDYNAMIC => {
                if r.u16(bci + 3)? != 0 {
                    return Err(format!("Bad invokedynamic operands at bci {bci}"));
                }
                let index = check_cp(r.u16(bci + 1)?, &[CpTag::InvokeDynamic])?;
                if let CpEntry::InvokeDynamic { bootstrap, .. } = cp.entry(index)
                    && *bootstrap as usize >= method.class().bootstrap_methods().len()
                {
                    return Err(format!("Bad bootstrap method index at bci {bci}"));
                }
                Insn::new(op, 0, index, 0)
            }
            NEW | ANEWARRAY | CHECKCAST | INSTANCEOF => {
                Insn::new(op, 0, check_cp(r.u16(bci + 1)?, &[CpTag::Class])?, 0)
            }
            NEWARRAY => {
                let atype = r.u8(bci + 1)?;
                if !(4..=11).contains(&atype) {
                    return Err(format!("Bad newarray type {atype} at bci {bci}"));
                }
                Insn::new(op, atype, 0, 0)
            }
            MULTIANEWARRAY => {
                let dims = r.u8(bci + 3)?;
                if dims == 0 {
                    return Err(format!("Bad multianewarray dimensions at bci {bci}"));
                }
                Insn::new(op, dims, check_cp(r.u16(bci + 1)?, &[CpTag::Class])?, 0)
            }
            _ => Insn::new(op, 0, 0, 0),
        };
        insns.push(insn);
    }

    let mut handlers = Vec::with_capacity(info.exception_table.len());
    for h in info.exception_table.iter() {
        let start = index_at[h.start_pc as usize];
        let end = index_at[h.end_pc as usize];
        let handler = index_at[h.handler_pc as usize];
        if start == u32::MAX || end == u32::MAX || handler == u32::MAX || handler >= n_insns {
            return Err("Illegal exception table range".into());
        }
        handlers.push(Handler { start, end, handler, catch_type: h.catch_type });
    }

    let profiled = |op: u8| matches!(op, INVOKEVIRTUAL | INVOKEINTERFACE | CHECKCAST | INSTANCEOF);
    let mut profiles = 0u32;
    let profile_index: Box<[u32]> = insns
        .iter()
        .map(|i| {
            if profiled(i.op) {
                profiles += 1;
                profiles - 1
            } else {
                u32::MAX
            }
        })
        .collect();
    let prepared = PreparedCode {
        profiles: (0..profiles).map(|_| Default::default()).collect(),
        profile_index,
        insns: insns.iter().map(|i| std::sync::atomic::AtomicU64::new(i.encode())).collect(),
        bcis: bcis.into(),
        handlers: handlers.into(),
        switches: switches.into(),
        wide_constants: wide_constants.into(),
        max_locals: info.max_locals,
        max_stack: info.max_stack,
    };
    analysis::check(method, &prepared)?;
    Ok(prepared)
}
