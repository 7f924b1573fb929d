//! The card table and the old generation's object-start table.
//!
//! One byte per 512-byte card of the heap's address range: 0 is clean, 1
//! dirty (so the zero-filled reservation starts clean, and the barrier
//! stores a constant). The post-write barrier dirties the card of the object
//! written into; the young collector scans only dirty cards of the old
//! generation for pointers into the nursery.
//!
//! The barrier addresses the table through a *biased base*,
//! `base - (heap_start >> 9)`, so a store is `base[addr >> 9] = 1`: the same
//! two instructions for the interpreter, the natives and the JIT.
//!
//! To scan a card the collector must find the first object that overlaps
//! it; `ObjectStarts` records, for every card of the old generation, where
//! the object covering the card's first byte starts. It is updated whenever
//! an object is placed in the old generation (promotion, large objects,
//! compaction).

use crate::reserved::Reserved;

/// log2 of the card size.
pub const CARD_SHIFT: u32 = 9;
/// Bytes per card.
pub const CARD_SIZE: usize = 1 << CARD_SHIFT;
pub const CLEAN: u8 = 0;
pub const DIRTY: u8 = 1;

/// One byte per card of the heap.
pub struct CardTable {
    table: Reserved,
    heap_start: usize,
    /// `table.start() - (heap_start >> CARD_SHIFT)`.
    biased_base: usize,
}

impl CardTable {
    pub fn new(heap_start: usize, heap_len: usize) -> std::io::Result<CardTable> {
        let table = Reserved::map(heap_len.div_ceil(CARD_SIZE))?;
        let biased_base = table.start().wrapping_sub(heap_start >> CARD_SHIFT);
        Ok(CardTable { table, heap_start, biased_base })
    }

    /// The value the barrier adds `addr >> 9` to.
    pub fn biased_base(&self) -> usize {
        self.biased_base
    }

    fn index(&self, addr: usize) -> usize {
        (addr - self.heap_start) >> CARD_SHIFT
    }

    fn byte(&self, card: usize) -> *mut u8 {
        (self.table.start() + card) as *mut u8
    }

    pub fn is_dirty(&self, addr: usize) -> bool {
        // SAFETY: addr lies in the heap, so its card lies in the table.
        unsafe { *self.byte(self.index(addr)) == DIRTY }
    }

    pub fn dirty(&self, addr: usize) {
        // SAFETY: as in `is_dirty`.
        unsafe { *self.byte(self.index(addr)) = DIRTY }
    }

    /// Marks every card of `[from, to)` dirty.
    pub fn dirty_range(&self, from: usize, to: usize) {
        if from < to {
            let (a, b) = (self.index(from), self.index(to - 1) + 1);
            // SAFETY: the cards of a heap range lie in the table.
            unsafe { std::ptr::write_bytes(self.byte(a), DIRTY, b - a) }
        }
    }

    /// Marks every card of `[from, to)` clean.
    pub fn clear_range(&self, from: usize, to: usize) {
        if from < to {
            let (a, b) = (self.index(from), self.index(to - 1) + 1);
            // SAFETY: as in `dirty_range`.
            unsafe { std::ptr::write_bytes(self.byte(a), CLEAN, b - a) }
        }
    }

    /// The start addresses of the dirty cards covering `[from, to)`, each
    /// cleaned as it is returned (the caller re-dirties what it must).
    pub fn take_dirty(&self, from: usize, to: usize) -> Vec<usize> {
        let mut out = Vec::new();
        if from >= to {
            return out;
        }
        let (a, b) = (self.index(from), self.index(to - 1) + 1);
        let mut card = a;
        while card < b {
            // Skip clean cards eight at a time.
            if card % 8 == 0 && card + 8 <= b {
                // SAFETY: eight cards inside the table, 8-aligned (the
                // table's start is page aligned).
                let word = unsafe { (self.byte(card) as *const u64).read() };
                if word == 0 {
                    card += 8;
                    continue;
                }
            }
            // SAFETY: `card` lies in the table.
            unsafe {
                if *self.byte(card) == DIRTY {
                    *self.byte(card) = CLEAN;
                    out.push(self.heap_start + (card << CARD_SHIFT));
                }
            }
            card += 1;
        }
        out
    }
}

/// For each card of the old generation, the start of the object covering
/// the card's first byte.
pub struct ObjectStarts {
    table: Reserved,
    bottom: usize,
}

impl ObjectStarts {
    pub fn new(bottom: usize, len: usize) -> std::io::Result<ObjectStarts> {
        Ok(ObjectStarts { table: Reserved::map(4 * len.div_ceil(CARD_SIZE))?, bottom })
    }

    fn entry(&self, card: usize) -> *mut u32 {
        (self.table.start() + 4 * card) as *mut u32
    }

    /// Records an object at `[addr, addr + size)`: it covers the first byte
    /// of every card that starts inside it.
    pub fn record(&self, addr: usize, size: usize) {
        let first = (addr - self.bottom).div_ceil(CARD_SIZE);
        let last = (addr + size - 1 - self.bottom) >> CARD_SHIFT;
        let value = ((addr - self.bottom) >> 3) as u32;
        for card in first..=last {
            // SAFETY: the cards of an old-generation range lie in the table.
            unsafe { *self.entry(card) = value };
        }
    }

    /// The start of the object covering `card_start` (a card boundary in
    /// the old generation below its top).
    pub fn covering(&self, card_start: usize) -> usize {
        let card = (card_start - self.bottom) >> CARD_SHIFT;
        // SAFETY: as in `record`.
        self.bottom + ((unsafe { *self.entry(card) } as usize) << 3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dirty_cards_are_taken_once() {
        let heap = 0x1000_0000;
        let t = CardTable::new(heap, 1 << 20).unwrap();
        t.dirty(heap + 5);
        t.dirty(heap + 3 * CARD_SIZE + 7);
        t.dirty(heap + 100 * CARD_SIZE);
        assert!(t.is_dirty(heap + 3 * CARD_SIZE));
        assert_eq!(t.take_dirty(heap, heap + 64 * CARD_SIZE), vec![heap, heap + 3 * CARD_SIZE]);
        assert!(t.take_dirty(heap, heap + 64 * CARD_SIZE).is_empty());
        assert_eq!(t.take_dirty(heap, heap + (1 << 20)), vec![heap + 100 * CARD_SIZE]);
        // The biased base addresses the same byte the table does.
        let biased = t.biased_base() + ((heap + 9 * CARD_SIZE) >> CARD_SHIFT);
        unsafe { *(biased as *mut u8) = DIRTY };
        assert!(t.is_dirty(heap + 9 * CARD_SIZE + 1));
    }

    #[test]
    fn object_starts_cover_every_card() {
        let bottom = 0x2000_0000;
        let s = ObjectStarts::new(bottom, 1 << 20).unwrap();
        s.record(bottom, 104);
        s.record(bottom + 104, 3 * CARD_SIZE);
        s.record(bottom + 104 + 3 * CARD_SIZE, 16);
        assert_eq!(s.covering(bottom), bottom);
        assert_eq!(s.covering(bottom + CARD_SIZE), bottom + 104);
        assert_eq!(s.covering(bottom + 3 * CARD_SIZE), bottom + 104);
    }
}
