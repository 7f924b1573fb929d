//! What the runtime helpers of compiled code need from the VM, phrased per
//! compiled site: resolution with the interpreter's checks, errors and
//! class initialization (the same functions its quickening uses), dispatch,
//! and the operations compiled code leaves to the runtime.
//!
//! A site's result may be cached in the compiled code's data cells only
//! when `cacheable`: a static access or call whose class is still being
//! initialized must go through the runtime every time, as the interpreter
//! does.

use crate::bytecode::opcodes::*;
use crate::bytecode::{Insn, opcodes};
use crate::classfile::{BasicType, CpEntry};
use crate::interpreter;
use crate::link::{ensure_initialized, resolution};
use crate::metadata::{ClassRef, MethodRef, Resolved};
use crate::oops::{Oop, OopCell};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::{JResult, Pending};
use crate::runtime::natives::JValue;

/// A resolved field access.
#[derive(Copy, Clone, Debug)]
pub struct FieldSite {
    pub offset: u32,
    pub basic_type: BasicType,
    /// The declaring class (whose mirror holds a static field).
    pub holder: ClassRef,
    pub cacheable: bool,
}

/// Resolves field reference `index` of `caller` for a `getfield`,
/// `putfield` (`is_static` false) or `getstatic`, `putstatic`; a static
/// access initializes the holder.
pub fn resolve_field(thread: &JavaThread, caller: MethodRef, index: u16, is_static: bool) -> JResult<FieldSite> {
    let accessor = caller.class();
    let field = resolution::resolve_field(thread, accessor, index)?;
    resolution::check_field_kind(thread, accessor, index, field, is_static)?;
    let mut cacheable = true;
    if is_static {
        ensure_initialized(thread, field.holder)?;
        cacheable = field.holder.is_initialized();
    }
    Ok(FieldSite { offset: field.offset, basic_type: field.basic_type, holder: field.holder, cacheable })
}

/// How a resolved call selects its target.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Dispatch {
    /// This method, whatever the receiver (static, special, private).
    Direct(MethodRef),
    /// The receiver class's vtable entry at this index.
    Vtable(u16),
    /// The receiver class's implementation of this interface method.
    Itable(MethodRef),
}

/// Resolves the invoke instruction `op` (`INVOKESTATIC` ...) of `caller`
/// with operand `index`; returns the dispatch and whether it may be
/// cached.
pub fn resolve_call(thread: &JavaThread, caller: MethodRef, op: u8, index: u16) -> JResult<(Dispatch, bool)> {
    let site = interpreter::resolve_invoke(thread, caller, Insn::new(op, 0, index, 0))?;
    let class = caller.class();
    let cache = class.cp_cache();
    Ok(match site {
        interpreter::InvokeSite::CallOnce(m) => (Dispatch::Direct(m), false),
        interpreter::InvokeSite::Quickened(q) => match q.op {
            INVOKESTATIC_Q | INVOKEDIRECT_Q => (Dispatch::Direct(cache.method(index).expect("resolved")), true),
            INVOKEVIRTUAL_Q => (Dispatch::Vtable(q.b), true),
            INVOKEINTERFACE_Q => (Dispatch::Itable(cache.method(index).expect("resolved")), true),
            other => unreachable!("an invoke quickens to an invoke, not {}", opcodes::name(other)),
        },
    })
}

/// The method `dispatch` selects for a receiver of class `receiver`.
pub fn select(thread: &JavaThread, dispatch: Dispatch, receiver: ClassRef) -> JResult<MethodRef> {
    match dispatch {
        Dispatch::Direct(m) => Ok(m),
        Dispatch::Vtable(i) => match receiver.vtable().get(i as usize) {
            Some(&m) => Ok(m),
            None => Err(thread.throw_new(
                "java/lang/IncompatibleClassChangeError",
                Some("vtable index out of range for the receiver class"),
            )),
        },
        Dispatch::Itable(imethod) => interpreter::interface_target(thread, receiver, imethod),
    }
}

/// `AbstractMethodError` for calling abstract `method` on a `receiver`.
pub fn abstract_method_error(thread: &JavaThread, receiver: Option<ClassRef>, method: MethodRef) -> Pending {
    interpreter::abstract_method_error(thread, receiver, method)
}

/// Resolves the class operand `index` of `caller` (`checkcast`,
/// `instanceof`, `anewarray`, `multianewarray`).
pub fn resolve_class(thread: &JavaThread, caller: MethodRef, index: u16) -> JResult<ClassRef> {
    resolution::resolve_class(thread, caller.class(), index)
}

/// Resolves `new`'s class and initializes it; cacheable once initialized.
pub fn resolve_new(thread: &JavaThread, caller: MethodRef, index: u16) -> JResult<(ClassRef, bool)> {
    let (class, quick) = interpreter::resolve_new(thread, caller, Insn::new(NEW, 0, index, 0))?;
    Ok((class, quick.is_some()))
}

/// What an `ldc` of a string or class pushes: the cell holding the
/// interned string, or the class whose mirror it is.
pub enum Constant {
    String(&'static OopCell),
    Class(ClassRef),
}

/// Resolves the `ldc` operand `index` of `caller`.
pub fn resolve_constant(thread: &JavaThread, caller: MethodRef, index: u16) -> JResult<Constant> {
    let class = caller.class();
    match class.constant_pool().entry(index) {
        CpEntry::String { .. } => {
            resolution::resolve_string(thread, class, index)?;
            match class.cp_cache().get(index) {
                // SAFETY of the 'static: the cell lives in the class's cache,
                // which outlives the compiled code of its methods.
                Some(Resolved::String(cell)) => Ok(Constant::String(unsafe { &*(cell as *const OopCell) })),
                _ => unreachable!("a resolved string entry"),
            }
        }
        CpEntry::Class { .. } => Ok(Constant::Class(resolution::resolve_class(thread, class, index)?)),
        _ => Err(thread.throw_new(
            "java/lang/UnsupportedOperationException",
            Some("crema: ldc of MethodType and MethodHandle constants is not supported"),
        )),
    }
}

/// The `aastore` store check.
pub fn check_store(thread: &JavaThread, array: Oop, value: Option<Oop>) -> JResult<()> {
    interpreter::check_store(thread, array, value)
}

/// `multianewarray` of class `class` with `counts`.
pub fn multianewarray(thread: &JavaThread, class: ClassRef, counts: &[i32]) -> JResult<Oop> {
    interpreter::multianewarray(thread, class, counts)
}

/// Whether the pending exception is caught by the handler whose catch
/// type is constant-pool entry `catch_type` of `caller` (resolving it).
pub fn exception_matches(thread: &JavaThread, caller: MethodRef, catch_type: u16) -> JResult<bool> {
    let class = caller.class();
    let exception = thread.take_pending_exception().expect("an exception is pending");
    let scope = thread.scope();
    let saved = scope.oop_handle(exception);
    let catch = match class.cp_cache().class(catch_type) {
        Some(c) => c,
        None => resolution::resolve_class(thread, class, catch_type)?,
    };
    thread.set_pending_exception(Some(saved.get()));
    Ok(interpreter::is_instance(saved.get(), catch))
}

/// Runs the `invokedynamic` site `index` of `caller` (linking it first if
/// needed) on argument slot values.
pub fn invokedynamic(thread: &JavaThread, caller: MethodRef, index: u16, args: &[u64]) -> JResult<JValue> {
    // Linking may allocate: root the reference arguments first.
    let class = caller.class();
    let cp = class.constant_pool();
    let CpEntry::InvokeDynamic { name_and_type, .. } = *cp.entry(index) else {
        unreachable!("invokedynamic of an InvokeDynamic entry")
    };
    let desc = crate::classfile::MethodDescriptor::parse(cp.name_and_type(name_and_type).1).expect("checked at decode");
    let scope = thread.scope();
    let mut rooted = Vec::with_capacity(args.len());
    let mut at = 0;
    for &t in desc.params.iter() {
        rooted.push((at, (t == BasicType::Reference).then(|| scope.handle(Oop::from_addr(args[at] as usize)))));
        at += t.slots();
    }
    crate::runtime::indy::link_call_site(thread, caller, index)?;
    let mut values = args.to_vec();
    for &(at, ref handle) in &rooted {
        if let Some(h) = handle {
            values[at] = h.get().map_or(0, Oop::addr) as u64;
        }
    }
    if let Some(factory) = crate::runtime::indy::linked_factory(caller, index) {
        let args: Vec<JValue> =
            rooted.iter().zip(desc.params.iter()).map(|(&(at, _), &t)| JValue::from_slot(values[at], t)).collect();
        return thread.call(factory, &args);
    }
    crate::runtime::indy::invoke_values(thread, crate::runtime::indy::call_site(caller, index), &values)
}
