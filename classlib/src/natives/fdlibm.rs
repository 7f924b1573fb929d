//! fdlibm's algorithms for the functions whose `libm` crate versions round
//! differently (`StrictMath` must return fdlibm's exact bits): `log`,
//! `log10`, `tanh`, `cbrt`, `hypot`, `atan2` (and, in `fdlibm_trig`,
//! `sin`, `cos`, `sinh`, `cosh`).
//!
//! Written from the algorithm descriptions of fdlibm 5.3 (Sun Microsystems,
//! freely distributable): the same argument reduction, polynomial and
//! order of operations, so the same rounding.

// The constants are written as fdlibm writes them (more digits than a
// double holds, and values near PI or LOG10_E that are not those
// constants); `(x - x) / 0.0` is fdlibm's way to produce NaN.
#![allow(clippy::excessive_precision, clippy::approx_constant, clippy::eq_op)]

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const TWO54: f64 = 1.80143985094819840000e+16;
const LG1: f64 = 6.666666666666735130e-01;
const LG2: f64 = 3.999999999940941908e-01;
const LG3: f64 = 2.857142874366239149e-01;
const LG4: f64 = 2.222219843214978396e-01;
const LG5: f64 = 1.818357216161805012e-01;
const LG6: f64 = 1.531383769920937332e-01;
const LG7: f64 = 1.479819860511658591e-01;

pub(super) fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

pub(super) fn low(x: f64) -> u32 {
    x.to_bits() as u32
}

fn with_high(x: f64, hi: i32) -> f64 {
    f64::from_bits(((hi as u32 as u64) << 32) | (x.to_bits() & 0xffff_ffff))
}

/// The common start of `log` and `log10`: the logarithm's value for zero,
/// negative, infinite and NaN arguments, or else `x` (subnormals scaled by
/// 2^54), its high word and the binary exponent so far.
fn log_prologue(mut x: f64) -> Result<(f64, i32, i32), f64> {
    let mut hx = high(x);
    let mut k = 0i32;
    if hx < 0x0010_0000 {
        if ((hx & 0x7fff_ffff) as u32 | low(x)) == 0 {
            return Err(-TWO54 / 0.0);
        }
        if hx < 0 {
            return Err((x - x) / 0.0);
        }
        k -= 54;
        x *= TWO54;
        hx = high(x);
    }
    if hx >= 0x7ff0_0000 {
        return Err(x + x);
    }
    Ok((x, hx, k + (hx >> 20) - 1023))
}

/// Natural logarithm: `x = 2^k (1+f)`, then `log(1+f)` from `s = f/(2+f)`
/// and a polynomial in `s^2`.
pub fn log(x: f64) -> f64 {
    let (mut x, mut hx, mut k) = match log_prologue(x) {
        Ok(parts) => parts,
        Err(value) => return value,
    };
    hx &= 0x000f_ffff;
    let i = (hx + 0x95f64) & 0x10_0000;
    x = with_high(x, hx | (i ^ 0x3ff0_0000));
    k += i >> 20;
    let f = x - 1.0;
    if (0x000f_ffff & (2 + hx)) < 3 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            let dk = k as f64;
            return dk * LN2_HI + dk * LN2_LO;
        }
        let r = f * f * (0.5 - 0.33333333333333333 * f);
        if k == 0 {
            return f - r;
        }
        let dk = k as f64;
        return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    let s = f / (2.0 + f);
    let dk = k as f64;
    let z = s * s;
    let mut i = hx - 0x6147a;
    let w = z * z;
    let j = 0x6b851 - hx;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    let r = t2 + t1;
    if i > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 { f - (hfsq - s * (hfsq + r)) } else { dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f) }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// Base-10 logarithm: `log10(x) = k log10(2) + log10(m)`, with `log10(m)`
/// from [`log`].
pub fn log10(x: f64) -> f64 {
    const IVLN10: f64 = 4.34294481903251816668e-01;
    const LOG10_2HI: f64 = 3.01029995663611771306e-01;
    const LOG10_2LO: f64 = 3.69423907715893078616e-13;
    let (mut x, mut hx, k) = match log_prologue(x) {
        Ok(parts) => parts,
        Err(value) => return value,
    };
    let i = ((k as u32) & 0x8000_0000) >> 31;
    hx = (hx & 0x000f_ffff) | ((0x3ff - i as i32) << 20);
    let y = (k + i as i32) as f64;
    x = with_high(x, hx);
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

pub(super) fn from_words(hi: i32, lo: u32) -> f64 {
    f64::from_bits(((hi as u32 as u64) << 32) | lo as u64)
}

/// Hyperbolic tangent from `expm1`: `1 - 2/(expm1(2|x|)+2)` for `|x| >= 1`,
/// `-t/(t+2)` with `t = expm1(-2|x|)` below, `±1` from 22 on.
pub fn tanh(x: f64) -> f64 {
    let jx = high(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return if jx >= 0 { 1.0 / x + 1.0 } else { 1.0 / x - 1.0 };
    }
    let z = if ix < 0x4036_0000 {
        if ix < 0x3c80_0000 {
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            let t = libm::expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0 - 1.0e-300
    };
    if jx >= 0 { z } else { -z }
}

/// Cube root: a 5-bit estimate from the exponent, refined to 23 bits by a
/// rational step, chopped, then one Newton step.
pub fn cbrt(mut x: f64) -> f64 {
    const B1: i32 = 715_094_163;
    const B2: i32 = 696_219_795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    let mut hx = high(x);
    let sign = hx & i32::MIN;
    hx ^= sign;
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if (hx as u32 | low(x)) == 0 {
        return x;
    }
    x = with_high(x, hx);
    let mut t = if hx < 0x0010_0000 {
        let t = from_words(0x4350_0000, 0) * x;
        from_words(high(t) / 3 + B2, 0)
    } else {
        from_words(hx / 3 + B1, 0)
    };
    let r = t * t / x;
    let s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = from_words(high(t) + 1, 0);
    let s = t * t;
    let mut r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    with_high(t, high(t) | sign)
}

/// `sqrt(x² + y²)` without undue overflow or underflow: scale, then split
/// the operands to compute the sum of squares exactly enough.
pub fn hypot(x: f64, y: f64) -> f64 {
    let mut ha = high(x) & 0x7fff_ffff;
    let mut hb = high(y) & 0x7fff_ffff;
    let (mut a, mut b) = if hb > ha {
        std::mem::swap(&mut ha, &mut hb);
        (y, x)
    } else {
        (x, y)
    };
    a = with_high(a, ha);
    b = with_high(b, hb);
    if ha - hb > 0x3c0_0000 {
        return a + b;
    }
    let mut k = 0i32;
    if ha > 0x5f30_0000 {
        if ha >= 0x7ff0_0000 {
            let mut w = a + b;
            if ((ha & 0xfffff) as u32 | low(a)) == 0 {
                w = a;
            }
            if ((hb ^ 0x7ff0_0000) as u32 | low(b)) == 0 {
                w = b;
            }
            return w;
        }
        ha -= 0x2580_0000;
        hb -= 0x2580_0000;
        k += 600;
        a = with_high(a, ha);
        b = with_high(b, hb);
    }
    if hb < 0x20b0_0000 {
        if hb <= 0x000f_ffff {
            if (hb as u32 | low(b)) == 0 {
                return a;
            }
            let t1 = from_words(0x7fd0_0000, 0);
            b *= t1;
            a *= t1;
            k -= 1022;
        } else {
            ha += 0x2580_0000;
            hb += 0x2580_0000;
            k -= 600;
            a = with_high(a, ha);
            b = with_high(b, hb);
        }
    }
    let mut w = a - b;
    if w > b {
        let t1 = from_words(ha, 0);
        let t2 = a - t1;
        w = (t1 * t1 - (b * (-b) - t2 * (a + t1))).sqrt();
    } else {
        a += a;
        let y1 = from_words(hb, 0);
        let y2 = b - y1;
        let t1 = from_words(ha + 0x0010_0000, 0);
        let t2 = a - t1;
        w = (t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b))).sqrt();
    }
    if k != 0 {
        let t1 = from_words(0x3ff0_0000 + (k << 20), 0);
        t1 * w
    } else {
        w
    }
}

/// `atan2(y, x)`: the quadrant from the signs, special cases for zeros and
/// infinities, then `atan(|y/x|)` corrected by `pi`.
pub fn atan2(y: f64, x: f64) -> f64 {
    const TINY: f64 = 1.0e-300;
    const PI_O_4: f64 = 7.8539816339744827900e-01;
    const PI_O_2: f64 = 1.5707963267948965580e+00;
    const PI: f64 = 3.1415926535897931160e+00;
    const PI_LO: f64 = 1.2246467991473531772e-16;
    let hx = high(x);
    let ix = hx & 0x7fff_ffff;
    let lx = low(x);
    let hy = high(y);
    let iy = hy & 0x7fff_ffff;
    let ly = low(y);
    let nan = |i: i32, l: u32| (i as u32 | ((l | l.wrapping_neg()) >> 31)) > 0x7ff0_0000;
    if nan(ix, lx) || nan(iy, ly) {
        return x + y;
    }
    if (hx.wrapping_sub(0x3ff0_0000) as u32 | lx) == 0 {
        return libm::atan(y);
    }
    let m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
    if (iy as u32 | ly) == 0 {
        return match m {
            0 | 1 => y,
            2 => PI + TINY,
            _ => -PI - TINY,
        };
    }
    if (ix as u32 | lx) == 0 {
        return if hy < 0 { -PI_O_2 - TINY } else { PI_O_2 + TINY };
    }
    if ix == 0x7ff0_0000 {
        return if iy == 0x7ff0_0000 {
            match m {
                0 => PI_O_4 + TINY,
                1 => -PI_O_4 - TINY,
                2 => 3.0 * PI_O_4 + TINY,
                _ => -3.0 * PI_O_4 - TINY,
            }
        } else {
            match m {
                0 => 0.0,
                1 => -0.0,
                2 => PI + TINY,
                _ => -PI - TINY,
            }
        };
    }
    if iy == 0x7ff0_0000 {
        return if hy < 0 { -PI_O_2 - TINY } else { PI_O_2 + TINY };
    }
    let k = (iy - ix) >> 20;
    let z = if k > 60 {
        PI_O_2 + 0.5 * PI_LO
    } else if hx < 0 && k < -60 {
        0.0
    } else {
        libm::atan((y / x).abs())
    };
    match m {
        0 => z,
        1 => with_high(z, high(z) ^ i32::MIN),
        2 => PI - (z - PI_LO),
        _ => (z - PI_LO) - PI,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_values() {
        assert_eq!(log(1.0), 0.0);
        assert_eq!(log(0.0), f64::NEG_INFINITY);
        assert!(log(-1.0).is_nan());
        assert_eq!(log(f64::INFINITY), f64::INFINITY);
        assert_eq!(log10(1000.0), 3.0);
        assert_eq!(log10(0.0), f64::NEG_INFINITY);
        assert!((log(std::f64::consts::E) - 1.0).abs() < 1e-15);
        assert!((log(5e-324) + 744.4400719213812).abs() < 1e-12);
        assert_eq!(cbrt(27.0), 3.0);
        assert_eq!(cbrt(-8.0), -2.0);
        assert_eq!(hypot(3.0, 4.0), 5.0);
        assert_eq!(hypot(f64::INFINITY, f64::NAN), f64::INFINITY);
        assert_eq!(atan2(0.0, -1.0), std::f64::consts::PI);
        assert_eq!(tanh(30.0), 1.0);
    }
}
