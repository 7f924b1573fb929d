//! [`Method`]: a method's metadata, its code, and its interpreter form.

use std::fmt;
use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::OnceLock;

use crate::bytecode::{PreparedCode, RefMaps};
use crate::classfile::{CodeInfo, MethodDescriptor, access};
use crate::compiler::MethodEntry;
use crate::runtime::natives::NativeFn;

use super::ClassRef;

/// A method declared by a class.
pub struct Method {
    pub(crate) class: ClassRef,
    pub(crate) name: Box<str>,
    pub(crate) descriptor: Box<str>,
    pub(crate) access: u16,
    pub(crate) signature: MethodDescriptor,
    /// Slots the arguments take, the receiver included.
    pub(crate) arg_slots: u16,
    pub(crate) code: Option<CodeInfo>,
    /// The method's slot in its class's vtable, or -1.
    pub(crate) vtable_index: i32,
    /// For interface methods, the slot in each implementor's itable entry
    /// for this interface, or -1.
    pub(crate) itable_index: i32,
    /// The decoded, checked instruction array, built at first invocation;
    /// `Err` holds a `VerifyError` message.
    pub(crate) prepared: OnceLock<Result<Box<PreparedCode>, String>>,
    /// The Rust function of a `native` method, bound at first invocation.
    pub(crate) native: OnceLock<NativeFn>,
    /// Reference maps of the prepared code, computed when a collection
    /// first finds the method on a stack.
    pub(crate) ref_maps: OnceLock<Box<RefMaps>>,
    /// Counters, compilation state and entry cells (`compiler`).
    pub(crate) jit: MethodEntry,
}

impl Method {
    /// Offset of the compiled-callers entry cell (`MethodEntry::entry`),
    /// which compiled code loads to call the method.
    pub fn entry_offset() -> usize {
        std::mem::offset_of!(Method, jit) + std::mem::offset_of!(MethodEntry, entry)
    }

    /// The interpreter's prepared code, once the method has run.
    pub fn prepared_code(&self) -> Option<&PreparedCode> {
        self.prepared.get().and_then(|c| c.as_deref().ok())
    }

    /// The method's compilation state and entry cells.
    #[inline(always)]
    pub fn jit(&self) -> &MethodEntry {
        &self.jit
    }

    pub fn class(&self) -> ClassRef {
        self.class
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn descriptor(&self) -> &str {
        &self.descriptor
    }

    pub fn access(&self) -> u16 {
        self.access
    }

    pub fn signature(&self) -> &MethodDescriptor {
        &self.signature
    }

    pub fn arg_slots(&self) -> usize {
        self.arg_slots as usize
    }

    pub fn code(&self) -> Option<&CodeInfo> {
        self.code.as_ref()
    }

    pub fn vtable_index(&self) -> Option<usize> {
        usize::try_from(self.vtable_index).ok()
    }

    pub fn itable_index(&self) -> Option<usize> {
        usize::try_from(self.itable_index).ok()
    }

    pub fn is_static(&self) -> bool {
        self.access & access::STATIC != 0
    }

    pub fn is_private(&self) -> bool {
        self.access & access::PRIVATE != 0
    }

    pub fn is_public(&self) -> bool {
        self.access & access::PUBLIC != 0
    }

    pub fn is_protected(&self) -> bool {
        self.access & access::PROTECTED != 0
    }

    pub fn is_final(&self) -> bool {
        self.access & access::FINAL != 0
    }

    pub fn is_native(&self) -> bool {
        self.access & access::NATIVE != 0
    }

    pub fn is_abstract(&self) -> bool {
        self.access & access::ABSTRACT != 0
    }

    pub fn is_synchronized(&self) -> bool {
        self.access & access::SYNCHRONIZED != 0
    }

    pub fn is_constructor(&self) -> bool {
        &*self.name == "<init>"
    }

    /// Whether the method takes part in virtual dispatch: not static, not
    /// private, not a constructor or class initializer.
    pub fn is_virtual(&self) -> bool {
        !self.is_static() && !self.is_private() && !self.name.starts_with('<')
    }

    /// The reference maps of the method's code, which must have been
    /// prepared (it has run).
    pub fn ref_maps(&self) -> &RefMaps {
        self.ref_maps.get_or_init(|| Box::new(RefMaps::compute(self)))
    }

    /// The source line of `bci`, from the `LineNumberTable`.
    pub fn line_number(&self, bci: usize) -> Option<u32> {
        let table = &self.code.as_ref()?.line_numbers;
        let i = table.partition_point(|&(pc, _)| pc as usize <= bci);
        if i == 0 { None } else { Some(table[i - 1].1 as u32) }
    }

    /// `java.lang.String.charAt(I)C`-style name for logs.
    pub fn debug_name(&self) -> String {
        format!("{}.{}{}", self.class.java_name(), self.name, self.descriptor)
    }
}

impl fmt::Debug for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.debug_name())
    }
}

/// A pointer to method metadata; valid as long as its class (see the
/// module notes of `metadata`).
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct MethodRef(NonNull<Method>);

// SAFETY: `Method` is `Sync` (once-cells only), so pointers to it may move
// between threads.
unsafe impl Send for MethodRef {}
unsafe impl Sync for MethodRef {}

impl MethodRef {
    /// A reference to `method`, which must live in its class's method
    /// array.
    pub fn new(method: &Method) -> MethodRef {
        MethodRef(NonNull::from(method))
    }

    pub fn as_ptr(self) -> *const Method {
        self.0.as_ptr()
    }

    /// # Safety
    /// `ptr` came from [`MethodRef::as_ptr`] of a method whose class is
    /// still loaded.
    pub unsafe fn from_raw(ptr: *const Method) -> MethodRef {
        // SAFETY: non-null by the caller's contract.
        MethodRef(unsafe { NonNull::new_unchecked(ptr as *mut Method) })
    }
}

impl Deref for MethodRef {
    type Target = Method;

    #[inline(always)]
    fn deref(&self) -> &Method {
        // SAFETY: method metadata outlives every reachable MethodRef (module
        // notes of `metadata`).
        unsafe { self.0.as_ref() }
    }
}

impl fmt::Debug for MethodRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.debug_name())
    }
}
