//! [`VmObjectModel`]: how the collector sizes and scans crema's objects.
//!
//! Everything comes from the class pointer in word 0 (which the collector
//! never overwrites) and the class's [`ObjectKind`]: an instance's
//! reference runs, a mirror's `java.lang.Class` runs plus the static
//! reference run of the class it mirrors, a reference array's elements.
//! A `java.lang.ref.Reference` is scanned like an instance except for its
//! referent, which the collector handles by strength.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use crema_gc::{ObjectModel, Oop, RefSlot, ReferenceKind};

use crate::classfile::BasicType;
use crate::metadata::layout::RefRun;
use crate::metadata::{Class, ObjectKind, mirrored_class};
use crate::oops::{self, ARRAY_BASE_OFFSET};

/// A set of class addresses (hashed by a multiply: they are distinct,
/// aligned pointers, and verification looks one up per object).
pub(crate) type ClassSet = HashSet<usize, BuildHasherDefault<AddressHasher>>;

#[derive(Default)]
pub(crate) struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64 >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The VM's [`ObjectModel`].
#[derive(Clone, Default)]
pub(crate) struct VmObjectModel {
    /// Every class the VM has loaded, when verifying the heap.
    known_classes: Option<Arc<ClassSet>>,
}

impl VmObjectModel {
    /// A model that also checks class pointers against `classes`.
    pub fn verifying(classes: Arc<ClassSet>) -> VmObjectModel {
        VmObjectModel { known_classes: Some(classes) }
    }
}

#[inline(always)]
fn visit_run(obj: Oop, run: RefRun, visit: &mut impl FnMut(RefSlot)) {
    let first = obj.addr() + run.offset as usize;
    for i in 0..run.count as usize {
        visit(RefSlot((first + 8 * i) as *mut usize));
    }
}

/// The slot range of a reference array's elements.
#[inline(always)]
fn elements(array: Oop) -> (usize, usize) {
    let first = array.addr() + ARRAY_BASE_OFFSET;
    (first, first + 8 * oops::array_length(array))
}

impl ObjectModel for VmObjectModel {
    #[inline(always)]
    fn size_of(&self, obj: Oop) -> usize {
        oops::class_of(obj).object_size(obj)
    }

    #[inline]
    fn visit_slots<F: FnMut(RefSlot)>(&self, obj: Oop, mut visit: F) {
        let class = oops::class_of(obj);
        match class.object_kind() {
            ObjectKind::Instance => {
                for &run in class.layout().ref_runs.iter() {
                    visit_run(obj, run, &mut visit);
                }
            }
            ObjectKind::Reference { referent_offset, .. } => {
                let referent = obj.addr() + referent_offset as usize;
                for &run in class.layout().ref_runs.iter() {
                    visit_run(obj, run, &mut |s: RefSlot| {
                        if s.addr() != referent {
                            visit(s)
                        }
                    });
                }
            }
            ObjectKind::Mirror { class_offset } => {
                for &run in class.layout().ref_runs.iter() {
                    visit_run(obj, run, &mut visit);
                }
                if let Some(mirrored) = mirrored_class(obj, class_offset) {
                    visit_run(obj, mirrored.statics().ref_run, &mut visit);
                }
            }
            ObjectKind::Array { element: BasicType::Reference } => {
                let (mut at, end) = elements(obj);
                while at < end {
                    visit(RefSlot(at as *mut usize));
                    at += 8;
                }
            }
            ObjectKind::Array { .. } | ObjectKind::None => {}
        }
    }

    fn visit_slots_in<F: FnMut(RefSlot)>(&self, obj: Oop, from: usize, to: usize, mut visit: F) {
        if let ObjectKind::Array { element: BasicType::Reference } = oops::class_of(obj).object_kind() {
            let (first, end) = elements(obj);
            let mut at = from.max(first).next_multiple_of(8);
            while at < end.min(to) {
                visit(RefSlot(at as *mut usize));
                at += 8;
            }
        } else {
            self.visit_slots(obj, |s| {
                if s.addr() >= from && s.addr() < to {
                    visit(s)
                }
            })
        }
    }

    #[inline(always)]
    fn reference(&self, obj: Oop) -> Option<(ReferenceKind, RefSlot)> {
        match oops::class_of(obj).object_kind() {
            ObjectKind::Reference { kind, referent_offset } => {
                Some((kind, RefSlot((obj.addr() + referent_offset as usize) as *mut usize)))
            }
            _ => None,
        }
    }

    #[inline(always)]
    fn metadata_holder(&self, obj: Oop) -> Option<Oop> {
        let class = oops::class_of(obj);
        if class.loader().is_unloadable() { class.mirror_cell().get() } else { None }
    }

    fn is_valid_object(&self, obj: Oop) -> bool {
        // SAFETY: word 0 of every object (and filler) in a parsable space is
        // readable; it is only compared here, not dereferenced.
        let class = unsafe { obj.read::<usize>(oops::CLASS_OFFSET) };
        match &self.known_classes {
            Some(known) => known.contains(&class),
            None => class != 0 && class % align_of::<Class>() == 0,
        }
    }
}
