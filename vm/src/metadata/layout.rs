//! Field layout: where each field of an instance or of a mirror lives.
//!
//! Each class appends a block to its superclass's fields. Within the block
//! the reference fields come first, as one contiguous run starting 8-byte
//! aligned, then the primitives by decreasing size (8, 4, 2, 1), each
//! naturally aligned. A class's reference map is therefore its super's runs
//! plus at most one run of its own ([`RefRun`]), merged when adjacent.
//!
//! Static fields are laid out the same way in the class's mirror, after the
//! instance fields of `java.lang.Class`: one reference run, then primitives.
//!
//! Invariants: every offset is at least `HEADER_SIZE`; every object size is
//! a multiple of 8; runs are sorted by offset and do not overlap.

use crate::classfile::BasicType;

/// `count` consecutive reference slots starting at byte `offset`.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct RefRun {
    pub offset: u32,
    pub count: u32,
}

/// The layout of instances of a class.
#[derive(Clone, Debug, Default)]
pub struct InstanceLayout {
    /// Bytes, header included, rounded up to 8.
    pub size: u32,
    /// End of the last field (not rounded); a subclass starts here.
    pub fields_end: u32,
    pub ref_runs: Box<[RefRun]>,
}

/// The layout of the static fields in a class's mirror.
#[derive(Clone, Debug, Default)]
pub struct StaticLayout {
    /// The mirror's size in bytes, rounded up to 8.
    pub mirror_size: u32,
    pub ref_run: RefRun,
}

fn align(n: u32, to: u32) -> u32 {
    (n + to - 1) & !(to - 1)
}

/// Lays out `types` after `start`; returns each field's offset (in the
/// order given), the end of the block, and the block's reference run.
pub fn layout_block(start: u32, types: &[BasicType]) -> (Vec<u32>, u32, RefRun) {
    let mut offsets = vec![0u32; types.len()];
    let mut pos = start;
    let mut run = RefRun::default();
    let refs: Vec<usize> = (0..types.len()).filter(|&i| types[i].is_reference()).collect();
    if !refs.is_empty() {
        pos = align(pos, 8);
        run = RefRun { offset: pos, count: refs.len() as u32 };
        for i in refs {
            offsets[i] = pos;
            pos += 8;
        }
    }
    for size in [8u32, 4, 2, 1] {
        for (i, ty) in types.iter().enumerate() {
            if !ty.is_reference() && ty.size() as u32 == size {
                pos = align(pos, size);
                offsets[i] = pos;
                pos += size;
            }
        }
    }
    (offsets, pos, run)
}

/// The instance layout of a class whose super has `parent` layout and which
/// declares instance fields of `types`; returns it with the field offsets.
pub fn layout_instance(parent: &InstanceLayout, types: &[BasicType]) -> (InstanceLayout, Vec<u32>) {
    let (offsets, end, run) = layout_block(parent.fields_end, types);
    let mut runs = parent.ref_runs.to_vec();
    if run.count > 0 {
        match runs.last_mut() {
            Some(last) if last.offset + 8 * last.count == run.offset => last.count += run.count,
            _ => runs.push(run),
        }
    }
    let layout = InstanceLayout { size: align(end, 8), fields_end: end, ref_runs: runs.into_boxed_slice() };
    (layout, offsets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classfile::BasicType::*;

    fn object() -> InstanceLayout {
        InstanceLayout { size: 16, fields_end: 16, ref_runs: Box::new([]) }
    }

    #[test]
    fn references_first_then_by_size() {
        let (l, offs) = layout_instance(&object(), &[Byte, Reference, Long, Int, Reference, Char]);
        assert_eq!(offs, vec![46, 16, 32, 40, 24, 44]);
        assert_eq!(l.ref_runs.as_ref(), &[RefRun { offset: 16, count: 2 }]);
        assert_eq!(l.fields_end, 47);
        assert_eq!(l.size, 48);
    }

    #[test]
    fn subclass_runs_merge_when_adjacent() {
        let (a, _) = layout_instance(&object(), &[Reference]);
        let (b, offs) = layout_instance(&a, &[Reference, Int]);
        assert_eq!(offs, vec![24, 32]);
        assert_eq!(b.ref_runs.as_ref(), &[RefRun { offset: 16, count: 2 }]);
        let (c, offs) = layout_instance(&b, &[Reference]);
        assert_eq!(offs, vec![40]);
        assert_eq!(c.ref_runs.len(), 2, "an int separates the runs");
    }

    #[test]
    fn primitives_pack_after_super() {
        let (a, _) = layout_instance(&object(), &[Int]);
        let (b, offs) = layout_instance(&a, &[Int, Byte]);
        assert_eq!(offs, vec![20, 24]);
        assert_eq!(b.size, 32);
    }
}
