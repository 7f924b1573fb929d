//! The data cells of compiled code: one per instruction that needs a
//! resolved constant-pool entry, and one per call.
//!
//! Compiled code loads a cell's `value` and, when it is still 0, calls the
//! runtime to resolve the entry (with the interpreter's checks, errors and
//! class initialization); the runtime stores the result when it may be
//! cached. So code compiled before a site ever ran (`-Xcomp`) resolves it
//! lazily, in the same order and with the same errors as the interpreter,
//! and nothing is patched but data. Cells that were resolved at compile
//! time start filled.
//!
//! Cells are boxed (their addresses are in the code) and owned by their
//! blob; the layout is `repr(C)` so the code can address the fields.

use std::sync::OnceLock;
use std::sync::atomic::AtomicUsize;

use crema_vm::compiler::InlineCache;
use crema_vm::compiler::runtime::Dispatch;
use crema_vm::metadata::MethodRef;

/// What a [`Site`] resolves.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SiteKind {
    /// `getfield`/`putfield`: `value` = offset + 1.
    Field,
    /// `getstatic`/`putstatic`: `value` = offset + 1, `extra` = holder
    /// class (written even when `value` is not cached).
    StaticField,
    /// `new`: `value` = the class (once initialized).
    New,
    /// `checkcast`, `instanceof`, `anewarray`, `multianewarray`, `ldc` of
    /// a class: `value` = the class.
    Class,
    /// `ldc` of a string: `value` = the address of the `OopCell` holding
    /// the interned string.
    String,
}

/// A resolution cell.
#[repr(C)]
pub struct Site {
    pub value: AtomicUsize,
    pub extra: AtomicUsize,
    pub caller: MethodRef,
    pub index: u16,
    pub kind: SiteKind,
}

impl Site {
    pub fn new(caller: MethodRef, index: u16, kind: SiteKind) -> Box<Site> {
        Box::new(Site { value: AtomicUsize::new(0), extra: AtomicUsize::new(0), caller, index, kind })
    }
}

/// A call site: its inline cache (first, at offset 0) and resolution.
#[repr(C)]
pub struct CallSite {
    pub ic: InlineCache,
    /// For direct calls (static, special, private): the method, once
    /// resolved and cacheable.
    pub target: AtomicUsize,
    pub caller: MethodRef,
    /// `INVOKEVIRTUAL` ... (the unquickened opcode).
    pub op: u8,
    pub index: u16,
    /// For virtual and interface calls: how the target is selected, once
    /// resolved.
    pub dispatch: OnceLock<Dispatch>,
}

impl CallSite {
    pub fn new(caller: MethodRef, op: u8, index: u16) -> Box<CallSite> {
        Box::new(CallSite {
            ic: InlineCache::default(),
            target: AtomicUsize::new(0),
            caller,
            op,
            index,
            dispatch: OnceLock::new(),
        })
    }
}

/// The cells of one blob. Each cell is boxed on purpose: its address is
/// in the code, so it must not move when the vectors grow.
#[derive(Default)]
#[allow(clippy::vec_box)]
pub struct SiteData {
    pub sites: Vec<Box<Site>>,
    pub calls: Vec<Box<CallSite>>,
}
