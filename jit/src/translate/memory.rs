//! Fields, arrays and objects: `get`/`put` of fields and statics, array
//! loads and stores with their checks, `new` and the array allocations,
//! `checkcast`/`instanceof`, `ldc` of strings and classes, `athrow`,
//! `arraylength`, and monitors.
//!
//! Reference stores apply the same card-marking barrier as the
//! interpreter, inline: `card_base[slot >> 9] = dirty`. Objects are read at
//! the layout `crema_vm::oops` documents (class pointer at 0, array length
//! at 16, elements at 24).

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value, types};

use crema_vm::bytecode::Insn;
use crema_vm::bytecode::analysis::Kind;
use crema_vm::bytecode::opcodes::*;
use crema_vm::classfile::BasicType;
use crema_vm::classfile::descriptor::parse_field_descriptor;
use crema_vm::metadata::{Class, ClassRef};
use crema_vm::oops::{ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET, CLASS_OFFSET};
use crema_vm::runtime::JavaThread;

use super::Tx;
use crate::helpers;
use crate::sites::{Site, SiteKind};

/// The machine type a field or element of type `t` is stored as, and the
/// slot kind it is pushed as.
fn storage(t: BasicType) -> (types::Type, Kind) {
    match t {
        BasicType::Boolean | BasicType::Byte => (types::I8, Kind::Int),
        BasicType::Char | BasicType::Short => (types::I16, Kind::Int),
        BasicType::Int => (types::I32, Kind::Int),
        BasicType::Long => (types::I64, Kind::Long),
        BasicType::Float => (types::F32, Kind::Float),
        BasicType::Double => (types::F64, Kind::Double),
        BasicType::Reference => (types::I64, Kind::Ref),
        BasicType::Void => unreachable!("no void fields"),
    }
}

impl Tx<'_> {
    /// Translates `op` if it is in this family.
    pub(super) fn memory(&mut self, op: u8, insn: Insn) -> Result<bool, String> {
        match op {
            GETFIELD | PUTFIELD => self.instance_field(op == PUTFIELD, insn.b)?,
            GETSTATIC | PUTSTATIC => self.static_field(op == PUTSTATIC, insn.b)?,
            IALOAD | LALOAD | FALOAD | DALOAD | AALOAD | BALOAD | CALOAD | SALOAD => {
                let t = element_type(op - IALOAD);
                let index = self.pop(Kind::Int);
                let array = self.pop(Kind::Ref);
                let addr = self.element_address(array, index, t);
                let v = self.load_typed(t, addr, 0);
                self.push(storage(t).1, v);
            }
            IASTORE | LASTORE | FASTORE | DASTORE | AASTORE | BASTORE | CASTORE | SASTORE => {
                let t = element_type(op - IASTORE);
                let kind = storage(t).1;
                let value = self.pop(kind);
                let index = self.pop(Kind::Int);
                let array = self.pop(Kind::Ref);
                let addr = self.element_address(array, index, t);
                let value = match op {
                    AASTORE => {
                        self.store_check(array, value);
                        value
                    }
                    BASTORE => self.boolean_mask(array, value),
                    _ => value,
                };
                self.store_typed(t, addr, 0, value);
            }
            ARRAYLENGTH => {
                let array = self.pop(Kind::Ref);
                self.null_check(array);
                let n = self.load_immutable(types::I32, array, ARRAY_LENGTH_OFFSET);
                self.push(Kind::Int, n);
            }
            NEW => {
                let class = self.class_site(SiteKind::New, insn.b);
                let size = self.load(types::I32, class, Class::instance_size_offset());
                let size = self.b.ins().uextend(types::I64, size);
                let obj = self.allocate(class, size, None, |tx| {
                    tx.call_helper(helpers::new_instance as *const () as usize, &[tx.thread, class], Some(types::I64))
                        .expect("a result")
                });
                self.push(Kind::Ref, obj);
            }
            NEWARRAY => {
                let n = self.pop(Kind::Int);
                let element = BasicType::from_atype(insn.a).ok_or("a bad newarray type")?;
                let array_class = crate::Jit::global().primitive_array_class(element);
                let t = self.b.ins().iconst(types::I32, insn.a as i64);
                let slow = |tx: &mut Tx| {
                    tx.call_helper(
                        helpers::new_primitive_array as *const () as usize,
                        &[tx.thread, t, n],
                        Some(types::I64),
                    )
                    .expect("a result")
                };
                let array = match array_class {
                    Some(c) => {
                        let class = self.iconst64(c.as_ptr() as i64);
                        let size = self.array_size(n, element.size());
                        self.allocate(class, size, Some(n), slow)
                    }
                    None => {
                        let a = slow(self);
                        self.check_exception();
                        a
                    }
                };
                self.push(Kind::Ref, array);
            }
            ANEWARRAY => {
                let n = self.pop(Kind::Int);
                let component = self.class_site(SiteKind::Class, insn.b);
                let array = self
                    .call_helper(
                        helpers::new_object_array as *const () as usize,
                        &[self.thread, component, n],
                        Some(types::I64),
                    )
                    .expect("a result");
                self.check_exception();
                self.push(Kind::Ref, array);
            }
            MULTIANEWARRAY => {
                let dims = insn.a as usize;
                let buffer =
                    self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 4 * dims as u32, 2));
                for i in (0..dims).rev() {
                    let n = self.pop(Kind::Int);
                    self.b.ins().stack_store(types::I64, n, buffer, 4 * i as i32);
                }
                let class = self.class_site(SiteKind::Class, insn.b);
                let counts = self.b.ins().stack_addr(types::I64, buffer, 0);
                let dims = self.b.ins().iconst(types::I32, dims as i64);
                let array = self
                    .call_helper(
                        helpers::multianewarray as *const () as usize,
                        &[self.thread, class, counts, dims],
                        Some(types::I64),
                    )
                    .expect("a result");
                self.check_exception();
                self.push(Kind::Ref, array);
            }
            CHECKCAST => {
                let obj = self.pop(Kind::Ref);
                self.push(Kind::Ref, obj);
                let class = self.class_site(SiteKind::Class, insn.b);
                let passes = self.instance_test(obj, class, true);
                let fail = self.b.create_block();
                let ok = self.b.create_block();
                self.b.ins().brif(passes, ok, &[], fail, &[]);
                self.switch_to(fail);
                self.call_helper(helpers::throw_class_cast as *const () as usize, &[self.thread, obj, class], None);
                self.throw_pending();
                self.switch_to(ok);
            }
            INSTANCEOF => {
                let obj = self.pop(Kind::Ref);
                let class = self.class_site(SiteKind::Class, insn.b);
                let is = self.instance_test(obj, class, false);
                let r = self.b.ins().uextend(types::I32, is);
                self.push(Kind::Int, r);
            }
            ATHROW => {
                let e = self.pop(Kind::Ref);
                self.call_helper(helpers::throw as *const () as usize, &[self.thread, e], None);
                self.throw_pending();
            }
            MONITORENTER | MONITOREXIT => {
                let obj = self.pop(Kind::Ref);
                let h = if op == MONITORENTER {
                    helpers::monitor_enter as *const () as usize
                } else {
                    helpers::monitor_exit as *const () as usize
                };
                self.call_helper(h, &[self.thread, obj], None);
                self.check_exception();
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Allocates an object of `class` and `size` bytes in the thread's
    /// TLAB (for an array, `length` is stored too); when it does not fit,
    /// or under `-XX:+GCStress` (every allocation must reach the
    /// runtime), `slow` calls the runtime. Checks for an exception.
    fn allocate(
        &mut self,
        class: Value,
        size: Value,
        length: Option<Value>,
        slow: impl FnOnce(&mut Tx) -> Value,
    ) -> Value {
        let layout = JavaThread::layout();
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let slow_block = self.b.create_block();
        if !crate::Jit::global().gc_stress() {
            let top = self.load(types::I64, self.thread, layout.tlab_top);
            let end = self.load(types::I64, self.thread, layout.tlab_end);
            let new_top = self.b.ins().iadd(top, size);
            let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, new_top, end);
            // A size beyond any TLAB (or a negative length) could wrap
            // `new_top`: such sizes take the slow path outright.
            let small = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, size, 1 << 20);
            let mut ok = self.b.ins().band(fits, small);
            if let Some(n) = length {
                // A negative length is a large unsigned one: the runtime
                // throws NegativeArraySizeException.
                let valid = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, n, 1 << 20);
                ok = self.b.ins().band(ok, valid);
            }
            let fast = self.b.create_block();
            self.b.ins().brif(ok, fast, &[], slow_block, &[]);
            self.switch_to(fast);
            self.b.ins().store(MemFlagsData::trusted(), new_top, self.thread, layout.tlab_top as i32);
            self.b.ins().store(MemFlagsData::trusted(), class, top, CLASS_OFFSET as i32);
            let mark = self.iconst64(crema_vm::oops::MarkWord::INITIAL.0 as i64);
            self.b.ins().store(MemFlagsData::trusted(), mark, top, crema_vm::oops::MARK_OFFSET as i32);
            if let Some(n) = length {
                self.b.ins().store(MemFlagsData::trusted(), n, top, ARRAY_LENGTH_OFFSET as i32);
            }
            self.b.ins().jump(done, &[top.into()]);
        } else {
            self.b.ins().jump(slow_block, &[]);
        }
        self.switch_to(slow_block);
        let obj = slow(self);
        self.check_exception();
        self.b.ins().jump(done, &[obj.into()]);
        self.switch_to(done);
        let obj = self.b.block_params(done)[0];
        self.reference(obj)
    }

    /// The size of an array of `n` elements of `element_size` bytes
    /// (a negative `n` gives a huge size: the slow path throws).
    fn array_size(&mut self, n: Value, element_size: usize) -> Value {
        let wide = self.b.ins().sextend(types::I64, n);
        let bytes = self.b.ins().imul_imm_s(wide, element_size as i64);
        let total = self.b.ins().iadd_imm_s(bytes, (ARRAY_BASE_OFFSET + 7) as i64);
        self.b.ins().band_imm_s(total, !7)
    }

    /// Throws `NullPointerException` if `v` is null.
    pub(super) fn null_check(&mut self, v: Value) {
        let npe = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(v, ok, &[], npe, &[]);
        self.switch_to(npe);
        self.call_helper(helpers::throw_npe as *const () as usize, &[self.thread], None);
        self.throw_pending();
        self.switch_to(ok);
    }

    fn load_typed(&mut self, t: BasicType, addr: Value, offset: i32) -> Value {
        let (ty, _) = storage(t);
        let flags = MemFlagsData::trusted();
        match t {
            BasicType::Boolean => self.b.ins().uload8(types::I32, flags, addr, offset),
            BasicType::Byte => self.b.ins().sload8(types::I32, flags, addr, offset),
            BasicType::Char => self.b.ins().uload16(types::I32, flags, addr, offset),
            BasicType::Short => self.b.ins().sload16(types::I32, flags, addr, offset),
            BasicType::Reference => {
                let v = self.b.ins().load(ty, flags, addr, offset);
                self.reference(v)
            }
            _ => self.b.ins().load(ty, flags, addr, offset),
        }
    }

    fn store_typed(&mut self, t: BasicType, addr: Value, offset: i32, value: Value) {
        let flags = MemFlagsData::trusted();
        match t {
            BasicType::Boolean | BasicType::Byte => {
                self.b.ins().istore8(flags, value, addr, offset);
            }
            BasicType::Char | BasicType::Short => {
                self.b.ins().istore16(flags, value, addr, offset);
            }
            BasicType::Reference => {
                self.b.ins().store(flags, value, addr, offset);
                let slot = self.b.ins().iadd_imm_s(addr, offset as i64);
                self.card_mark(slot);
            }
            _ => {
                self.b.ins().store(flags, value, addr, offset);
            }
        }
    }

    /// The post-write barrier: dirties the card of `slot`.
    fn card_mark(&mut self, slot: Value) {
        let card = self.b.ins().ushr_imm_u(slot, crema_gc::CARD_SHIFT as i64);
        let base = self.iconst64(crate::Jit::global().card_base() as i64);
        let addr = self.b.ins().iadd(base, card);
        let dirty = self.b.ins().iconst(types::I8, crema_gc::DIRTY as i64);
        self.b.ins().store(MemFlagsData::trusted(), dirty, addr, 0);
    }

    /// The address of element `index` of `array`, after the null and
    /// bounds checks.
    fn element_address(&mut self, array: Value, index: Value, t: BasicType) -> Value {
        self.null_check(array);
        let length = self.load_immutable(types::I32, array, ARRAY_LENGTH_OFFSET);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, index, length);
        let out = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(inside, ok, &[], out, &[]);
        self.switch_to(out);
        self.call_helper(helpers::throw_array_index as *const () as usize, &[self.thread, index, length], None);
        self.throw_pending();
        self.switch_to(ok);
        let wide = self.b.ins().uextend(types::I64, index);
        let scaled = self.b.ins().imul_imm_s(wide, t.size() as i64);
        let base = self.b.ins().iadd_imm_s(array, ARRAY_BASE_OFFSET as i64);
        self.b.ins().iadd(base, scaled)
    }

    /// The `aastore` check: `value` null, of the component class, or
    /// accepted by the runtime's full check.
    fn store_check(&mut self, array: Value, value: Value) {
        let done = self.b.create_block();
        let test = self.b.create_block();
        self.b.ins().brif(value, test, &[], done, &[]);
        self.switch_to(test);
        let ok = self
            .call_helper(helpers::check_store as *const () as usize, &[self.thread, array, value], Some(types::I32))
            .expect("a result");
        let fail = self.b.create_block();
        self.b.ins().brif(ok, done, &[], fail, &[]);
        self.switch_to(fail);
        self.throw_pending();
        self.switch_to(done);
    }

    /// `bastore` into a `boolean[]` stores `value & 1` (`boolean[]` exists
    /// from bootstrap on, so its class pointer is a constant). A constant 0
    /// or 1 (javac's `true` and `false`) needs no test.
    fn boolean_mask(&mut self, array: Value, value: Value) -> Value {
        if let Some(0 | 1) = self.int_constant(value) {
            return value;
        }
        let class = self.load_immutable(types::I64, array, CLASS_OFFSET);
        let booleans = crate::Jit::global().primitive_array_class(BasicType::Boolean).expect("created at bootstrap");
        let is_boolean = self.b.ins().icmp_imm_u(IntCC::Equal, class, booleans.as_ptr() as i64);
        let masked = self.b.ins().band_imm_s(value, 1);
        self.b.ins().select(is_boolean, masked, value)
    }

    /// Whether `obj` is an instance of `class` (an `i8`); null passes a
    /// `checkcast` and fails an `instanceof`.
    fn instance_test(&mut self, obj: Value, class: Value, null_passes: bool) -> Value {
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I8);
        let not_null = self.b.create_block();
        let null_result = self.b.ins().iconst(types::I8, i64::from(null_passes));
        self.b.ins().brif(obj, not_null, &[], done, &[null_result.into()]);
        self.switch_to(not_null);
        let k = self.load_immutable(types::I64, obj, CLASS_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, k, class);
        let slow = self.b.create_block();
        self.b.ins().brif(same, done, &[same.into()], slow, &[]);
        self.switch_to(slow);
        let sub = self
            .call_helper(helpers::is_subtype as *const () as usize, &[k, class], Some(types::I32))
            .expect("a result");
        let sub = self.b.ins().icmp_imm_s(IntCC::NotEqual, sub, 0);
        self.b.ins().jump(done, &[sub.into()]);
        self.switch_to(done);
        self.b.block_params(done)[0]
    }

    /// The value of a data site: its cell if filled at compile time (or
    /// since), else what the resolving helper returns. Code after it runs
    /// only when resolution succeeded.
    fn site_value(&mut self, site: Box<Site>) -> Value {
        let ptr = site.as_ref() as *const Site as i64;
        let prefilled = site.value.load(std::sync::atomic::Ordering::Relaxed);
        self.sites.sites.push(site);
        if prefilled != 0 {
            return self.iconst64(prefilled as i64);
        }
        let cell = self.iconst64(ptr);
        let value = self.load(types::I64, cell, std::mem::offset_of!(Site, value));
        let resolve = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        self.b.ins().brif(value, done, &[value.into()], resolve, &[]);
        self.switch_to(resolve);
        let v = self
            .call_helper(helpers::resolve_site as *const () as usize, &[self.thread, cell], Some(types::I64))
            .expect("a result");
        self.check_exception();
        self.b.ins().jump(done, &[v.into()]);
        self.switch_to(done);
        self.b.block_params(done)[0]
    }

    /// The class named by constant-pool entry `index` (initialized, for
    /// `new`).
    fn class_site(&mut self, kind: SiteKind, index: u16) -> Value {
        let site = Site::new(self.method, index, kind);
        let resolved: Option<ClassRef> = self.method.class().cp_cache().class(index);
        if let Some(c) = resolved
            && (kind != SiteKind::New || c.is_initialized())
        {
            site.value.store(c.as_ptr() as usize, std::sync::atomic::Ordering::Relaxed);
        }
        self.site_value(site)
    }

    fn instance_field(&mut self, put: bool, index: u16) -> Result<(), String> {
        let t = self.field_type(index)?;
        let kind = storage(t).1;
        let value = put.then(|| self.pop(kind));
        let obj = self.pop(Kind::Ref);
        self.null_check(obj);
        let site = Site::new(self.method, index, SiteKind::Field);
        if let Some(f) = self.method.class().cp_cache().field(index)
            && !f.is_static
        {
            site.value.store(f.offset as usize + 1, std::sync::atomic::Ordering::Relaxed);
        }
        let biased = self.site_value(site);
        self.access_field(t, obj, biased, value);
        Ok(())
    }

    /// Stores `value` into, or loads and pushes, the field of type `t` at
    /// `biased - 1` bytes into `base` (an object or a mirror).
    fn access_field(&mut self, t: BasicType, base: Value, biased: Value, value: Option<Value>) {
        let offset = self.b.ins().iadd_imm_s(biased, -1);
        let addr = self.b.ins().iadd(base, offset);
        match value {
            Some(v) => self.store_typed(t, addr, 0, v),
            None => {
                let v = self.load_typed(t, addr, 0);
                self.push(storage(t).1, v);
            }
        }
    }

    fn static_field(&mut self, put: bool, index: u16) -> Result<(), String> {
        let t = self.field_type(index)?;
        let kind = storage(t).1;
        let value = put.then(|| self.pop(kind));
        let site = Site::new(self.method, index, SiteKind::StaticField);
        let cell = site.as_ref() as *const Site as i64;
        if let Some(f) = self.method.class().cp_cache().field(index)
            && f.is_static
            && f.holder.is_initialized()
        {
            site.extra.store(f.holder.as_ptr() as usize, std::sync::atomic::Ordering::Relaxed);
            site.value.store(f.offset as usize + 1, std::sync::atomic::Ordering::Relaxed);
        }
        let holder_known = site.extra.load(std::sync::atomic::Ordering::Relaxed);
        let biased = self.site_value(site);
        let holder = if holder_known != 0 {
            self.iconst64(holder_known as i64)
        } else {
            let cell = self.iconst64(cell);
            self.load(types::I64, cell, std::mem::offset_of!(Site, extra))
        };
        let mirror = self.load(types::I64, holder, Class::mirror_offset());
        let mirror = self.reference(mirror);
        self.access_field(t, mirror, biased, value);
        Ok(())
    }

    fn field_type(&self, index: u16) -> Result<BasicType, String> {
        let class = self.method.class();
        let desc = class.constant_pool().member_ref(index).descriptor;
        parse_field_descriptor(desc).map_err(|e| e.0)
    }

    /// `ldc` of a string or a class.
    pub(super) fn ldc(&mut self, index: u16) -> Result<(), String> {
        use crema_vm::classfile::CpEntry;
        let class = self.method.class();
        match class.constant_pool().entry(index) {
            CpEntry::String { .. } => {
                let site = Site::new(self.method, index, SiteKind::String);
                if let Some(crema_vm::metadata::Resolved::String(cell)) = class.cp_cache().get(index) {
                    site.value.store(cell as *const _ as usize, std::sync::atomic::Ordering::Relaxed);
                }
                let cell = self.site_value(site);
                let s = self.load(types::I64, cell, 0);
                self.push(Kind::Ref, s);
            }
            CpEntry::Class { .. } => {
                let c = self.class_site(SiteKind::Class, index);
                let mirror = self.load(types::I64, c, Class::mirror_offset());
                self.push(Kind::Ref, mirror);
            }
            other => return Err(format!("ldc of {other:?} is not compiled")),
        }
        Ok(())
    }
}

/// The element type of the array instruction at `offset` from
/// `iaload`/`iastore`.
fn element_type(offset: u8) -> BasicType {
    [
        BasicType::Int,
        BasicType::Long,
        BasicType::Float,
        BasicType::Double,
        BasicType::Reference,
        BasicType::Byte,
        BasicType::Char,
        BasicType::Short,
    ][offset as usize]
}
