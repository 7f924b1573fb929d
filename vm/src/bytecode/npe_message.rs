//! Helpful `NullPointerException` messages (JEP 358, on by default since
//! Java 15): for an NPE the VM threw at `bci`, what was attempted
//! (`Cannot invoke "String.length()"`) and, when the bytecode shows it,
//! which expression was null (`because "s" is null`).
//!
//! The message is computed lazily, from the method and bci of the
//! exception's top frame, when the program first asks for it. A small
//! data-flow pass over the original bytecode records, for every stack slot
//! at every bci, which instruction pushed it (`None` where control-flow
//! paths disagree); the null slot's pushing instruction is then described,
//! recursively and at most [`MAX_DEPTH`] levels deep, the way HotSpot
//! prints it: locals by their `LocalVariableTable` names (else `this`,
//! `<parameterN>`, `<localN>`), fields as `a.b`, static fields as
//! `Class.f`, array elements as `a[i]` (`...` for an index that is not a
//! constant, local, field or call), calls as `Class.m(int, String)`.
//! `java.lang.Object` and `java.lang.String` are written without their
//! package, as HotSpot does. Methods with `jsr`/`ret` get no message.

use crate::classfile::descriptor::{java_type_name, split_method_descriptor};
use crate::classfile::{CodeInfo, ConstantPool, CpEntry};
use crate::metadata::Method;

use super::decode::raw_instruction_length;
use super::opcodes::*;

/// How many instructions deep a description follows its operands.
const MAX_DEPTH: usize = 5;

/// The helpful message for an implicit NPE at `bci` of `method`, or `None`
/// if the instruction there cannot throw one (the NPE was created by
/// program code) or the method's code cannot be followed.
pub fn helpful_message(method: &Method, bci: usize) -> Option<String> {
    let code = method.code()?;
    let class = method.class();
    let cp = class.constant_pool();
    let bytes = &code.bytecode;
    let op = *bytes.get(bci)?;
    let (action, null_slot) = action(cp, bytes, bci, op)?;
    let flow = Flow::compute(cp, code)?;
    let describer = Describer { method, code, cp, flow: &flow };
    let source = flow.source(bci, null_slot);
    match source.and_then(|s| describer.describe(s, 0, true)) {
        Some(cause) => Some(format!("{action} because {cause} is null")),
        None => Some(action),
    }
}

/// What the instruction attempted, and the null operand's depth (in slots)
/// from the top of the stack.
fn action(cp: &ConstantPool, bytes: &[u8], bci: usize, op: u8) -> Option<(String, usize)> {
    let cp_index = || Some(u16::from_be_bytes([*bytes.get(bci + 1)?, *bytes.get(bci + 2)?]));
    Some(match op {
        GETFIELD => (format!("Cannot read field \"{}\"", cp.member_ref(cp_index()?).name), 0),
        PUTFIELD => {
            let field = cp.member_ref(cp_index()?);
            (format!("Cannot assign field \"{}\"", field.name), slots_of(field.descriptor))
        }
        INVOKEVIRTUAL | INVOKESPECIAL | INVOKEINTERFACE => {
            let m = cp.member_ref(cp_index()?);
            // A constructor call's receiver comes from `new`: the top frame
            // of an NPE the program constructs itself.
            if m.name == "<init>" {
                return None;
            }
            let (params, _) = split_method_descriptor(m.descriptor)?;
            let arg_slots = params.iter().map(|p| slots_of(p)).sum();
            (format!("Cannot invoke \"{}\"", method_name(m.class_name, m.name, m.descriptor)), arg_slots)
        }
        IALOAD..=SALOAD => (format!("Cannot load from {} array", element_kind(op - IALOAD)), 1),
        IASTORE..=SASTORE => {
            let value_slots = if matches!(op, LASTORE | DASTORE) { 2 } else { 1 };
            (format!("Cannot store to {} array", element_kind(op - IASTORE)), 1 + value_slots)
        }
        ARRAYLENGTH => ("Cannot read the array length".to_string(), 0),
        ATHROW => ("Cannot throw exception".to_string(), 0),
        MONITORENTER => ("Cannot enter synchronized block".to_string(), 0),
        MONITOREXIT => ("Cannot exit synchronized block".to_string(), 0),
        _ => return None,
    })
}

/// The element type an array opcode names, in the order of `iaload`..`saload`.
fn element_kind(offset: u8) -> &'static str {
    ["int", "long", "float", "double", "object", "byte/boolean", "char", "short"][offset as usize]
}

fn slots_of(field_descriptor: &str) -> usize {
    if matches!(field_descriptor.as_bytes().first(), Some(b'J' | b'D')) { 2 } else { 1 }
}

/// A class name as HotSpot writes it in these messages.
fn class_name(internal: &str) -> String {
    if internal.starts_with('[') {
        return type_name(internal);
    }
    match internal {
        "java/lang/Object" => "Object".to_string(),
        "java/lang/String" => "String".to_string(),
        _ => internal.replace('/', "."),
    }
}

/// A type (field descriptor) as HotSpot writes it in these messages.
fn type_name(descriptor: &str) -> String {
    let name = java_type_name(descriptor);
    let element = name.trim_end_matches("[]");
    let shortened = match element {
        "java.lang.Object" => "Object",
        "java.lang.String" => "String",
        other => other,
    };
    format!("{shortened}{}", &name[element.len()..])
}

/// `Class.name(int, String)`.
fn method_name(class: &str, name: &str, descriptor: &str) -> String {
    let params = split_method_descriptor(descriptor).map(|(p, _)| p).unwrap_or_default();
    let params: Vec<String> = params.iter().map(|p| type_name(p)).collect();
    format!("{}.{}({})", class_name(class), name, params.join(", "))
}

/// Which instruction pushed each stack slot (`None`: paths disagree or
/// nothing describable pushed it), for every reachable bci.
struct Flow {
    states: Vec<Option<Vec<Option<u32>>>>,
}

impl Flow {
    fn compute(cp: &ConstantPool, code: &CodeInfo) -> Option<Flow> {
        let bytes = &code.bytecode;
        let mut states: Vec<Option<Vec<Option<u32>>>> = vec![None; bytes.len()];
        let mut work = vec![0usize];
        states[0] = Some(Vec::new());
        // Handlers start with the exception alone on the stack.
        for h in code.exception_table.iter() {
            let pc = h.handler_pc as usize;
            if pc < bytes.len() && states[pc].is_none() {
                states[pc] = Some(vec![None]);
                work.push(pc);
            }
        }
        while let Some(bci) = work.pop() {
            let mut stack = states[bci].clone()?;
            let op = *bytes.get(bci)?;
            let len = raw_instruction_length(bytes, bci)?;
            let successors = step(cp, bytes, bci, op, len, &mut stack)?;
            for next in successors {
                if next >= bytes.len() {
                    return None;
                }
                let changed = match &mut states[next] {
                    slot @ None => {
                        *slot = Some(stack.clone());
                        true
                    }
                    Some(old) => {
                        if old.len() != stack.len() {
                            return None;
                        }
                        let mut changed = false;
                        for (o, n) in old.iter_mut().zip(&stack) {
                            if o.is_some() && *o != *n {
                                *o = None;
                                changed = true;
                            }
                        }
                        changed
                    }
                };
                if changed {
                    work.push(next);
                }
            }
        }
        Some(Flow { states })
    }

    /// The instruction that pushed the slot `depth` slots below the top
    /// of the stack on entry to `bci`.
    fn source(&self, bci: usize, depth: usize) -> Option<usize> {
        let stack = self.states.get(bci)?.as_ref()?;
        let index = stack.len().checked_sub(depth + 1)?;
        stack[index].map(|s| s as usize)
    }
}

/// Applies the instruction at `bci` to `stack`; returns its successors.
fn step(
    cp: &ConstantPool,
    bytes: &[u8],
    bci: usize,
    op: u8,
    len: usize,
    stack: &mut Vec<Option<u32>>,
) -> Option<Vec<usize>> {
    let here = Some(bci as u32);
    let u16_at = |p: usize| Some(u16::from_be_bytes([*bytes.get(p)?, *bytes.get(p + 1)?]));
    let i16_at = |p: usize| u16_at(p).map(|v| v as i16 as isize);
    let i32_at = |p: usize| {
        Some(i32::from_be_bytes([*bytes.get(p)?, *bytes.get(p + 1)?, *bytes.get(p + 2)?, *bytes.get(p + 3)?]))
    };
    let pop = |stack: &mut Vec<Option<u32>>, n: usize| -> Option<()> {
        stack.truncate(stack.len().checked_sub(n)?);
        Some(())
    };
    let push = |stack: &mut Vec<Option<u32>>, n: usize| stack.extend(std::iter::repeat_n(here, n));
    let next = bci + len;
    let branch = |offset: isize| bci.checked_add_signed(offset);
    match op {
        NOP | IINC => {}
        ACONST_NULL..=LDC2_W | ILOAD_0..=ALOAD_3 | ILOAD | FLOAD | ALOAD | NEW => {
            let wide = matches!(op, LCONST_0 | LCONST_1 | DCONST_0 | DCONST_1 | LDC2_W)
                || (LLOAD_0..=LLOAD_3).contains(&op)
                || (DLOAD_0..=DLOAD_3).contains(&op);
            push(stack, if wide { 2 } else { 1 });
        }
        LLOAD | DLOAD => push(stack, 2),
        IALOAD..=SALOAD => {
            pop(stack, 2)?;
            push(stack, if matches!(op, LALOAD | DALOAD) { 2 } else { 1 });
        }
        ISTORE | FSTORE | ASTORE | ISTORE_0..=ISTORE_3 | FSTORE_0..=FSTORE_3 | ASTORE_0..=ASTORE_3 | POP => {
            pop(stack, 1)?
        }
        LSTORE | DSTORE | LSTORE_0..=LSTORE_3 | DSTORE_0..=DSTORE_3 | POP2 => pop(stack, 2)?,
        IASTORE..=SASTORE => pop(stack, if matches!(op, LASTORE | DASTORE) { 4 } else { 3 })?,
        DUP..=SWAP => shuffle(op, stack)?,
        IADD..=DREM | ISHL..=LXOR | LCMP..=DCMPG | INEG..=DNEG | I2L..=I2S => {
            let (pops, pushes) = arithmetic_effect(op);
            pop(stack, pops)?;
            push(stack, pushes);
        }
        IFEQ..=IFLE | IFNULL | IFNONNULL => {
            pop(stack, 1)?;
            return Some(vec![next, branch(i16_at(bci + 1)?)?]);
        }
        IF_ICMPEQ..=IF_ACMPNE => {
            pop(stack, 2)?;
            return Some(vec![next, branch(i16_at(bci + 1)?)?]);
        }
        GOTO => return Some(vec![branch(i16_at(bci + 1)?)?]),
        GOTO_W => return Some(vec![branch(i32_at(bci + 1)? as isize)?]),
        TABLESWITCH | LOOKUPSWITCH => {
            pop(stack, 1)?;
            let base = (bci + 4) & !3;
            let mut targets = vec![branch(i32_at(base)? as isize)?];
            let (count, first, stride) = if op == TABLESWITCH {
                ((i32_at(base + 8)? as i64 - i32_at(base + 4)? as i64 + 1) as usize, base + 12, 4)
            } else {
                (i32_at(base + 4)? as usize, base + 12, 8)
            };
            for k in 0..count {
                targets.push(branch(i32_at(first + k * stride)? as isize)?);
            }
            return Some(targets);
        }
        IRETURN..=RETURN | ATHROW => return Some(Vec::new()),
        GETSTATIC | PUTSTATIC | GETFIELD | PUTFIELD => {
            let slots = slots_of(cp.member_ref(u16_at(bci + 1)?).descriptor);
            match op {
                GETSTATIC => push(stack, slots),
                PUTSTATIC => pop(stack, slots)?,
                GETFIELD => {
                    pop(stack, 1)?;
                    push(stack, slots);
                }
                _ => pop(stack, 1 + slots)?,
            }
        }
        INVOKEVIRTUAL..=INVOKEDYNAMIC => {
            let index = u16_at(bci + 1)?;
            let descriptor = match cp.entry(index) {
                CpEntry::InvokeDynamic { name_and_type, .. } => cp.name_and_type(*name_and_type).1,
                _ => cp.member_ref(index).descriptor,
            };
            let (params, ret) = split_method_descriptor(descriptor)?;
            let receiver = usize::from(op != INVOKESTATIC && op != INVOKEDYNAMIC);
            pop(stack, receiver + params.iter().map(|p| slots_of(p)).sum::<usize>())?;
            if ret != "V" {
                push(stack, slots_of(ret));
            }
        }
        NEWARRAY | ANEWARRAY | ARRAYLENGTH | INSTANCEOF => {
            pop(stack, 1)?;
            push(stack, 1);
        }
        // A cast passes its operand through: `((T) x).m()` names `x`.
        CHECKCAST => {}
        MONITORENTER | MONITOREXIT => pop(stack, 1)?,
        WIDE => match *bytes.get(bci + 1)? {
            ILOAD | FLOAD | ALOAD => push(stack, 1),
            LLOAD | DLOAD => push(stack, 2),
            ISTORE | FSTORE | ASTORE => pop(stack, 1)?,
            LSTORE | DSTORE => pop(stack, 2)?,
            IINC => {}
            _ => return None,
        },
        MULTIANEWARRAY => {
            pop(stack, *bytes.get(bci + 3)? as usize)?;
            push(stack, 1);
        }
        // jsr/ret and anything unknown: no message.
        _ => return None,
    }
    Some(vec![next])
}

/// `(pops, pushes)` in slots of the arithmetic, comparison and conversion
/// opcodes.
fn arithmetic_effect(op: u8) -> (usize, usize) {
    match op {
        LADD | LSUB | LMUL | LDIV | LREM | LAND | LOR | LXOR | DADD | DSUB | DMUL | DDIV | DREM => (4, 2),
        LSHL | LSHR | LUSHR => (3, 2),
        LCMP | DCMPL | DCMPG => (4, 1),
        INEG | FNEG | I2F | F2I | I2B | I2C | I2S => (1, 1),
        LNEG | DNEG | L2D | D2L => (2, 2),
        I2L | I2D | F2L | F2D => (1, 2),
        L2I | L2F | D2I | D2F => (2, 1),
        _ => (2, 1),
    }
}

/// The `dup` family and `swap`, slot by slot (the sources move with the
/// values).
fn shuffle(op: u8, stack: &mut Vec<Option<u32>>) -> Option<()> {
    let (copied, below) = stack_shuffle_shape(op)?;
    let n = stack.len();
    if op == SWAP {
        stack.swap(n.checked_sub(1)?, n.checked_sub(2)?);
        return Some(());
    }
    let top = stack.get(n.checked_sub(copied)?..)?.to_vec();
    let at = n.checked_sub(copied + below)?;
    stack.splice(at..at, top);
    Some(())
}

/// Turns the instruction that pushed a value into the words HotSpot uses.
struct Describer<'a> {
    method: &'a Method,
    code: &'a CodeInfo,
    cp: &'a ConstantPool,
    flow: &'a Flow,
}

impl Describer<'_> {
    /// The description of the value pushed at `bci`; `outer` for the
    /// null value itself (quoted, calls as "the return value of").
    fn describe(&self, bci: usize, depth: usize, outer: bool) -> Option<String> {
        if depth >= MAX_DEPTH {
            return None;
        }
        let bytes = &self.code.bytecode;
        let op = *bytes.get(bci)?;
        let u16_at = |p: usize| Some(u16::from_be_bytes([*bytes.get(p)?, *bytes.get(p + 1)?]));
        let text = match op {
            ACONST_NULL => "null".to_string(),
            ICONST_M1..=ICONST_5 => (op as i32 - ICONST_0 as i32).to_string(),
            BIPUSH => (*bytes.get(bci + 1)? as i8).to_string(),
            SIPUSH => (u16_at(bci + 1)? as i16).to_string(),
            ILOAD_0..=ALOAD_3 => self.local_name(bci, ((op - ILOAD_0) % 4) as u16),
            ILOAD | LLOAD | FLOAD | DLOAD | ALOAD => self.local_name(bci, *bytes.get(bci + 1)? as u16),
            WIDE if matches!(*bytes.get(bci + 1)?, ILOAD | LLOAD | FLOAD | DLOAD | ALOAD) => {
                self.local_name(bci, u16_at(bci + 2)?)
            }
            GETSTATIC => {
                let field = self.cp.member_ref(u16_at(bci + 1)?);
                format!("{}.{}", class_name(field.class_name), field.name)
            }
            GETFIELD => {
                let name = self.cp.member_ref(u16_at(bci + 1)?).name;
                match self.flow.source(bci, 0).and_then(|s| self.describe(s, depth + 1, false)) {
                    Some(object) => format!("{object}.{name}"),
                    None => name.to_string(),
                }
            }
            IALOAD..=SALOAD => {
                let part = |slot| self.flow.source(bci, slot).and_then(|s| self.describe(s, depth + 1, false));
                let array = part(1).unwrap_or_else(|| "...".to_string());
                let index = part(0).unwrap_or_else(|| "...".to_string());
                format!("{array}[{index}]")
            }
            INVOKEVIRTUAL | INVOKESPECIAL | INVOKESTATIC | INVOKEINTERFACE => {
                let m = self.cp.member_ref(u16_at(bci + 1)?);
                let name = method_name(m.class_name, m.name, m.descriptor);
                return Some(if outer { format!("the return value of \"{name}\"") } else { name });
            }
            _ => return None,
        };
        Some(if outer { format!("\"{text}\"") } else { text })
    }

    /// A local's name at `bci`: from the `LocalVariableTable`, else
    /// `this`, `<parameterN>` (1-based, declared parameters) or `<localN>`.
    fn local_name(&self, bci: usize, slot: u16) -> String {
        if let Some(name) = self.code.local_variable_name(self.cp, slot, bci) {
            return name.to_string();
        }
        let receiver = usize::from(!self.method.is_static());
        if receiver == 1 && slot == 0 {
            return "this".to_string();
        }
        let params = split_method_descriptor(self.method.descriptor()).map(|(p, _)| p).unwrap_or_default();
        let mut next_slot = receiver;
        for (i, p) in params.iter().enumerate() {
            if slot as usize == next_slot {
                return format!("<parameter{}>", i + 1);
            }
            next_slot += slots_of(p);
        }
        format!("<local{slot}>")
    }
}
