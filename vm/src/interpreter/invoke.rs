//! Method invocation: preparing callees, pushing frames, natives, and the
//! quickening of the five invoke bytecodes.
//!
//! Quickened forms (see `bytecode::opcodes`):
//! - `invokevirtual` of a method with a vtable slot becomes
//!   `INVOKEVIRTUAL_Q` (slot, argument count); of a private method,
//!   `INVOKEDIRECT_Q`.
//! - `invokespecial` becomes `INVOKEDIRECT_Q` when the selected method is
//!   the resolved one (constructors, private methods, most `super` calls);
//!   otherwise it stays slow and selects each time (JVMS §6.5).
//! - `invokestatic` becomes `INVOKESTATIC_Q` once the class is initialized.
//! - `invokeinterface` becomes `INVOKEINTERFACE_Q`, or `INVOKEVIRTUAL_Q`
//!   when it resolved to a method of `Object`.

use crate::bytecode::opcodes::*;
use crate::bytecode::{Insn, PreparedCode};
use crate::classfile::descriptor::external_method_signature;
use crate::link::{ensure_initialized, resolution};
use crate::metadata::{ClassRef, MethodRef};
use crate::oops::{self, Oop};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;
use crate::runtime::natives::{Args, JValue};
use crate::runtime::thread::{Frame, FrameKind};

/// The method's prepared code, decoding and checking it on first use
/// (`VerifyError` on failure).
#[inline]
pub(crate) fn prepare(thread: &JavaThread, method: MethodRef) -> JResult<&'static PreparedCode> {
    let prepared = method.prepared.get_or_init(|| crate::bytecode::decode(&method).map(Box::new));
    match prepared {
        // SAFETY of the 'static: prepared code lives as long as its method,
        // which outlives every frame that runs it (metadata module notes).
        Ok(code) => Ok(unsafe { &*(code.as_ref() as *const PreparedCode) }),
        Err(msg) => Err(thread.throw_new("java/lang/VerifyError", Some(msg))),
    }
}

/// Pushes an interpreted frame for `method`, whose arguments are at
/// `args_base`; enters its monitor if it is synchronized. Throws
/// `StackOverflowError` when the stack is full.
#[inline]
pub(crate) fn push_frame(thread: &JavaThread, method: MethodRef, code: &PreparedCode, args_base: usize) -> JResult<()> {
    let sp = args_base + code.max_locals as usize;
    let frames = thread.frames_mut();
    if sp + code.max_stack as usize > thread.slot_limit() || frames.len() >= thread.frame_limit() {
        return Err(thread.throw_stack_overflow());
    }
    frames.push(Frame { method, locals: args_base as u32, sp: sp as u32, pc: 0, kind: FrameKind::Interpreted });
    if method.is_synchronized() {
        thread.monitor_enter(lock_object(thread, method, args_base));
    }
    Ok(())
}

/// The object a synchronized method locks: its receiver or its class's
/// mirror.
fn lock_object(thread: &JavaThread, method: MethodRef, args_base: usize) -> Oop {
    if method.is_static() {
        method.class().mirror()
    } else {
        Oop::from_addr(thread.slot(args_base) as usize).expect("receiver checked for null")
    }
}

/// Calls a native method whose arguments are at `args_base`.
pub(crate) fn invoke_native(thread: &JavaThread, method: MethodRef, args_base: usize) -> JResult<JValue> {
    let f = match method.native.get() {
        Some(f) => *f,
        None => {
            let class = method.class();
            match thread.vm().natives().lookup(class.name(), method.name(), method.descriptor()) {
                Some(f) => *method.native.get_or_init(|| f),
                None => {
                    return Err(thread.throw_new(
                        "java/lang/UnsatisfiedLinkError",
                        Some(&format!(
                            "'{}'",
                            external_method_signature(class.name(), method.name(), method.descriptor())
                        )),
                    ));
                }
            }
        }
    };
    let frames = thread.frames_mut();
    if frames.len() >= thread.frame_limit() {
        return Err(thread.throw_stack_overflow());
    }
    let top = args_base + method.arg_slots();
    frames.push(Frame { method, locals: args_base as u32, sp: top as u32, pc: 0, kind: FrameKind::Native });
    let depth = frames.len() - 1;
    thread.set_top(top);
    if method.is_synchronized() {
        thread.monitor_enter(lock_object(thread, method, args_base));
    }
    let result = f(thread, &Args::new(thread, args_base, method));
    if thread.has_monitors() {
        thread.release_frame_monitors(depth);
    }
    thread.frames_mut().pop();
    thread.set_top(args_base);
    result
}

/// Calls `method` from Rust with its arguments already in the slots at
/// `args_base`, running it to completion.
pub(crate) fn call_method(thread: &JavaThread, method: MethodRef, args_base: usize) -> JResult<JValue> {
    let compiled = method.jit().compiled().or_else(|| {
        (!method.is_native() && crate::compiler::tiering::invoked(thread, method))
            .then(|| method.jit().compiled())
            .flatten()
    });
    if let Some(code) = compiled {
        return crate::compiler::calls::call_compiled(thread, method, code, args_base);
    }
    if method.is_native() {
        return invoke_native(thread, method, args_base);
    }
    if method.is_abstract() {
        return Err(abstract_method_error(thread, None, method));
    }
    if !thread.rust_stack_ok() {
        return Err(thread.throw_stack_overflow());
    }
    let code = prepare(thread, method)?;
    let depth = thread.frame_count();
    push_frame(thread, method, code, args_base)?;
    let result = super::dispatch::run(thread, depth);
    thread.set_top(args_base);
    result
}

/// `AbstractMethodError` for calling `method` on an instance of `receiver`.
pub(crate) fn abstract_method_error(
    thread: &JavaThread,
    receiver: Option<ClassRef>,
    method: MethodRef,
) -> crate::runtime::exceptions::Pending {
    let holder = method.class();
    let sig = external_method_signature(holder.name(), method.name(), method.descriptor());
    let sig = sig.split_once(' ').map_or(sig.clone(), |(ret, rest)| {
        let name_and_args = rest.rsplit_once('.').map_or(rest, |(_, m)| m);
        format!("{ret} {name_and_args}")
    });
    let what = if holder.is_interface() { "interface" } else { "abstract class" };
    let msg = match receiver {
        Some(r) => format!(
            "Receiver class {} does not define or inherit an implementation of the resolved method 'abstract {sig}' of {what} {}.",
            r.java_name(),
            holder.java_name()
        ),
        None => format!("Method {} is abstract", method.debug_name()),
    };
    thread.throw_new("java/lang/AbstractMethodError", Some(&msg))
}

/// The method an `invokeinterface` of `imethod` runs for a receiver of
/// class `receiver`.
#[inline]
pub(crate) fn interface_target(thread: &JavaThread, receiver: ClassRef, imethod: MethodRef) -> JResult<MethodRef> {
    let iface = imethod.class();
    let index = imethod.itable_index().expect("interface methods have itable slots");
    match receiver.itable().iter().find(|e| e.interface == iface) {
        Some(entry) => Ok(entry.methods[index]),
        None => Err(thread.throw_new(
            "java/lang/IncompatibleClassChangeError",
            Some(&format!(
                "Receiver class {} does not implement the interface {} defining the method to be called",
                receiver.java_name(),
                iface.java_name()
            )),
        )),
    }
}

/// What an unquickened invoke resolved to.
pub(crate) enum InvokeSite {
    /// Rewrite the instruction to this quick form and re-dispatch.
    Quickened(Insn),
    /// Call this method once without rewriting (an `invokespecial` whose
    /// selected method is not the resolved one, or a static method whose
    /// class is still being initialized).
    CallOnce(MethodRef),
}

/// Resolves an invoke instruction of `caller` and picks its quick form.
pub(crate) fn resolve_invoke(thread: &JavaThread, caller: MethodRef, insn: Insn) -> JResult<InvokeSite> {
    let accessor = caller.class();
    let resolved = resolution::resolve_method(thread, accessor, insn.b)?;
    let want_static = insn.op == INVOKESTATIC;
    if resolved.is_static() != want_static {
        let sig = external_method_signature(resolved.class().name(), resolved.name(), resolved.descriptor());
        let msg = if want_static {
            format!("Expected static method '{sig}'")
        } else {
            format!("Expecting non-static method '{sig}'")
        };
        return Err(thread.throw_new("java/lang/IncompatibleClassChangeError", Some(&msg)));
    }
    let direct = Insn::new(INVOKEDIRECT_Q, 0, insn.b, 0);
    Ok(match insn.op {
        INVOKESTATIC => {
            ensure_initialized(thread, resolved.class())?;
            if resolved.class().is_initialized() {
                InvokeSite::Quickened(Insn::new(INVOKESTATIC_Q, 0, insn.b, 0))
            } else {
                InvokeSite::CallOnce(resolved)
            }
        }
        INVOKESPECIAL => {
            let selected = select_special(thread, accessor, resolved, insn.b)?;
            if selected == resolved { InvokeSite::Quickened(direct) } else { InvokeSite::CallOnce(selected) }
        }
        INVOKEVIRTUAL => {
            if resolved.is_private() {
                InvokeSite::Quickened(direct)
            } else {
                let class = resolution::referenced_class(thread, accessor, insn.b)?;
                let slot = if resolved.class().is_interface() {
                    class
                        .vtable()
                        .iter()
                        .position(|m| m.name() == resolved.name() && m.descriptor() == resolved.descriptor())
                } else {
                    resolved.vtable_index()
                };
                match slot {
                    Some(s) if s <= u16::MAX as usize => {
                        InvokeSite::Quickened(Insn::new(INVOKEVIRTUAL_Q, 0, s as u16, resolved.arg_slots() as u32))
                    }
                    _ => return Err(abstract_method_error(thread, Some(class), resolved)),
                }
            }
        }
        INVOKEINTERFACE => {
            if resolved.is_private() {
                InvokeSite::Quickened(direct)
            } else if !resolved.class().is_interface() {
                match resolved.vtable_index() {
                    Some(s) => {
                        InvokeSite::Quickened(Insn::new(INVOKEVIRTUAL_Q, 0, s as u16, resolved.arg_slots() as u32))
                    }
                    None => InvokeSite::Quickened(direct),
                }
            } else {
                InvokeSite::Quickened(Insn::new(INVOKEINTERFACE_Q, 0, insn.b, resolved.arg_slots() as u32))
            }
        }
        other => unreachable!("not an invoke: {}", name(other)),
    })
}

/// `invokespecial` selection (JVMS §6.5): for a non-constructor, non-private
/// method of a superclass of the current class, start the lookup at the
/// current class's superclass.
fn select_special(thread: &JavaThread, current: ClassRef, resolved: MethodRef, index: u16) -> JResult<MethodRef> {
    let named = resolution::referenced_class(thread, current, index)?;
    if resolved.is_constructor()
        || resolved.is_private()
        || named.is_interface()
        || !current.is_subtype_of(named)
        || named == current
    {
        return Ok(resolved);
    }
    let Some(start) = current.super_class() else {
        return Ok(resolved);
    };
    Ok(resolution::lookup_method(start, resolved.name(), resolved.descriptor()).unwrap_or(resolved))
}

/// How a call left the interpreter's slow invoke path.
pub(crate) enum Invoked {
    /// An interpreted frame was pushed; run it.
    Frame,
    /// The callee ran to completion (a native).
    Returned(JValue),
}

/// The general invoke path: natives, abstract methods, first calls
/// (decoding and checking the callee), synchronized methods.
pub(crate) fn invoke_slow(thread: &JavaThread, callee: MethodRef, args_base: usize) -> JResult<Invoked> {
    if callee.is_native() {
        return invoke_native(thread, callee, args_base).map(Invoked::Returned);
    }
    if callee.is_abstract() {
        let receiver = (!callee.is_static())
            .then(|| Oop::from_addr(thread.slot(args_base) as usize))
            .flatten()
            .map(oops::class_of);
        return Err(abstract_method_error(thread, receiver, callee));
    }
    let code = prepare(thread, callee)?;
    push_frame(thread, callee, code, args_base)?;
    Ok(Invoked::Frame)
}
