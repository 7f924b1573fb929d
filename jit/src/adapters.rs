//! Adapters between the interpreter's slots and the compiled calling
//! convention, one pair per signature shape.
//!
//! The compiled convention of a Java method is a system-ABI function
//! `(thread, method, args...) -> result`, with `int`-like values as `i32`,
//! `long` as `i64`, `float`/`double` as `f32`/`f64` and references as
//! `i64` addresses.
//!
//! - i2c: `(thread, method, code, slots) -> slot`: loads the arguments
//!   from interpreter slots (a `long` or `double` in the first of its two)
//!   and calls `code`; returns the result as a slot value. The interpreter
//!   and Rust enter compiled code through it (`compiler::calls`).
//! - c2i: the compiled convention itself, for a method without compiled
//!   code: stores the arguments in a slot buffer on its frame and calls
//!   the `call_interpreted` helper. It is the method's entry cell until the
//!   method is compiled.
//!
//! And one stub: the safepoint-poll stub, `(thread)` in the `preserve_all`
//! convention, which calls the `safepoint` helper. A loop's back edge calls
//! it when the poll word is set; since the call clobbers no register, the
//! loop keeps its values in registers across the (rarely taken) poll
//! instead of spilling them around it. The walker steps over its frame
//! like an adapter's.

use cranelift_codegen::ir::{
    AbiParam, Function, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind, Type, Value, types,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

use crema_vm::classfile::BasicType;
use crema_vm::metadata::MethodRef;

use crate::helpers;

/// A value's machine type in the compiled convention.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    I32,
    I64,
    F32,
    F64,
    Ref,
}

impl Ty {
    pub fn of(t: BasicType) -> Option<Ty> {
        Some(match t {
            BasicType::Boolean | BasicType::Byte | BasicType::Char | BasicType::Short | BasicType::Int => Ty::I32,
            BasicType::Long => Ty::I64,
            BasicType::Float => Ty::F32,
            BasicType::Double => Ty::F64,
            BasicType::Reference => Ty::Ref,
            BasicType::Void => return None,
        })
    }

    pub fn clif(self) -> Type {
        match self {
            Ty::I32 => types::I32,
            Ty::I64 | Ty::Ref => types::I64,
            Ty::F32 => types::F32,
            Ty::F64 => types::F64,
        }
    }

    /// Interpreter slots the value takes.
    pub fn slots(self) -> usize {
        if matches!(self, Ty::I64 | Ty::F64) { 2 } else { 1 }
    }
}

/// The parameter and result types of a method (the receiver first).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Shape {
    pub params: Vec<Ty>,
    pub ret: Option<Ty>,
}

impl Shape {
    pub fn of(method: MethodRef) -> Shape {
        let sig = method.signature();
        let mut params = Vec::with_capacity(sig.params.len() + 1);
        if !method.is_static() {
            params.push(Ty::Ref);
        }
        params.extend(sig.params.iter().map(|&t| Ty::of(t).expect("no void parameters")));
        Shape { params, ret: Ty::of(sig.ret) }
    }

    /// The compiled-convention signature: `(thread, method, params...)`.
    pub fn signature(&self, call_conv: CallConv) -> Signature {
        let mut sig = Signature::new(call_conv);
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.params.extend(self.params.iter().map(|t| AbiParam::new(t.clif())));
        if let Some(r) = self.ret {
            sig.returns.push(AbiParam::new(r.clif()));
        }
        sig
    }

    pub fn slots(&self) -> usize {
        self.params.iter().map(|t| t.slots()).sum()
    }
}

/// A value of type `t` as a 64-bit slot.
pub(crate) fn to_slot(b: &mut FunctionBuilder, t: Ty, v: Value) -> Value {
    match t {
        Ty::I32 => b.ins().uextend(types::I64, v),
        Ty::I64 | Ty::Ref => v,
        Ty::F32 => {
            let bits = b.ins().bitcast(types::I32, MemFlagsData::new(), v);
            b.ins().uextend(types::I64, bits)
        }
        Ty::F64 => b.ins().bitcast(types::I64, MemFlagsData::new(), v),
    }
}

/// A 64-bit slot as a value of type `t`.
pub(crate) fn from_slot(b: &mut FunctionBuilder, t: Ty, v: Value) -> Value {
    match t {
        Ty::I32 => b.ins().ireduce(types::I32, v),
        Ty::I64 | Ty::Ref => v,
        Ty::F32 => {
            let bits = b.ins().ireduce(types::I32, v);
            b.ins().bitcast(types::F32, MemFlagsData::new(), bits)
        }
        Ty::F64 => b.ins().bitcast(types::F64, MemFlagsData::new(), v),
    }
}

/// Builds a one-block function with signature `sig` into `func`: `body`
/// gets the builder and the parameters and emits the return.
fn build(
    func: &mut Function,
    sig: Signature,
    config: TargetFrontendConfig,
    body: impl FnOnce(&mut FunctionBuilder, &[Value]),
) {
    func.signature = sig;
    let mut ctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(func, &mut ctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    body(&mut b, &params);
    b.seal_all_blocks();
    b.finalize(config);
}

/// A call to the runtime helper at `f` with the `i64` arguments `args`,
/// returning an `i64` when `returns`.
fn call_helper(b: &mut FunctionBuilder, call_conv: CallConv, f: usize, args: &[Value], returns: bool) -> Option<Value> {
    let mut sig = Signature::new(call_conv);
    sig.params.extend(args.iter().map(|_| AbiParam::new(types::I64)));
    if returns {
        sig.returns.push(AbiParam::new(types::I64));
    }
    let sig = b.import_signature(sig);
    let helper = b.ins().iconst(types::I64, f as i64);
    let call = b.ins().call_indirect(sig, helper, args);
    b.inst_results(call).first().copied()
}

/// Builds the i2c adapter of `shape` into `func`.
pub fn build_i2c(func: &mut Function, shape: &Shape, call_conv: CallConv, config: TargetFrontendConfig) {
    let mut sig = Signature::new(call_conv);
    sig.params.extend([AbiParam::new(types::I64); 4]);
    sig.returns.push(AbiParam::new(types::I64));
    build(func, sig, config, |b, p| {
        let (thread, method, code, slots) = (p[0], p[1], p[2], p[3]);
        let mut args = vec![thread, method];
        let mut offset = 0i32;
        for &t in &shape.params {
            args.push(b.ins().load(t.clif(), MemFlagsData::trusted(), slots, offset));
            offset += 8 * t.slots() as i32;
        }
        let target_sig = b.import_signature(shape.signature(call_conv));
        let call = b.ins().call_indirect(target_sig, code, &args);
        let result = match shape.ret {
            Some(t) => {
                let r = b.inst_results(call)[0];
                to_slot(b, t, r)
            }
            None => b.ins().iconst(types::I64, 0),
        };
        b.ins().return_(&[result]);
    });
}

/// The poll stub's signature.
pub fn poll_stub_signature() -> Signature {
    let mut sig = Signature::new(CallConv::PreserveAll);
    sig.params.push(AbiParam::new(types::I64));
    sig
}

/// Builds the safepoint-poll stub into `func`; `call_conv` is the helper's.
pub fn build_poll_stub(func: &mut Function, call_conv: CallConv, config: TargetFrontendConfig) {
    build(func, poll_stub_signature(), config, |b, p| {
        call_helper(b, call_conv, helpers::safepoint as *const () as usize, &[p[0]], false);
        b.ins().return_(&[]);
    });
}

/// Builds the c2i adapter of `shape` into `func`.
pub fn build_c2i(func: &mut Function, shape: &Shape, call_conv: CallConv, config: TargetFrontendConfig) {
    build(func, shape.signature(call_conv), config, |b, p| {
        let (thread, method) = (p[0], p[1]);
        let n = shape.slots().max(1);
        let buffer = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8 * n as u32, 3));
        let mut slot = 0i32;
        for (i, &t) in shape.params.iter().enumerate() {
            let v = to_slot(b, t, p[2 + i]);
            b.ins().stack_store(types::I64, v, buffer, 8 * slot);
            slot += t.slots() as i32;
        }
        let addr = b.ins().stack_addr(types::I64, buffer, 0);
        let count = b.ins().iconst(types::I64, shape.slots() as i64);
        let f = helpers::call_interpreted as *const () as usize;
        let r = call_helper(b, call_conv, f, &[thread, method, addr, count], true).expect("a result");
        match shape.ret {
            Some(t) => {
                let v = from_slot(b, t, r);
                b.ins().return_(&[v]);
            }
            None => {
                b.ins().return_(&[]);
            }
        }
    });
}
