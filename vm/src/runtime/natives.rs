//! Native methods: the registry, the argument view and the value type.
//!
//! A native is a Rust function registered under its class's internal name,
//! its method name and its descriptor (ARCHITECTURE.md §9). The class
//! library registers its natives at start-up; the VM binds a `native`
//! method to its function the first time it is invoked, and throws
//! `UnsatisfiedLinkError` when none is registered.
//!
//! Natives read their arguments through [`Args`], which reads the caller's
//! operand-stack slots each time it is asked. Those slots are roots, so an
//! argument read after an allocation is the object's current address:
//! arguments behave like handles. A native returns a [`JValue`]; a
//! reference in it must be produced after the native's last safepoint.

use std::collections::HashMap;

use crate::classfile::BasicType;
use crate::metadata::MethodRef;
use crate::oops::Oop;

use super::JavaThread;
use super::exceptions::JResult;

/// The Rust side of a `native` method.
pub type NativeFn = fn(&JavaThread, &Args) -> JResult<JValue>;

/// A Java value, as passed to and returned from calls.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum JValue {
    Void,
    /// `int`, and `boolean`, `byte`, `char`, `short` widened to it.
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
    Ref(Option<Oop>),
}

impl JValue {
    /// The value as it sits in one stack slot.
    #[inline(always)]
    pub fn to_slot(self) -> u64 {
        match self {
            JValue::Void => 0,
            JValue::Int(v) => v as u32 as u64,
            JValue::Long(v) => v as u64,
            JValue::Float(v) => v.to_bits() as u64,
            JValue::Double(v) => v.to_bits(),
            JValue::Ref(r) => r.map_or(0, Oop::addr) as u64,
        }
    }

    /// The value of type `ty` held in `slot`.
    #[inline(always)]
    pub fn from_slot(slot: u64, ty: BasicType) -> JValue {
        match ty {
            BasicType::Void => JValue::Void,
            BasicType::Long => JValue::Long(slot as i64),
            BasicType::Float => JValue::Float(f32::from_bits(slot as u32)),
            BasicType::Double => JValue::Double(f64::from_bits(slot)),
            BasicType::Reference => JValue::Ref(Oop::from_addr(slot as usize)),
            _ => JValue::Int(slot as u32 as i32),
        }
    }

    /// How many slots the value takes.
    pub fn slots(self) -> usize {
        match self {
            JValue::Void => 0,
            JValue::Long(_) | JValue::Double(_) => 2,
            _ => 1,
        }
    }

    pub fn as_int(self) -> i32 {
        match self {
            JValue::Int(v) => v,
            other => panic!("expected an int, got {other:?}"),
        }
    }

    pub fn as_long(self) -> i64 {
        match self {
            JValue::Long(v) => v,
            other => panic!("expected a long, got {other:?}"),
        }
    }

    pub fn as_double(self) -> f64 {
        match self {
            JValue::Double(v) => v,
            other => panic!("expected a double, got {other:?}"),
        }
    }

    pub fn as_ref(self) -> Option<Oop> {
        match self {
            JValue::Ref(r) => r,
            other => panic!("expected a reference, got {other:?}"),
        }
    }
}

impl From<bool> for JValue {
    fn from(b: bool) -> JValue {
        JValue::Int(b as i32)
    }
}

/// Natives by `(class, name, descriptor)`.
#[derive(Default)]
pub struct NativeRegistry {
    /// Keyed by `class.name descriptor`, e.g. `java/lang/Object.hashCode()I`.
    map: HashMap<String, NativeFn>,
}

impl NativeRegistry {
    pub fn new() -> NativeRegistry {
        NativeRegistry::default()
    }

    /// Registers `f` as `class.name descriptor` (internal class name).
    pub fn register(&mut self, class: &str, name: &str, descriptor: &str, f: NativeFn) {
        self.map.insert(format!("{class}.{name}{descriptor}"), f);
    }

    pub fn lookup(&self, class: &str, name: &str, descriptor: &str) -> Option<NativeFn> {
        self.map.get(&format!("{class}.{name}{descriptor}")).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// The arguments of a native call, read from the caller's stack slots.
///
/// Parameters are numbered from 0 without the receiver; the receiver of an
/// instance method is [`Args::this`].
pub struct Args<'a> {
    thread: &'a JavaThread,
    /// Slot index of the first argument (the receiver, if any).
    base: usize,
    method: MethodRef,
}

impl<'a> Args<'a> {
    pub(crate) fn new(thread: &'a JavaThread, base: usize, method: MethodRef) -> Args<'a> {
        Args { thread, base, method }
    }

    pub fn method(&self) -> MethodRef {
        self.method
    }

    fn slot_of(&self, param: usize) -> usize {
        let sig = self.method.signature();
        let receiver = usize::from(!self.method.is_static());
        let before: usize = sig.params[..param].iter().map(|t| t.slots()).sum();
        self.base + receiver + before
    }

    fn raw(&self, param: usize, ty: BasicType) -> u64 {
        let sig = self.method.signature();
        debug_assert!(
            sig.params[param] == ty
                || (ty == BasicType::Int
                    && !matches!(
                        sig.params[param],
                        BasicType::Long | BasicType::Float | BasicType::Double | BasicType::Reference
                    )),
            "parameter {param} of {:?} is not {ty:?}",
            self.method
        );
        self.thread.slot(self.slot_of(param))
    }

    /// The receiver (never null: the invoke checked it).
    pub fn this(&self) -> Oop {
        debug_assert!(!self.method.is_static());
        Oop::from_addr(self.thread.slot(self.base) as usize).expect("receiver is not null")
    }

    /// An `int` (or `boolean`, `byte`, `char`, `short`) parameter.
    pub fn int(&self, param: usize) -> i32 {
        self.raw(param, BasicType::Int) as u32 as i32
    }

    pub fn boolean(&self, param: usize) -> bool {
        self.int(param) != 0
    }

    pub fn long(&self, param: usize) -> i64 {
        self.raw(param, BasicType::Long) as i64
    }

    pub fn float(&self, param: usize) -> f32 {
        f32::from_bits(self.raw(param, BasicType::Float) as u32)
    }

    pub fn double(&self, param: usize) -> f64 {
        f64::from_bits(self.raw(param, BasicType::Double))
    }

    /// A reference parameter, as of now.
    pub fn oop(&self, param: usize) -> Option<Oop> {
        Oop::from_addr(self.raw(param, BasicType::Reference) as usize)
    }
}
