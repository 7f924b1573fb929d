//! `java.lang.Object`: identity, class, cloning and monitors (with
//! `Thread.holdsLock`, the monitor query `Thread` offers).

use crema_vm::metadata::ClassKind;
use crema_vm::oops::{self, ARRAY_LENGTH_OFFSET};
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const C: &str = "java/lang/Object";
    r.register(C, "getClass", "()Ljava/lang/Class;", get_class);
    r.register(C, "hashCode", "()I", hash_code);
    r.register(C, "clone", "()Ljava/lang/Object;", clone);
    r.register(C, "notify", "()V", notify);
    r.register(C, "notifyAll", "()V", notify);
    r.register(C, "wait", "(J)V", wait);
    r.register("java/lang/Thread", "holdsLock", "(Ljava/lang/Object;)Z", holds_lock);
}

fn holds_lock(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    match args.oop(0) {
        Some(obj) => Ok(JValue::Int(i32::from(thread.holds_monitor(obj)))),
        None => Err(thread.throw_npe()),
    }
}

fn get_class(_: &JavaThread, args: &Args) -> JResult<JValue> {
    Ok(JValue::Ref(Some(oops::class_of(args.this()).mirror())))
}

fn hash_code(_: &JavaThread, args: &Args) -> JResult<JValue> {
    Ok(JValue::Int(oops::identity_hash(args.this())))
}

/// A shallow copy: arrays always, other objects if their class implements
/// `Cloneable`. The copy gets a fresh mark word (no identity hash).
fn clone(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let this = args.this();
    let class = oops::class_of(this);
    let is_array = matches!(class.kind(), ClassKind::Array { .. });
    if !is_array && !class.all_interfaces().iter().any(|i| i.name() == "java/lang/Cloneable") {
        return Err(thread.throw_new("java/lang/CloneNotSupportedException", Some(&class.java_name())));
    }
    let size = oops::object_size(this);
    let copy = thread.alloc_object(class, size)?;
    let this = args.this();
    let from = if is_array { ARRAY_LENGTH_OFFSET } else { oops::HEADER_SIZE };
    // SAFETY: both objects are `size` bytes of the same class; the copy is
    // fresh, so the ranges do not overlap, and no safepoint intervenes.
    unsafe { std::ptr::copy_nonoverlapping(this.ptr_at(from), copy.ptr_at(from), size - from) };
    // Every reference slot of the copy was written: dirty all its cards
    // (the copy may have been allocated in the old generation).
    oops::write_barrier_range(copy.addr(), copy.addr() + size);
    Ok(JValue::Ref(Some(copy)))
}

fn check_owner(thread: &JavaThread, args: &Args) -> JResult<()> {
    if thread.holds_monitor(args.this()) {
        Ok(())
    } else {
        Err(thread.throw_new("java/lang/IllegalMonitorStateException", Some("current thread is not owner")))
    }
}

/// With one Java thread nobody waits, so there is nobody to wake.
fn notify(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    check_owner(thread, args)?;
    Ok(JValue::Void)
}

/// With one Java thread nobody can notify: a timed wait sleeps for its
/// timeout, an untimed one can never end (as on any JVM).
fn wait(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    check_owner(thread, args)?;
    let millis = args.long(0);
    if millis < 0 {
        return Err(thread.throw_new("java/lang/IllegalArgumentException", Some("timeout value is negative")));
    }
    crema_vm::runtime::console::flush();
    if millis == 0 {
        loop {
            std::thread::park();
        }
    }
    std::thread::sleep(std::time::Duration::from_millis(millis as u64));
    Ok(JValue::Void)
}
