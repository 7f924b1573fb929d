//! The object header as the collector sees it, and heap fillers.
//!
//! Every object starts with two words. Word 0 belongs to the VM (its class
//! pointer); the collector never interprets it, except to recognise the
//! fillers it writes itself (odd values, which no class pointer can be).
//! Word 1 is the mark word, shared by the VM and the collector:
//!
//! ```text
//!  normal:     | hash:31 (bits 8..39) | hashed:1 (bit 7) | age:4 (bits 3..6) | lock:3 (bits 0..2) |
//!  forwarded:  | forwarding address (8-aligned)                       |        0b011         |
//! ```
//!
//! A forwarding pointer replaces the mark of an object the collector has
//! moved (the copy keeps the original mark); the low bits `0b011` tell it
//! apart from any normal mark, whose lock bits are 0 (crema has one Java
//! thread and records monitors outside the header).

use crate::Oop;

/// Offset of the mark word in every object.
pub const MARK_OFFSET: usize = 8;
/// The two header words of every object.
pub const HEADER_SIZE: usize = 16;

/// Word 0 of a one-word filler.
pub(crate) const FILLER_WORD: usize = 1;
/// Word 0 of a filler of two words or more; word 1 holds its size.
pub(crate) const FILLER_SIZED: usize = 3;

/// An object's mark word.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct MarkWord(pub u64);

impl MarkWord {
    /// The mark of a freshly allocated object: no hash, age 0, unlocked.
    pub const INITIAL: MarkWord = MarkWord(0);

    const FORWARDED: u64 = 0b011;
    const TAG_MASK: u64 = 0b111;
    const AGE_SHIFT: u32 = 3;
    const AGE_MASK: u64 = 0xF;
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

    /// The number of young collections the object survived (0..=15).
    pub fn age(self) -> u32 {
        ((self.0 >> Self::AGE_SHIFT) & Self::AGE_MASK) as u32
    }

    /// This mark with its age set (saturating at 15).
    pub fn with_age(self, age: u32) -> MarkWord {
        let cleared = self.0 & !(Self::AGE_MASK << Self::AGE_SHIFT);
        MarkWord(cleared | ((age.min(15) as u64) << Self::AGE_SHIFT))
    }

    /// The mark of an object forwarded to `to`.
    pub fn forwarding(to: Oop) -> MarkWord {
        MarkWord(to.addr() as u64 | Self::FORWARDED)
    }

    pub fn is_forwarded(self) -> bool {
        self.0 & Self::TAG_MASK == Self::FORWARDED
    }

    /// Where a forwarded object went.
    pub fn forwardee(self) -> Option<Oop> {
        if self.is_forwarded() { Oop::from_addr((self.0 & !Self::TAG_MASK) as usize) } else { None }
    }

    /// Whether the mark carries anything a collection must keep (a hash).
    pub fn must_preserve(self) -> bool {
        self.hash().is_some()
    }
}

/// Reads `obj`'s mark word.
#[inline(always)]
pub fn mark_of(obj: Oop) -> MarkWord {
    // SAFETY: every object has a two-word header (the heap's invariant).
    MarkWord(unsafe { obj.read::<u64>(MARK_OFFSET) })
}

/// Writes `obj`'s mark word.
#[inline(always)]
pub fn set_mark(obj: Oop, mark: MarkWord) {
    // SAFETY: every object has a two-word header.
    unsafe { obj.write::<u64>(MARK_OFFSET, mark.0) }
}

/// Writes a filler object over `[addr, addr + size)` so the heap stays
/// parsable (`size` a multiple of 8, at least 8).
pub(crate) fn write_filler(addr: usize, size: usize) {
    debug_assert!(size >= 8 && size.is_multiple_of(8));
    // SAFETY: the caller owns the range (an unused part of a space).
    unsafe {
        if size == 8 {
            (addr as *mut usize).write(FILLER_WORD);
        } else {
            (addr as *mut usize).write(FILLER_SIZED);
            ((addr + 8) as *mut usize).write(size);
        }
    }
}

/// The word [`zap`] fills memory with: not a class pointer (odd, and not a
/// canonical address), so reading an object there fails at once.
pub const ZAP_WORD: usize = 0xBAAD_F00D_BAAD_F00D | 1;

/// Fills `[from, to)`, memory no object lives in any more, with
/// [`ZAP_WORD`].
pub(crate) fn zap(from: usize, to: usize) {
    let mut at = from;
    while at < to {
        // SAFETY: the caller owns the range (an evacuated part of a space).
        unsafe { (at as *mut usize).write(ZAP_WORD) };
        at += 8;
    }
}

/// The size of the filler at `obj`, or `None` if `obj` is a real object.
#[inline(always)]
pub(crate) fn filler_size(obj: Oop) -> Option<usize> {
    // SAFETY: the first word of every object or filler is readable.
    match unsafe { obj.read::<usize>(0) } {
        FILLER_WORD => Some(8),
        // SAFETY: sized fillers are at least two words.
        FILLER_SIZED => Some(unsafe { obj.read::<usize>(8) }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_age_round_trip() {
        assert_eq!(MarkWord::INITIAL.hash(), None);
        let m = MarkWord::INITIAL.with_hash(0x7FFF_FFFF).with_age(7);
        assert_eq!((m.hash(), m.age()), (Some(0x7FFF_FFFF), 7));
        assert_eq!(m.with_hash(5).hash(), Some(5));
        assert_eq!(m.with_age(99).age(), 15);
        assert!(!m.is_forwarded());
    }

    #[test]
    fn forwarding() {
        let to = Oop::from_addr(0x1234_5678).unwrap();
        let f = MarkWord::forwarding(to);
        assert!(f.is_forwarded());
        assert_eq!(f.forwardee(), Some(to));
        assert_eq!(MarkWord::INITIAL.with_hash(3).forwardee(), None);
    }
}
