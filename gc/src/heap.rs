//! The heap: generations, allocation, and the collection policy.
//!
//! ```text
//!  reserved range:  | eden | from | to |        old         | OOM reserve |
//!                   \------ young -----/
//! ```
//!
//! Threads bump-allocate in TLABs carved from eden; objects of at least
//! `large_threshold` bytes go straight to the old generation. When eden is
//! full, a young collection (`young`) copies the live nursery objects into
//! the `to` survivor space or, once old enough (or when `to` is full),
//! into the old generation; if the old generation might not hold what a
//! young collection could promote, a full collection (`full`) marks the
//! whole heap and slides the live objects down. A failed allocation after
//! that, and after one more full collection that also clears soft
//! references, is an `OutOfMemoryError` for the VM to throw.
//!
//! Invariants (between collections):
//! - every space is parsable: `[bottom, top)` holds objects and fillers;
//! - `to` is empty;
//! - every old-generation object with a slot pointing into the young
//!   generation is on a dirty card (the write barrier's job);
//! - memory handed out by an allocation is zeroed; eden's free part
//!   `[top, end)` is kept zero (collections clear what they empty), so a
//!   TLAB needs no clearing.

use std::io;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use crate::card_table::{CardTable, ObjectStarts};
use crate::header::write_filler;
use crate::mark_bitmap::MarkBitmap;
use crate::reserved::Reserved;
use crate::space::Space;
use crate::{OBJECT_ALIGNMENT, ObjectModel, Oop, RefSlot, Tlab, align_object_size};

/// The largest TLAB handed out.
const TLAB_SIZE: usize = 256 * 1024;
/// Bytes past the old generation kept for building an `OutOfMemoryError`.
const OOM_RESERVE: usize = 1 << 20;

/// Heap sizes and policy, from `-Xms`, `-Xmx`, `-Xmn` and the `-XX` flags.
#[derive(Copy, Clone, Debug)]
pub struct HeapConfig {
    /// `-Xmx`: the most the heap may ever use.
    pub max_bytes: usize,
    /// `-Xms`: the committed size at start-up (sizes the nursery by default).
    pub initial_bytes: usize,
    /// `-Xmn`: the nursery size.
    pub young_bytes: Option<usize>,
    /// `-XX:MaxTenuringThreshold` (0..=16): young collections an object
    /// survives before promotion.
    pub tenuring_threshold: u32,
    /// Fill the space a young collection evacuated with a poison pattern
    /// (HotSpot's `ZapUnusedHeapArea`), so that a stale reference into it
    /// fails fast instead of reading an old copy. The checking modes turn
    /// it on.
    pub zap_unused: bool,
}

impl HeapConfig {
    /// HotSpot's defaults on this kind of machine: a maximum of a quarter of
    /// physical memory, an initial size of a sixty-fourth.
    pub fn default_for_machine() -> HeapConfig {
        let phys = physical_memory().unwrap_or(4 << 30);
        HeapConfig {
            max_bytes: (phys / 4).max(16 << 20),
            initial_bytes: (phys / 64).max(8 << 20),
            young_bytes: None,
            tenuring_threshold: 15,
            zap_unused: false,
        }
    }
}

/// Why a collection ran.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GcCause {
    AllocationFailure,
    /// `System.gc()` or the VM's diagnostics.
    Explicit,
    /// `-XX:+GCStress`.
    Stress,
    /// The last full collection before `OutOfMemoryError`, clearing soft
    /// references.
    LastDitch,
}

impl GcCause {
    /// HotSpot's wording in `-Xlog:gc` lines.
    pub fn describe(self) -> &'static str {
        match self {
            GcCause::AllocationFailure => "Allocation Failure",
            GcCause::Explicit => "System.gc()",
            GcCause::Stress => "GC Stress",
            GcCause::LastDitch => "Allocation Failure",
        }
    }
}

/// Which collection.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GcKind {
    Young,
    Full,
}

/// What one collection did (for logs and statistics).
#[derive(Clone, Debug)]
pub struct GcEvent {
    pub id: u32,
    pub kind: GcKind,
    pub cause: GcCause,
    pub used_before: usize,
    pub used_after: usize,
    pub capacity: usize,
    pub pause: Duration,
}

/// A snapshot of how full the heap is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct HeapUsage {
    pub used: usize,
    pub capacity: usize,
    pub max: usize,
}

/// The spaces, for summaries (`-Xlog:gc*` at exit).
#[derive(Copy, Clone, Debug)]
pub struct HeapSpaces {
    pub eden: Space,
    pub from: Space,
    pub to: Space,
    pub old: Space,
    pub old_capacity: usize,
}

/// The VM's side of a collection: roots, the object model, and what to do
/// with the collection's results.
pub trait VmBinding {
    /// Cheap to clone: the collector keeps a copy while it visits roots.
    type Model: ObjectModel + Clone;

    fn model(&self) -> &Self::Model;

    /// Calls `visit` with every strong root slot (once each).
    fn visit_roots(&mut self, visit: &mut dyn FnMut(RefSlot));

    /// Calls `visit` with every weak root slot (once each): slots outside
    /// the heap that must be updated when their targets move, but that do
    /// not keep them alive in a full collection (interned strings, the
    /// cells of unloadable class metadata). A young collection, the
    /// adjusting of a full one (after [`VmBinding::prune_weak_roots`]) and
    /// verification visit them like roots.
    fn visit_weak_roots(&mut self, visit: &mut dyn FnMut(RefSlot)) {
        let _ = visit;
    }

    /// Full collection, marking: calls `visit` with the weak roots that the
    /// marks so far (`is_marked`) show must be kept (the cells of class
    /// loaders found alive) and were not visited before; returns whether
    /// there were any. The collector marks from them and asks again until
    /// this returns false.
    fn mark_weak_roots(&mut self, is_marked: &dyn Fn(usize) -> bool, visit: &mut dyn FnMut(RefSlot)) -> bool {
        let _ = (is_marked, visit);
        false
    }

    /// Full collection, after marking: drops the weak roots whose targets
    /// are not marked (and what they stand for: dead class loaders).
    fn prune_weak_roots(&mut self, is_marked: &dyn Fn(usize) -> bool) {
        let _ = is_marked;
    }

    /// `Reference` objects (their current addresses) whose referents the
    /// collection cleared, to be enqueued.
    fn references_cleared(&mut self, references: &[Oop]);

    /// Called after each collection.
    fn collected(&mut self, event: &GcEvent);
}

/// The generations.
pub(crate) struct Generations {
    pub eden: Space,
    pub from: Space,
    pub to: Space,
    pub old: Space,
    /// Normal allocations in the old generation stay below this; the rest
    /// up to `old.end` is the OOM reserve.
    pub old_limit: usize,
    /// What the old generation reports as committed.
    pub old_capacity: usize,
    /// The range of the young generation.
    pub young_start: usize,
    pub young_end: usize,
}

impl Generations {
    pub fn used(&self) -> usize {
        self.eden.used() + self.from.used() + self.to.used() + self.old.used()
    }

    pub fn capacity(&self) -> usize {
        self.eden.capacity() + self.from.capacity() + self.old_capacity
    }

    /// Grows the reported old capacity to cover `old.top`.
    pub fn note_old_growth(&mut self) {
        let needed = self.old.used();
        if needed > self.old_capacity {
            let max = self.old_limit - self.old.bottom;
            self.old_capacity = (self.old_capacity * 2).max(needed).min(max.max(needed));
        }
    }
}

/// The Java heap.
pub struct Heap {
    range: Reserved,
    pub(crate) cards: CardTable,
    pub(crate) starts: ObjectStarts,
    pub(crate) bitmap: MarkBitmap,
    pub(crate) gens: Mutex<Generations>,
    max: usize,
    large_threshold: usize,
    tenuring_threshold: u32,
    pub(crate) zap_unused: bool,
    collections: AtomicU32,
}

impl Heap {
    /// Reserves the heap's address range and lays out the generations.
    pub fn new(config: HeapConfig) -> io::Result<Heap> {
        let max = align_object_size(config.max_bytes.max(2 << 20)).next_multiple_of(64 * 1024);
        let range = Reserved::map(max + OOM_RESERVE)?;
        let start = range.start();
        let young = config
            .young_bytes
            .unwrap_or(config.initial_bytes.min(max) / 3)
            .clamp(512 * 1024, max / 2)
            .next_multiple_of(64 * 1024);
        let survivor = (young / 10).next_multiple_of(4096).max(16 * 1024);
        let eden_size = young - 2 * survivor;
        let young_end = start + young;
        let eden = Space::new(start, start + eden_size);
        let from = Space::new(eden.end, eden.end + survivor);
        let to = Space::new(from.end, young_end);
        let old = Space::new(young_end, start + max + OOM_RESERVE);
        let old_capacity = config.initial_bytes.min(max).saturating_sub(young).max(1 << 20).min(max - young);
        Ok(Heap {
            cards: CardTable::new(start, max + OOM_RESERVE)?,
            starts: ObjectStarts::new(young_end, max + OOM_RESERVE - young)?,
            bitmap: MarkBitmap::new(start, max + OOM_RESERVE)?,
            gens: Mutex::new(Generations {
                eden,
                from,
                to,
                old,
                old_limit: start + max,
                old_capacity,
                young_start: start,
                young_end,
            }),
            range,
            max,
            large_threshold: (TLAB_SIZE / 2).min(eden_size / 8).max(OBJECT_ALIGNMENT * 4),
            tenuring_threshold: config.tenuring_threshold.min(16),
            zap_unused: config.zap_unused,
            collections: AtomicU32::new(0),
        })
    }

    /// The card table's biased base: the write barrier dirties the byte at
    /// `card_base + (addr >> 9)`.
    pub fn card_base(&self) -> usize {
        self.cards.biased_base()
    }

    /// Allocates `size` zeroed bytes (rounded up to 8) in the thread's TLAB
    /// or, on its slow path, a new TLAB or the old generation. `None` means
    /// a collection is needed ([`Heap::allocate_or_collect`]).
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
        let mut gens = self.gens.lock().unwrap();
        if size >= self.large_threshold {
            return self.allocate_old(&mut gens, size);
        }
        Self::retire(tlab);
        let eden = &mut gens.eden;
        let len = TLAB_SIZE.min(eden.free()) & !(OBJECT_ALIGNMENT - 1);
        if len < size {
            return None;
        }
        let start = eden.bump(len, eden.end)?;
        // Eden's free part is zero (heap invariant), so the TLAB is too.
        *tlab = Tlab { top: start, end: start + len };
        tlab.try_bump(size).and_then(Oop::from_addr)
        // Post-invariant: eden's [bottom, top) is objects, fillers and the
        // live TLAB (retired into a filler before any walk).
    }

    /// A zeroed old-generation block of `size` bytes, below the normal limit.
    fn allocate_old(&self, gens: &mut Generations, size: usize) -> Option<Oop> {
        let limit = gens.old_limit;
        let at = gens.old.bump(size, limit)?;
        gens.note_old_growth();
        self.starts.record(at, size);
        // SAFETY: the block was just taken from the old generation's free part.
        unsafe { std::ptr::write_bytes(at as *mut u8, 0, size) };
        Oop::from_addr(at)
    }

    /// Allocates `size` zeroed bytes from the OOM reserve (for building an
    /// `OutOfMemoryError` when the heap proper is exhausted).
    pub fn allocate_reserve(&self, size: usize) -> Option<Oop> {
        let size = align_object_size(size);
        let mut gens = self.gens.lock().unwrap();
        let end = gens.old.end;
        let at = gens.old.bump(size, end)?;
        self.starts.record(at, size);
        // SAFETY: as in `allocate_old`.
        unsafe { std::ptr::write_bytes(at as *mut u8, 0, size) };
        Oop::from_addr(at)
    }

    /// Turns the unused tail of `tlab` into a filler and empties it.
    pub(crate) fn retire(tlab: &mut Tlab) {
        if tlab.end > tlab.top {
            write_filler(tlab.top, tlab.end - tlab.top);
        }
        *tlab = Tlab::empty();
    }

    /// Allocates after collecting as needed: a young collection (or a full
    /// one), then a full one, then a full one clearing soft references.
    /// `None` is an `OutOfMemoryError`.
    pub fn allocate_or_collect<B: VmBinding>(&self, tlab: &mut Tlab, size: usize, binding: &mut B) -> Option<Oop> {
        let size = align_object_size(size);
        if size > self.max {
            // No collection can make room for it.
            return None;
        }
        for (kind, cause) in [
            (GcKind::Young, GcCause::AllocationFailure),
            (GcKind::Full, GcCause::AllocationFailure),
            (GcKind::Full, GcCause::LastDitch),
        ] {
            self.collect(kind, cause, tlab, binding);
            if let Some(obj) = self.allocate(tlab, size) {
                return Some(obj);
            }
            if size < self.large_threshold {
                // It fits no TLAB (eden is full of survivors): try the old
                // generation before collecting harder.
                let mut gens = self.gens.lock().unwrap();
                if let Some(obj) = self.allocate_old(&mut gens, size) {
                    return Some(obj);
                }
            }
        }
        None
    }

    /// Runs a collection. A young collection becomes a full one when the
    /// old generation might not hold everything it could promote.
    pub fn collect<B: VmBinding>(&self, kind: GcKind, cause: GcCause, tlab: &mut Tlab, binding: &mut B) {
        Self::retire(tlab);
        let start = Instant::now();
        let mut gens = self.gens.lock().unwrap();
        let used_before = gens.used();
        let promotable = gens.eden.used() + gens.from.used();
        let old_free = gens.old_limit.saturating_sub(gens.old.top);
        let kind = if kind == GcKind::Young && promotable > old_free { GcKind::Full } else { kind };
        let cleared = match kind {
            GcKind::Young => crate::young::collect(self, &mut gens, binding, self.tenuring_threshold),
            GcKind::Full => crate::full::collect(self, &mut gens, binding, cause == GcCause::LastDitch),
        };
        gens.note_old_growth();
        let event = GcEvent {
            id: self.collections.fetch_add(1, Ordering::Relaxed),
            kind,
            cause,
            used_before,
            used_after: gens.used(),
            capacity: gens.capacity(),
            pause: start.elapsed(),
        };
        drop(gens);
        if !cleared.is_empty() {
            binding.references_cleared(&cleared);
        }
        binding.collected(&event);
    }

    /// Number of collections so far.
    pub fn collection_count(&self) -> u32 {
        self.collections.load(Ordering::Relaxed)
    }

    /// Whether `addr` lies in the young generation.
    pub fn is_young(&self, addr: usize) -> bool {
        let g = self.gens.lock().unwrap();
        addr >= g.young_start && addr < g.young_end
    }

    /// Used, committed and maximum sizes in bytes.
    pub fn usage(&self) -> HeapUsage {
        let g = self.gens.lock().unwrap();
        HeapUsage { used: g.used(), capacity: g.capacity(), max: self.max }
    }

    /// The spaces as they are now.
    pub fn spaces(&self) -> HeapSpaces {
        let g = self.gens.lock().unwrap();
        HeapSpaces { eden: g.eden, from: g.from, to: g.to, old: g.old, old_capacity: g.old_capacity }
    }

    /// The reserved address range `[start, end)`: every object lies in it.
    pub fn reserved(&self) -> (usize, usize) {
        (self.range.start(), self.range.end())
    }
}

fn physical_memory() -> Option<usize> {
    // SAFETY: sysconf has no preconditions.
    let (pages, page) = unsafe { (libc::sysconf(libc::_SC_PHYS_PAGES), libc::sysconf(libc::_SC_PAGESIZE)) };
    if pages > 0 && page > 0 { Some(pages as usize * page as usize) } else { None }
}
