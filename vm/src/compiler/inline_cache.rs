//! Inline caches: the data cells compiled call sites dispatch through
//! (ARCHITECTURE.md §6).
//!
//! A cell goes empty → monomorphic (one class) → polymorphic (up to
//! [`IC_ENTRIES`] classes) → megamorphic (dispatch through the vtable or
//! itable from then on). Compiled code compares the receiver's class with
//! each entry's class and calls the entry's method on a match; a miss calls
//! the runtime, which selects the method and records it here. Since cells
//! are data, a transition or an invalidation is a store.
//!
//! An entry naming a class of another, unloadable loader is registered in
//! the dependency registry: unloading that class empties the whole cell
//! (before the class's memory can be reused, so a stale class pointer never
//! matches a new class at the same address).

use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

use crate::deps::Dependent;
use crate::loader::LoaderRef;
use crate::metadata::{Class, ClassRef, Method, MethodRef};
use crate::runtime::Vm;

/// Entries per cell before it goes megamorphic.
pub const IC_ENTRIES: usize = 4;

/// One (class, selected method) pair; `class == 0` is empty.
#[repr(C)]
#[derive(Default, Debug)]
pub struct IcEntry {
    pub class: AtomicUsize,
    pub method: AtomicUsize,
}

/// The inline cache of one call site.
#[repr(C)]
#[derive(Default, Debug)]
pub struct InlineCache {
    pub entries: [IcEntry; IC_ENTRIES],
    /// Non-zero once the site has seen more classes than entries.
    pub megamorphic: AtomicU32,
}

impl InlineCache {
    /// The method cached for `class`.
    #[inline]
    pub fn lookup(&self, class: ClassRef) -> Option<MethodRef> {
        let raw = class.as_ptr() as usize;
        self.entries.iter().find(|e| e.class.load(Ordering::Relaxed) == raw).map(|e| {
            // SAFETY: an entry's method belongs to its class (or a super),
            // alive while the entry names the class.
            unsafe { MethodRef::from_raw(e.method.load(Ordering::Relaxed) as *const Method) }
        })
    }

    /// Records that receivers of `class` call `method` here; a full cell
    /// goes megamorphic. `owner` is the loader of the compiled method.
    pub fn record(&self, vm: &Vm, owner: LoaderRef, class: ClassRef, method: MethodRef) {
        if self.megamorphic.load(Ordering::Relaxed) != 0 {
            return;
        }
        match self.entries.iter().find(|e| e.class.load(Ordering::Relaxed) == 0) {
            Some(free) => {
                free.method.store(method.as_ptr() as usize, Ordering::Relaxed);
                free.class.store(class.as_ptr() as usize, Ordering::Release);
                vm.dependencies().record_mention(owner, class, Dependent::InlineCache(self));
            }
            None => self.megamorphic.store(1, Ordering::Relaxed),
        }
    }

    /// How many classes the cell holds (0 to 4), or `None` once
    /// megamorphic.
    pub fn state(&self) -> Option<usize> {
        if self.megamorphic.load(Ordering::Relaxed) != 0 {
            return None;
        }
        Some(self.entries.iter().filter(|e| e.class.load(Ordering::Relaxed) != 0).count())
    }

    /// The classes the cell names (for checks after unloading).
    pub fn classes(&self) -> impl Iterator<Item = *const Class> + '_ {
        self.entries.iter().map(|e| e.class.load(Ordering::Relaxed)).filter(|&c| c != 0).map(|c| c as *const Class)
    }

    /// Empties the cell (a class it names is being unloaded).
    pub fn reset(&self) {
        for e in &self.entries {
            e.class.store(0, Ordering::Relaxed);
            e.method.store(0, Ordering::Relaxed);
        }
        self.megamorphic.store(0, Ordering::Relaxed);
    }
}
