//! Tier 1: translating a method's bytecode to Cranelift IR, one instruction
//! at a time, with no speculation (nothing it compiles can be invalidated by
//! a new class).
//!
//! Design notes:
//! - The bytecode analysis (`crema_vm::bytecode::analysis`) gives the kind
//!   of every local and stack slot at every instruction. Each (slot, kind)
//!   pair is one Cranelift variable, so a local reused with another type
//!   is simply another variable; Cranelift's SSA construction does the
//!   rest. Reference variables are declared as needing stack maps, so every
//!   reference live across a call is spilled where the collector can find
//!   (and update) it; every reference value not held in a variable and
//!   live across a call is declared too (`Tx::reference`).
//! - Constant-pool entries are resolved through data cells (`sites`):
//!   filled at compile time when the interpreter resolved them already,
//!   otherwise resolved by a helper the first time the code runs.
//! - Exceptions: a helper that throws sets the pending exception; the code
//!   checks it after each call and jumps to the dispatch block for the
//!   instruction's handlers (one per distinct list of covering handlers),
//!   which tests them in order and enters a handler, or leaves the method
//!   (releasing the monitor of a synchronized one) with the exception
//!   still pending.
//! - Safepoints: every call is one; backward branches poll the thread's
//!   poll word.
//! - Each instruction's bci is set as the source location of the code it
//!   emits: a call's return address maps back to its bci for stack traces.
//!
//! The families of instructions are in `arith`, `memory` (fields, arrays,
//! objects, monitors) and `calls` (invocations).

mod arith;
mod calls;
mod memory;

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, Block, Function, InstBuilder, MemFlagsData, SigRef, Signature, SourceLoc, UserFuncName, Value, types,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch, Variable};

use crema_vm::bytecode::analysis::{Kind, State, analyze};
use crema_vm::bytecode::opcodes::*;
use crema_vm::bytecode::{PreparedCode, SwitchTable, decode};
use crema_vm::metadata::MethodRef;
use crema_vm::runtime::JavaThread;

use crate::adapters::{Shape, Ty};
use crate::sites::SiteData;

/// What translating a method produced.
pub struct Translated {
    pub func: Function,
    pub sites: SiteData,
}

/// Translates `method` (which has bytecode) for tier 1: its normal entry,
/// or, with `osr`, an entry at that instruction (a loop header with an
/// empty operand stack) with the convention `(thread, method, locals) ->
/// result slot`.
pub fn translate(
    method: MethodRef,
    call_conv: CallConv,
    config: TargetFrontendConfig,
    osr: Option<usize>,
) -> Result<Translated, String> {
    let code = decode(&method)?;
    if (0..code.len()).any(|i| matches!(code.insn(i).op, JSR | RET)) {
        return Err("jsr/ret subroutines are not compiled".into());
    }
    let states = analyze(&method, &code)?;
    let shape = Shape::of(method);
    let signature = match osr {
        None => shape.signature(call_conv),
        Some(pc) => {
            if method.is_synchronized() {
                return Err("no OSR into synchronized methods".into());
            }
            match states.get(pc) {
                Some(Some(state)) if state.stack.is_empty() => {}
                _ => return Err(format!("no OSR entry at instruction {pc}")),
            }
            let mut sig = Signature::new(call_conv);
            sig.params.extend([AbiParam::new(types::I64); 3]);
            sig.returns.push(AbiParam::new(types::I64));
            sig
        }
    };
    let mut func = Function::with_name_signature(UserFuncName::user(0, 0), signature);
    let mut ctx = FunctionBuilderContext::new();
    let b = FunctionBuilder::new(&mut func, &mut ctx);
    let mut tx = Tx {
        b,
        method,
        code: &code,
        states: &states,
        call_conv,
        thread: Value::from_u32(0),
        method_value: Value::from_u32(0),
        vars: HashMap::new(),
        blocks: HashMap::new(),
        handler_entries: HashMap::new(),
        dispatchers: HashMap::new(),
        unwind: None,
        lock: None,
        sites: SiteData::default(),
        sigs: HashMap::new(),
        pc: 0,
        sp: 0,
        live: true,
        shape,
        osr,
        fused: false,
    };
    tx.translate_body()?;
    let sites = std::mem::take(&mut tx.sites);
    tx.b.seal_all_blocks();
    tx.b.finalize(config);
    Ok(Translated { func, sites })
}

/// A translation in progress.
pub(crate) struct Tx<'a> {
    pub b: FunctionBuilder<'a>,
    pub method: MethodRef,
    pub code: &'a PreparedCode,
    pub states: &'a [Option<State>],
    pub call_conv: CallConv,
    /// The `thread` and `method` parameters.
    pub thread: Value,
    pub method_value: Value,
    /// (is stack, slot, kind) → variable.
    vars: HashMap<(bool, u16, Kind), Variable>,
    /// Instruction index → its block, for instructions that start one.
    blocks: HashMap<usize, Block>,
    /// Handler (index in the exception table) → block entering it.
    handler_entries: HashMap<usize, Block>,
    /// Covering handlers → exception dispatch block.
    dispatchers: HashMap<Vec<usize>, Block>,
    /// Leaves the method with the exception pending.
    unwind: Option<Block>,
    /// For synchronized instance methods: the receiver, kept for the exit.
    lock: Option<Variable>,
    pub sites: SiteData,
    sigs: HashMap<Vec<types::Type>, SigRef>,
    /// The current instruction and stack depth (in slots).
    pub pc: usize,
    pub sp: usize,
    /// Whether the current block can still be reached (no terminator yet).
    pub live: bool,
    shape: Shape,
    /// The OSR entry instruction, when compiling for OSR.
    osr: Option<usize>,
    /// The instruction just translated also did the next one (a
    /// comparison fused with its branch).
    fused: bool,
}

/// The machine type of a slot kind.
fn kind_type(k: Kind) -> types::Type {
    match k {
        Kind::Int => types::I32,
        Kind::Long => types::I64,
        Kind::Float => types::F32,
        Kind::Double => types::F64,
        _ => types::I64,
    }
}

/// The slot kind of a machine value type (for pushes).
pub(crate) fn ty_kind(t: Ty) -> Kind {
    match t {
        Ty::I32 => Kind::Int,
        Ty::I64 => Kind::Long,
        Ty::F32 => Kind::Float,
        Ty::F64 => Kind::Double,
        Ty::Ref => Kind::Ref,
    }
}

fn kind_size(k: Kind) -> usize {
    if matches!(k, Kind::Long | Kind::Double) { 2 } else { 1 }
}

impl<'a> Tx<'a> {
    // ---- variables and the operand stack ---------------------------------

    fn var(&mut self, stack: bool, slot: usize, kind: Kind) -> Variable {
        let key = (stack, slot as u16, kind);
        if let Some(&v) = self.vars.get(&key) {
            return v;
        }
        let v = self.b.declare_var(kind_type(kind));
        if kind == Kind::Ref {
            self.b.declare_var_needs_stack_map(v);
        }
        self.vars.insert(key, v);
        v
    }

    pub fn local(&mut self, index: usize, kind: Kind) -> Value {
        let v = self.var(false, index, kind);
        self.b.use_var(v)
    }

    pub fn set_local(&mut self, index: usize, kind: Kind, value: Value) {
        let v = self.var(false, index, kind);
        self.b.def_var(v, value);
    }

    pub fn push(&mut self, kind: Kind, value: Value) {
        let v = self.var(true, self.sp, kind);
        self.b.def_var(v, value);
        self.sp += kind_size(kind);
    }

    pub fn pop(&mut self, kind: Kind) -> Value {
        self.sp -= kind_size(kind);
        let v = self.var(true, self.sp, kind);
        self.b.use_var(v)
    }

    /// The kind of stack slot `slot` (from the bottom) on entry to the
    /// current instruction.
    fn stack_kind(&self, slot: usize) -> Kind {
        self.states[self.pc].as_ref().expect("reachable").stack[slot]
    }

    /// Marks a reference value that is not held in a variable as needing
    /// stack maps (it may be live across a call).
    pub fn reference(&mut self, v: Value) -> Value {
        self.b.declare_value_needs_stack_map(v);
        v
    }

    /// Continues in `block`.
    pub fn switch_to(&mut self, block: Block) {
        self.b.switch_to_block(block);
        self.live = true;
    }

    /// The current block was terminated (a jump, a return, a throw).
    pub fn terminated(&mut self) {
        self.live = false;
    }

    // ---- helpers and constants -------------------------------------------

    pub fn iconst64(&mut self, v: i64) -> Value {
        self.b.ins().iconst(types::I64, v)
    }

    pub fn iconst32(&mut self, v: i32) -> Value {
        self.b.ins().iconst(types::I32, v as i64)
    }

    /// A signature (system convention) with these parameter types and at
    /// most one result.
    pub fn sig(&mut self, params: &[types::Type], ret: Option<types::Type>) -> SigRef {
        let mut key = params.to_vec();
        key.push(ret.unwrap_or(types::INVALID));
        if let Some(&s) = self.sigs.get(&key) {
            return s;
        }
        let mut sig = Signature::new(self.call_conv);
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        if let Some(r) = ret {
            sig.returns.push(AbiParam::new(r));
        }
        let s = self.b.import_signature(sig);
        self.sigs.insert(key, s);
        s
    }

    /// Calls helper `f` (an `extern "C"` function address).
    pub fn call_helper(&mut self, f: usize, args: &[Value], ret: Option<types::Type>) -> Option<Value> {
        let params: Vec<types::Type> = args.iter().map(|&a| self.b.func.dfg.value_type(a)).collect();
        let sig = self.sig(&params, ret);
        let callee = self.iconst64(f as i64);
        let call = self.b.ins().call_indirect(sig, callee, args);
        ret.map(|_| self.b.inst_results(call)[0])
    }

    /// Loads a field of a native structure (or an object) at `base + offset`.
    pub fn load(&mut self, ty: types::Type, base: Value, offset: usize) -> Value {
        self.b.ins().load(ty, MemFlagsData::trusted(), base, offset as i32)
    }

    /// The value of `v` if an `iconst` defines it.
    pub fn int_constant(&self, v: Value) -> Option<i64> {
        let dfg = &self.b.func.dfg;
        let inst = dfg.value_def(dfg.resolve_aliases(v)).inst()?;
        match dfg.insts[inst] {
            cranelift_codegen::ir::InstructionData::UnaryImm { opcode: cranelift_codegen::ir::Opcode::Iconst, imm } => {
                Some(imm.bits())
            }
            _ => None,
        }
    }

    /// Loads a word of an object that never changes while the object
    /// lives at `obj` (its class, an array's length), so Cranelift may
    /// merge or drop such loads. A collection that moves the object gives
    /// the reference a new value (a reload), so no load is merged across
    /// one.
    pub fn load_immutable(&mut self, ty: types::Type, obj: Value, offset: usize) -> Value {
        self.b.ins().load(ty, MemFlagsData::trusted().with_readonly(), obj, offset as i32)
    }

    // ---- exceptions --------------------------------------------------------

    /// After a call that may throw: continues if no exception is pending,
    /// else dispatches it.
    pub fn check_exception(&mut self) {
        let pending = self.load(types::I64, self.thread, JavaThread::layout().pending);
        let dispatch = self.dispatcher();
        let next = self.b.create_block();
        self.b.ins().brif(pending, dispatch, &[], next, &[]);
        self.switch_to(next);
    }

    /// Jumps to the dispatch of the pending exception (just thrown).
    pub fn throw_pending(&mut self) {
        let dispatch = self.dispatcher();
        self.b.ins().jump(dispatch, &[]);
        self.terminated();
    }

    /// The dispatch block for the handlers covering the current
    /// instruction.
    fn dispatcher(&mut self) -> Block {
        let pc = self.pc as u32;
        let covering: Vec<usize> = self
            .code
            .handlers
            .iter()
            .enumerate()
            .filter(|(_, h)| h.start <= pc && pc < h.end)
            .map(|(i, _)| i)
            .collect();
        if let Some(&b) = self.dispatchers.get(&covering) {
            return b;
        }
        let block = self.b.create_block();
        self.dispatchers.insert(covering, block);
        block
    }

    /// Emits the dispatch blocks, the handler entries and the unwind block
    /// (after the body, so every dispatcher is known).
    fn emit_exception_paths(&mut self) {
        let dispatchers: Vec<(Vec<usize>, Block)> = self.dispatchers.iter().map(|(k, &v)| (k.clone(), v)).collect();
        for (covering, block) in dispatchers {
            self.switch_to(block);
            for h in covering {
                let handler = self.code.handlers[h];
                let entry = self.handler_entry(h);
                if handler.catch_type == 0 {
                    self.b.ins().jump(entry, &[]);
                    self.terminated();
                    break;
                }
                let catch_type = self.b.ins().iconst(types::I32, handler.catch_type as i64);
                let method = self.method_value;
                let matches = self
                    .call_helper(
                        crate::helpers::exception_matches as *const () as usize,
                        &[self.thread, method, catch_type],
                        Some(types::I32),
                    )
                    .expect("a result");
                let next = self.b.create_block();
                self.b.ins().brif(matches, entry, &[], next, &[]);
                self.switch_to(next);
            }
            if self.live {
                let unwind = self.unwind_block();
                self.b.ins().jump(unwind, &[]);
            }
        }
        let entries: Vec<(usize, Block)> = self.handler_entries.iter().map(|(&k, &v)| (k, v)).collect();
        for (h, block) in entries {
            self.switch_to(block);
            let exception = self
                .call_helper(crate::helpers::take_exception as *const () as usize, &[self.thread], Some(types::I64))
                .expect("a result");
            let target = self.code.handlers[h].handler as usize;
            self.sp = 0;
            self.push(Kind::Ref, exception);
            let target = self.blocks[&target];
            self.b.ins().jump(target, &[]);
        }
        if let Some(unwind) = self.unwind {
            self.switch_to(unwind);
            if self.method.is_synchronized() {
                let lock = self.lock_object();
                self.call_helper(
                    crate::helpers::monitor_exit_unwinding as *const () as usize,
                    &[self.thread, lock],
                    None,
                );
            }
            self.return_zero();
        }
    }

    fn handler_entry(&mut self, h: usize) -> Block {
        if let Some(&b) = self.handler_entries.get(&h) {
            return b;
        }
        let block = self.b.create_block();
        self.handler_entries.insert(h, block);
        block
    }

    fn unwind_block(&mut self) -> Block {
        *self.unwind.get_or_insert_with(|| self.b.create_block())
    }

    /// Returns the method's zero value (with an exception pending).
    fn return_zero(&mut self) {
        if self.osr.is_some() {
            let z = self.iconst64(0);
            self.b.ins().return_(&[z]);
            return;
        }
        match self.shape.ret {
            None => {
                self.b.ins().return_(&[]);
            }
            Some(t) => {
                let z = match t {
                    Ty::F32 => self.b.ins().f32const(0.0),
                    Ty::F64 => self.b.ins().f64const(0.0),
                    t => self.b.ins().iconst(t.clif(), 0),
                };
                self.b.ins().return_(&[z]);
            }
        }
    }

    /// The object a synchronized method locks.
    fn lock_object(&mut self) -> Value {
        match self.lock {
            Some(v) => self.b.use_var(v),
            None => {
                let mirror_cell = self.method.class().mirror_cell() as *const _ as i64;
                let cell = self.iconst64(mirror_cell);
                let m = self.load(types::I64, cell, 0);
                self.reference(m)
            }
        }
    }

    // ---- the body ------------------------------------------------------------

    /// Whether instruction `pc` starts a block.
    pub(crate) fn starts_block(&self, pc: usize) -> bool {
        self.blocks.contains_key(&pc)
    }

    /// Instructions that start a block: branch and switch targets, handler
    /// starts, and those after a branch or a return.
    fn block_starts(&self) -> Vec<usize> {
        let mut starts = vec![0usize];
        for i in 0..self.code.len() {
            let insn = self.code.insn(i);
            match insn.op {
                IFEQ..=IF_ACMPNE | IFNULL | IFNONNULL | GOTO => {
                    starts.push(insn.c as usize);
                    starts.push(i + 1);
                }
                TABLESWITCH | LOOKUPSWITCH => {
                    starts.extend(self.code.switches[insn.c as usize].all_targets().map(|t| t as usize));
                    starts.push(i + 1);
                }
                IRETURN | LRETURN | FRETURN | DRETURN | ARETURN | RETURN | ATHROW => starts.push(i + 1),
                _ => {}
            }
        }
        starts.extend(self.code.handlers.iter().map(|h| h.handler as usize));
        starts.retain(|&s| s < self.code.len() && self.states[s].is_some());
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    fn translate_body(&mut self) -> Result<(), String> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        self.thread = params[0];
        self.method_value = params[1];
        self.b.set_srcloc(SourceLoc::new(0));

        if let Some(pc) = self.osr {
            return self.translate_osr_body(pc, params[2]);
        }

        // Stack overflow check, arguments into locals, the monitor.
        self.stack_check();
        let mut slot = 0;
        for (i, &t) in self.shape.params.clone().iter().enumerate() {
            self.set_local(slot, ty_kind(t), params[2 + i]);
            slot += t.slots();
        }
        if self.method.is_synchronized() {
            if !self.method.is_static() {
                let v = self.b.declare_var(types::I64);
                self.b.declare_var_needs_stack_map(v);
                self.b.def_var(v, params[2]);
                self.lock = Some(v);
            }
            let lock = self.lock_object();
            self.call_helper(crate::helpers::monitor_enter as *const () as usize, &[self.thread, lock], None);
            self.check_exception();
        }

        self.create_blocks();
        let first = self.blocks[&0];
        self.b.ins().jump(first, &[]);
        self.terminated();
        self.translate_instructions()
    }

    fn create_blocks(&mut self) {
        for s in self.block_starts() {
            let block = self.b.create_block();
            self.blocks.insert(s, block);
        }
    }

    /// The OSR entry: the locals from the interpreter's frame (loaded
    /// before anything that can collect), then the loop header.
    fn translate_osr_body(&mut self, pc: usize, buffer: Value) -> Result<(), String> {
        let state = self.states[pc].clone().expect("checked reachable");
        for (i, &k) in state.locals.iter().enumerate() {
            if matches!(k, Kind::Int | Kind::Long | Kind::Float | Kind::Double | Kind::Ref) {
                let v = self.b.ins().load(kind_type(k), MemFlagsData::trusted(), buffer, 8 * i as i32);
                self.set_local(i, k, v);
            }
        }
        self.stack_check();
        self.create_blocks();
        if !self.blocks.contains_key(&pc) {
            return Err(format!("instruction {pc} starts no block"));
        }
        let header = self.blocks[&pc];
        self.b.ins().jump(header, &[]);
        self.terminated();
        self.translate_instructions()
    }

    fn translate_instructions(&mut self) -> Result<(), String> {
        for pc in 0..self.code.len() {
            if std::mem::take(&mut self.fused) {
                continue;
            }
            let Some(state) = &self.states[pc] else { continue };
            if let Some(&block) = self.blocks.get(&pc) {
                if self.live {
                    self.b.ins().jump(block, &[]);
                }
                self.switch_to(block);
            } else if !self.live {
                continue;
            }
            self.pc = pc;
            self.sp = state.stack.len();
            self.b.set_srcloc(SourceLoc::new(self.code.bci(pc)));
            self.instruction()?;
        }
        if self.live {
            return Err("control falls off the end of the code".into());
        }
        self.emit_exception_paths();
        Ok(())
    }

    /// Throws `StackOverflowError` when the native stack is below the
    /// thread's limit.
    fn stack_check(&mut self) {
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let limit = self.load(types::I64, self.thread, JavaThread::layout().stack_limit);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let overflow = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(low, overflow, &[], ok, &[]);
        self.switch_to(overflow);
        self.call_helper(crate::helpers::throw_stack_overflow as *const () as usize, &[self.thread], None);
        self.return_zero();
        self.switch_to(ok);
    }

    /// A taken branch to instruction `target`: backward ones poll.
    fn jump_to(&mut self, target: usize) {
        if target <= self.pc {
            self.poll();
        }
        let block = self.blocks[&target];
        self.b.ins().jump(block, &[]);
        self.terminated();
    }

    /// A safepoint poll.
    fn poll(&mut self) {
        let word = self.load(types::I64, self.thread, JavaThread::layout().poll);
        let slow = self.b.create_block();
        let next = self.b.create_block();
        self.b.ins().brif(word, slow, &[], next, &[]);
        self.switch_to(slow);
        let sig = self.b.import_signature(crate::adapters::poll_stub_signature());
        let stub = self.iconst64(crate::Jit::global().poll_stub() as i64);
        self.b.ins().call_indirect(sig, stub, &[self.thread]);
        self.b.ins().jump(next, &[]);
        self.switch_to(next);
    }

    /// A conditional branch on `cond` (an `i8` from a comparison).
    fn branch_if(&mut self, cond: Value, target: usize) {
        let fall = self.blocks[&(self.pc + 1)];
        if target <= self.pc {
            let taken = self.b.create_block();
            self.b.ins().brif(cond, taken, &[], fall, &[]);
            self.switch_to(taken);
            self.jump_to(target);
        } else {
            let target = self.blocks[&target];
            self.b.ins().brif(cond, target, &[], fall, &[]);
        }
        self.terminated();
    }

    fn return_value(&mut self, kind: Option<Kind>) {
        let v = kind.map(|k| self.pop(k));
        if self.method.is_synchronized() {
            let lock = self.lock_object();
            self.call_helper(crate::helpers::monitor_exit as *const () as usize, &[self.thread, lock], None);
            self.check_exception();
        }
        match (v, self.shape.ret) {
            (Some(v), Some(t)) => {
                // Sub-int results are returned as their declared type.
                let v = if t == Ty::I32 { self.narrow_return(v) } else { v };
                let v = if self.osr.is_some() { crate::adapters::to_slot(&mut self.b, t, v) } else { v };
                self.b.ins().return_(&[v]);
            }
            _ if self.osr.is_some() => {
                let z = self.iconst64(0);
                self.b.ins().return_(&[z]);
            }
            _ => {
                self.b.ins().return_(&[]);
            }
        }
        self.terminated();
    }

    /// `ireturn` of a `boolean`, `byte`, `char` or `short` method narrows
    /// the value (JVMS §6.5 ireturn).
    fn narrow_return(&mut self, v: Value) -> Value {
        use crema_vm::classfile::BasicType as T;
        match self.method.signature().ret {
            T::Boolean => self.b.ins().band_imm_s(v, 1),
            T::Byte => {
                let n = self.b.ins().ireduce(types::I8, v);
                self.b.ins().sextend(types::I32, n)
            }
            T::Char => {
                let n = self.b.ins().ireduce(types::I16, v);
                self.b.ins().uextend(types::I32, n)
            }
            T::Short => {
                let n = self.b.ins().ireduce(types::I16, v);
                self.b.ins().sextend(types::I32, n)
            }
            _ => v,
        }
    }

    /// Moves stack slots for the dup/swap family: the new stack from the
    /// current depth `d` is given as (destination, source) slot pairs,
    /// relative to `base`; `Hi` halves move with their value.
    fn permute(&mut self, base: usize, moves: &[(usize, usize)], new_depth: usize) {
        let values: Vec<(usize, Kind, Value)> = moves
            .iter()
            .filter_map(|&(to, from)| {
                let k = self.stack_kind(base + from);
                (k != Kind::Hi).then(|| {
                    let var = self.var(true, base + from, k);
                    (base + to, k, self.b.use_var(var))
                })
            })
            .collect();
        for (to, k, v) in values {
            let var = self.var(true, to, k);
            self.b.def_var(var, v);
        }
        self.sp = new_depth;
    }

    fn switch(&mut self, table: &SwitchTable) {
        // Keys are biased by 2^31 into an unsigned 64-bit range, so that
        // the switch's unsigned order is the keys' signed order.
        let key = self.pop(Kind::Int);
        let wide = self.b.ins().sextend(types::I64, key);
        let key = self.b.ins().iadd_imm_s(wide, 1 << 31);
        let bias = |k: i64| (k + (1 << 31)) as u128;
        let default = self.blocks[&(table_default(table) as usize)];
        let mut switch = Switch::new();
        match table {
            SwitchTable::Table { low, targets, .. } => {
                for (i, &t) in targets.iter().enumerate() {
                    switch.set_entry(bias(*low as i64 + i as i64), self.blocks[&(t as usize)]);
                }
            }
            SwitchTable::Lookup { keys, targets, .. } => {
                for (&k, &t) in keys.iter().zip(targets.iter()) {
                    switch.set_entry(bias(k as i64), self.blocks[&(t as usize)]);
                }
            }
        }
        // Backward targets would skip the poll; switches in loops are rare
        // and the loop's own back edge polls.
        switch.emit(&mut self.b, key, default);
        self.terminated();
    }

    /// Translates the current instruction.
    fn instruction(&mut self) -> Result<(), String> {
        let insn = self.code.insn(self.pc);
        match insn.op {
            NOP => {}
            ACONST_NULL => {
                let z = self.iconst64(0);
                self.push(Kind::Ref, z);
            }
            ICONST => {
                let v = self.iconst32(insn.c as i32);
                self.push(Kind::Int, v);
            }
            LCONST => {
                let v = self.iconst64(insn.c as i32 as i64);
                self.push(Kind::Long, v);
            }
            FCONST => {
                let v = self.b.ins().f32const(f32::from_bits(insn.c));
                self.push(Kind::Float, v);
            }
            DCONST => {
                let v = self.b.ins().f64const(insn.c as f64);
                self.push(Kind::Double, v);
            }
            LDC2 => {
                let bits = self.code.wide_constants[insn.c as usize];
                if insn.a == 1 {
                    let v = self.b.ins().f64const(f64::from_bits(bits));
                    self.push(Kind::Double, v);
                } else {
                    let v = self.iconst64(bits as i64);
                    self.push(Kind::Long, v);
                }
            }
            LDC => self.ldc(insn.b)?,
            ILOAD | LLOAD | FLOAD | DLOAD | ALOAD => {
                let k = [Kind::Int, Kind::Long, Kind::Float, Kind::Double, Kind::Ref][(insn.op - ILOAD) as usize];
                let v = self.local(insn.b as usize, k);
                self.push(k, v);
            }
            ISTORE | LSTORE | FSTORE | DSTORE | ASTORE => {
                let k = [Kind::Int, Kind::Long, Kind::Float, Kind::Double, Kind::Ref][(insn.op - ISTORE) as usize];
                let v = self.pop(k);
                self.set_local(insn.b as usize, k, v);
            }
            IINC => {
                let v = self.local(insn.b as usize, Kind::Int);
                let r = self.b.ins().iadd_imm_s(v, insn.c as i32 as i64);
                self.set_local(insn.b as usize, Kind::Int, r);
            }
            POP => self.sp -= 1,
            POP2 => self.sp -= 2,
            DUP => {
                let d = self.sp;
                self.permute(d - 1, &[(1, 0)], d + 1);
            }
            DUP_X1 => {
                let d = self.sp;
                self.permute(d - 2, &[(2, 1), (1, 0), (0, 1)], d + 1);
            }
            DUP_X2 => {
                let d = self.sp;
                self.permute(d - 3, &[(3, 2), (2, 1), (1, 0), (0, 2)], d + 1);
            }
            DUP2 => {
                let d = self.sp;
                self.permute(d - 2, &[(2, 0), (3, 1)], d + 2);
            }
            DUP2_X1 => {
                let d = self.sp;
                self.permute(d - 3, &[(3, 1), (4, 2), (2, 0), (0, 1), (1, 2)], d + 2);
            }
            DUP2_X2 => {
                let d = self.sp;
                self.permute(d - 4, &[(4, 2), (5, 3), (2, 0), (3, 1), (0, 2), (1, 3)], d + 2);
            }
            SWAP => {
                let d = self.sp;
                self.permute(d - 2, &[(0, 1), (1, 0)], d);
            }
            GOTO => self.jump_to(insn.c as usize),
            TABLESWITCH | LOOKUPSWITCH => {
                let table = &self.code.switches[insn.c as usize];
                self.switch(table);
            }
            IRETURN => self.return_value(Some(Kind::Int)),
            LRETURN => self.return_value(Some(Kind::Long)),
            FRETURN => self.return_value(Some(Kind::Float)),
            DRETURN => self.return_value(Some(Kind::Double)),
            ARETURN => self.return_value(Some(Kind::Ref)),
            RETURN => self.return_value(None),
            op if self.arith(op, insn)? => {}
            op if self.memory(op, insn)? => {}
            op if self.calls(op, insn)? => {}
            op => return Err(format!("unsupported instruction {}", name(op))),
        }
        Ok(())
    }
}

fn table_default(t: &SwitchTable) -> u32 {
    match t {
        SwitchTable::Table { default, .. } | SwitchTable::Lookup { default, .. } => *default,
    }
}
