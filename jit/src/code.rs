//! Machine code: where it lives ([`CodeCache`]), what is known about each
//! piece ([`Blob`]), and finding a piece by address ([`CodeTable`]) — which
//! is how the VM's stack walks see compiled frames.
//!
//! The code cache is one reserved read-write-execute range; pieces are
//! allocated first-fit and freed one by one (code of an invalidated method
//! is freed once no activation of it is left). Code is position
//! independent apart from addresses the JIT puts in constants (helpers,
//! metadata), so it is copied in as is.
//!
//! A blob records, per call it makes, the return address offset, the
//! distance from the frame pointer down to the stack pointer at the call,
//! the bci of the call, and the stack offsets of the references live across
//! it (from Cranelift's user stack maps). [`CodeTable::walk_segment`]
//! follows the frame-pointer chain from an anchor through consecutive
//! compiled frames: for each, the blob containing the return address gives
//! the frame's references and bci; the saved frame pointer and return
//! address at `[fp]` and `[fp + 8]` lead to its caller; the walk stops at
//! the first return address that is not in compiled code (the Rust code
//! that entered the segment).

use std::collections::BTreeMap;
use std::io;
use std::sync::{Arc, Mutex, RwLock};

use crema_vm::compiler::{Anchor, CompiledFrame};
use crema_vm::metadata::MethodRef;

use crate::sites::SiteData;

/// Executable memory.
pub struct CodeCache {
    base: usize,
    size: usize,
    inner: Mutex<Free>,
}

struct Free {
    /// Start of the never-used tail.
    top: usize,
    /// Freed pieces (start, length), reused first-fit.
    holes: Vec<(usize, usize)>,
}

const CODE_ALIGN: usize = 32;

impl CodeCache {
    /// Reserves `size` bytes of executable memory.
    pub fn new(size: usize) -> io::Result<CodeCache> {
        // SAFETY: an anonymous private mapping at an address of the kernel's
        // choosing; it is never unmapped (the cache lives as long as the
        // process).
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(CodeCache { base: base as usize, size, inner: Mutex::new(Free { top: base as usize, holes: Vec::new() }) })
    }

    /// Copies `code` into the cache; returns its address.
    pub fn install(&self, code: &[u8]) -> Option<usize> {
        let len = code.len().next_multiple_of(CODE_ALIGN).max(CODE_ALIGN);
        let at = {
            let mut free = self.inner.lock().unwrap();
            match free.holes.iter().position(|&(_, l)| l >= len) {
                Some(i) => {
                    let (start, l) = free.holes[i];
                    if l == len {
                        free.holes.swap_remove(i);
                    } else {
                        free.holes[i] = (start + len, l - len);
                    }
                    start
                }
                None if free.top + len <= self.base + self.size => {
                    let start = free.top;
                    free.top += len;
                    start
                }
                None => return None,
            }
        };
        // SAFETY: [at, at + len) was just allocated from the mapping, which
        // is writable; nothing executes it until the address is published.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), at as *mut u8, code.len()) };
        Some(at)
    }

    /// Gives back the piece at `start` of `len` bytes (as installed).
    pub fn free(&self, start: usize, len: usize) {
        let len = len.next_multiple_of(CODE_ALIGN).max(CODE_ALIGN);
        self.inner.lock().unwrap().holes.push((start, len));
    }

    /// Bytes in use.
    pub fn used(&self) -> usize {
        let free = self.inner.lock().unwrap();
        free.top - self.base - free.holes.iter().map(|h| h.1).sum::<usize>()
    }
}

/// What a call in a blob left on its frame.
#[derive(Clone, Debug)]
pub struct Safepoint {
    /// Offset of the return address from the blob's start.
    pub return_offset: u32,
    /// Frame pointer minus stack pointer at the call.
    pub frame_size: u32,
    pub bci: u32,
    /// Stack-pointer-relative offsets of the references live across the
    /// call.
    pub refs: Box<[u32]>,
}

/// What a blob is.
pub enum BlobKind {
    /// A Java method's compiled code (an OSR entry at instruction `osr`).
    Method { method: MethodRef, id: u64, osr: Option<u32> },
    /// An adapter between calling conventions.
    Adapter,
}

/// A piece of installed code and its metadata.
pub struct Blob {
    pub start: usize,
    pub len: usize,
    pub kind: BlobKind,
    /// Sorted by `return_offset`.
    pub safepoints: Box<[Safepoint]>,
    /// The data cells the code reads and writes (call, field and class
    /// sites, inline caches); their addresses are in the code.
    pub sites: SiteData,
}

impl Blob {
    fn safepoint(&self, pc: usize) -> Option<&Safepoint> {
        let offset = (pc - self.start) as u32;
        self.safepoints.binary_search_by_key(&offset, |s| s.return_offset).ok().map(|i| &self.safepoints[i])
    }

    pub fn method(&self) -> Option<MethodRef> {
        match self.kind {
            BlobKind::Method { method, .. } => Some(method),
            BlobKind::Adapter => None,
        }
    }
}

/// Every installed blob, by start address.
#[derive(Default)]
pub struct CodeTable {
    blobs: RwLock<BTreeMap<usize, Arc<Blob>>>,
}

impl CodeTable {
    pub fn insert(&self, blob: Arc<Blob>) {
        self.blobs.write().unwrap().insert(blob.start, blob);
    }

    pub fn remove(&self, start: usize) -> Option<Arc<Blob>> {
        self.blobs.write().unwrap().remove(&start)
    }

    /// The blob containing `pc`.
    pub fn lookup(&self, pc: usize) -> Option<Arc<Blob>> {
        let blobs = self.blobs.read().unwrap();
        let (_, blob) = blobs.range(..=pc).next_back()?;
        (pc < blob.start + blob.len).then(|| blob.clone())
    }

    /// All blobs (for statistics and invalidation).
    pub fn all(&self) -> Vec<Arc<Blob>> {
        self.blobs.read().unwrap().values().cloned().collect()
    }

    /// Walks the compiled frames of a segment from `anchor`, innermost
    /// first.
    pub fn walk_segment(&self, anchor: Anchor, visit: &mut dyn FnMut(&CompiledFrame)) {
        let (mut fp, mut pc) = (anchor.fp, anchor.ra);
        let mut slots = Vec::new();
        while pc != 0 && fp != 0 {
            let Some(blob) = self.lookup(pc) else { break };
            let safepoint = blob.safepoint(pc);
            slots.clear();
            let mut bci = 0;
            if let Some(s) = safepoint {
                let sp = fp - s.frame_size as usize;
                slots.extend(s.refs.iter().map(|&o| sp + o as usize));
                bci = s.bci;
            }
            visit(&CompiledFrame { pc, method: blob.method(), bci, ref_slots: &slots });
            // SAFETY: `fp` is the frame pointer of a compiled frame that is
            // suspended in a call (the anchor or a callee's saved one): the
            // words at [fp] and [fp + 8] are its caller's frame pointer and
            // the return address into the caller.
            unsafe {
                pc = *((fp + 8) as *const usize);
                fp = *(fp as *const usize);
            }
        }
    }
}
