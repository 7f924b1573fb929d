//! Invocations: the five invoke instructions.
//!
//! Every call goes through the callee's entry cell (`MethodEntry::entry`):
//! its compiled code, or the c2i adapter into the interpreter. The callee
//! is found by:
//! - `invokestatic`, `invokespecial`: the call site's resolved method
//!   (filled at compile time when known, else by the `resolve_call`
//!   helper, cached once cacheable);
//! - `invokevirtual`, `invokeinterface`: the receiver's class compared with
//!   the inline cache's entries (up to four, inline), a miss calling the
//!   `dispatch` helper, which selects the target (vtable, itable) and
//!   records it; `-XX:-UseInlineCaches` always calls the helper;
//! - `invokedynamic`: the `invokedynamic` helper, on the arguments stored
//!   in a slot buffer.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, StackSlotData, StackSlotKind, Value, types};

use crema_vm::bytecode::Insn;
use crema_vm::bytecode::opcodes::*;
use crema_vm::classfile::{CpEntry, MethodDescriptor};
use crema_vm::compiler::inline_cache::{IC_ENTRIES, IcEntry};
use crema_vm::metadata::{Method, MethodRef};

use super::{Tx, ty_kind};
use crate::adapters::{Shape, Ty};
use crate::helpers;
use crate::sites::CallSite;

impl Tx<'_> {
    /// Translates `op` if it is in this family.
    pub(super) fn calls(&mut self, op: u8, insn: Insn) -> Result<bool, String> {
        match op {
            INVOKESTATIC | INVOKESPECIAL | INVOKEVIRTUAL | INVOKEINTERFACE => self.invoke(op, insn.b)?,
            INVOKEDYNAMIC => self.invokedynamic(insn.b)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn invoke(&mut self, op: u8, index: u16) -> Result<(), String> {
        let desc = {
            let class = self.method.class();
            let d = class.constant_pool().member_ref(index).descriptor;
            MethodDescriptor::parse(d).map_err(|e| e.0)?
        };
        let mut shape = Shape {
            params: desc.params.iter().map(|&t| Ty::of(t).expect("no void parameter")).collect(),
            ret: Ty::of(desc.ret),
        };
        if op != INVOKESTATIC {
            shape.params.insert(0, Ty::Ref);
        }
        let mut args = Vec::with_capacity(shape.params.len() + 2);
        for &t in shape.params.iter().rev() {
            args.push(self.pop(ty_kind(t)));
        }
        args.reverse();

        let site = CallSite::new(self.method, op, index);
        let site_ptr = site.as_ref() as *const CallSite as i64;
        let prefilled = if matches!(op, INVOKESTATIC | INVOKESPECIAL) { self.direct_target(op, index) } else { None };
        if let Some(m) = prefilled {
            crate::Jit::global().ensure_entry(m);
            site.target.store(m.as_ptr() as usize, std::sync::atomic::Ordering::Relaxed);
        }
        self.sites.calls.push(site);
        let site = self.iconst64(site_ptr);

        let callee = match op {
            INVOKESTATIC | INVOKESPECIAL => {
                if op == INVOKESPECIAL {
                    self.null_check(args[0]);
                }
                match prefilled {
                    Some(m) => self.iconst64(m.as_ptr() as i64),
                    None => self.resolved_target(site),
                }
            }
            _ => {
                self.null_check(args[0]);
                self.dispatched_target(site, args[0])
            }
        };

        self.call_entry(&shape, callee, args);
        Ok(())
    }

    /// Calls `callee` (a `Method` address) through its entry cell with
    /// `args`, checks for an exception and pushes the result.
    fn call_entry(&mut self, shape: &Shape, callee: Value, args: Vec<Value>) {
        let entry = self.load(types::I64, callee, Method::entry_offset());
        let sig = self.b.import_signature(shape.signature(self.call_conv));
        let mut call_args = vec![self.thread, callee];
        call_args.extend(args);
        let call = self.b.ins().call_indirect(sig, entry, &call_args);
        let result = shape.ret.map(|t| (t, self.b.inst_results(call)[0]));
        self.check_exception();
        if let Some((t, v)) = result {
            self.push(ty_kind(t), v);
        }
    }

    /// The method a static or special call runs, when it is known at
    /// compile time (resolved by the interpreter, class initialized, and
    /// no `invokespecial` super-selection involved).
    fn direct_target(&self, op: u8, index: u16) -> Option<MethodRef> {
        let class = self.method.class();
        let m = class.cp_cache().method(index)?;
        match op {
            INVOKESTATIC => (m.is_static() && m.class().is_initialized()).then_some(m),
            _ => {
                let named = class.cp_cache().class(class.constant_pool().entry(index).member_parts()?.0);
                let plain = m.is_constructor() || m.is_private() || named == Some(class);
                (plain && !m.is_static()).then_some(m)
            }
        }
    }

    /// The site's cached target, or the `resolve_call` helper's.
    fn resolved_target(&mut self, site: Value) -> Value {
        let cached = self.load(types::I64, site, std::mem::offset_of!(CallSite, target));
        let resolve = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        self.b.ins().brif(cached, done, &[cached.into()], resolve, &[]);
        self.switch_to(resolve);
        let m = self
            .call_helper(helpers::resolve_call as *const () as usize, &[self.thread, site], Some(types::I64))
            .expect("a result");
        self.check_exception();
        self.b.ins().jump(done, &[m.into()]);
        self.switch_to(done);
        self.b.block_params(done)[0]
    }

    /// The target for `receiver` (not null): from the inline cache, else
    /// the `dispatch` helper's.
    fn dispatched_target(&mut self, site: Value, receiver: Value) -> Value {
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        if crate::Jit::global().use_inline_caches() {
            let class = self.load_immutable(types::I64, receiver, crema_vm::oops::CLASS_OFFSET);
            for i in 0..IC_ENTRIES {
                let entry = i * size_of::<IcEntry>();
                let cached = self.load(types::I64, site, entry + std::mem::offset_of!(IcEntry, class));
                let hit = self.b.ins().icmp(IntCC::Equal, cached, class);
                let hit_block = self.b.create_block();
                let next = self.b.create_block();
                self.b.ins().brif(hit, hit_block, &[], next, &[]);
                self.switch_to(hit_block);
                let m = self.load(types::I64, site, entry + std::mem::offset_of!(IcEntry, method));
                self.b.ins().jump(done, &[m.into()]);
                self.switch_to(next);
            }
        }
        let m = self
            .call_helper(helpers::dispatch as *const () as usize, &[self.thread, site, receiver], Some(types::I64))
            .expect("a result");
        self.check_exception();
        self.b.ins().jump(done, &[m.into()]);
        self.switch_to(done);
        self.b.block_params(done)[0]
    }

    fn invokedynamic(&mut self, index: u16) -> Result<(), String> {
        let desc = {
            let class = self.method.class();
            let cp = class.constant_pool();
            let CpEntry::InvokeDynamic { name_and_type, .. } = *cp.entry(index) else {
                return Err("invokedynamic of a non-InvokeDynamic entry".into());
            };
            MethodDescriptor::parse(cp.name_and_type(name_and_type).1).map_err(|e| e.0)?
        };
        let types: Vec<Ty> = desc.params.iter().map(|&t| Ty::of(t).expect("no void parameter")).collect();
        // A lambda site the interpreter linked already calls its factory
        // directly (its class is initialized when it is linked).
        if let Some(factory) = crema_vm::runtime::indy::linked_factory(self.method, index) {
            crate::Jit::global().ensure_entry(factory);
            let mut args: Vec<Value> = types.iter().rev().map(|&t| self.pop(ty_kind(t))).collect();
            args.reverse();
            let shape = Shape { params: types, ret: Ty::of(desc.ret) };
            let callee = self.iconst64(factory.as_ptr() as i64);
            self.call_entry(&shape, callee, args);
            return Ok(());
        }
        let slots: usize = types.iter().map(|t| t.slots()).sum();
        let buffer =
            self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8 * slots.max(1) as u32, 3));
        let mut values = Vec::with_capacity(types.len());
        for &t in types.iter().rev() {
            values.push(self.pop(ty_kind(t)));
        }
        values.reverse();
        let mut slot = 0;
        for (&t, v) in types.iter().zip(values) {
            let v = crate::adapters::to_slot(&mut self.b, t, v);
            self.b.ins().stack_store(types::I64, v, buffer, 8 * slot as i32);
            slot += t.slots();
        }
        let addr = self.b.ins().stack_addr(types::I64, buffer, 0);
        let index = self.b.ins().iconst(types::I32, index as i64);
        let n = self.iconst64(slots as i64);
        let r = self
            .call_helper(
                helpers::invokedynamic as *const () as usize,
                &[self.thread, self.method_value, index, addr, n],
                Some(types::I64),
            )
            .expect("a result");
        self.check_exception();
        if let Some(t) = Ty::of(desc.ret) {
            let v = crate::adapters::from_slot(&mut self.b, t, r);
            let v = if t == Ty::Ref { self.reference(v) } else { v };
            self.push(ty_kind(t), v);
        }
        Ok(())
    }
}
