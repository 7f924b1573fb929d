//! Receiver-type profiles (HotSpot's `ReceiverTypeData`): the classes seen
//! at each `invokevirtual`, `invokeinterface`, `checkcast` and
//! `instanceof`, for the JIT to speculate on. At an `invokeinterface` a
//! row also caches the method selected for its class, so a repeated
//! receiver class skips the itable search (the interpreter's inline
//! cache).
//!
//! A row that names a class of another, unloadable loader is registered in
//! the dependency registry (`deps`); unloading that class empties the row.
//! Rows are written by the Java thread only; the JIT thread may read them
//! (relaxed atomics, a torn row is only a worse guess).

use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

use crate::metadata::{ClassRef, MethodRef};

/// Rows per profile, as in HotSpot (`TypeProfileWidth`).
pub const ROWS: usize = 2;

/// One receiver class and how often it was seen.
#[derive(Default, Debug)]
pub struct ProfileRow {
    class: AtomicUsize,
    count: AtomicU32,
    /// At an `invokeinterface`: the method selected for `class`.
    target: AtomicUsize,
}

impl ProfileRow {
    pub fn class(&self) -> Option<ClassRef> {
        let raw = self.class.load(Ordering::Relaxed);
        // SAFETY: a row holds a live class: unloading its class empties it.
        (raw != 0).then(|| unsafe { ClassRef::from_raw(raw as *const crate::metadata::Class) })
    }

    /// The address of the class in the row, without assuming it is alive
    /// (for checks after unloading).
    pub fn raw_class(&self) -> Option<usize> {
        let raw = self.class.load(Ordering::Relaxed);
        (raw != 0).then_some(raw)
    }

    pub fn count(&self) -> u32 {
        self.count.load(Ordering::Relaxed)
    }

    /// The cached selected method, if any.
    #[inline(always)]
    pub fn target(&self) -> Option<MethodRef> {
        let raw = self.target.load(Ordering::Relaxed);
        // SAFETY: the target belongs to the row's class or a supertype,
        // which live as long as the row names the class.
        (raw != 0).then(|| unsafe { MethodRef::from_raw(raw as *const crate::metadata::Method) })
    }

    pub fn set_target(&self, method: MethodRef) {
        self.target.store(method.as_ptr() as usize, Ordering::Relaxed);
    }

    /// Empties the row (its class is being unloaded).
    pub fn reset(&self) {
        self.target.store(0, Ordering::Relaxed);
        self.count.store(0, Ordering::Relaxed);
        self.class.store(0, Ordering::Relaxed);
    }
}

/// The profile of one instruction.
#[derive(Default, Debug)]
pub struct ReceiverProfile {
    rows: [ProfileRow; ROWS],
    /// Receivers of classes that found no row.
    other: AtomicU32,
}

/// What [`ReceiverProfile::record`] found.
pub enum Recorded<'p> {
    /// The class has a row (counted).
    Row(&'p ProfileRow),
    /// A free row was claimed for the class: the caller registers it.
    Claimed(&'p ProfileRow),
    /// The rows are taken by other classes (counted as `other`).
    Other,
}

impl ReceiverProfile {
    /// Counts `class` at this instruction.
    #[inline(always)]
    pub fn record(&self, class: ClassRef) -> Recorded<'_> {
        let raw = class.as_ptr() as usize;
        for row in &self.rows {
            if row.class.load(Ordering::Relaxed) == raw {
                // Single writer: a plain increment, no atomic read-modify-write.
                row.count.store(row.count.load(Ordering::Relaxed).wrapping_add(1), Ordering::Relaxed);
                return Recorded::Row(row);
            }
        }
        self.claim(raw)
    }

    #[cold]
    fn claim(&self, raw: usize) -> Recorded<'_> {
        for row in &self.rows {
            if row.class.load(Ordering::Relaxed) == 0 {
                row.count.store(1, Ordering::Relaxed);
                row.class.store(raw, Ordering::Relaxed);
                return Recorded::Claimed(row);
            }
        }
        self.other.store(self.other.load(Ordering::Relaxed).wrapping_add(1), Ordering::Relaxed);
        Recorded::Other
    }

    pub fn rows(&self) -> &[ProfileRow; ROWS] {
        &self.rows
    }

    /// Receivers that found no row.
    pub fn other_count(&self) -> u32 {
        self.other.load(Ordering::Relaxed)
    }
}
