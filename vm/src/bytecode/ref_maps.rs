//! Reference maps of interpreted frames: which slots hold references at
//! each instruction, computed from the analysis and cached per method the
//! first time a collection finds the method on a stack.
//!
//! Slot numbering follows the frame: locals `0..max_locals`, then the
//! operand stack from the bottom. The maps are computed from a fresh
//! decoding of the method's original bytes, since the interpreter's copy
//! is being quickened; instruction indices are the same in both.

use crate::metadata::Method;

use super::analysis::{Kind, analyze};
use super::decode;

/// Per instruction: the stack depth and a bitmap of reference slots.
#[derive(Debug)]
pub struct RefMaps {
    words_per_insn: usize,
    bits: Vec<u64>,
    depths: Vec<u16>,
}

impl RefMaps {
    /// Computes the maps of a method whose code passed the analysis.
    pub fn compute(method: &Method) -> RefMaps {
        let code = decode(method).expect("the method's code was prepared before");
        let slots = code.max_locals as usize + code.max_stack as usize;
        let words_per_insn = slots.div_ceil(64).max(1);
        let states = analyze(method, &code).expect("prepared code passed the analysis");
        let mut bits = vec![0u64; words_per_insn * states.len()];
        let mut depths = vec![0u16; states.len()];
        for (i, state) in states.iter().enumerate() {
            let Some(state) = state else { continue };
            depths[i] = state.stack.len() as u16;
            let kinds = state.locals.iter().chain(state.stack.iter());
            for (slot, kind) in kinds.enumerate() {
                if *kind == Kind::Ref {
                    bits[i * words_per_insn + slot / 64] |= 1 << (slot % 64);
                }
            }
        }
        RefMaps { words_per_insn, bits, depths }
    }

    /// The operand-stack depth on entry to instruction `pc`.
    pub fn depth(&self, pc: usize) -> usize {
        self.depths[pc] as usize
    }

    /// Calls `f` with each slot holding a reference on entry to `pc`.
    pub fn for_each_ref(&self, pc: usize, mut f: impl FnMut(usize)) {
        let words = &self.bits[pc * self.words_per_insn..(pc + 1) * self.words_per_insn];
        for (w, &word) in words.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                let b = bits.trailing_zeros() as usize;
                f(w * 64 + b);
                bits &= bits - 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RefMaps;
    use crate::classfile::access::{PUBLIC, STATIC};
    use crate::testing::{ClassBuilder, load, world};

    fn refs_at(maps: &RefMaps, pc: usize) -> Vec<usize> {
        let mut v = Vec::new();
        maps.for_each_ref(pc, |s| v.push(s));
        v
    }

    #[test]
    fn slots_holding_references_follow_the_code() {
        // static Object f(Object a) { Object b = a; int a' = 0 (over a); return b; }
        let code = [
            0x2a, // aload_0
            0x4c, // astore_1
            0x03, // iconst_0
            0x3b, // istore_0: local 0 now holds an int
            0x2b, // aload_1
            0xb0, // areturn
        ];
        let desc = "(Ljava/lang/Object;)Ljava/lang/Object;";
        let t =
            world(vec![ClassBuilder::new("T", Some("java/lang/Object")).code(PUBLIC | STATIC, "f", desc, 1, 2, &code)]);
        let m = load(&t, "T").find_declared_method("f", desc).unwrap();
        let maps = RefMaps::compute(&m);
        // Slots: locals 0 and 1, then the one stack slot (2).
        let expected: [(&[usize], usize); 6] =
            [(&[0], 0), (&[0, 2], 1), (&[0, 1], 0), (&[0, 1], 1), (&[1], 0), (&[1, 2], 1)];
        for (pc, (refs, depth)) in expected.iter().enumerate() {
            assert_eq!(refs_at(&maps, pc), *refs, "reference slots at {pc}");
            assert_eq!(maps.depth(pc), *depth, "stack depth at {pc}");
        }
    }
}
