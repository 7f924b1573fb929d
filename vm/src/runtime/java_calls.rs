//! Calling Java from Rust.
//!
//! The arguments are written to the thread's stack above everything in use
//! (`top`), where the callee's frame starts, and the method runs to
//! completion in a nested interpreter activation. References passed in
//! `args` must be fresh (read from handles just before the call).

use crate::metadata::MethodRef;
use crate::oops::{self, Oop};

use super::JavaThread;
use super::exceptions::JResult;
use super::natives::JValue;

impl JavaThread {
    /// Calls `method` (no dispatch) with `args` (the receiver first for
    /// instance methods) and returns its result.
    pub fn call(&self, method: MethodRef, args: &[JValue]) -> JResult<JValue> {
        let base = self.top();
        let needed: usize = args.iter().map(|a| a.slots().max(1)).sum();
        if base + needed + 8 > self.slot_limit() {
            return Err(self.throw_stack_overflow());
        }
        let mut i = base;
        for a in args {
            self.set_slot(i, a.to_slot());
            i += a.slots();
        }
        self.set_top(i);
        let result = crate::interpreter::call_method(self, method, base);
        self.set_top(base);
        result
    }

    /// Calls the implementation of the virtual or interface method `method`
    /// selected by the class of `receiver`.
    pub fn call_virtual(&self, method: MethodRef, receiver: Oop, args: &[JValue]) -> JResult<JValue> {
        let class = oops::class_of(receiver);
        let target = if method.class().is_interface() && method.itable_index().is_some() {
            crate::interpreter::interface_target(self, class, method)?
        } else {
            match method.vtable_index() {
                Some(i) => class.vtable()[i],
                None => method,
            }
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(JValue::Ref(Some(receiver)));
        all.extend_from_slice(args);
        self.call(target, &all)
    }

    /// `obj.toString()`, as a Rust string; `"null"` for null.
    pub fn to_string_of(&self, obj: Option<Oop>) -> JResult<String> {
        let Some(obj) = obj else {
            return Ok("null".into());
        };
        let vm = self.vm();
        if vm.is_string(obj) {
            return Ok(vm.string_to_rust(obj));
        }
        let s = self.call_virtual(vm.well_known().object_to_string, obj, &[])?.as_ref();
        Ok(s.map_or_else(|| "null".into(), |s| vm.string_to_rust(s)))
    }
}
