//! Reduction of huge angles by multiples of π/2 (Payne and Hanek's
//! method): for finite |x| of any size, `x = n·π/2 + r` with |r| <= π/4,
//! `r` as a double-double accurate to about 2^-104 relative.
//!
//! x = M·2^E with M a 53-bit integer; only the bits of 2/π from position
//! E − 1 on matter for `x·2/π mod 4` (earlier ones contribute multiples of
//! 4), and 192 of them give the fraction to 2^-137 absolute, enough for
//! every double (none is closer to a multiple of π/2 than about 2^-62).
//! Both `Math`'s correctly rounded functions and `StrictMath`'s fdlibm
//! kernels use it beyond their own, cheaper reductions.

use super::correctly_rounded::Dd;

/// The bits of 2/π after the binary point, most significant first.
const TWO_OVER_PI_BITS: [u64; 20] = [
    0xa2f9836e4e441529,
    0xfc2757d1f534ddc0,
    0xdb6295993c439041,
    0xfe5163abdebbc561,
    0xb7246e3a424dd2e0,
    0x06492eea09d1921c,
    0xfe1deb1cb129a73e,
    0xe88235f52ebb4484,
    0xe99c7026b45f7e41,
    0x3991d639835339f4,
    0x9c845f8bbdf9283b,
    0x1ff897ffde05980f,
    0xef2f118b5a0a6d1f,
    0x6d367ecf27cb09b7,
    0x4f463f669e5fea2d,
    0x7527bac7ebe5f17b,
    0x3d0739f78a5292ea,
    0x6bfb5fb11f8d5d08,
    0x56033046fc7b6bab,
    0xf0cfbc209af4361d,
];

/// The 64 bits of 2/π starting at (1-based) position `start`; positions
/// before the binary point are zeros.
fn bits64(start: i64) -> u64 {
    let word = |k: i64| if (0..TWO_OVER_PI_BITS.len() as i64).contains(&k) { TWO_OVER_PI_BITS[k as usize] } else { 0 };
    let p = start - 1;
    let (k, off) = (p.div_euclid(64), p.rem_euclid(64));
    if off == 0 { word(k) } else { (word(k) << off) | (word(k + 1) >> (64 - off)) }
}

/// `(n, r)` with `x = n·π/2 + r` (only `n mod 4` is meaningful), for a
/// finite `x` with |x| >= 2^19 (`None` below, or for NaN and infinities).
pub fn reduce(x: f64) -> Option<(i64, Dd)> {
    if !x.is_finite() || x.abs() < 524288.0 {
        return None;
    }
    let bits = x.to_bits();
    let mantissa = (bits & 0x000f_ffff_ffff_ffff) | (1 << 52);
    let e = ((bits >> 52) & 0x7ff) as i64 - 1023 - 52;
    let start = e - 1;
    let (w2, w1, w0) = (bits64(start), bits64(start + 64), bits64(start + 128));
    // P = M·W: the integer part of x·2/π mod 4 is bits 190 and 191, the
    // fraction bits 0 to 189.
    let m = mantissa as u128;
    let t0 = m * w0 as u128;
    let t1 = m * w1 as u128 + (t0 >> 64);
    let t2 = m * w2 as u128 + (t1 >> 64);
    let (p0, p1, p2) = (t0 as u64, t1 as u64, t2 as u64);
    let mut n = (p2 >> 62) as i64;
    let (mut f2, mut f1, mut f0) = (p2 & ((1 << 62) - 1), p1, p0);
    let negative = f2 >> 61 == 1;
    if negative {
        // Round to the nearest integer: the fraction becomes 1 − fraction,
        // taken away (190-bit two's complement).
        n += 1;
        let (n0, c0) = (!f0).overflowing_add(1);
        let (n1, c1) = (!f1).overflowing_add(c0 as u64);
        f0 = n0;
        f1 = n1;
        f2 = (!f2).wrapping_add(c1 as u64) & ((1 << 62) - 1);
    }
    // The fraction as a double-double, from 32-bit pieces (each exact).
    let pieces = [
        (f0 & 0xffff_ffff, -190),
        (f0 >> 32, -158),
        (f1 & 0xffff_ffff, -126),
        (f1 >> 32, -94),
        (f2 & 0xffff_ffff, -62),
        (f2 >> 32, -30),
    ];
    let fraction = pieces.iter().fold(Dd::from(0.0), |acc, &(v, scale)| acc.add(Dd::from(v as f64 * 2f64.powi(scale))));
    let mut r = fraction.mul(super::correctly_rounded::pio2());
    if negative {
        r = r.neg();
    }
    Some(if x < 0.0 { (-n, r.neg()) } else { (n, r) })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Quadrants and remainders computed with 2000-bit arithmetic (mpmath).
    #[test]
    fn remainders_are_the_correctly_rounded_ones() {
        for (x, quadrant, r) in [
            (1e22, 3, 0.5506189342358097),
            (1e300, 3, -0.613076157357336),
            (-3.0e15, 0, -0.045909044030751314),
            (1048576.5, 1, -0.7339702992636847),
        ] {
            let (n, rem) = reduce(x).unwrap();
            assert_eq!((n.rem_euclid(4), rem.hi), (quadrant, r), "{x}");
        }
        assert!(reduce(1000.0).is_none() && reduce(f64::NAN).is_none());
    }
}
