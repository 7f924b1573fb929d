//! Stack traces: recording the frames of a `Throwable` and turning them
//! into `StackTraceElement`s.
//!
//! `fillInStackTrace` records, for each frame from the thrower outwards,
//! the method and the bci (HotSpot's backtrace), skipping the frames of
//! `fillInStackTrace` itself and of the throwable's constructors, and at
//! most `MAX_DEPTH` frames (HotSpot's `MaxJavaStackTraceDepth`). The record
//! is an `Object[]`: element 0 a `long[]` of (method, bci) pairs, then the
//! mirror of each frame's class, which keeps the classes alive while the
//! throwable is. `getStackTrace` builds the elements from it lazily.

use crate::classfile::BasicType;
use crate::metadata::MethodRef;
use crate::oops::{self, Oop};

use super::JavaThread;
use super::exceptions::JResult;
use super::natives::JValue;
use super::thread::FrameKind;

/// HotSpot's default `MaxJavaStackTraceDepth`.
pub const MAX_DEPTH: usize = 1024;

/// A recorded frame: the method and its bci (-2 for native methods).
#[derive(Copy, Clone, Debug)]
pub struct TraceFrame {
    pub method: MethodRef,
    pub bci: i32,
}

/// The thread's frames from the top, as a stack trace of `throwable`
/// would record them.
pub fn walk_for(thread: &JavaThread, throwable: Option<Oop>) -> Vec<TraceFrame> {
    let mut out = Vec::new();
    let mut skipping_fill = true;
    let mut skipping_init = throwable.is_some();
    let throwable_class = throwable.map(oops::class_of);
    for TraceFrame { method: m, bci } in java_frames(thread) {
        if skipping_fill && m.name().starts_with("fillInStackTrace") {
            continue;
        }
        skipping_fill = false;
        if m.class().is_hidden() {
            continue;
        }
        if skipping_init {
            if m.is_constructor() && throwable_class.is_some_and(|c| c.is_subtype_of(m.class())) {
                continue;
            }
            skipping_init = false;
        }
        out.push(TraceFrame { method: m, bci });
        if out.len() == MAX_DEPTH {
            break;
        }
    }
    out
}

/// Every Java frame of the thread from the top, interpreted, native and
/// compiled alike, with its bci (-2 for natives).
pub fn java_frames(thread: &JavaThread) -> Vec<TraceFrame> {
    let mut out = Vec::new();
    for f in thread.frames().iter().rev() {
        let m = f.method;
        match f.kind {
            FrameKind::Native => out.push(TraceFrame { method: m, bci: -2 }),
            FrameKind::Interpreted => {
                let bci = match m.prepared.get() {
                    Some(Ok(code)) => code.bci(f.pc as usize) as i32,
                    _ => -1,
                };
                out.push(TraceFrame { method: m, bci });
            }
            FrameKind::Compiled(anchor) => {
                if let Some(compiler) = thread.vm().compiler() {
                    compiler.walk_segment(anchor, &mut |cf| {
                        if let Some(method) = cf.method {
                            out.push(TraceFrame { method, bci: cf.bci as i32 });
                        }
                    });
                }
            }
        }
    }
    out
}

/// Records the current stack in `throwable`'s backtrace field.
pub fn fill_in(thread: &JavaThread, throwable: Oop) -> JResult<()> {
    let frames = walk_for(thread, Some(throwable));
    let vm = thread.vm();
    let wk = vm.well_known();
    let scope = thread.scope();
    let throwable = scope.oop_handle(throwable);
    let pairs = scope.oop_handle(thread.alloc_primitive_array(BasicType::Long, 2 * frames.len() as i32)?);
    let record = scope.oop_handle(thread.alloc_object_array(wk.object, frames.len() as i32 + 1)?);
    for (i, f) in frames.iter().enumerate() {
        oops::array_put::<i64>(pairs.get(), 2 * i, f.method.as_ptr() as i64);
        oops::array_put::<i64>(pairs.get(), 2 * i + 1, f.bci as i64);
        oops::array_put_ref(record.get(), i + 1, Some(f.method.class().mirror()));
    }
    oops::array_put_ref(record.get(), 0, Some(pairs.get()));
    oops::put_ref(throwable.get(), wk.throwable_backtrace as usize, Some(record.get()));
    Ok(())
}

/// The frames recorded in `throwable`'s backtrace.
pub fn recorded_frames(thread: &JavaThread, throwable: Oop) -> Vec<TraceFrame> {
    let wk = thread.vm().well_known();
    let Some(record) = oops::get_ref(throwable, wk.throwable_backtrace as usize) else {
        return Vec::new();
    };
    let Some(Some(pairs)) = oops::array_get_ref(record, 0) else {
        return Vec::new();
    };
    let n = oops::array_length(pairs) / 2;
    (0..n)
        .map(|i| {
            let method = oops::array_get::<i64>(pairs, 2 * i).expect("in bounds") as usize;
            let bci = oops::array_get::<i64>(pairs, 2 * i + 1).expect("in bounds") as i32;
            TraceFrame {
                // SAFETY: the record holds the mirror of this method's class
                // (element i + 1), so the class, and the method, are alive.
                method: unsafe { MethodRef::from_raw(method as *const crate::metadata::Method) },
                bci,
            }
        })
        .collect()
}

/// Builds a `StackTraceElement` for `frame`.
pub fn new_element(thread: &JavaThread, frame: TraceFrame) -> JResult<Oop> {
    let vm = thread.vm();
    let class = frame.method.class();
    let element_class = vm.load_boot_class(thread, "java/lang/StackTraceElement")?;
    let init = element_class
        .find_declared_method(
            "<init>",
            "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V",
        )
        .expect("the class library's StackTraceElement has the 7-argument constructor");
    let line = match frame.bci {
        -2 => -2,
        bci if bci >= 0 => frame.method.line_number(bci as usize).map_or(-1, |l| l as i32),
        _ => -1,
    };
    let scope = thread.scope();
    let loader_name = match class.loader().kind() {
        crate::loader::LoaderKind::App => Some(scope.oop_handle(thread.intern("app")?)),
        _ => None,
    };
    let module = if class.loader().is_boot() { Some(scope.oop_handle(thread.intern("java.base")?)) } else { None };
    let declaring = scope.oop_handle(thread.new_string(&class.java_name())?);
    let method_name = scope.oop_handle(thread.intern(frame.method.name())?);
    let file = match class.source_file() {
        Some(f) => Some(scope.oop_handle(thread.intern(f)?)),
        None => None,
    };
    let element = scope.oop_handle(thread.alloc_instance(element_class)?);
    thread.call(
        init,
        &[
            JValue::Ref(Some(element.get())),
            JValue::Ref(loader_name.map(|h| h.get())),
            JValue::Ref(module.map(|h| h.get())),
            JValue::Ref(None),
            JValue::Ref(Some(declaring.get())),
            JValue::Ref(Some(method_name.get())),
            JValue::Ref(file.map(|h| h.get())),
            JValue::Int(line),
        ],
    )?;
    Ok(element.get())
}

/// `throwable.getStackTrace()`'s elements, freshly built.
pub fn elements(thread: &JavaThread, throwable: Oop) -> JResult<Oop> {
    let frames = recorded_frames(thread, throwable);
    let vm = thread.vm();
    let element_class = vm.load_boot_class(thread, "java/lang/StackTraceElement")?;
    let scope = thread.scope();
    let array = scope.oop_handle(thread.alloc_object_array(element_class, frames.len() as i32)?);
    for (i, f) in frames.into_iter().enumerate() {
        let e = new_element(thread, f)?;
        oops::array_put_ref(array.get(), i, Some(e));
    }
    Ok(array.get())
}
