//! `LambdaMetafactory.metafactory` and `altMetafactory`: lambdas and
//! method references.
//!
//! For each call site the VM spins an ordinary class, `Caller$$Lambda$N`,
//! in the caller's loader (so it resolves names as the caller does and is
//! unloaded with it):
//!
//! ```text
//! final synthetic class Caller$$Lambda$N implements I [, markers]
//!     private final C1 arg$1; ...                  // the captured values
//!     private static final Caller$$Lambda$N INSTANCE;  // if nothing is captured
//!     private <init>(C1, ...)                      // stores the captures
//!     static I get$Lambda(C1, ...)                 // the site's factory
//!     public R m(P...)                             // the interface method,
//!         [new T; dup]  captures, parameters (converted)  invoke impl  (convert)  return
//!     public R' m(P'...)                           // each bridge, the same way
//! ```
//!
//! The site is then linked to `get$Lambda` and runs as an `invokestatic`.
//! A non-capturing site returns the same instance every time, as on
//! HotSpot. Arguments are adapted to the implementation method as
//! `LambdaMetafactory` specifies: reference casts, unboxing (through the
//! instantiated type's wrapper when it names one), boxing, and widening
//! primitive conversions; the result likewise, or dropped for `void`.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::bytecode::opcodes::*;
use crate::classfile::CpEntry;
use crate::classfile::access;
use crate::classfile::descriptor::split_method_descriptor;
use crate::classfile::writer::{Asm, ClassWriter, Code};
use crate::link::ensure_initialized;
use crate::loader::define_generated;
use crate::metadata::MethodRef;
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;

use super::{BootstrapCall, bootstrap_error};

/// `altMetafactory` flags.
const FLAG_SERIALIZABLE: i32 = 1;
const FLAG_MARKERS: i32 = 2;
const FLAG_BRIDGES: i32 = 4;

/// `MethodHandle` reference kinds (JVMS §5.4.3.5).
const REF_INVOKE_VIRTUAL: u8 = 5;
const REF_INVOKE_STATIC: u8 = 6;
const REF_INVOKE_SPECIAL: u8 = 7;
const REF_NEW_INVOKE_SPECIAL: u8 = 8;
const REF_INVOKE_INTERFACE: u8 = 9;

const FACTORY: &str = "get$Lambda";
const OBJECT: &str = "Ljava/lang/Object;";

/// Numbers the spun classes (`$$Lambda$N`), process-wide.
static NEXT_LAMBDA: AtomicU64 = AtomicU64::new(1);

/// The implementation method of a site.
struct Implementation<'a> {
    kind: u8,
    class: &'a str,
    name: &'a str,
    descriptor: &'a str,
    /// Named by an `InterfaceMethodref`.
    in_interface: bool,
}

/// Spins the class of the lambda site `call` and returns its factory.
pub(super) fn link(thread: &JavaThread, call: &BootstrapCall, alt: bool) -> JResult<MethodRef> {
    let cp = call.cp;
    let method_type = |i: usize| match call.args.get(i).map(|&a| cp.entry(a)) {
        Some(&CpEntry::MethodType { descriptor }) => Some(cp.utf8(descriptor)),
        _ => None,
    };
    let integer = |i: usize| match call.args.get(i).map(|&a| cp.entry(a)) {
        Some(&CpEntry::Integer(v)) => Some(v),
        _ => None,
    };
    let (Some(sam), Some(instantiated)) = (method_type(0), method_type(2)) else {
        return Err(bootstrap_error(thread, "LambdaMetafactory: bad static arguments"));
    };
    let Some(&CpEntry::MethodHandle { kind, reference }) = call.args.get(1).map(|&a| cp.entry(a)) else {
        return Err(bootstrap_error(thread, "LambdaMetafactory: the implementation is not a method handle"));
    };
    let target = cp.member_ref(reference);
    let implementation = Implementation {
        kind,
        class: target.class_name,
        name: target.name,
        descriptor: target.descriptor,
        in_interface: matches!(cp.entry(reference), CpEntry::InterfaceMethodRef { .. }),
    };
    let Some((captures, interface)) = split_method_descriptor(call.descriptor) else {
        return Err(bootstrap_error(thread, "LambdaMetafactory: bad call site type"));
    };
    let Some(interface) = interface.strip_prefix('L').and_then(|i| i.strip_suffix(';')) else {
        return Err(bootstrap_error(thread, "LambdaMetafactory: the call site does not return an interface"));
    };

    let mut interfaces = vec![interface.to_string()];
    let mut bridges = Vec::new();
    if alt {
        let flags = integer(3).unwrap_or(0);
        let mut at = 4;
        if flags & FLAG_MARKERS != 0 {
            let count = integer(at).unwrap_or(0) as usize;
            for i in 0..count {
                if let Some(&CpEntry::Class { name }) = call.args.get(at + 1 + i).map(|&a| cp.entry(a)) {
                    interfaces.push(cp.utf8(name).to_string());
                }
            }
            at += 1 + count;
        }
        if flags & FLAG_BRIDGES != 0 {
            let count = integer(at).unwrap_or(0) as usize;
            bridges.extend((0..count).filter_map(|i| method_type(at + 1 + i)));
        }
        if flags & FLAG_SERIALIZABLE != 0 && !interfaces.iter().any(|i| i == "java/io/Serializable") {
            interfaces.push("java/io/Serializable".into());
        }
    }

    let name = format!("{}$$Lambda${}", call.caller.name(), NEXT_LAMBDA.fetch_add(1, Ordering::Relaxed));
    let spun = Spinner { this: &name, captures: &captures, implementation, instantiated };
    let mut w = ClassWriter::new(&name, Some("java/lang/Object"));
    w.set_flags(access::FINAL | access::SUPER | access::SYNTHETIC);
    for i in &interfaces {
        w.implements(i);
    }
    spun.fields_and_constructor(&mut w);
    spun.factory(&mut w, call.descriptor);
    let mut signatures = vec![sam];
    signatures.extend(bridges.into_iter().filter(|&b| b != sam));
    for signature in signatures {
        spun.forwarder(&mut w, call.name, signature)
            .map_err(|e| bootstrap_error(thread, &format!("LambdaMetafactory: {e}")))?;
    }

    let class = define_generated(thread, call.caller.loader(), &name, &w.finish(), &call.caller.java_name())?;
    ensure_initialized(thread, class)?;
    Ok(class.find_declared_method(FACTORY, call.descriptor).expect("the spun class declares its factory"))
}

/// Writes the members of one spun class.
struct Spinner<'a> {
    this: &'a str,
    /// Descriptors of the captured values.
    captures: &'a [&'a str],
    implementation: Implementation<'a>,
    /// The instantiated method type (more specific than the erased one).
    instantiated: &'a str,
}

impl Spinner<'_> {
    /// The capture fields, the constructor, and for a non-capturing site
    /// the shared instance.
    fn fields_and_constructor(&self, w: &mut ClassWriter) {
        let object_init = w.cp.method("java/lang/Object", "<init>", "()V");
        let mut a = Asm::default();
        a.op1(ALOAD, 0).op2(INVOKESPECIAL, object_init);
        let mut slot = 1;
        for (i, &c) in self.captures.iter().enumerate() {
            let field = format!("arg${}", i + 1);
            w.field(access::PRIVATE | access::FINAL, &field, c);
            let f = w.cp.field(self.this, &field, c);
            a.op1(ALOAD, 0).op1(load_op(c), slot as u8).op2(PUTFIELD, f);
            slot += slots(c);
        }
        a.op(RETURN);
        let init_desc = format!("({})V", self.captures.concat());
        w.method(
            access::PRIVATE,
            "<init>",
            &init_desc,
            Some(Code { max_stack: 3, max_locals: slot, bytes: a.finish() }),
        );
        if self.captures.is_empty() {
            let desc = format!("L{};", self.this);
            w.field(access::PRIVATE | access::STATIC | access::FINAL, "INSTANCE", &desc);
            let (class, init) = (w.cp.class(self.this), w.cp.method(self.this, "<init>", "()V"));
            let instance = w.cp.field(self.this, "INSTANCE", &desc);
            let mut a = Asm::default();
            a.op2(NEW, class).op(DUP).op2(INVOKESPECIAL, init).op2(PUTSTATIC, instance).op(RETURN);
            w.code(access::STATIC, "<clinit>", "()V", 2, 0, a.finish());
        }
    }

    /// `static I get$Lambda(captures...)`.
    fn factory(&self, w: &mut ClassWriter, descriptor: &str) {
        let mut a = Asm::default();
        let mut slot = 0u16;
        if self.captures.is_empty() {
            let instance = w.cp.field(self.this, "INSTANCE", &format!("L{};", self.this));
            a.op2(GETSTATIC, instance);
        } else {
            let class = w.cp.class(self.this);
            let init = w.cp.method(self.this, "<init>", &format!("({})V", self.captures.concat()));
            a.op2(NEW, class).op(DUP);
            for &c in self.captures {
                a.op1(load_op(c), slot as u8);
                slot += slots(c);
            }
            a.op2(INVOKESPECIAL, init);
        }
        a.op(ARETURN);
        w.code(access::STATIC, FACTORY, descriptor, 2 + slot, slot, a.finish());
    }

    /// The interface method `name` with descriptor `signature`: captures
    /// and parameters converted to the implementation's types, the call,
    /// the result converted back.
    fn forwarder(&self, w: &mut ClassWriter, name: &str, signature: &str) -> Result<(), String> {
        let imp = &self.implementation;
        let (params, ret) = split_method_descriptor(signature).ok_or("bad interface method type")?;
        let (inst_params, inst_ret) = split_method_descriptor(self.instantiated).ok_or("bad instantiated type")?;
        let (impl_params, impl_ret) = split_method_descriptor(imp.descriptor).ok_or("bad implementation type")?;
        let receiver = format!("L{};", imp.class);
        let has_receiver = matches!(imp.kind, REF_INVOKE_VIRTUAL | REF_INVOKE_INTERFACE | REF_INVOKE_SPECIAL);
        let mut targets: Vec<&str> = Vec::new();
        if has_receiver {
            targets.push(&receiver);
        }
        targets.extend(impl_params.iter().copied());
        if targets.len() != self.captures.len() + params.len() {
            return Err(format!(
                "{} takes {} arguments, the site gives {}",
                imp.name,
                targets.len(),
                self.captures.len() + params.len()
            ));
        }

        let mut a = Asm::default();
        if imp.kind == REF_NEW_INVOKE_SPECIAL {
            let class = w.cp.class(imp.class);
            a.op2(NEW, class).op(DUP);
        }
        let mut stack = 2u16;
        for (i, &c) in self.captures.iter().enumerate() {
            let f = w.cp.field(self.this, &format!("arg${}", i + 1), c);
            a.op1(ALOAD, 0).op2(GETFIELD, f);
            convert(w, &mut a, c, c, targets[i]);
            stack += 2;
        }
        let mut slot = 1u16;
        for (j, &p) in params.iter().enumerate() {
            a.op1(load_op(p), slot as u8);
            slot += slots(p);
            let hint = inst_params.get(j).copied().unwrap_or(p);
            convert(w, &mut a, p, hint, targets[self.captures.len() + j]);
            stack += 2;
        }
        let produced = match imp.kind {
            REF_INVOKE_STATIC | REF_INVOKE_VIRTUAL | REF_INVOKE_SPECIAL => {
                let op = match imp.kind {
                    REF_INVOKE_STATIC => INVOKESTATIC,
                    REF_INVOKE_VIRTUAL => INVOKEVIRTUAL,
                    _ => INVOKESPECIAL,
                };
                let m = member(w, imp);
                a.op2(op, m);
                impl_ret.to_string()
            }
            REF_INVOKE_INTERFACE => {
                let m = w.cp.interface_method(imp.class, imp.name, imp.descriptor);
                let count = 1 + impl_params.iter().map(|p| slots(p)).sum::<u16>();
                a.invokeinterface(m, count as u8);
                impl_ret.to_string()
            }
            REF_NEW_INVOKE_SPECIAL => {
                let m = w.cp.method(imp.class, "<init>", imp.descriptor);
                a.op2(INVOKESPECIAL, m);
                receiver.clone()
            }
            other => return Err(format!("unsupported method handle kind {other}")),
        };
        match (produced.as_str(), ret) {
            ("V", "V") => {}
            (_, "V") => {
                a.op(if slots(&produced) == 2 { POP2 } else { POP });
            }
            ("V", r) => {
                a.op(match r.as_bytes()[0] {
                    b'L' | b'[' => ACONST_NULL,
                    b'J' => LCONST_0,
                    b'F' => FCONST_0,
                    b'D' => DCONST_0,
                    _ => ICONST_0,
                });
            }
            (p, r) => {
                let hint = if inst_ret != "V" && is_reference(p) { inst_ret } else { p };
                convert(w, &mut a, p, hint, r);
            }
        }
        a.op(return_op(ret));
        let code = Code { max_stack: stack + 2, max_locals: slot, bytes: a.finish() };
        w.method(access::PUBLIC, name, signature, Some(code));
        Ok(())
    }
}

/// The implementation method's constant-pool entry.
fn member(w: &mut ClassWriter, imp: &Implementation) -> u16 {
    if imp.in_interface {
        w.cp.interface_method(imp.class, imp.name, imp.descriptor)
    } else {
        w.cp.method(imp.class, imp.name, imp.descriptor)
    }
}

fn is_reference(desc: &str) -> bool {
    matches!(desc.as_bytes().first(), Some(b'L' | b'['))
}

fn slots(desc: &str) -> u16 {
    match desc {
        "J" | "D" => 2,
        "V" => 0,
        _ => 1,
    }
}

fn load_op(desc: &str) -> u8 {
    match desc.as_bytes()[0] {
        b'L' | b'[' => ALOAD,
        b'J' => LLOAD,
        b'F' => FLOAD,
        b'D' => DLOAD,
        _ => ILOAD,
    }
}

fn return_op(desc: &str) -> u8 {
    match desc.as_bytes()[0] {
        b'L' | b'[' => ARETURN,
        b'J' => LRETURN,
        b'F' => FRETURN,
        b'D' => DRETURN,
        b'V' => RETURN,
        _ => IRETURN,
    }
}

/// The wrapper class of a primitive descriptor, and its unboxing method.
fn wrapper(prim: &str) -> Option<(&'static str, &'static str)> {
    Some(match prim {
        "Z" => ("java/lang/Boolean", "booleanValue"),
        "B" => ("java/lang/Byte", "byteValue"),
        "C" => ("java/lang/Character", "charValue"),
        "S" => ("java/lang/Short", "shortValue"),
        "I" => ("java/lang/Integer", "intValue"),
        "J" => ("java/lang/Long", "longValue"),
        "F" => ("java/lang/Float", "floatValue"),
        "D" => ("java/lang/Double", "doubleValue"),
        _ => return None,
    })
}

/// The primitive a wrapper-class descriptor boxes.
fn unwrapped(desc: &str) -> Option<&'static str> {
    Some(match desc {
        "Ljava/lang/Boolean;" => "Z",
        "Ljava/lang/Byte;" => "B",
        "Ljava/lang/Character;" => "C",
        "Ljava/lang/Short;" => "S",
        "Ljava/lang/Integer;" => "I",
        "Ljava/lang/Long;" => "J",
        "Ljava/lang/Float;" => "F",
        "Ljava/lang/Double;" => "D",
        _ => return None,
    })
}

/// The widening primitive conversion from `from` to `to` (JLS §5.1.2), if
/// an instruction is needed.
fn widen(a: &mut Asm, from: &str, to: &str) {
    let int_like = |d: &str| matches!(d, "Z" | "B" | "C" | "S" | "I");
    let op = match (from, to) {
        (f, "J") if int_like(f) => I2L,
        (f, "F") if int_like(f) => I2F,
        (f, "D") if int_like(f) => I2D,
        ("J", "F") => L2F,
        ("J", "D") => L2D,
        ("F", "D") => F2D,
        _ => return,
    };
    a.op(op);
}

/// Converts the value of type `from` on the stack to type `to`; `hint` is
/// the instantiated type of the value (picks the wrapper to unbox
/// through).
fn convert(w: &mut ClassWriter, a: &mut Asm, from: &str, hint: &str, to: &str) {
    if from == to {
        return;
    }
    match (is_reference(from), is_reference(to)) {
        (false, false) => widen(a, from, to),
        (false, true) => {
            let (class, _) = wrapper(from).expect("a primitive");
            let value_of = w.cp.method(class, "valueOf", &format!("({from})L{class};"));
            a.op2(INVOKESTATIC, value_of);
            if to != OBJECT && to != format!("L{class};") {
                checkcast(w, a, to);
            }
        }
        (true, false) => {
            let prim = unwrapped(hint).or_else(|| unwrapped(from)).unwrap_or(to);
            let (class, unbox) = wrapper(prim).expect("a primitive");
            let cast = w.cp.class(class);
            let m = w.cp.method(class, unbox, &format!("(){prim}"));
            a.op2(CHECKCAST, cast).op2(INVOKEVIRTUAL, m);
            widen(a, prim, to);
        }
        (true, true) => {
            if to != OBJECT {
                checkcast(w, a, to);
            }
        }
    }
}

fn checkcast(w: &mut ClassWriter, a: &mut Asm, desc: &str) {
    let name = desc.strip_prefix('L').and_then(|d| d.strip_suffix(';')).unwrap_or(desc);
    let class = w.cp.class(name);
    a.op2(CHECKCAST, class);
}
