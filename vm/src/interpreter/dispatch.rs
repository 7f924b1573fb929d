//! The interpreter loop.
//!
//! `run` executes the top frame of the thread until the frame at index
//! `entry` returns (the call that started this activation) or an exception
//! escapes it. Calls between interpreted methods do not recurse in Rust:
//! they push a frame and restart the outer loop on it, so Java recursion
//! depth is bounded by the thread's stack limits, not by the Rust stack.
//!
//! Within a frame, the loop keeps the instruction index `pc`, the local
//! base and the operand stack pointer `sp` in registers. Before anything
//! that can reach a safepoint, throw, or call out (`sync!`), it writes `pc`
//! and `sp` back to the frame and the thread's `top`, so that stack walks,
//! the collector and nested calls see the frame as it is. Reference values
//! are never held in Rust locals across such a point: they are re-read from
//! the stack or kept on it until the operation is done.
//!
//! # Safety
//!
//! The loop indexes the slot array and the instruction array without bounds
//! checks. That is sound because a frame is pushed only for code that
//! passed `bytecode::analysis`: every instruction's stack height lies in
//! `[0, max_stack]`, every local index below `max_locals`, every branch
//! target is an instruction, and control cannot fall off the end; and a
//! frame is pushed only when `locals + max_locals + max_stack` fits below
//! the thread's slot limit. Values are read as the kind the analysis proved
//! them to be; references are zero or addresses of live objects.

use crate::bytecode::opcodes::*;
use crate::bytecode::{Insn, PreparedCode};
use crate::classfile::BasicType;
use crate::compiler::{calls, tiering};
use crate::metadata::MethodRef;
use crate::oops::{self, ARRAY_BASE_OFFSET, Oop};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::{JResult, Pending};
use crate::runtime::indy;
use crate::runtime::natives::JValue;
use crate::runtime::thread::{Frame, FrameKind};

use super::arith;
use super::arrays;
use super::fields::{self, FieldSite};
use super::invoke::{self, InvokeSite, Invoked};
use super::objects;
use super::profiling;
use super::unwind;

/// Runs the thread's top frames until the frame at index `entry` returns.
pub(crate) fn run(thread: &JavaThread, entry: usize) -> JResult<JValue> {
    let base = thread.slot_base();
    'frame: loop {
        let fi = thread.frames_mut().len() - 1;
        let frame = thread.frames_mut()[fi];
        debug_assert_eq!(frame.kind, FrameKind::Interpreted);
        let method: MethodRef = frame.method;
        let code: &PreparedCode = match method.prepared.get() {
            Some(Ok(code)) => code,
            _ => unreachable!("frames are pushed only for prepared methods"),
        };
        let insns = code.insn_ptr();
        let holder = method.class();
        let cache = holder.cp_cache();

        // SAFETY: see the module notes: the analysis bounds every slot and
        // instruction index used below.
        unsafe {
            let locals = base.add(frame.locals as usize);
            let mut sp = base.add(frame.sp as usize);
            let mut pc = frame.pc as usize;

            // Leaving this block means an exception is pending (macros that
            // name the label must be defined inside it: labels are hygienic).
            'frame_body: {
                macro_rules! local {
                    ($i:expr) => {
                        *locals.add($i as usize)
                    };
                }
                macro_rules! push {
                    ($v:expr) => {{
                        *sp = $v;
                        sp = sp.add(1);
                    }};
                }
                macro_rules! pop {
                    () => {{
                        sp = sp.sub(1);
                        *sp
                    }};
                }
                macro_rules! push_i {
                    ($v:expr) => {
                        push!(($v) as u32 as u64)
                    };
                }
                macro_rules! pop_i {
                    () => {
                        pop!() as u32 as i32
                    };
                }
                macro_rules! push_l {
                    ($v:expr) => {{
                        *sp = ($v) as u64;
                        sp = sp.add(2);
                    }};
                }
                macro_rules! pop_l {
                    () => {{
                        sp = sp.sub(2);
                        *sp as i64
                    }};
                }
                macro_rules! push_f {
                    ($v:expr) => {
                        push!(f32::to_bits($v) as u64)
                    };
                }
                macro_rules! pop_f {
                    () => {
                        f32::from_bits(pop!() as u32)
                    };
                }
                macro_rules! push_d {
                    ($v:expr) => {
                        push_l!(f64::to_bits($v))
                    };
                }
                macro_rules! pop_d {
                    () => {
                        f64::from_bits(pop_l!() as u64)
                    };
                }
                macro_rules! peek_i {
                    () => {
                        *sp.sub(1) as u32 as i32
                    };
                }
                macro_rules! set_top_i {
                    ($v:expr) => {
                        *sp.sub(1) = ($v) as u32 as u64
                    };
                }
                macro_rules! sync {
                    () => {{
                        let f = &mut thread.frames_mut()[fi];
                        f.pc = pc as u32;
                        f.sp = sp.offset_from(base) as u32;
                        thread.set_top(f.sp as usize);
                    }};
                }
                // Calls out of the frame; a thrown exception leaves the loop.
                macro_rules! call {
                    ($e:expr) => {{
                        sync!();
                        match $e {
                            Ok(v) => v,
                            Err(_) => break 'frame_body,
                        }
                    }};
                }
                macro_rules! throw {
                    ($e:expr) => {{
                        sync!();
                        let _: Pending = $e;
                        break 'frame_body;
                    }};
                }
                // A taken branch; backward ones count towards compilation.
                // A taken branch. Backward ones count towards compilation,
                // and once there is OSR code for the loop, the activation
                // continues there; its result returns to the caller as from
                // a `return`.
                macro_rules! jump {
                    ($target:expr) => {{
                        let target = $target as usize;
                        if target <= pc
                            && let Some(osr) = tiering::backedge(thread, method, target)
                        {
                            pc = target;
                            sync!();
                            match calls::call_osr(thread, fi, osr) {
                                Ok(v) => {
                                    if fi == entry {
                                        return Ok(v);
                                    }
                                    *base.add(frame.locals as usize) = v.to_slot();
                                    let caller = thread.frames_mut().last_mut().expect("caller frame");
                                    caller.sp = frame.locals + v.slots() as u32;
                                    caller.pc += 1;
                                    continue 'frame;
                                }
                                Err(p) if fi == entry => return Err(p),
                                // Dispatch in the caller, at its call.
                                Err(_) => break 'frame_body,
                            }
                        }
                        pc = target;
                    }};
                }
                macro_rules! branch {
                    ($cond:expr, $insn:expr) => {
                        if $cond {
                            jump!($insn.c);
                        } else {
                            pc += 1;
                        }
                    };
                }
                macro_rules! non_null {
                    ($v:expr) => {
                        match Oop::from_addr($v as usize) {
                            Some(o) => o,
                            None => throw!(thread.throw_npe()),
                        }
                    };
                }
                // Pops index and array; yields (array, checked index).
                macro_rules! element {
                    () => {{
                        let index = pop_i!();
                        let array = non_null!(pop!());
                        let length = oops::array_length(array);
                        if (index as u32 as usize) >= length {
                            throw!(thread.throw_array_index(index as i64, length));
                        }
                        (array, index as usize)
                    }};
                }
                macro_rules! array_load {
                    ($t:ty, $size:expr, $push:ident, $conv:expr) => {{
                        let (array, i) = element!();
                        let v: $t = array.read::<$t>(ARRAY_BASE_OFFSET + i * $size);
                        $push!($conv(v));
                        pc += 1;
                    }};
                }
                macro_rules! array_store {
                    ($t:ty, $size:expr, $value:expr) => {{
                        let v = $value;
                        let (array, i) = element!();
                        array.write::<$t>(ARRAY_BASE_OFFSET + i * $size, v);
                        pc += 1;
                    }};
                }
                macro_rules! long_op {
                    ($f:expr) => {{
                        let b = pop_l!();
                        let a = pop_l!();
                        push_l!($f(a, b));
                        pc += 1;
                    }};
                }
                macro_rules! long_shift {
                    ($f:expr) => {{
                        let n = pop_i!();
                        let a = pop_l!();
                        push_l!($f(a, n));
                        pc += 1;
                    }};
                }
                macro_rules! float_op {
                    ($f:expr) => {{
                        let b = pop_f!();
                        let a = pop_f!();
                        push_f!($f(a, b));
                        pc += 1;
                    }};
                }
                macro_rules! double_op {
                    ($f:expr) => {{
                        let b = pop_d!();
                        let a = pop_d!();
                        push_d!($f(a, b));
                        pc += 1;
                    }};
                }
                macro_rules! int_compare {
                ($op:tt, $insn:expr) => {{
                    let b = pop_i!();
                    let a = pop_i!();
                    branch!(a $op b, $insn);
                }};
            }
                // Invokes `callee`, whose arguments are on top of the stack.
                macro_rules! invoke {
                    ($callee:expr) => {{
                        let callee: MethodRef = $callee;
                        let args_base = sp.offset_from(base) as usize - callee.arg_slots as usize;
                        let compiled = match callee.jit().compiled() {
                            Some(code) => Some(code),
                            None => {
                                sync!();
                                if tiering::invoked(thread, callee) { callee.jit().compiled() } else { None }
                            }
                        };
                        if let Some(code) = compiled {
                            let v = call!(calls::call_compiled(thread, callee, code, args_base));
                            sp = base.add(args_base);
                            *sp = v.to_slot();
                            sp = sp.add(v.slots());
                            pc += 1;
                            continue;
                        }
                        match callee.prepared.get() {
                            Some(Ok(callee_code)) if !callee.is_synchronized() => {
                                let new_sp = args_base + callee_code.max_locals as usize;
                                sync!();
                                let frames = thread.frames_mut();
                                if new_sp + callee_code.max_stack as usize > thread.slot_limit()
                                    || frames.len() >= thread.frame_limit()
                                {
                                    throw!(thread.throw_stack_overflow());
                                }
                                frames.push(Frame {
                                    method: callee,
                                    locals: args_base as u32,
                                    sp: new_sp as u32,
                                    pc: 0,
                                    kind: FrameKind::Interpreted,
                                });
                                continue 'frame;
                            }
                            _ => match call!(invoke::invoke_slow(thread, callee, args_base)) {
                                Invoked::Frame => continue 'frame,
                                Invoked::Returned(v) => {
                                    sp = base.add(args_base);
                                    *sp = v.to_slot();
                                    sp = sp.add(v.slots());
                                    pc += 1;
                                }
                            },
                        }
                    }};
                }
                // Returns `n` slots holding `v` to the caller.
                macro_rules! return_value {
                    ($v:expr, $n:expr) => {{
                        let v: u64 = $v;
                        let frames = thread.frames_mut();
                        let done = frames.pop().expect("returning frame");
                        if thread.has_monitors() {
                            thread.release_frame_monitors(fi);
                        }
                        if fi == entry {
                            thread.set_top(done.locals as usize);
                            return Ok(JValue::from_slot(v, method.signature().ret));
                        }
                        *base.add(done.locals as usize) = v;
                        let caller = thread.frames_mut().last_mut().expect("caller frame");
                        caller.sp = done.locals + $n;
                        caller.pc += 1;
                        continue 'frame;
                    }};
                }

                loop {
                    // Fields are read where needed, in place (see `insn_ptr`).
                    let insn: &Insn = &*insns.add(pc);
                    match insn.op {
                        NOP => pc += 1,
                        ACONST_NULL => {
                            push!(0);
                            pc += 1;
                        }
                        ICONST => {
                            push_i!(insn.c);
                            pc += 1;
                        }
                        FCONST => {
                            push!(insn.c as u64);
                            pc += 1;
                        }
                        LCONST => {
                            push_l!(insn.c as i32 as i64);
                            pc += 1;
                        }
                        DCONST => {
                            push_d!(insn.c as f64);
                            pc += 1;
                        }
                        LDC2 => {
                            push_l!(code.wide_constants[insn.c as usize]);
                            pc += 1;
                        }
                        LDC => {
                            let quick = call!(objects::resolve_ldc(thread, method, *insn));
                            code.quicken(pc, quick);
                        }
                        LDC_STRING_Q => {
                            push!(objects::ldc_string(method, insn.b).addr() as u64);
                            pc += 1;
                        }
                        LDC_CLASS_Q => {
                            push!(objects::ldc_class(method, insn.b).addr() as u64);
                            pc += 1;
                        }

                        ILOAD | FLOAD | ALOAD => {
                            push!(local!(insn.b));
                            pc += 1;
                        }
                        LLOAD | DLOAD => {
                            push_l!(local!(insn.b));
                            pc += 1;
                        }
                        ISTORE | FSTORE | ASTORE => {
                            local!(insn.b) = pop!();
                            pc += 1;
                        }
                        LSTORE | DSTORE => {
                            local!(insn.b) = pop_l!() as u64;
                            pc += 1;
                        }
                        IINC => {
                            let v = local!(insn.b) as u32 as i32;
                            local!(insn.b) = v.wrapping_add(insn.c as i32) as u32 as u64;
                            pc += 1;
                        }

                        IALOAD => array_load!(i32, 4, push_i, |v| v),
                        FALOAD => array_load!(f32, 4, push_f, |v| v),
                        LALOAD => array_load!(i64, 8, push_l, |v| v),
                        DALOAD => array_load!(f64, 8, push_d, |v| v),
                        AALOAD => array_load!(usize, 8, push, |v| v as u64),
                        BALOAD => array_load!(i8, 1, push_i, |v| v as i32),
                        CALOAD => array_load!(u16, 2, push_i, |v| v as i32),
                        SALOAD => array_load!(i16, 2, push_i, |v| v as i32),
                        IASTORE => array_store!(i32, 4, pop_i!()),
                        FASTORE => array_store!(f32, 4, pop_f!()),
                        LASTORE => array_store!(i64, 8, pop_l!()),
                        DASTORE => array_store!(f64, 8, pop_d!()),
                        CASTORE => array_store!(u16, 2, pop_i!() as u16),
                        SASTORE => array_store!(i16, 2, pop_i!() as i16),
                        BASTORE => {
                            let v = pop_i!();
                            let (array, i) = element!();
                            let boolean = oops::class_of(array).element_type() == Some(BasicType::Boolean);
                            array.write::<i8>(ARRAY_BASE_OFFSET + i, if boolean { (v & 1) as i8 } else { v as i8 });
                            pc += 1;
                        }
                        AASTORE => {
                            let value = Oop::from_addr(*sp.sub(1) as usize);
                            let index = *sp.sub(2) as u32 as i32;
                            let array = non_null!(*sp.sub(3));
                            let length = oops::array_length(array);
                            if (index as u32 as usize) >= length {
                                throw!(thread.throw_array_index(index as i64, length));
                            }
                            call!(arrays::check_store(thread, array, value));
                            oops::array_put_ref(array, index as usize, value);
                            sp = sp.sub(3);
                            pc += 1;
                        }
                        ARRAYLENGTH => {
                            let array = non_null!(pop!());
                            push_i!(oops::array_length(array) as i32);
                            pc += 1;
                        }

                        POP => {
                            sp = sp.sub(1);
                            pc += 1;
                        }
                        POP2 => {
                            sp = sp.sub(2);
                            pc += 1;
                        }
                        DUP => {
                            *sp = *sp.sub(1);
                            sp = sp.add(1);
                            pc += 1;
                        }
                        DUP_X1 => {
                            let (v1, v2) = (*sp.sub(1), *sp.sub(2));
                            *sp.sub(2) = v1;
                            *sp.sub(1) = v2;
                            *sp = v1;
                            sp = sp.add(1);
                            pc += 1;
                        }
                        DUP_X2 => {
                            let (v1, v2, v3) = (*sp.sub(1), *sp.sub(2), *sp.sub(3));
                            *sp.sub(3) = v1;
                            *sp.sub(2) = v3;
                            *sp.sub(1) = v2;
                            *sp = v1;
                            sp = sp.add(1);
                            pc += 1;
                        }
                        DUP2 => {
                            *sp = *sp.sub(2);
                            *sp.add(1) = *sp.sub(1);
                            sp = sp.add(2);
                            pc += 1;
                        }
                        DUP2_X1 => {
                            let (v1, v2, v3) = (*sp.sub(1), *sp.sub(2), *sp.sub(3));
                            *sp.sub(3) = v2;
                            *sp.sub(2) = v1;
                            *sp.sub(1) = v3;
                            *sp = v2;
                            *sp.add(1) = v1;
                            sp = sp.add(2);
                            pc += 1;
                        }
                        DUP2_X2 => {
                            let (v1, v2, v3, v4) = (*sp.sub(1), *sp.sub(2), *sp.sub(3), *sp.sub(4));
                            *sp.sub(4) = v2;
                            *sp.sub(3) = v1;
                            *sp.sub(2) = v4;
                            *sp.sub(1) = v3;
                            *sp = v2;
                            *sp.add(1) = v1;
                            sp = sp.add(2);
                            pc += 1;
                        }
                        SWAP => {
                            let (v1, v2) = (*sp.sub(1), *sp.sub(2));
                            *sp.sub(1) = v2;
                            *sp.sub(2) = v1;
                            pc += 1;
                        }

                        IADD => {
                            let b = pop_i!();
                            set_top_i!(peek_i!().wrapping_add(b));
                            pc += 1;
                        }
                        ISUB => {
                            let b = pop_i!();
                            set_top_i!(peek_i!().wrapping_sub(b));
                            pc += 1;
                        }
                        IMUL => {
                            let b = pop_i!();
                            set_top_i!(peek_i!().wrapping_mul(b));
                            pc += 1;
                        }
                        IDIV | IREM => {
                            let b = pop_i!();
                            let a = pop_i!();
                            let r = if insn.op == IDIV { arith::idiv(a, b) } else { arith::irem(a, b) };
                            match r {
                                Some(v) => push_i!(v),
                                None => {
                                    throw!(thread.throw_new("java/lang/ArithmeticException", Some("/ by zero")))
                                }
                            }
                            pc += 1;
                        }
                        INEG => {
                            set_top_i!(peek_i!().wrapping_neg());
                            pc += 1;
                        }
                        IAND => {
                            let b = pop_i!();
                            set_top_i!(peek_i!() & b);
                            pc += 1;
                        }
                        IOR => {
                            let b = pop_i!();
                            set_top_i!(peek_i!() | b);
                            pc += 1;
                        }
                        IXOR => {
                            let b = pop_i!();
                            set_top_i!(peek_i!() ^ b);
                            pc += 1;
                        }
                        ISHL => {
                            let b = pop_i!();
                            set_top_i!(arith::ishl(peek_i!(), b));
                            pc += 1;
                        }
                        ISHR => {
                            let b = pop_i!();
                            set_top_i!(arith::ishr(peek_i!(), b));
                            pc += 1;
                        }
                        IUSHR => {
                            let b = pop_i!();
                            set_top_i!(arith::iushr(peek_i!(), b));
                            pc += 1;
                        }
                        LADD => long_op!(|a: i64, b: i64| a.wrapping_add(b)),
                        LSUB => long_op!(|a: i64, b: i64| a.wrapping_sub(b)),
                        LMUL => long_op!(|a: i64, b: i64| a.wrapping_mul(b)),
                        LAND => long_op!(|a: i64, b: i64| a & b),
                        LOR => long_op!(|a: i64, b: i64| a | b),
                        LXOR => long_op!(|a: i64, b: i64| a ^ b),
                        LDIV | LREM => {
                            let b = pop_l!();
                            let a = pop_l!();
                            let r = if insn.op == LDIV { arith::ldiv(a, b) } else { arith::lrem(a, b) };
                            match r {
                                Some(v) => push_l!(v),
                                None => {
                                    throw!(thread.throw_new("java/lang/ArithmeticException", Some("/ by zero")))
                                }
                            }
                            pc += 1;
                        }
                        LNEG => {
                            let a = pop_l!();
                            push_l!(a.wrapping_neg());
                            pc += 1;
                        }
                        LSHL => long_shift!(arith::lshl),
                        LSHR => long_shift!(arith::lshr),
                        LUSHR => long_shift!(arith::lushr),
                        FADD => float_op!(|a: f32, b: f32| a + b),
                        FSUB => float_op!(|a: f32, b: f32| a - b),
                        FMUL => float_op!(|a: f32, b: f32| a * b),
                        FDIV => float_op!(|a: f32, b: f32| a / b),
                        FREM => float_op!(|a: f32, b: f32| a % b),
                        DADD => double_op!(|a: f64, b: f64| a + b),
                        DSUB => double_op!(|a: f64, b: f64| a - b),
                        DMUL => double_op!(|a: f64, b: f64| a * b),
                        DDIV => double_op!(|a: f64, b: f64| a / b),
                        DREM => double_op!(|a: f64, b: f64| a % b),
                        FNEG => {
                            let a = pop_f!();
                            push_f!(-a);
                            pc += 1;
                        }
                        DNEG => {
                            let a = pop_d!();
                            push_d!(-a);
                            pc += 1;
                        }

                        I2L => {
                            let a = pop_i!();
                            push_l!(a as i64);
                            pc += 1;
                        }
                        I2F => {
                            let a = pop_i!();
                            push_f!(a as f32);
                            pc += 1;
                        }
                        I2D => {
                            let a = pop_i!();
                            push_d!(a as f64);
                            pc += 1;
                        }
                        L2I => {
                            let a = pop_l!();
                            push_i!(a as i32);
                            pc += 1;
                        }
                        L2F => {
                            let a = pop_l!();
                            push_f!(a as f32);
                            pc += 1;
                        }
                        L2D => {
                            let a = pop_l!();
                            push_d!(a as f64);
                            pc += 1;
                        }
                        F2I => {
                            let a = pop_f!();
                            push_i!(a as i32);
                            pc += 1;
                        }
                        F2L => {
                            let a = pop_f!();
                            push_l!(a as i64);
                            pc += 1;
                        }
                        F2D => {
                            let a = pop_f!();
                            push_d!(a as f64);
                            pc += 1;
                        }
                        D2I => {
                            let a = pop_d!();
                            push_i!(a as i32);
                            pc += 1;
                        }
                        D2L => {
                            let a = pop_d!();
                            push_l!(a as i64);
                            pc += 1;
                        }
                        D2F => {
                            let a = pop_d!();
                            push_f!(a as f32);
                            pc += 1;
                        }
                        I2B => {
                            set_top_i!(peek_i!() as i8 as i32);
                            pc += 1;
                        }
                        I2C => {
                            set_top_i!(peek_i!() as u16 as i32);
                            pc += 1;
                        }
                        I2S => {
                            set_top_i!(peek_i!() as i16 as i32);
                            pc += 1;
                        }

                        LCMP => {
                            let b = pop_l!();
                            let a = pop_l!();
                            push_i!(arith::lcmp(a, b));
                            pc += 1;
                        }
                        FCMPL | FCMPG => {
                            let b = pop_f!();
                            let a = pop_f!();
                            push_i!(arith::fcmp(a as f64, b as f64, if insn.op == FCMPL { -1 } else { 1 }));
                            pc += 1;
                        }
                        DCMPL | DCMPG => {
                            let b = pop_d!();
                            let a = pop_d!();
                            push_i!(arith::fcmp(a, b, if insn.op == DCMPL { -1 } else { 1 }));
                            pc += 1;
                        }

                        IFEQ => branch!(pop_i!() == 0, insn),
                        IFNE => branch!(pop_i!() != 0, insn),
                        IFLT => branch!(pop_i!() < 0, insn),
                        IFGE => branch!(pop_i!() >= 0, insn),
                        IFGT => branch!(pop_i!() > 0, insn),
                        IFLE => branch!(pop_i!() <= 0, insn),
                        IF_ICMPEQ => int_compare!(==, insn),
                        IF_ICMPNE => int_compare!(!=, insn),
                        IF_ICMPLT => int_compare!(<, insn),
                        IF_ICMPGE => int_compare!(>=, insn),
                        IF_ICMPGT => int_compare!(>, insn),
                        IF_ICMPLE => int_compare!(<=, insn),
                        IF_ACMPEQ => {
                            let b = pop!();
                            let a = pop!();
                            branch!(a == b, insn);
                        }
                        IF_ACMPNE => {
                            let b = pop!();
                            let a = pop!();
                            branch!(a != b, insn);
                        }
                        IFNULL => branch!(pop!() == 0, insn),
                        IFNONNULL => branch!(pop!() != 0, insn),
                        GOTO => jump!(insn.c),
                        JSR => {
                            push!((pc + 1) as u64);
                            pc = insn.c as usize;
                        }
                        RET => pc = local!(insn.b) as usize,
                        TABLESWITCH | LOOKUPSWITCH => {
                            let key = pop_i!();
                            jump!(code.switches[insn.c as usize].target(key));
                        }

                        IRETURN | FRETURN | ARETURN => return_value!(*sp.sub(1), 1),
                        LRETURN | DRETURN => return_value!(*sp.sub(2), 2),
                        RETURN => return_value!(0, 0),

                        GETFIELD | PUTFIELD | GETSTATIC | PUTSTATIC => {
                            match call!(fields::resolve(thread, method, *insn)) {
                                FieldSite::Quickened(quick) => code.quicken(pc, quick),
                                FieldSite::Once(field) => {
                                    let t = field.basic_type as u8;
                                    let mirror = field.holder.mirror();
                                    if insn.op == GETSTATIC {
                                        *sp = fields::load(mirror, field.offset as usize, t);
                                        sp = sp.add(fields::slots(t));
                                    } else {
                                        sp = sp.sub(fields::slots(t));
                                        fields::store(mirror, field.offset as usize, t, *sp);
                                    }
                                    pc += 1;
                                }
                            }
                        }
                        GETFIELD_Q => {
                            let obj = non_null!(*sp.sub(1));
                            let v = fields::load(obj, insn.c as usize, insn.a);
                            *sp.sub(1) = v;
                            sp = sp.add(fields::slots(insn.a) - 1);
                            pc += 1;
                        }
                        PUTFIELD_Q => {
                            let n = fields::slots(insn.a);
                            let obj = non_null!(*sp.sub(n + 1));
                            fields::store(obj, insn.c as usize, insn.a, *sp.sub(n));
                            sp = sp.sub(n + 1);
                            pc += 1;
                        }
                        GETSTATIC_Q => {
                            let holder = cache.field(insn.b).expect("resolved").holder;
                            *sp = fields::load(holder.mirror(), insn.c as usize, insn.a);
                            sp = sp.add(fields::slots(insn.a));
                            pc += 1;
                        }
                        PUTSTATIC_Q => {
                            let holder = cache.field(insn.b).expect("resolved").holder;
                            sp = sp.sub(fields::slots(insn.a));
                            fields::store(holder.mirror(), insn.c as usize, insn.a, *sp);
                            pc += 1;
                        }

                        INVOKEVIRTUAL | INVOKESPECIAL | INVOKESTATIC | INVOKEINTERFACE => {
                            match call!(invoke::resolve_invoke(thread, method, *insn)) {
                                InvokeSite::Quickened(quick) => code.quicken(pc, quick),
                                InvokeSite::CallOnce(callee) => {
                                    if !callee.is_static() {
                                        non_null!(*sp.sub(callee.arg_slots()));
                                    }
                                    invoke!(callee)
                                }
                            }
                        }
                        INVOKESTATIC_Q => invoke!(cache.method(insn.b).expect("resolved")),
                        INVOKEDIRECT_Q => {
                            let callee = cache.method(insn.b).expect("resolved");
                            non_null!(*sp.sub(callee.arg_slots()));
                            invoke!(callee)
                        }
                        INVOKEVIRTUAL_Q => {
                            let receiver = non_null!(*sp.sub(insn.c as usize));
                            let class = oops::class_of(receiver);
                            profiling::record(thread, method, code, pc, class);
                            match class.vtable().get(insn.b as usize) {
                                Some(&callee) => invoke!(callee),
                                None => throw!(thread.throw_new(
                                    "java/lang/IncompatibleClassChangeError",
                                    Some("vtable index out of range for the receiver class")
                                )),
                            }
                        }
                        INVOKEINTERFACE_Q => {
                            let receiver = non_null!(*sp.sub(insn.c as usize));
                            let imethod = cache.method(insn.b).expect("resolved");
                            let class = oops::class_of(receiver);
                            let callee = call!(profiling::interface_callee(thread, method, code, pc, class, imethod));
                            invoke!(callee)
                        }
                        INVOKEDYNAMIC => {
                            call!(indy::link_call_site(thread, method, insn.b));
                            // A lambda site calls its factory like an
                            // invokestatic; the others run natively.
                            let quick = match indy::linked_factory(method, insn.b) {
                                Some(_) => Insn::new(INVOKESTATIC_Q, 0, insn.b, 0),
                                None => Insn::new(INVOKEDYNAMIC_Q, 0, insn.b, indy::arg_slots(method, insn.b) as u32),
                            };
                            code.quicken(pc, quick);
                        }
                        INVOKEDYNAMIC_Q => {
                            let site = indy::call_site(method, insn.b);
                            let args_base = sp.offset_from(base) as usize - insn.c as usize;
                            let v = call!(indy::invoke(thread, site, args_base));
                            sp = base.add(args_base);
                            *sp = v.to_slot();
                            sp = sp.add(v.slots());
                            pc += 1;
                        }

                        NEW => {
                            let (class, quick) = call!(objects::resolve_new(thread, method, *insn));
                            match quick {
                                Some(quick) => code.quicken(pc, quick),
                                None => {
                                    let obj = call!(thread.alloc_instance(class));
                                    push!(obj.addr() as u64);
                                    pc += 1;
                                }
                            }
                        }
                        NEW_Q => {
                            let class = cache.class(insn.b).expect("resolved");
                            let obj = call!(thread.alloc_instance(class));
                            push!(obj.addr() as u64);
                            pc += 1;
                        }
                        NEWARRAY => {
                            let count = peek_i!();
                            let t = BasicType::from_atype(insn.a).expect("decoder checked atype");
                            let array = call!(thread.alloc_primitive_array(t, count));
                            *sp.sub(1) = array.addr() as u64;
                            pc += 1;
                        }
                        ANEWARRAY | CHECKCAST | INSTANCEOF | MULTIANEWARRAY => {
                            let quick = call!(objects::resolve_class_operand(thread, method, *insn));
                            code.quicken(pc, quick);
                        }
                        ANEWARRAY_Q => {
                            let count = peek_i!();
                            let component = cache.class(insn.b).expect("resolved");
                            let array = call!(thread.alloc_object_array(component, count));
                            *sp.sub(1) = array.addr() as u64;
                            pc += 1;
                        }
                        MULTIANEWARRAY_Q => {
                            let dims = insn.a as usize;
                            let counts: Vec<i32> = (0..dims).map(|k| *sp.sub(dims - k) as u32 as i32).collect();
                            let class = cache.class(insn.b).expect("resolved");
                            let array = call!(arrays::multianewarray(thread, class, &counts));
                            sp = sp.sub(dims);
                            push!(array.addr() as u64);
                            pc += 1;
                        }
                        CHECKCAST_Q => {
                            if let Some(obj) = Oop::from_addr(*sp.sub(1) as usize) {
                                profiling::record(thread, method, code, pc, oops::class_of(obj));
                                let class = cache.class(insn.b).expect("resolved");
                                if !objects::is_instance(obj, class) {
                                    throw!(thread.throw_class_cast(oops::class_of(obj), class));
                                }
                            }
                            pc += 1;
                        }
                        INSTANCEOF_Q => {
                            let v = match Oop::from_addr(*sp.sub(1) as usize) {
                                Some(obj) => {
                                    profiling::record(thread, method, code, pc, oops::class_of(obj));
                                    objects::is_instance(obj, cache.class(insn.b).expect("resolved"))
                                }
                                None => false,
                            };
                            *sp.sub(1) = v as u64;
                            pc += 1;
                        }
                        ATHROW => {
                            let exception = non_null!(*sp.sub(1));
                            throw!(thread.throw(exception));
                        }
                        MONITORENTER => {
                            let obj = non_null!(pop!());
                            sync!();
                            thread.monitor_enter(obj);
                            pc += 1;
                        }
                        MONITOREXIT => {
                            let obj = non_null!(pop!());
                            if !thread.monitor_exit(obj) {
                                throw!(thread.throw_new("java/lang/IllegalMonitorStateException", None));
                            }
                            pc += 1;
                        }
                        op => {
                            let msg = format!("crema: unexpected instruction {} in {}", name(op), method.debug_name());
                            throw!(thread.throw_new("java/lang/InternalError", Some(&msg)));
                        }
                    }
                }
            }
        }

        // An exception is pending and the top frame's pc is synced.
        loop {
            if unwind::handle_in_top_frame(thread) {
                continue 'frame;
            }
            let depth = thread.frames_mut().len() - 1;
            unwind::pop_frame(thread);
            if depth == entry {
                return Err(thread.rethrow());
            }
        }
    }
}
