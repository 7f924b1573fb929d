//! The mark bitmap of full collections: one bit per heap word, set at the
//! start of each live object, so live objects can be found in address
//! order without reading dead ones.

use crate::reserved::Reserved;

pub struct MarkBitmap {
    bits: Reserved,
    heap_start: usize,
}

impl MarkBitmap {
    pub fn new(heap_start: usize, heap_len: usize) -> std::io::Result<MarkBitmap> {
        Ok(MarkBitmap { bits: Reserved::map(heap_len.div_ceil(64))?, heap_start })
    }

    fn word(&self, addr: usize) -> (*mut u64, u64) {
        let bit = (addr - self.heap_start) >> 3;
        ((self.bits.start() + (bit >> 6) * 8) as *mut u64, 1u64 << (bit & 63))
    }

    /// Sets the bit of `addr`; returns whether it was clear.
    #[inline]
    pub fn mark(&self, addr: usize) -> bool {
        let (w, m) = self.word(addr);
        // SAFETY: addr lies in the heap, so its bit lies in the bitmap.
        unsafe {
            let old = *w;
            *w = old | m;
            old & m == 0
        }
    }

    #[inline]
    pub fn is_marked(&self, addr: usize) -> bool {
        let (w, m) = self.word(addr);
        // SAFETY: as in `mark`.
        unsafe { *w & m != 0 }
    }

    /// Clears the bits of `[from, to)` (both 64-word aligned or at the ends
    /// of spaces; whole words are cleared, which is harmless beyond).
    pub fn clear(&self, from: usize, to: usize) {
        if from >= to {
            return;
        }
        let a = (from - self.heap_start) >> 9;
        let b = ((to - self.heap_start) >> 3).div_ceil(64);
        // SAFETY: the words of a heap range lie in the bitmap.
        unsafe { std::ptr::write_bytes((self.bits.start() + a * 8) as *mut u64, 0, b - a) }
    }

    /// The first marked address in `[from, to)`.
    pub fn next_marked(&self, from: usize, to: usize) -> Option<usize> {
        if from >= to {
            return None;
        }
        let mut bit = (from - self.heap_start) >> 3;
        let end = (to - self.heap_start) >> 3;
        while bit < end {
            // SAFETY: `bit` lies in the bitmap.
            let word = unsafe { *((self.bits.start() + (bit >> 6) * 8) as *const u64) } >> (bit & 63);
            if word != 0 {
                let found = bit + word.trailing_zeros() as usize;
                return (found < end).then(|| self.heap_start + (found << 3));
            }
            bit = (bit | 63) + 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_and_scans() {
        let heap = 0x4000_0000;
        let b = MarkBitmap::new(heap, 1 << 20).unwrap();
        assert!(b.mark(heap + 16));
        assert!(!b.mark(heap + 16));
        b.mark(heap + 8 * 100);
        assert_eq!(b.next_marked(heap, heap + 4096), Some(heap + 16));
        assert_eq!(b.next_marked(heap + 24, heap + 4096), Some(heap + 800));
        assert_eq!(b.next_marked(heap + 808, heap + 4096), None);
        b.clear(heap, heap + 4096);
        assert!(!b.is_marked(heap + 16));
    }
}
