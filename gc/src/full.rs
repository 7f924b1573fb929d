//! The full collection: mark, then slide (Lisp 2 mark-compact).
//!
//! 1. Mark: from the roots, every reachable object gets its bit in the mark
//!    bitmap. Weak and phantom referents (and soft ones when clearing them)
//!    are not marked through their references. Marking an object also
//!    marks its metadata holder (the mirror of an unloadable class); weak
//!    roots the VM then finds needed (live class loaders' cells) are
//!    marked from too, until none is added; the rest are pruned.
//! 2. References whose referents stayed unmarked are cleared.
//! 3. Plan: live objects are assigned new addresses in order, sliding down
//!    through the spaces in the order old, eden, `from` (each object lands
//!    at or before its old position in that order, so moving in the same
//!    order never overwrites an object not yet moved). The new address goes
//!    into the mark word as a forwarding pointer; marks that carry an
//!    identity hash are saved first.
//! 4. Adjust: every root and every slot of every live object is pointed at
//!    its target's new address.
//! 5. Move: objects are copied to their new addresses (overlaps allowed),
//!    with fresh marks; saved marks are restored afterwards.
//!
//! Live objects that do not fit in the old generation stay in eden and
//! `from`; then every old card is dirtied, since old objects may point at
//! them.

use crate::header::{MarkWord, mark_of, set_mark};
use crate::heap::{Generations, Heap, VmBinding};
use crate::space::Space;
use crate::{ObjectModel, Oop, RefSlot, ReferenceKind};

/// Runs a full collection; returns the references whose referents were
/// cleared.
pub(crate) fn collect<B: VmBinding>(
    heap: &Heap,
    gens: &mut Generations,
    binding: &mut B,
    clear_soft: bool,
) -> Vec<Oop> {
    let model = &binding.model().clone();
    let spaces = [gens.old, gens.eden, gens.from];
    let in_heap = |v: usize| spaces.iter().any(|s| s.contains_object(v));
    for s in &spaces {
        heap.bitmap.clear(s.bottom, s.top);
    }

    // 1. Mark.
    let mut stack: Vec<usize> = Vec::new();
    let mut discovered: Vec<Oop> = Vec::new();
    let mark = |v: usize, stack: &mut Vec<usize>| {
        if v != 0 && heap.bitmap.mark(v) {
            stack.push(v);
        }
    };
    let drain = |stack: &mut Vec<usize>, discovered: &mut Vec<Oop>| {
        while let Some(v) = stack.pop() {
            let obj = Oop::from_addr(v).expect("non-zero");
            model.visit_slots(obj, |s| mark(s.get(), stack));
            if let Some(holder) = model.metadata_holder(obj) {
                mark(holder.addr(), stack);
            }
            if let Some((kind, referent)) = model.reference(obj) {
                if kind == ReferenceKind::Soft && !clear_soft {
                    mark(referent.get(), stack);
                } else if referent.get() != 0 {
                    discovered.push(obj);
                }
            }
        }
    };
    let mut mark_root = |slot: RefSlot| {
        let v = slot.get();
        if in_heap(v) {
            mark(v, &mut stack);
        }
    };
    binding.visit_roots(&mut mark_root);
    drain(&mut stack, &mut discovered);
    // Weak roots that turn out to be needed (class loaders found alive),
    // until marking them finds no more.
    loop {
        let is_marked = |a: usize| heap.bitmap.is_marked(a);
        let more = binding.mark_weak_roots(&is_marked, &mut |slot| {
            let v = slot.get();
            if in_heap(v) {
                mark(v, &mut stack);
            }
        });
        if !more {
            break;
        }
        drain(&mut stack, &mut discovered);
    }
    binding.prune_weak_roots(&|a: usize| heap.bitmap.is_marked(a));

    // 2. References.
    let mut cleared = Vec::new();
    for r in discovered {
        let (_, referent) = model.reference(r).expect("a reference");
        let v = referent.get();
        if v != 0 && !heap.bitmap.is_marked(v) {
            referent.set(0);
            cleared.push(r);
        }
    }

    // 3. Plan.
    let mut dests = [
        Space { top: gens.old.bottom, ..gens.old },
        Space { top: gens.eden.bottom, ..gens.eden },
        Space { top: gens.from.bottom, ..gens.from },
    ];
    let mut d = 0;
    let mut preserved: Vec<(Oop, MarkWord)> = Vec::new();
    for s in &spaces {
        let mut at = s.bottom;
        while let Some(v) = heap.bitmap.next_marked(at, s.top) {
            let obj = Oop::from_addr(v).expect("non-zero");
            let size = model.size_of(obj);
            let dest = loop {
                if let Some(dest) = dests[d].bump(size, dests[d].end) {
                    break dest;
                }
                d += 1;
                assert!(d < dests.len(), "live objects exceed the heap they were found in");
            };
            let m = mark_of(obj);
            if m.must_preserve() {
                preserved.push((obj, m));
            }
            set_mark(obj, MarkWord::forwarding(Oop::from_addr(dest).expect("non-zero")));
            at = v + size;
        }
    }
    let forwardee =
        |v: usize| mark_of(Oop::from_addr(v).expect("non-zero")).forwardee().expect("live objects are forwarded");

    // 4. Adjust.
    let adjust = |slot: RefSlot| {
        let v = slot.get();
        if v != 0 && in_heap(v) {
            slot.set(forwardee(v).addr());
        }
    };
    binding.visit_roots(&mut |slot| adjust(slot));
    binding.visit_weak_roots(&mut |slot| adjust(slot));
    for s in &spaces {
        let mut at = s.bottom;
        while let Some(v) = heap.bitmap.next_marked(at, s.top) {
            let obj = Oop::from_addr(v).expect("non-zero");
            model.visit_slots(obj, adjust);
            if let Some((_, referent)) = model.reference(obj) {
                adjust(referent);
            }
            at = v + model.size_of(obj);
        }
    }
    let cleared: Vec<Oop> = cleared.into_iter().map(|r| forwardee(r.addr())).collect();
    let preserved: Vec<(Oop, MarkWord)> = preserved.into_iter().map(|(o, m)| (forwardee(o.addr()), m)).collect();

    // 5. Move.
    heap.cards.clear_range(gens.old.bottom, gens.old.end);
    for s in &spaces {
        let mut at = s.bottom;
        while let Some(v) = heap.bitmap.next_marked(at, s.top) {
            let obj = Oop::from_addr(v).expect("non-zero");
            let size = model.size_of(obj);
            let dest = forwardee(v);
            // SAFETY: both ranges lie in the heap; `copy` allows the overlap
            // of an object sliding over its own old place.
            unsafe { std::ptr::copy(v as *const u8, dest.ptr_at(0), size) };
            set_mark(dest, MarkWord::INITIAL);
            if gens.old.contains(dest.addr()) {
                heap.starts.record(dest.addr(), size);
            }
            at = v + size;
        }
    }
    for (obj, m) in preserved {
        set_mark(obj, m.with_age(0));
    }

    gens.old.top = dests[0].top;
    gens.eden.shrink_to(dests[1].top);
    gens.from.top = dests[2].top;
    if gens.eden.used() + gens.from.used() > 0 {
        heap.cards.dirty_range(gens.old.bottom, gens.old.top);
    }
    cleared
    // Post-invariant: live objects are packed from the bottom of old, then
    // eden, then from; `to` is empty; cards are clean unless the nursery
    // still holds objects, in which case every old card is dirty.
}
