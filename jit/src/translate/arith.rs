//! Arithmetic, conversions, comparisons and conditional branches, with
//! Java's semantics: wrapping integer arithmetic, `ArithmeticException` on
//! integer division by zero, `MIN_VALUE / -1 == MIN_VALUE`, shift counts
//! masked, saturating float-to-integer conversion with NaN → 0, and the
//! NaN rules of `fcmpl`/`fcmpg`.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, Value, types};

use crema_vm::bytecode::Insn;
use crema_vm::bytecode::analysis::Kind;
use crema_vm::bytecode::opcodes::*;

use super::Tx;
use crate::helpers;

impl Tx<'_> {
    /// Translates `op` if it is in this family.
    pub(super) fn arith(&mut self, op: u8, insn: Insn) -> Result<bool, String> {
        use Kind::*;
        match op {
            IADD | ISUB | IMUL | IAND | IOR | IXOR | ISHL | ISHR | IUSHR => {
                let b = self.pop(Int);
                let a = self.pop(Int);
                let r = self.int_binary(op, a, b);
                self.push(Int, r);
            }
            LADD | LSUB | LMUL | LAND | LOR | LXOR => {
                let b = self.pop(Long);
                let a = self.pop(Long);
                let r = self.int_binary(op, a, b);
                self.push(Long, r);
            }
            LSHL | LSHR | LUSHR => {
                let n = self.pop(Int);
                let a = self.pop(Long);
                let n = self.b.ins().uextend(types::I64, n);
                let r = match op {
                    LSHL => self.b.ins().ishl(a, n),
                    LSHR => self.b.ins().sshr(a, n),
                    _ => self.b.ins().ushr(a, n),
                };
                self.push(Long, r);
            }
            IDIV | IREM => {
                let b = self.pop(Int);
                let a = self.pop(Int);
                let r = self.divide(op == IREM, a, b, types::I32);
                self.push(Int, r);
            }
            LDIV | LREM => {
                let b = self.pop(Long);
                let a = self.pop(Long);
                let r = self.divide(op == LREM, a, b, types::I64);
                self.push(Long, r);
            }
            INEG => {
                let a = self.pop(Int);
                let r = self.b.ins().ineg(a);
                self.push(Int, r);
            }
            LNEG => {
                let a = self.pop(Long);
                let r = self.b.ins().ineg(a);
                self.push(Long, r);
            }
            FADD | FSUB | FMUL | FDIV => {
                let b = self.pop(Float);
                let a = self.pop(Float);
                let r = self.float_binary(op - FADD, a, b);
                self.push(Float, r);
            }
            DADD | DSUB | DMUL | DDIV => {
                let b = self.pop(Double);
                let a = self.pop(Double);
                let r = self.float_binary(op - DADD, a, b);
                self.push(Double, r);
            }
            FREM => {
                let b = self.pop(Float);
                let a = self.pop(Float);
                let r =
                    self.call_helper(helpers::frem as *const () as usize, &[a, b], Some(types::F32)).expect("a result");
                self.push(Float, r);
            }
            DREM => {
                let b = self.pop(Double);
                let a = self.pop(Double);
                let r =
                    self.call_helper(helpers::drem as *const () as usize, &[a, b], Some(types::F64)).expect("a result");
                self.push(Double, r);
            }
            FNEG => {
                let a = self.pop(Float);
                let r = self.b.ins().fneg(a);
                self.push(Float, r);
            }
            DNEG => {
                let a = self.pop(Double);
                let r = self.b.ins().fneg(a);
                self.push(Double, r);
            }
            I2L => {
                let a = self.pop(Int);
                let r = self.b.ins().sextend(types::I64, a);
                self.push(Long, r);
            }
            I2F => {
                let a = self.pop(Int);
                let r = self.b.ins().fcvt_from_sint(types::F32, a);
                self.push(Float, r);
            }
            I2D => {
                let a = self.pop(Int);
                let r = self.b.ins().fcvt_from_sint(types::F64, a);
                self.push(Double, r);
            }
            L2I => {
                let a = self.pop(Long);
                let r = self.b.ins().ireduce(types::I32, a);
                self.push(Int, r);
            }
            L2F => {
                let a = self.pop(Long);
                let r = self.b.ins().fcvt_from_sint(types::F32, a);
                self.push(Float, r);
            }
            L2D => {
                let a = self.pop(Long);
                let r = self.b.ins().fcvt_from_sint(types::F64, a);
                self.push(Double, r);
            }
            F2I => {
                let a = self.pop(Float);
                let r = self.b.ins().fcvt_to_sint_sat(types::I32, a);
                self.push(Int, r);
            }
            F2L => {
                let a = self.pop(Float);
                let r = self.b.ins().fcvt_to_sint_sat(types::I64, a);
                self.push(Long, r);
            }
            F2D => {
                let a = self.pop(Float);
                let r = self.b.ins().fpromote(types::F64, a);
                self.push(Double, r);
            }
            D2I => {
                let a = self.pop(Double);
                let r = self.b.ins().fcvt_to_sint_sat(types::I32, a);
                self.push(Int, r);
            }
            D2L => {
                let a = self.pop(Double);
                let r = self.b.ins().fcvt_to_sint_sat(types::I64, a);
                self.push(Long, r);
            }
            D2F => {
                let a = self.pop(Double);
                let r = self.b.ins().fdemote(types::F32, a);
                self.push(Float, r);
            }
            I2B | I2C | I2S => {
                let a = self.pop(Int);
                let narrow = if op == I2B { types::I8 } else { types::I16 };
                let n = self.b.ins().ireduce(narrow, a);
                let r =
                    if op == I2C { self.b.ins().uextend(types::I32, n) } else { self.b.ins().sextend(types::I32, n) };
                self.push(Int, r);
            }
            LCMP => {
                let b = self.pop(Long);
                let a = self.pop(Long);
                if let Some((cond, target)) = self.fusable_branch() {
                    let c = self.b.ins().icmp(int_cc(cond), a, b);
                    self.pc += 1;
                    self.branch_if(c, target);
                    self.fused = true;
                    return Ok(true);
                }
                let gt = self.b.ins().icmp(IntCC::SignedGreaterThan, a, b);
                let lt = self.b.ins().icmp(IntCC::SignedLessThan, a, b);
                let r = self.three_way(gt, lt);
                self.push(Int, r);
            }
            FCMPL | FCMPG | DCMPL | DCMPG => {
                let k = if matches!(op, FCMPL | FCMPG) { Float } else { Double };
                let b = self.pop(k);
                let a = self.pop(k);
                if let Some((cond, target)) = self.fusable_branch() {
                    // NaN makes fcmpl/dcmpl -1 and fcmpg/dcmpg 1.
                    let nan_is_greater = matches!(op, FCMPG | DCMPG);
                    let c = self.b.ins().fcmp(float_cc(cond, nan_is_greater), a, b);
                    self.pc += 1;
                    self.branch_if(c, target);
                    self.fused = true;
                    return Ok(true);
                }
                // NaN: fcmpl/dcmpl give -1, fcmpg/dcmpg give 1.
                let nan_is_greater = matches!(op, FCMPG | DCMPG);
                let gt = if nan_is_greater {
                    self.b.ins().fcmp(FloatCC::UnorderedOrGreaterThan, a, b)
                } else {
                    self.b.ins().fcmp(FloatCC::GreaterThan, a, b)
                };
                let lt = if nan_is_greater {
                    self.b.ins().fcmp(FloatCC::LessThan, a, b)
                } else {
                    self.b.ins().fcmp(FloatCC::UnorderedOrLessThan, a, b)
                };
                let r = self.three_way(gt, lt);
                self.push(Int, r);
            }
            IFEQ..=IFLE => {
                let a = self.pop(Int);
                let cc = int_cc(op - IFEQ);
                let c = self.b.ins().icmp_imm_s(cc, a, 0);
                self.branch_if(c, insn.c as usize);
            }
            IF_ICMPEQ..=IF_ICMPLE => {
                let b = self.pop(Int);
                let a = self.pop(Int);
                let c = self.b.ins().icmp(int_cc(op - IF_ICMPEQ), a, b);
                self.branch_if(c, insn.c as usize);
            }
            IF_ACMPEQ | IF_ACMPNE => {
                let b = self.pop(Ref);
                let a = self.pop(Ref);
                let cc = if op == IF_ACMPEQ { IntCC::Equal } else { IntCC::NotEqual };
                let c = self.b.ins().icmp(cc, a, b);
                self.branch_if(c, insn.c as usize);
            }
            IFNULL | IFNONNULL => {
                let a = self.pop(Ref);
                let cc = if op == IFNULL { IntCC::Equal } else { IntCC::NotEqual };
                let c = self.b.ins().icmp_imm_s(cc, a, 0);
                self.branch_if(c, insn.c as usize);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn int_binary(&mut self, op: u8, a: Value, b: Value) -> Value {
        let ins = self.b.ins();
        match op {
            IADD | LADD => ins.iadd(a, b),
            ISUB | LSUB => ins.isub(a, b),
            IMUL | LMUL => ins.imul(a, b),
            IAND | LAND => ins.band(a, b),
            IOR | LOR => ins.bor(a, b),
            IXOR | LXOR => ins.bxor(a, b),
            // Cranelift masks shift counts by the type's width, as Java does.
            ISHL => ins.ishl(a, b),
            ISHR => ins.sshr(a, b),
            IUSHR => ins.ushr(a, b),
            other => unreachable!("not an integer operation: {}", name(other)),
        }
    }

    fn float_binary(&mut self, which: u8, a: Value, b: Value) -> Value {
        let ins = self.b.ins();
        match which {
            0 => ins.fadd(a, b),
            4 => ins.fsub(a, b),
            8 => ins.fmul(a, b),
            _ => ins.fdiv(a, b),
        }
    }

    /// `a / b` or `a % b`: throws on a zero divisor; `MIN / -1` is `MIN`
    /// and `MIN % -1` is 0 (the hardware would trap).
    fn divide(&mut self, rem: bool, a: Value, b: Value, ty: types::Type) -> Value {
        let zero = self.b.create_block();
        let minus_one = self.b.create_block();
        let normal = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, ty);
        let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        let checked = self.b.create_block();
        self.b.ins().brif(is_zero, zero, &[], checked, &[]);

        self.switch_to(zero);
        self.call_helper(helpers::throw_div_by_zero as *const () as usize, &[self.thread], None);
        self.throw_pending();

        self.switch_to(checked);
        let is_minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        self.b.ins().brif(is_minus_one, minus_one, &[], normal, &[]);

        self.switch_to(minus_one);
        let r = if rem { self.b.ins().iconst(ty, 0) } else { self.b.ins().ineg(a) };
        self.b.ins().jump(done, &[r.into()]);

        self.switch_to(normal);
        let r = if rem { self.b.ins().srem(a, b) } else { self.b.ins().sdiv(a, b) };
        self.b.ins().jump(done, &[r.into()]);

        self.switch_to(done);
        self.b.block_params(done)[0]
    }

    /// For a comparison whose result the next instruction (in the same
    /// block) tests with `ifeq` .. `ifle`: that test (its offset from
    /// `ifeq`) and its target, so the two translate as one branch.
    fn fusable_branch(&self) -> Option<(u8, usize)> {
        let next = self.pc + 1;
        if next >= self.code.len() || self.starts_block(next) {
            return None;
        }
        let insn = self.code.insn(next);
        (IFEQ..=IFLE).contains(&insn.op).then(|| (insn.op - IFEQ, insn.c as usize))
    }

    /// 1 if `gt`, -1 if `lt`, else 0.
    fn three_way(&mut self, gt: Value, lt: Value) -> Value {
        let gt = self.b.ins().uextend(types::I32, gt);
        let lt = self.b.ins().uextend(types::I32, lt);
        self.b.ins().isub(gt, lt)
    }
}

/// The float condition equivalent to `fcmp<l|g>` followed by the test at
/// offset `i` from `ifeq` (an unordered comparison is "less" for `fcmpl`,
/// "greater" for `fcmpg`).
fn float_cc(i: u8, nan_is_greater: bool) -> FloatCC {
    match (i, nan_is_greater) {
        (0, _) => FloatCC::Equal,
        (1, _) => FloatCC::NotEqual,
        (2, false) => FloatCC::UnorderedOrLessThan,
        (2, true) => FloatCC::LessThan,
        (3, false) => FloatCC::GreaterThanOrEqual,
        (3, true) => FloatCC::UnorderedOrGreaterThanOrEqual,
        (4, false) => FloatCC::GreaterThan,
        (4, true) => FloatCC::UnorderedOrGreaterThan,
        (5, false) => FloatCC::UnorderedOrLessThanOrEqual,
        _ => FloatCC::LessThanOrEqual,
    }
}

/// The condition of `ifeq` .. `ifle` (and `if_icmp*`) by its offset.
fn int_cc(i: u8) -> IntCC {
    [
        IntCC::Equal,
        IntCC::NotEqual,
        IntCC::SignedLessThan,
        IntCC::SignedGreaterThanOrEqual,
        IntCC::SignedGreaterThan,
        IntCC::SignedLessThanOrEqual,
    ][i as usize]
}
