//! Heap verification (`-XX:+VerifyHeap`): after a collection, every object
//! is a valid object of a known class with no forwarding pointer left,
//! every reference (in objects and roots) points at the start of an object
//! in the allocated part of a space, and no old object points into the
//! nursery from a clean card.

use crate::header::{filler_size, mark_of};
use crate::heap::{Heap, VmBinding};
use crate::space::object_or_filler_size;
use crate::{ObjectModel, Oop, RefSlot};

impl Heap {
    /// Checks the heap (retiring `tlab` first, so eden is parsable);
    /// returns a description of each problem (at most a few dozen).
    pub fn verify<B: VmBinding>(&self, tlab: &mut crate::Tlab, binding: &mut B) -> Vec<String> {
        Self::retire(tlab);
        let model = &binding.model().clone();
        let gens = self.gens.lock().unwrap();
        let mut errors = Vec::new();
        let spaces = [("eden", gens.eden), ("from", gens.from), ("to", gens.to), ("old", gens.old)];
        if gens.to.used() != 0 {
            errors.push(format!("the to-space is not empty ({} bytes)", gens.to.used()));
        }
        // Object starts, in the mark bitmap.
        for (name, s) in &spaces {
            self.bitmap.clear(s.bottom, s.top);
            let mut at = s.bottom;
            while at < s.top {
                let obj = Oop::from_addr(at).expect("non-zero");
                if filler_size(obj).is_none() {
                    if !model.is_valid_object(obj) {
                        errors.push(format!("{obj:?} in {name} ({s:?}) has no valid class; the space is not parsable"));
                        break;
                    }
                    self.bitmap.mark(at);
                }
                at += object_or_filler_size(model, obj);
            }
            if at != s.top {
                errors.push(format!("objects overrun the top of a space ({at:#x} > {:#x})", s.top));
            }
        }
        let young = (gens.young_start, gens.young_end);
        let old = gens.old;
        drop(gens);
        let check = |slot: RefSlot, holder: Option<Oop>, errors: &mut Vec<String>| {
            let v = slot.get();
            if v == 0 || errors.len() > 40 {
                return;
            }
            if !self.bitmap.is_marked(v) || !spaces.iter().any(|(_, s)| s.contains_object(v)) {
                errors.push(format!("slot {:#x} (in {holder:?}) points at {v:#x}, not at an object", slot.addr()));
                return;
            }
            if let Some(h) = holder
                && old.contains(h.addr())
                && v >= young.0
                && v < young.1
                && !self.cards.is_dirty(slot.addr())
            {
                errors.push(format!("old object {h:?} points into the nursery ({v:#x}) from a clean card"));
            }
        };
        if !errors.is_empty() {
            return errors;
        }
        for (name, s) in &spaces {
            let mut at = s.bottom;
            while at < s.top && errors.len() <= 40 {
                let obj = Oop::from_addr(at).expect("non-zero");
                let size = object_or_filler_size(model, obj);
                if filler_size(obj).is_none() {
                    if !model.is_valid_object(obj) {
                        errors.push(format!("{obj:?} in {name} has no valid class"));
                        break;
                    }
                    if mark_of(obj).is_forwarded() {
                        errors.push(format!("{obj:?} in {name} is still forwarded"));
                    }
                    model.visit_slots(obj, |slot| check(slot, Some(obj), &mut errors));
                    if let Some((_, referent)) = model.reference(obj) {
                        check(referent, Some(obj), &mut errors);
                    }
                }
                at += size;
            }
        }
        binding.visit_roots(&mut |slot| check(slot, None, &mut errors));
        binding.visit_weak_roots(&mut |slot| check(slot, None, &mut errors));
        errors
    }
}
