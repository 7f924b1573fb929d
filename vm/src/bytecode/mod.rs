//! Bytecode: decoding, the shared analysis, and the interpreter's
//! instruction form.
//!
//! A method's bytecode is decoded once, at its first invocation, into a
//! [`PreparedCode`]: a dense array of 8-byte [`Insn`]s (one per JVM
//! instruction, branch targets turned into instruction indices), the
//! exception table in the same indices, and side tables for switches and
//! wide constants. The analysis (`analysis`) then checks the method: stack
//! heights, slot kinds, local indices, branch targets. The interpreter
//! relies on that check to index its frame without bounds checks.
//!
//! Instructions are stored as `AtomicU64` so that quickening (rewriting an
//! instruction after its constant-pool operand is resolved) is one store
//! that any reader sees whole. The original bytes stay in the method's
//! `CodeInfo` for the JIT and for analysis.

pub mod analysis;
mod decode;
pub mod npe_message;
pub mod opcodes;
pub mod profile;
mod ref_maps;

use std::sync::atomic::{AtomicU64, Ordering};

pub use decode::decode;
pub use profile::ReceiverProfile;
pub use ref_maps::RefMaps;

/// One decoded instruction: opcode and up to three operands.
///
/// Operand use depends on the opcode (see `opcodes`): typically `b` is a
/// local index or constant-pool index and `c` a branch target, constant or
/// resolved offset.
///
/// The layout is fixed (`repr(C)`, little-endian) and equal to the
/// [`Insn::encode`] word, so the interpreter can read single fields of a
/// stored instruction in place ([`PreparedCode::insn_ptr`]).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(C, align(8))]
pub struct Insn {
    pub op: u8,
    pub a: u8,
    pub b: u16,
    pub c: u32,
}

impl Insn {
    pub const fn new(op: u8, a: u8, b: u16, c: u32) -> Insn {
        Insn { op, a, b, c }
    }

    #[inline(always)]
    pub const fn encode(self) -> u64 {
        self.op as u64 | (self.a as u64) << 8 | (self.b as u64) << 16 | (self.c as u64) << 32
    }

    #[inline(always)]
    pub const fn decode(word: u64) -> Insn {
        Insn { op: word as u8, a: (word >> 8) as u8, b: (word >> 16) as u16, c: (word >> 32) as u32 }
    }
}

const _: () = {
    assert!(size_of::<Insn>() == 8);
    assert!(cfg!(target_endian = "little"), "Insn's layout matches its encoding on little-endian targets");
};

/// An exception-table row in instruction indices: `[start, end)` is
/// covered, `handler` is where to go, `catch_type` a `Class` constant-pool
/// index or 0 for any.
#[derive(Copy, Clone, Debug)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub catch_type: u16,
}

/// The targets of a `tableswitch` or `lookupswitch`, in instruction
/// indices.
#[derive(Clone, Debug)]
pub enum SwitchTable {
    Table {
        low: i32,
        targets: Box<[u32]>,
        default: u32,
    },
    Lookup {
        /// Sorted ascending (JVMS requires it; the decoder checks).
        keys: Box<[i32]>,
        targets: Box<[u32]>,
        default: u32,
    },
}

impl SwitchTable {
    /// The target for `key`.
    #[inline]
    pub fn target(&self, key: i32) -> u32 {
        match self {
            SwitchTable::Table { low, targets, default } => {
                let i = (key as i64) - (*low as i64);
                if i >= 0 && (i as usize) < targets.len() { targets[i as usize] } else { *default }
            }
            SwitchTable::Lookup { keys, targets, default } => match keys.binary_search(&key) {
                Ok(i) => targets[i],
                Err(_) => *default,
            },
        }
    }

    pub fn all_targets(&self) -> impl Iterator<Item = u32> + '_ {
        let (targets, default) = match self {
            SwitchTable::Table { targets, default, .. } | SwitchTable::Lookup { targets, default, .. } => {
                (targets, default)
            }
        };
        targets.iter().copied().chain(std::iter::once(*default))
    }
}

/// A method's decoded, checked code.
#[derive(Debug)]
pub struct PreparedCode {
    insns: Box<[AtomicU64]>,
    /// The bci of each instruction (ascending).
    pub bcis: Box<[u32]>,
    pub handlers: Box<[Handler]>,
    pub switches: Box<[SwitchTable]>,
    /// Long and double constants of `LDC2`, as bits.
    pub wide_constants: Box<[u64]>,
    pub max_locals: u16,
    pub max_stack: u16,
    /// Receiver-type profiles, one per `invokevirtual`, `invokeinterface`,
    /// `checkcast` and `instanceof`.
    pub profiles: Box<[ReceiverProfile]>,
    /// For each instruction, the index of its profile (`u32::MAX`: none).
    pub profile_index: Box<[u32]>,
}

impl PreparedCode {
    /// The receiver profile of instruction `index`, if it has one.
    #[inline(always)]
    pub fn profile(&self, index: usize) -> Option<&ReceiverProfile> {
        self.profiles.get(self.profile_index[index] as usize)
    }

    #[inline(always)]
    pub fn insn(&self, index: usize) -> Insn {
        Insn::decode(self.insns[index].load(Ordering::Relaxed))
    }

    /// A pointer to the first instruction, for the interpreter's loop.
    ///
    /// The loop reads the fields of the instruction at `pc` in place. That
    /// is a plain read of memory [`PreparedCode::quicken`] writes with an
    /// atomic store; it is sound because instructions are only read and
    /// quickened by the one Java thread (the compile thread reads the
    /// method's original bytes, never this array).
    #[inline(always)]
    pub fn insn_ptr(&self) -> *const Insn {
        self.insns.as_ptr().cast()
    }

    pub fn len(&self) -> usize {
        self.insns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.insns.is_empty()
    }

    /// Rewrites instruction `index` to its quickened form. The new form
    /// must do what the old one did, given the resolution just made.
    pub fn quicken(&self, index: usize, insn: Insn) {
        self.insns[index].store(insn.encode(), Ordering::Relaxed)
    }

    /// The instruction index of `bci`, if an instruction starts there.
    pub fn index_of_bci(&self, bci: u32) -> Option<usize> {
        self.bcis.binary_search(&bci).ok()
    }

    pub fn bci(&self, index: usize) -> u32 {
        self.bcis[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insn_round_trips() {
        let i = Insn::new(0xd6, 7, 0xBEEF, 0xDEAD_BEEF);
        assert_eq!(Insn::decode(i.encode()), i);
    }

    #[test]
    fn switch_targets() {
        let t = SwitchTable::Table { low: -1, targets: vec![10, 11, 12].into(), default: 99 };
        assert_eq!(t.target(-1), 10);
        assert_eq!(t.target(1), 12);
        assert_eq!(t.target(2), 99);
        assert_eq!(t.target(i32::MIN), 99);
        let l = SwitchTable::Lookup { keys: vec![-5, 3, 1000].into(), targets: vec![1, 2, 3].into(), default: 0 };
        assert_eq!(l.target(1000), 3);
        assert_eq!(l.target(4), 0);
    }
}
