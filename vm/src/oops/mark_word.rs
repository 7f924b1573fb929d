//! The mark word: the second header word of every object.
//!
//! ```text
//!  bits 0..2   lock bits (unused until threads arrive)
//!  bits 3..6   age (minor collections survived)
//!  bit  7      hash present
//!  bits 8..39  identity hash (31 bits)
//! ```
//!
//! While the collector copies an object, the whole word holds the
//! forwarding address instead (tagged by the collector; see `gc`).

/// An object's mark word.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct MarkWord(pub u64);

impl MarkWord {
    /// The mark of a freshly allocated object: no hash, age 0, unlocked.
    pub const INITIAL: MarkWord = MarkWord(0);

    const HASH_PRESENT: u64 = 1 << 7;
    const HASH_SHIFT: u32 = 8;
    const HASH_MASK: u64 = 0x7FFF_FFFF;

    /// The identity hash, if one has been assigned.
    pub fn hash(self) -> Option<i32> {
        if self.0 & Self::HASH_PRESENT != 0 {
            Some(((self.0 >> Self::HASH_SHIFT) & Self::HASH_MASK) as i32)
        } else {
            None
        }
    }

    /// This mark with identity hash `hash` (31 bits, non-negative).
    pub fn with_hash(self, hash: i32) -> MarkWord {
        let cleared = self.0 & !(Self::HASH_MASK << Self::HASH_SHIFT);
        MarkWord(cleared | Self::HASH_PRESENT | (((hash as u64) & Self::HASH_MASK) << Self::HASH_SHIFT))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_round_trips() {
        assert_eq!(MarkWord::INITIAL.hash(), None);
        let m = MarkWord::INITIAL.with_hash(0x7FFF_FFFF);
        assert_eq!(m.hash(), Some(0x7FFF_FFFF));
        assert_eq!(m.with_hash(5).hash(), Some(5));
    }
}
