//! The resolved-entry cache of a class's constant pool (HotSpot's
//! `ConstantPoolCache`).
//!
//! One once-cell per constant-pool slot. Resolution (`link::resolution`)
//! fills a cell the first time an instruction needs the entry; quickened
//! instructions then read the cell directly. A failed resolution leaves the
//! cell empty and is retried (and fails again) at the next execution.
//!
//! String entries hold an [`OopCell`], registered with the class's loader as
//! a root that the collector updates.

use std::sync::OnceLock;

use crate::classfile::BasicType;
use crate::oops::OopCell;
use crate::runtime::indy::CallSite;

use super::{ClassRef, MethodRef};

/// A resolved field reference.
#[derive(Copy, Clone, Debug)]
pub struct FieldEntry {
    /// The class that declares the field.
    pub holder: ClassRef,
    pub offset: u32,
    pub basic_type: BasicType,
    pub is_static: bool,
}

/// What a constant-pool entry resolved to.
#[derive(Debug)]
pub enum Resolved {
    Class(ClassRef),
    Field(FieldEntry),
    Method(MethodRef),
    /// The interned `java.lang.String` of a `String` entry.
    String(OopCell),
    /// A linked `invokedynamic` call site.
    CallSite(Box<CallSite>),
}

/// Resolved constant-pool entries, indexed like the constant pool.
#[derive(Debug, Default)]
pub struct CpCache {
    slots: Box<[OnceLock<Resolved>]>,
}

impl CpCache {
    pub fn new(len: usize) -> CpCache {
        CpCache { slots: (0..len).map(|_| OnceLock::new()).collect() }
    }

    #[inline(always)]
    pub fn get(&self, index: u16) -> Option<&Resolved> {
        self.slots.get(index as usize)?.get()
    }

    /// Stores `value` unless the slot is already filled; returns the
    /// slot's value either way.
    pub fn fill(&self, index: u16, value: Resolved) -> &Resolved {
        self.try_fill(index, value).0
    }

    /// Like [`CpCache::fill`]; also says whether `value` was the one stored.
    pub fn try_fill(&self, index: u16, value: Resolved) -> (&Resolved, bool) {
        let slot = &self.slots[index as usize];
        let stored = slot.set(value).is_ok();
        (slot.get().expect("just filled"), stored)
    }

    #[inline(always)]
    pub fn class(&self, index: u16) -> Option<ClassRef> {
        match self.get(index) {
            Some(Resolved::Class(c)) => Some(*c),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn method(&self, index: u16) -> Option<MethodRef> {
        match self.get(index) {
            Some(Resolved::Method(m)) => Some(*m),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn field(&self, index: u16) -> Option<FieldEntry> {
        match self.get(index) {
            Some(Resolved::Field(f)) => Some(*f),
            _ => None,
        }
    }
}
