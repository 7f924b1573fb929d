//! The bytecode analysis: the kind of every local and stack slot at every
//! instruction.
//!
//! One analysis serves three users (ARCHITECTURE.md §4): the interpreter,
//! which may index its frame without bounds checks only because this check
//! passed (stack heights stay within `max_stack`, local indices within
//! `max_locals`, every value is used as the kind it is); the collector,
//! which learns from the slot kinds which slots of an interpreted frame
//! hold references; and, later, the JIT and deoptimization.
//!
//! It is a data-flow fixpoint over instruction indices with slot kinds
//! `Int`, `Float`, `Long`, `Double` (the second slot of a long or double is
//! `Hi`), `Ref`, `RetAddr` and `Top` (conflicting or unset). Class types
//! are not tracked: this is not the JVMS type-checking verifier, so
//! bytecode that confuses one class for another is not rejected (javac
//! never emits such code).
//!
//! `jsr`/`ret` (class files before version 50) are handled
//! conservatively: `ret` flows to every instruction after a `jsr`. Because
//! that merges unrelated call sites, methods with subroutines are checked
//! leniently: a `Top` slot may be used as any kind.

use crate::classfile::{BasicType, CpEntry, MethodDescriptor};
use crate::metadata::Method;

use super::opcodes::*;
use super::{Insn, PreparedCode};

/// The kind of value in one slot.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Top,
    Int,
    Float,
    Long,
    Double,
    /// The second slot of a long or double.
    Hi,
    Ref,
    RetAddr,
}

impl Kind {
    fn of(t: BasicType) -> Kind {
        match t {
            BasicType::Float => Kind::Float,
            BasicType::Long => Kind::Long,
            BasicType::Double => Kind::Double,
            BasicType::Reference => Kind::Ref,
            _ => Kind::Int,
        }
    }

    fn is_wide(self) -> bool {
        matches!(self, Kind::Long | Kind::Double)
    }
}

/// The slot kinds on entry to one instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub locals: Vec<Kind>,
    pub stack: Vec<Kind>,
}

struct Checker<'a> {
    method: &'a Method,
    code: &'a PreparedCode,
    lenient: bool,
    max_stack: usize,
}

type Check<T = ()> = Result<T, String>;

impl Checker<'_> {
    fn err<T>(&self, index: usize, what: &str) -> Check<T> {
        Err(format!(
            "{what} (method {}{} at bci {})",
            self.method.name(),
            self.method.descriptor(),
            self.code.bci(index)
        ))
    }

    fn pop(&self, s: &mut State, want: Kind, at: usize) -> Check<Kind> {
        if want.is_wide() {
            let hi = s.stack.pop();
            let lo = s.stack.pop();
            match (lo, hi) {
                (Some(l), Some(Kind::Hi)) if l == want => Ok(want),
                (Some(Kind::Top), Some(Kind::Top | Kind::Hi)) if self.lenient => Ok(want),
                (None, _) | (_, None) => self.err(at, "Operand stack underflow"),
                _ => self.err(at, &format!("Bad type on operand stack: expected {want:?}")),
            }
        } else {
            match s.stack.pop() {
                Some(k) if k == want => Ok(k),
                Some(Kind::RetAddr) if want == Kind::Ref && self.lenient => Ok(Kind::RetAddr),
                Some(Kind::Top) if self.lenient => Ok(want),
                None => self.err(at, "Operand stack underflow"),
                Some(k) => self.err(at, &format!("Bad type on operand stack: expected {want:?}, found {k:?}")),
            }
        }
    }

    /// Pops one single-slot value of any kind.
    fn pop_cat1(&self, s: &mut State, at: usize) -> Check<Kind> {
        match s.stack.pop() {
            Some(Kind::Hi) => self.err(at, "Attempt to split long or double on the stack"),
            Some(k) => Ok(k),
            None => self.err(at, "Operand stack underflow"),
        }
    }

    fn push(&self, s: &mut State, k: Kind, at: usize) -> Check {
        s.stack.push(k);
        if k.is_wide() {
            s.stack.push(Kind::Hi);
        }
        if s.stack.len() > self.max_stack {
            return self.err(at, "Operand stack overflow");
        }
        Ok(())
    }

    fn load(&self, s: &mut State, index: u16, want: Kind, at: usize) -> Check {
        let i = index as usize;
        let width = if want.is_wide() { 2 } else { 1 };
        if i + width > s.locals.len() {
            return self.err(at, "Illegal local variable number");
        }
        let found = s.locals[i];
        let ok =
            found == want && (!want.is_wide() || s.locals[i + 1] == Kind::Hi) || (self.lenient && found == Kind::Top);
        if !ok {
            return self.err(at, &format!("Bad local variable type: expected {want:?}, found {found:?}"));
        }
        self.push(s, want, at)
    }

    fn store(&self, s: &mut State, index: u16, k: Kind, at: usize) -> Check {
        let i = index as usize;
        let width = if k.is_wide() { 2 } else { 1 };
        if i + width > s.locals.len() {
            return self.err(at, "Illegal local variable number");
        }
        // Overwriting half of a long or double kills the other half.
        if i > 0 && s.locals[i - 1].is_wide() {
            s.locals[i - 1] = Kind::Top;
        }
        if s.locals[i].is_wide() && !k.is_wide() && i + 1 < s.locals.len() {
            s.locals[i + 1] = Kind::Top;
        }
        s.locals[i] = k;
        if k.is_wide() {
            if i + 2 < s.locals.len() && s.locals[i + 1].is_wide() {
                s.locals[i + 2] = Kind::Top;
            }
            s.locals[i + 1] = Kind::Hi;
        }
        Ok(())
    }

    fn pop_args(&self, s: &mut State, desc: &MethodDescriptor, at: usize) -> Check {
        for &p in desc.params.iter().rev() {
            self.pop(s, Kind::of(p), at)?;
        }
        Ok(())
    }

    fn push_ret(&self, s: &mut State, desc: &MethodDescriptor, at: usize) -> Check {
        if desc.ret != BasicType::Void {
            self.push(s, Kind::of(desc.ret), at)?;
        }
        Ok(())
    }

    fn method_descriptor(&self, cp_index: u16, at: usize) -> Check<MethodDescriptor> {
        let class = self.method.class();
        let cp = class.constant_pool();
        let desc = match cp.entry(cp_index) {
            CpEntry::InvokeDynamic { name_and_type, .. } => cp.name_and_type(*name_and_type).1,
            _ => cp.member_ref(cp_index).descriptor,
        };
        MethodDescriptor::parse(desc).or_else(|e| self.err(at, &e.0))
    }

    fn field_kind(&self, cp_index: u16, at: usize) -> Check<Kind> {
        let class = self.method.class();
        let desc = class.constant_pool().member_ref(cp_index).descriptor;
        match crate::classfile::descriptor::parse_field_descriptor(desc) {
            Ok(t) => Ok(Kind::of(t)),
            Err(e) => self.err(at, &e.0),
        }
    }

    /// Applies instruction `at` to `s`.
    fn step(&self, s: &mut State, insn: Insn, at: usize) -> Check {
        use Kind::*;
        let arith = |s: &mut State, k: Kind, operands: usize| -> Check {
            for _ in 0..operands {
                self.pop(s, k, at)?;
            }
            self.push(s, k, at)
        };
        let convert = |s: &mut State, from: Kind, to: Kind| -> Check {
            self.pop(s, from, at)?;
            self.push(s, to, at)
        };
        match insn.op {
            NOP => {}
            ACONST_NULL => self.push(s, Ref, at)?,
            ICONST => self.push(s, Int, at)?,
            LCONST => self.push(s, Long, at)?,
            FCONST => self.push(s, Float, at)?,
            DCONST => self.push(s, Double, at)?,
            LDC2 => self.push(s, if insn.a == 1 { Double } else { Long }, at)?,
            LDC => self.push(s, Ref, at)?,
            ILOAD => self.load(s, insn.b, Int, at)?,
            LLOAD => self.load(s, insn.b, Long, at)?,
            FLOAD => self.load(s, insn.b, Float, at)?,
            DLOAD => self.load(s, insn.b, Double, at)?,
            ALOAD => self.load(s, insn.b, Ref, at)?,
            IALOAD | BALOAD | CALOAD | SALOAD | LALOAD | FALOAD | DALOAD | AALOAD => {
                self.pop(s, Int, at)?;
                self.pop(s, Ref, at)?;
                let k = match insn.op {
                    LALOAD => Long,
                    FALOAD => Float,
                    DALOAD => Double,
                    AALOAD => Ref,
                    _ => Int,
                };
                self.push(s, k, at)?;
            }
            ISTORE | LSTORE | FSTORE | DSTORE => {
                let k = [Int, Long, Float, Double][(insn.op - ISTORE) as usize];
                self.pop(s, k, at)?;
                self.store(s, insn.b, k, at)?;
            }
            ASTORE => {
                let k = self.pop(s, Ref, at)?;
                self.store(s, insn.b, k, at)?;
            }
            IASTORE | BASTORE | CASTORE | SASTORE | LASTORE | FASTORE | DASTORE | AASTORE => {
                let k = match insn.op {
                    LASTORE => Long,
                    FASTORE => Float,
                    DASTORE => Double,
                    AASTORE => Ref,
                    _ => Int,
                };
                self.pop(s, k, at)?;
                self.pop(s, Int, at)?;
                self.pop(s, Ref, at)?;
            }
            POP => {
                self.pop_cat1(s, at)?;
            }
            POP2 => {
                if s.stack.len() < 2 {
                    return self.err(at, "Operand stack underflow");
                }
                s.stack.truncate(s.stack.len() - 2);
                if s.stack.last().is_some_and(|k| k.is_wide()) {
                    return self.err(at, "Attempt to split long or double on the stack");
                }
            }
            DUP | DUP_X1 | DUP_X2 | DUP2 | DUP2_X1 | DUP2_X2 | SWAP => {
                let (take, under) = stack_shuffle_shape(insn.op).unwrap_or((1, 1));
                let n = s.stack.len();
                if n < take + under {
                    return self.err(at, "Operand stack underflow");
                }
                let split = |pos: usize| pos > 0 && pos < n && s.stack[pos] == Hi && s.stack[pos - 1].is_wide();
                if split(n - take) || split(n - take - under) {
                    return self.err(at, "Attempt to split long or double on the stack");
                }
                let top: Vec<Kind> = s.stack[n - take..].to_vec();
                if insn.op == SWAP {
                    s.stack.swap(n - 1, n - 2);
                } else {
                    let pos = n - take - under;
                    for (k, v) in top.iter().enumerate() {
                        s.stack.insert(pos + k, *v);
                    }
                    if s.stack.len() > self.max_stack {
                        return self.err(at, "Operand stack overflow");
                    }
                }
            }
            IADD | ISUB | IMUL | IDIV | IREM | IAND | IOR | IXOR | ISHL | ISHR | IUSHR => arith(s, Int, 2)?,
            LADD | LSUB | LMUL | LDIV | LREM | LAND | LOR | LXOR => arith(s, Long, 2)?,
            FADD | FSUB | FMUL | FDIV | FREM => arith(s, Float, 2)?,
            DADD | DSUB | DMUL | DDIV | DREM => arith(s, Double, 2)?,
            LSHL | LSHR | LUSHR => {
                self.pop(s, Int, at)?;
                arith(s, Long, 1)?;
            }
            INEG => arith(s, Int, 1)?,
            LNEG => arith(s, Long, 1)?,
            FNEG => arith(s, Float, 1)?,
            DNEG => arith(s, Double, 1)?,
            IINC => {
                let i = insn.b as usize;
                if i >= s.locals.len() {
                    return self.err(at, "Illegal local variable number");
                }
                if s.locals[i] != Int && !(self.lenient && s.locals[i] == Top) {
                    return self.err(at, "Bad local variable type for iinc");
                }
            }
            I2L => convert(s, Int, Long)?,
            I2F => convert(s, Int, Float)?,
            I2D => convert(s, Int, Double)?,
            L2I => convert(s, Long, Int)?,
            L2F => convert(s, Long, Float)?,
            L2D => convert(s, Long, Double)?,
            F2I => convert(s, Float, Int)?,
            F2L => convert(s, Float, Long)?,
            F2D => convert(s, Float, Double)?,
            D2I => convert(s, Double, Int)?,
            D2L => convert(s, Double, Long)?,
            D2F => convert(s, Double, Float)?,
            I2B | I2C | I2S => convert(s, Int, Int)?,
            LCMP => {
                self.pop(s, Long, at)?;
                convert(s, Long, Int)?;
            }
            FCMPL | FCMPG => {
                self.pop(s, Float, at)?;
                convert(s, Float, Int)?;
            }
            DCMPL | DCMPG => {
                self.pop(s, Double, at)?;
                convert(s, Double, Int)?;
            }
            IFEQ..=IFLE | TABLESWITCH | LOOKUPSWITCH => {
                self.pop(s, Int, at)?;
            }
            IF_ICMPEQ..=IF_ICMPLE => {
                self.pop(s, Int, at)?;
                self.pop(s, Int, at)?;
            }
            IF_ACMPEQ | IF_ACMPNE => {
                self.pop(s, Ref, at)?;
                self.pop(s, Ref, at)?;
            }
            IFNULL | IFNONNULL | ATHROW | MONITORENTER | MONITOREXIT => {
                self.pop(s, Ref, at)?;
            }
            GOTO => {}
            JSR => self.push(s, RetAddr, at)?,
            RET => {
                let i = insn.b as usize;
                if i >= s.locals.len() || (s.locals[i] != RetAddr && !(self.lenient && s.locals[i] == Top)) {
                    return self.err(at, "Bad local variable type for ret");
                }
            }
            IRETURN | LRETURN | FRETURN | DRETURN | ARETURN => {
                let ret = self.method.signature().ret;
                let want = [Int, Long, Float, Double, Ref][(insn.op - IRETURN) as usize];
                if ret == BasicType::Void || Kind::of(ret) != want {
                    return self.err(at, "Method expects a different return type");
                }
                self.pop(s, want, at)?;
            }
            RETURN => {
                if self.method.signature().ret != BasicType::Void {
                    return self.err(at, "Method expects a return value");
                }
            }
            GETSTATIC => {
                let k = self.field_kind(insn.b, at)?;
                self.push(s, k, at)?;
            }
            PUTSTATIC => {
                let k = self.field_kind(insn.b, at)?;
                self.pop(s, k, at)?;
            }
            GETFIELD => {
                let k = self.field_kind(insn.b, at)?;
                self.pop(s, Ref, at)?;
                self.push(s, k, at)?;
            }
            PUTFIELD => {
                let k = self.field_kind(insn.b, at)?;
                self.pop(s, k, at)?;
                self.pop(s, Ref, at)?;
            }
            INVOKEVIRTUAL | INVOKESPECIAL | INVOKEINTERFACE | INVOKESTATIC | INVOKEDYNAMIC => {
                let desc = self.method_descriptor(insn.b, at)?;
                self.pop_args(s, &desc, at)?;
                if insn.op != INVOKESTATIC && insn.op != INVOKEDYNAMIC {
                    self.pop(s, Ref, at)?;
                }
                self.push_ret(s, &desc, at)?;
            }
            NEW => self.push(s, Ref, at)?,
            NEWARRAY | ANEWARRAY => convert(s, Int, Ref)?,
            ARRAYLENGTH | INSTANCEOF => convert(s, Ref, Int)?,
            CHECKCAST => convert(s, Ref, Ref)?,
            MULTIANEWARRAY => {
                for _ in 0..insn.a {
                    self.pop(s, Int, at)?;
                }
                self.push(s, Ref, at)?;
            }
            op => return self.err(at, &format!("Bad instruction {}", name(op))),
        }
        Ok(())
    }
}

fn merge(into: &mut State, from: &State) -> Result<bool, ()> {
    if into.stack.len() != from.stack.len() {
        return Err(());
    }
    let mut changed = false;
    for (a, b) in into.locals.iter_mut().zip(&from.locals).chain(into.stack.iter_mut().zip(&from.stack)) {
        if *a != *b && *a != Kind::Top {
            *a = Kind::Top;
            changed = true;
        }
    }
    Ok(changed)
}

/// The entry state of `method`'s first instruction: the receiver and the
/// parameters in their slots, everything else `Top`.
fn entry_state(method: &Method, max_locals: usize) -> Result<State, String> {
    let mut locals = Vec::with_capacity(max_locals);
    if !method.is_static() {
        locals.push(Kind::Ref);
    }
    for &p in method.signature().params.iter() {
        locals.push(Kind::of(p));
        if p.slots() == 2 {
            locals.push(Kind::Hi);
        }
    }
    if locals.len() > max_locals {
        return Err(format!("Arguments can't fit into locals in method {}", method.name()));
    }
    locals.resize(max_locals, Kind::Top);
    Ok(State { locals, stack: Vec::new() })
}

/// Computes the entry state of every reachable instruction (`None` for
/// unreachable ones), or the message of a `VerifyError`.
pub fn analyze(method: &Method, code: &PreparedCode) -> Result<Vec<Option<State>>, String> {
    let n = code.len();
    let lenient = (0..n).any(|i| matches!(code.insn(i).op, JSR | RET));
    let checker = Checker { method, code, lenient, max_stack: code.max_stack as usize };
    let mut states: Vec<Option<State>> = vec![None; n];
    states[0] = Some(entry_state(method, code.max_locals as usize)?);
    let mut work = vec![0usize];
    let mut queued = vec![false; n];
    queued[0] = true;
    let after_jsr: Vec<usize> = (0..n).filter(|&i| code.insn(i).op == JSR && i + 1 < n).map(|i| i + 1).collect();

    while let Some(at) = work.pop() {
        queued[at] = false;
        let entry = states[at].clone().expect("queued instructions have a state");
        let insn = code.insn(at);
        let mut s = entry.clone();
        checker.step(&mut s, insn, at)?;

        let mut flow = |to: usize, state: &State, states: &mut Vec<Option<State>>| -> Result<(), String> {
            let changed = match &mut states[to] {
                None => {
                    states[to] = Some(state.clone());
                    true
                }
                Some(existing) => merge(existing, state).map_err(|_| {
                    format!("Inconsistent stack height at bci {} in method {}", code.bci(to), method.name())
                })?,
            };
            if changed && !queued[to] {
                queued[to] = true;
                work.push(to);
            }
            Ok(())
        };

        for h in code.handlers.iter().filter(|h| (h.start as usize) <= at && at < h.end as usize) {
            for locals in [&entry.locals, &s.locals] {
                let hs = State { locals: locals.clone(), stack: vec![Kind::Ref] };
                flow(h.handler as usize, &hs, &mut states)?;
            }
        }
        let falls_through = !matches!(
            insn.op,
            GOTO | JSR
                | RET
                | IRETURN
                | LRETURN
                | FRETURN
                | DRETURN
                | ARETURN
                | RETURN
                | ATHROW
                | TABLESWITCH
                | LOOKUPSWITCH
        );
        match insn.op {
            IFEQ..=IF_ACMPNE | GOTO | JSR | IFNULL | IFNONNULL => flow(insn.c as usize, &s, &mut states)?,
            TABLESWITCH | LOOKUPSWITCH => {
                for t in code.switches[insn.c as usize].all_targets() {
                    flow(t as usize, &s, &mut states)?;
                }
            }
            RET => {
                for &t in &after_jsr {
                    flow(t, &s, &mut states)?;
                }
            }
            _ => {}
        }
        if falls_through {
            if at + 1 >= n {
                return Err(format!("Falling off the end of the code in method {}", method.name()));
            }
            flow(at + 1, &s, &mut states)?;
        }
    }
    Ok(states)
}

/// Checks `method`'s code; returns the `VerifyError` message on failure.
pub fn check(method: &Method, code: &PreparedCode) -> Result<(), String> {
    analyze(method, code).map(|_| ())
}
