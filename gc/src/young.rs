//! The young collection: Cheney copying of the nursery.
//!
//! From-space is eden plus the `from` survivor space. Every live object
//! there is copied once: into `to` while it is younger than the tenuring
//! threshold and `to` has room, otherwise into the old generation
//! (promotion). The roots are the VM's roots plus the dirty cards of the old
//! generation (weak roots count as strong here: nothing is unloaded by a
//! young collection); the copies are then scanned in allocation order (Cheney's
//! scan pointers, one in `to` and one in the old generation's promoted
//! region) until no unscanned copy remains. Afterwards eden and `from` are
//! empty and the survivor spaces swap roles.
//!
//! Cards: each dirty card is cleaned before it is scanned, and a card is
//! (re-)dirtied whenever a slot in the old generation ends up pointing
//! into the nursery, so the barrier's invariant holds again at the end.
//!
//! References: weak and phantom referents (and soft ones when asked) are
//! not copied through the reference; after the scan, a referent that was
//! copied anyway is updated, and one that was not is cleared and its
//! reference reported to the VM for enqueueing.
//!
//! The caller guarantees the old generation can take everything that could
//! be promoted (otherwise it runs a full collection instead), so copying
//! never fails.

use crate::header::{MarkWord, mark_of, set_mark};
use crate::heap::{Generations, Heap, VmBinding};
use crate::space::Space;
use crate::{ObjectModel, Oop, RefSlot, ReferenceKind};

struct Copier<'h> {
    heap: &'h Heap,
    young_start: usize,
    young_end: usize,
    /// The survivor space being filled (the from-space's other half).
    to: Space,
    old: Space,
    old_limit: usize,
    threshold: u32,
    /// Reference objects whose referent is in from-space.
    discovered: Vec<Oop>,
}

impl Copier<'_> {
    /// Whether `addr` is in from-space (the nursery, minus `to`).
    #[inline(always)]
    fn in_from(&self, addr: usize) -> bool {
        addr >= self.young_start && addr < self.young_end && !self.to.contains(addr)
    }

    #[inline(always)]
    fn is_young(&self, addr: usize) -> bool {
        addr >= self.young_start && addr < self.young_end
    }

    /// Copies the object `slot` refers to (if it is in from-space and not
    /// copied yet) and points `slot` at the copy.
    #[inline]
    fn evacuate<M: ObjectModel>(&mut self, model: &M, slot: RefSlot) {
        let v = slot.get();
        if !self.in_from(v) {
            return;
        }
        let obj = Oop::from_addr(v).expect("non-zero");
        let mark = mark_of(obj);
        if let Some(copy) = mark.forwardee() {
            slot.set(copy.addr());
            return;
        }
        let size = model.size_of(obj);
        // HotSpot's rule: an object whose age (young collections survived
        // so far) has reached the threshold is promoted; 0 promotes all,
        // 16 none (ages saturate at 15).
        let survivor = if mark.age() < self.threshold { self.to.bump(size, self.to.end) } else { None };
        let age = mark.age() + 1;
        let dest = match survivor {
            Some(d) => d,
            None => {
                let d = self.old.bump(size, self.old_limit).expect("promotion is guaranteed before a young collection");
                self.heap.starts.record(d, size);
                d
            }
        };
        // SAFETY: `size` bytes of a from-space object copied to a fresh,
        // disjoint block of the same size.
        unsafe { std::ptr::copy_nonoverlapping(v as *const u8, dest as *mut u8, size) };
        let copy = Oop::from_addr(dest).expect("non-zero");
        set_mark(copy, mark.with_age(age));
        set_mark(obj, MarkWord::forwarding(copy));
        slot.set(dest);
    }

    /// Scans one copied or old object: evacuates what its slots refer to,
    /// and dirties the card of any old slot left pointing into the nursery.
    fn scan<M: ObjectModel>(&mut self, model: &M, obj: Oop, range: Option<(usize, usize)>, clear_soft: bool) {
        let in_old = !self.is_young(obj.addr());
        let mut visit = |s: RefSlot| {
            self.evacuate(model, s);
            if in_old && self.is_young(s.get()) {
                self.heap.cards.dirty(s.addr());
            }
        };
        match range {
            Some((from, to)) => model.visit_slots_in(obj, from, to, &mut visit),
            None => model.visit_slots(obj, &mut visit),
        }
        if let Some((kind, referent)) = model.reference(obj)
            && range.is_none_or(|(from, to)| referent.addr() >= from && referent.addr() < to)
        {
            if kind == ReferenceKind::Soft && !clear_soft {
                self.evacuate(model, referent);
                if in_old && self.is_young(referent.get()) {
                    self.heap.cards.dirty(referent.addr());
                }
            } else if self.in_from(referent.get()) {
                match mark_of(Oop::from_addr(referent.get()).expect("non-zero")).forwardee() {
                    Some(copy) => {
                        referent.set(copy.addr());
                        if in_old {
                            self.heap.cards.dirty(referent.addr());
                        }
                    }
                    None => self.discovered.push(obj),
                }
            }
        }
    }
}

/// Runs a young collection; returns the references whose referents were
/// cleared.
pub(crate) fn collect<B: VmBinding>(heap: &Heap, gens: &mut Generations, binding: &mut B, threshold: u32) -> Vec<Oop> {
    let mut c = Copier {
        heap,
        young_start: gens.young_start,
        young_end: gens.young_end,
        to: gens.to,
        old: gens.old,
        old_limit: gens.old_limit,
        threshold,
        discovered: Vec::new(),
    };
    let promoted_from = gens.old.top;
    let model = &binding.model().clone();

    binding.visit_roots(&mut |slot| c.evacuate(model, slot));
    binding.visit_weak_roots(&mut |slot| c.evacuate(model, slot));

    // Old-to-young pointers: the dirty cards below the promotion area.
    for card in heap.cards.take_dirty(gens.old.bottom, promoted_from) {
        let end = (card + crate::card_table::CARD_SIZE).min(promoted_from);
        let mut at = heap.starts.covering(card);
        while at < end {
            let obj = Oop::from_addr(at).expect("inside the old generation");
            let size = crate::space::object_or_filler_size(model, obj);
            if crate::header::filler_size(obj).is_none() {
                c.scan(model, obj, Some((card, end)), false);
            }
            at += size;
        }
    }

    // Cheney: scan copies until both scan pointers catch up.
    let (mut scan_to, mut scan_old) = (c.to.bottom, promoted_from);
    loop {
        let mut progressed = false;
        while scan_to < c.to.top {
            let obj = Oop::from_addr(scan_to).expect("inside to-space");
            scan_to += model.size_of(obj);
            c.scan(model, obj, None, false);
            progressed = true;
        }
        while scan_old < c.old.top {
            let obj = Oop::from_addr(scan_old).expect("inside the old generation");
            scan_old += model.size_of(obj);
            c.scan(model, obj, None, false);
            progressed = true;
        }
        if !progressed {
            break;
        }
    }

    // References whose referents nothing else kept alive.
    let mut cleared = Vec::new();
    for r in std::mem::take(&mut c.discovered) {
        let (_, referent) = model.reference(r).expect("a reference");
        let v = referent.get();
        if !c.in_from(v) {
            continue;
        }
        match mark_of(Oop::from_addr(v).expect("non-zero")).forwardee() {
            Some(copy) => {
                referent.set(copy.addr());
                if !c.is_young(r.addr()) {
                    heap.cards.dirty(referent.addr());
                }
            }
            None => {
                referent.set(0);
                cleared.push(r);
            }
        }
    }

    // Eden and from are garbage now; the survivor spaces swap. Eden is
    // cleared for the next TLABs (the heap's invariant).
    gens.eden.clear_used();
    gens.old = c.old;
    if heap.zap_unused {
        crate::header::zap(gens.from.bottom, gens.from.top);
    }
    gens.from = Space { top: gens.from.bottom, ..gens.from };
    let filled = c.to;
    gens.to = gens.from;
    gens.from = filled;
    cleared
    // Post-invariant: eden and `to` are empty; every live nursery object is
    // in `from` or was promoted; old slots into the nursery are on dirty
    // cards.
}
