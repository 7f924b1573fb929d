//! The runtime helpers compiled code calls (`extern "C"`, the system
//! calling convention), and their addresses for the code generator.
//!
//! Contract:
//! - Every helper that takes the thread first records the anchor of its
//!   compiled caller ([`enter!`]), so that a collection, a stack trace or a
//!   call back into Java can walk the compiled frames.
//! - A helper that throws sets the thread's pending exception and returns
//!   0 (or nothing); the compiled caller checks the pending exception
//!   after the call and dispatches to its handlers.
//! - References are passed and returned as addresses (0 for null), valid
//!   until the next safepoint — the caller's stack maps keep its own.
//! - Helpers never unwind into compiled code: a Rust panic aborts.

use std::sync::atomic::Ordering;

use crema_vm::classfile::BasicType;
use crema_vm::compiler::calls;
use crema_vm::compiler::runtime::{self, Constant, Dispatch};
use crema_vm::metadata::{Class, ClassRef, Method, MethodRef};
use crema_vm::oops::{self, Oop};
use crema_vm::runtime::JavaThread;

use crate::sites::{CallSite, Site, SiteKind};

/// Records the compiled caller's frame in the thread's current segment
/// and yields the thread. Must be expanded in the helper itself (it reads
/// the helper's own frame pointer).
macro_rules! enter {
    ($thread:expr) => {{
        let fp: usize;
        // SAFETY: copies the frame pointer register; the workspace keeps
        // frame pointers in all Rust code, so it is this helper's frame base.
        #[cfg(target_arch = "x86_64")]
        unsafe {
            std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags))
        };
        #[cfg(target_arch = "aarch64")]
        unsafe {
            std::arch::asm!("mov {}, x29", out(reg) fp, options(nomem, nostack, preserves_flags))
        };
        // SAFETY: a frame's base holds its caller's frame pointer and, one
        // word up, the return address into the caller (the compiled code).
        let (caller_fp, ra) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        // SAFETY: compiled code passes the thread it runs on.
        let thread: &JavaThread = unsafe { &*$thread };
        calls::set_anchor(thread, caller_fp, ra);
        thread
    }};
}

fn addr(o: Option<Oop>) -> usize {
    o.map_or(0, Oop::addr)
}

/// # Safety (for all `from_raw` below): compiled code passes pointers to
/// live metadata it was compiled against or got from the runtime.
fn class(raw: usize) -> ClassRef {
    // SAFETY: see above.
    unsafe { ClassRef::from_raw(raw as *const Class) }
}

fn method(raw: usize) -> MethodRef {
    // SAFETY: see above.
    unsafe { MethodRef::from_raw(raw as *const Method) }
}

/// Resolves a data site (see `sites`); returns its value, 0 on exception.
pub extern "C" fn resolve_site(thread: *const JavaThread, site: &Site) -> usize {
    let thread = enter!(thread);
    let result = match site.kind {
        SiteKind::Field => runtime::resolve_field(thread, site.caller, site.index, false).map(|f| {
            let v = f.offset as usize + 1;
            site.value.store(v, Ordering::Release);
            v
        }),
        SiteKind::StaticField => runtime::resolve_field(thread, site.caller, site.index, true).map(|f| {
            let v = f.offset as usize + 1;
            site.extra.store(f.holder.as_ptr() as usize, Ordering::Release);
            if f.cacheable {
                site.value.store(v, Ordering::Release);
            }
            v
        }),
        SiteKind::New => runtime::resolve_new(thread, site.caller, site.index).map(|(c, cacheable)| {
            let v = c.as_ptr() as usize;
            if cacheable {
                site.value.store(v, Ordering::Release);
            }
            v
        }),
        SiteKind::Class => runtime::resolve_class(thread, site.caller, site.index).map(|c| {
            let v = c.as_ptr() as usize;
            site.value.store(v, Ordering::Release);
            v
        }),
        SiteKind::String => match runtime::resolve_constant(thread, site.caller, site.index) {
            Ok(Constant::String(cell)) => {
                let v = cell as *const _ as usize;
                site.value.store(v, Ordering::Release);
                Ok(v)
            }
            Ok(Constant::Class(_)) => unreachable!("a string site names a string"),
            Err(p) => Err(p),
        },
    };
    result.unwrap_or(0)
}

/// Makes sure compiled code can call `m` (an adapter into the interpreter
/// if it has no code of its own).
fn ensure_entry(m: MethodRef) {
    if m.jit().entry.load(Ordering::Acquire) == 0 {
        crate::Jit::global().ensure_entry(m);
    }
}

/// A direct call site (static, special): resolves it; returns the method,
/// 0 on exception.
pub extern "C" fn resolve_call(thread: *const JavaThread, site: &CallSite) -> usize {
    let thread = enter!(thread);
    match runtime::resolve_call(thread, site.caller, site.op, site.index) {
        Ok((Dispatch::Direct(m), cacheable)) => {
            ensure_entry(m);
            if cacheable {
                site.target.store(m.as_ptr() as usize, Ordering::Release);
            }
            m.as_ptr() as usize
        }
        Ok((other, _)) => unreachable!("a static or special call resolves to a direct one, not {other:?}"),
        Err(_) => 0,
    }
}

/// A virtual or interface call whose inline cache missed: selects the
/// target for `receiver` (not null), records it in the cache, returns it
/// (0 on exception).
pub extern "C" fn dispatch(thread: *const JavaThread, site: &CallSite, receiver: usize) -> usize {
    let thread = enter!(thread);
    // The class first: resolving may collect and move the receiver.
    let receiver_class = oops::class_of(Oop::from_addr(receiver).expect("null checked by the caller"));
    let d = match site.dispatch.get() {
        Some(&d) => d,
        None => match runtime::resolve_call(thread, site.caller, site.op, site.index) {
            Ok((d, cacheable)) => {
                if cacheable {
                    let _ = site.dispatch.set(d);
                }
                d
            }
            Err(_) => return 0,
        },
    };
    let target = match runtime::select(thread, d, receiver_class) {
        Ok(m) => m,
        Err(_) => return 0,
    };
    if target.is_abstract() {
        let _ = runtime::abstract_method_error(thread, Some(receiver_class), target);
        return 0;
    }
    ensure_entry(target);
    let vm = thread.vm();
    if vm.options().tiering.use_inline_caches {
        site.ic.record(vm, site.caller.class().loader(), receiver_class, target);
    }
    target.as_ptr() as usize
}

/// The c2i adapters' helper: runs `method` (no compiled code, or native)
/// on `n` argument slots at `args`.
pub extern "C" fn call_interpreted(thread: *const JavaThread, m: usize, args: *const u64, n: usize) -> u64 {
    let thread = enter!(thread);
    // SAFETY: the adapter passes a buffer of `n` slots on its frame.
    let args = unsafe { std::slice::from_raw_parts(args, n) };
    calls::call_from_compiled(thread, method(m), args)
}

pub extern "C" fn new_instance(thread: *const JavaThread, c: usize) -> usize {
    let thread = enter!(thread);
    thread.alloc_instance(class(c)).map_or(0, Oop::addr)
}

/// `newarray`: `t` is the `BasicType` code of the elements.
pub extern "C" fn new_primitive_array(thread: *const JavaThread, t: u32, length: i32) -> usize {
    let thread = enter!(thread);
    let t = BasicType::from_atype(t as u8).expect("a checked atype");
    thread.alloc_primitive_array(t, length).map_or(0, Oop::addr)
}

pub extern "C" fn new_object_array(thread: *const JavaThread, component: usize, length: i32) -> usize {
    let thread = enter!(thread);
    thread.alloc_object_array(class(component), length).map_or(0, Oop::addr)
}

pub extern "C" fn multianewarray(thread: *const JavaThread, c: usize, counts: *const i32, dims: u32) -> usize {
    let thread = enter!(thread);
    // SAFETY: the code passes a buffer of `dims` ints on its frame.
    let counts = unsafe { std::slice::from_raw_parts(counts, dims as usize) };
    runtime::multianewarray(thread, class(c), counts).map_or(0, Oop::addr)
}

/// `athrow`.
pub extern "C" fn throw(thread: *const JavaThread, exception: usize) {
    let thread = enter!(thread);
    let _ = match Oop::from_addr(exception) {
        Some(e) => thread.throw(e),
        None => thread.throw_npe(),
    };
}

pub extern "C" fn throw_npe(thread: *const JavaThread) {
    let thread = enter!(thread);
    let _ = thread.throw_npe();
}

pub extern "C" fn throw_array_index(thread: *const JavaThread, index: i32, length: i32) {
    let thread = enter!(thread);
    let _ = thread.throw_array_index(index as i64, length as usize);
}

pub extern "C" fn throw_div_by_zero(thread: *const JavaThread) {
    let thread = enter!(thread);
    let _ = thread.throw_new("java/lang/ArithmeticException", Some("/ by zero"));
}

pub extern "C" fn throw_class_cast(thread: *const JavaThread, obj: usize, target: usize) {
    let thread = enter!(thread);
    let from = oops::class_of(Oop::from_addr(obj).expect("not null"));
    let _ = thread.throw_class_cast(from, class(target));
}

pub extern "C" fn throw_stack_overflow(thread: *const JavaThread) {
    let thread = enter!(thread);
    let _ = thread.throw_stack_overflow();
}

/// Whether class `sub` is `sup` or a subtype (no thread: it cannot throw).
pub extern "C" fn is_subtype(sub: usize, sup: usize) -> u32 {
    u32::from(class(sub).is_subtype_of(class(sup)))
}

/// The `aastore` store check: 1 when it passes, 0 with
/// `ArrayStoreException` pending.
pub extern "C" fn check_store(thread: *const JavaThread, array: usize, value: usize) -> u32 {
    let thread = enter!(thread);
    let array = Oop::from_addr(array).expect("null checked by the caller");
    u32::from(runtime::check_store(thread, array, Oop::from_addr(value)).is_ok())
}

pub extern "C" fn monitor_enter(thread: *const JavaThread, obj: usize) {
    let thread = enter!(thread);
    match Oop::from_addr(obj) {
        Some(o) => thread.monitor_enter(o),
        None => {
            let _ = thread.throw_npe();
        }
    }
}

pub extern "C" fn monitor_exit(thread: *const JavaThread, obj: usize) {
    let thread = enter!(thread);
    match Oop::from_addr(obj) {
        Some(o) if thread.monitor_exit(o) => {}
        Some(_) => {
            let _ = thread.throw_new("java/lang/IllegalMonitorStateException", None);
        }
        None => {
            let _ = thread.throw_npe();
        }
    }
}

/// A synchronized method left by an exception: releases its monitor and
/// keeps the pending exception.
pub extern "C" fn monitor_exit_unwinding(thread: *const JavaThread, obj: usize) {
    let thread = enter!(thread);
    if let Some(o) = Oop::from_addr(obj) {
        thread.monitor_exit(o);
    }
}

/// `invokedynamic` site `index` of `caller` on `n` argument slots.
pub extern "C" fn invokedynamic(
    thread: *const JavaThread,
    caller: usize,
    index: u32,
    args: *const u64,
    n: usize,
) -> u64 {
    let thread = enter!(thread);
    // SAFETY: the code passes a buffer of `n` slots on its frame.
    let args = unsafe { std::slice::from_raw_parts(args, n) };
    runtime::invokedynamic(thread, method(caller), index as u16, args).map_or(0, |v| v.to_slot())
}

/// Whether the pending exception is caught by catch type `catch_type` of
/// `caller` (0 also when resolving the type threw: that exception then
/// replaces the pending one).
pub extern "C" fn exception_matches(thread: *const JavaThread, caller: usize, catch_type: u32) -> u32 {
    let thread = enter!(thread);
    u32::from(runtime::exception_matches(thread, method(caller), catch_type as u16).unwrap_or(false))
}

/// Takes the pending exception (at a handler's entry).
pub extern "C" fn take_exception(thread: *const JavaThread) -> usize {
    // SAFETY: compiled code passes the thread it runs on.
    let thread = unsafe { &*thread };
    addr(thread.take_pending_exception())
}

/// A safepoint poll found the poll word set: `-XX:+GCStress` counts it
/// like an allocation (and collects at its interval).
pub extern "C" fn safepoint(thread: *const JavaThread) {
    let thread = enter!(thread);
    thread.gc_stress_tick();
}

pub extern "C" fn frem(a: f32, b: f32) -> f32 {
    a % b
}

pub extern "C" fn drem(a: f64, b: f64) -> f64 {
    a % b
}
