//! The heap: one reserved range, filled by bump allocation.
//!
//! Until the collector arrives the heap only grows: `top` moves from the
//! start of the range towards `start + max`. Threads allocate in TLABs carved
//! from the shared region; objects of at least half a TLAB are allocated in
//! the shared region directly. `capacity` is the size the heap reports as
//! committed (`Runtime.totalMemory`): it starts at `-Xms` and grows in steps
//! as `top` passes it, never beyond `-Xmx`.
//!
//! Invariants:
//! - `start <= top <= start + max + OOM_RESERVE`, all 8-byte aligned; `top`
//!   passes `start + max` only through `allocate_reserve`.
//! - Memory in `[top, end of range)` has never been handed out, so it is
//!   still zero-filled (see `reserved.rs`).

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::reserved::Reserved;
use crate::{OBJECT_ALIGNMENT, Oop, Tlab, align_object_size};

/// The size of a freshly handed-out TLAB.
const TLAB_SIZE: usize = 256 * 1024;
/// Bytes past `-Xmx` kept for building an `OutOfMemoryError` once the heap
/// proper is exhausted ([`Heap::allocate_reserve`]).
const OOM_RESERVE: usize = 1 << 20;

/// Heap sizes, from `-Xms`, `-Xmx` and `-Xmn`.
#[derive(Copy, Clone, Debug)]
pub struct HeapConfig {
    /// `-Xmx`: the most the heap may ever use.
    pub max_bytes: usize,
    /// `-Xms`: the committed size at start-up.
    pub initial_bytes: usize,
    /// `-Xmn`: the nursery size (used by the generational collector).
    pub young_bytes: Option<usize>,
}

impl HeapConfig {
    /// HotSpot's defaults on this kind of machine: a maximum of a quarter of
    /// physical memory, an initial size of a sixty-fourth.
    pub fn default_for_machine() -> HeapConfig {
        let phys = physical_memory().unwrap_or(4 << 30);
        HeapConfig { max_bytes: (phys / 4).max(16 << 20), initial_bytes: (phys / 64).max(8 << 20), young_bytes: None }
    }
}

/// A snapshot of how full the heap is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct HeapUsage {
    pub used: usize,
    pub capacity: usize,
    pub max: usize,
}

/// The Java heap.
pub struct Heap {
    range: Reserved,
    max: usize,
    top: AtomicUsize,
    capacity: AtomicUsize,
}

impl Heap {
    /// Reserves the heap's address range.
    pub fn new(config: HeapConfig) -> io::Result<Heap> {
        let max = align_object_size(config.max_bytes.max(1 << 20));
        let range = Reserved::map(max + OOM_RESERVE)?;
        let start = range.start();
        Ok(Heap {
            range,
            max,
            top: AtomicUsize::new(start),
            capacity: AtomicUsize::new(config.initial_bytes.clamp(1 << 20, max)),
        })
    }

    /// Allocates `size` zeroed bytes (rounded up to 8), from the thread's
    /// TLAB when it can, or `None` when the heap is exhausted.
    #[inline(always)]
    pub fn allocate(&self, tlab: &mut Tlab, size: usize) -> Option<Oop> {
        let size = align_object_size(size);
        match tlab.try_bump(size) {
            Some(addr) => Oop::from_addr(addr),
            None => self.allocate_slow(tlab, size),
        }
    }

    #[cold]
    fn allocate_slow(&self, tlab: &mut Tlab, size: usize) -> Option<Oop> {
        let limit = self.range.start() + self.max;
        if size >= TLAB_SIZE / 2 {
            return self.bump_shared(size, size, limit).and_then(|(addr, _)| Oop::from_addr(addr));
        }
        let (start, len) = self.bump_shared(size, TLAB_SIZE, limit)?;
        *tlab = Tlab { top: start, end: start + len };
        tlab.try_bump(size).and_then(Oop::from_addr)
        // Post-invariant: the old TLAB's unused tail is simply abandoned;
        // the heap is not yet walked linearly, so it needs no filler.
    }

    /// Allocates `size` zeroed bytes from the small reserve past `-Xmx`;
    /// for building an `OutOfMemoryError` after [`Heap::allocate`] failed.
    pub fn allocate_reserve(&self, size: usize) -> Option<Oop> {
        let size = align_object_size(size);
        let limit = self.range.end();
        self.bump_shared(size, size, limit).and_then(|(addr, _)| Oop::from_addr(addr))
    }

    /// Takes between `min` and `want` bytes from the shared region, below
    /// `limit`.
    fn bump_shared(&self, min: usize, want: usize, limit: usize) -> Option<(usize, usize)> {
        debug_assert!(min.is_multiple_of(OBJECT_ALIGNMENT) && want.is_multiple_of(OBJECT_ALIGNMENT));
        let mut top = self.top.load(Ordering::Relaxed);
        loop {
            let available = limit.saturating_sub(top);
            if available < min {
                return None;
            }
            let len = want.min(available);
            match self.top.compare_exchange_weak(top, top + len, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => {
                    self.grow_capacity(top + len - self.range.start());
                    return Some((top, len));
                }
                Err(actual) => top = actual,
            }
        }
        // Post-invariant: `top` only moved forward, by an aligned length,
        // and never past `limit` (`start + max`, or the reserve's end).
    }

    fn grow_capacity(&self, used: usize) {
        let mut capacity = self.capacity.load(Ordering::Relaxed);
        while used > capacity {
            let grown = (capacity * 2).max(used).min(self.max);
            match self.capacity.compare_exchange_weak(capacity, grown, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return,
                Err(actual) => capacity = actual,
            }
        }
    }

    /// Whether `addr` lies in the part of the heap handed out so far.
    pub fn contains(&self, addr: usize) -> bool {
        addr >= self.range.start() && addr < self.top.load(Ordering::Relaxed)
    }

    /// Used, committed and maximum sizes in bytes.
    pub fn usage(&self) -> HeapUsage {
        HeapUsage {
            used: (self.top.load(Ordering::Relaxed) - self.range.start()).min(self.max),
            capacity: self.capacity.load(Ordering::Relaxed),
            max: self.max,
        }
    }
}

fn physical_memory() -> Option<usize> {
    // SAFETY: sysconf has no preconditions.
    let (pages, page) = unsafe { (libc::sysconf(libc::_SC_PHYS_PAGES), libc::sysconf(libc::_SC_PAGESIZE)) };
    if pages > 0 && page > 0 { Some(pages as usize * page as usize) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small_heap(max: usize) -> Heap {
        Heap::new(HeapConfig { max_bytes: max, initial_bytes: 1 << 20, young_bytes: None }).unwrap()
    }

    #[test]
    fn allocations_are_aligned_zeroed_and_disjoint() {
        let heap = small_heap(4 << 20);
        let mut tlab = Tlab::empty();
        let a = heap.allocate(&mut tlab, 20).unwrap();
        let b = heap.allocate(&mut tlab, 8).unwrap();
        assert_eq!(a.addr() % 8, 0);
        assert_eq!(b.addr(), a.addr() + 24);
        // SAFETY: both objects are at least 8 bytes, inside the heap.
        unsafe {
            assert_eq!(a.read::<u64>(0), 0);
            a.write::<u64>(0, 7);
            assert_eq!(b.read::<u64>(0), 0);
        }
    }

    #[test]
    fn large_objects_bypass_the_tlab() {
        let heap = small_heap(4 << 20);
        let mut tlab = Tlab::empty();
        let small = heap.allocate(&mut tlab, 16).unwrap();
        let big = heap.allocate(&mut tlab, TLAB_SIZE).unwrap();
        let after = heap.allocate(&mut tlab, 16).unwrap();
        assert_eq!(after.addr(), small.addr() + 16, "the TLAB survives a large allocation");
        assert!(big.addr() >= small.addr() + TLAB_SIZE);
    }

    #[test]
    fn exhaustion_is_reported_not_fatal() {
        let heap = small_heap(1 << 20);
        let mut tlab = Tlab::empty();
        let mut count = 0;
        while heap.allocate(&mut tlab, 1000).is_some() {
            count += 1;
            assert!(count < 2000, "a 1 MiB heap cannot hold 2000 KB");
        }
        assert!(count > 900);
        assert!(heap.allocate(&mut tlab, 1 << 20).is_none());
        assert!(heap.usage().used <= heap.usage().max);
    }
}
