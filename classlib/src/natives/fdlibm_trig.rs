//! fdlibm 5.3's `sin`, `cos`, `sinh` and `cosh`, for `StrictMath`.
//!
//! The `libm` crate follows FreeBSD's later kernels, whose cosine kernel
//! rounds differently from fdlibm 5.3's (the one Java specifies) for about
//! one argument in a hundred, and whose hyperbolic functions are written
//! differently. These are written from the algorithm descriptions of fdlibm
//! 5.3 (Sun Microsystems, freely distributable): the same argument
//! reduction for |x| < 2^19·π/2, kernels, polynomial coefficients and
//! order of operations, so the same bits. Larger angles are reduced by
//! `pio2_reduction` (to the remainder fdlibm's exact reduction gives).

#![allow(clippy::excessive_precision, clippy::approx_constant)]

use super::fdlibm::{from_words, high, low};

const S1: f64 = -1.66666666666666324348e-01;
const S2: f64 = 8.33333333332248946124e-03;
const S3: f64 = -1.98412698298579493134e-04;
const S4: f64 = 2.75573137070700676789e-06;
const S5: f64 = -2.50507602534068634195e-08;
const S6: f64 = 1.58969099521155010221e-10;

const C1: f64 = 4.16666666666666019037e-02;
const C2: f64 = -1.38888888888741095749e-03;
const C3: f64 = 2.48015872894767294178e-05;
const C4: f64 = -2.75573143513906633035e-07;
const C5: f64 = 2.08757232129817482790e-09;
const C6: f64 = -1.13596475577881948265e-11;

const INV_PIO2: f64 = 6.36619772367581382433e-01;
const PIO2_1: f64 = 1.57079632673412561417e+00;
const PIO2_1T: f64 = 6.07710050650619224932e-11;
const PIO2_2: f64 = 6.07710050630396597660e-11;
const PIO2_2T: f64 = 2.02226624879595063154e-21;
const PIO2_3: f64 = 2.02226624871116645580e-21;
const PIO2_3T: f64 = 8.47842766036889956997e-32;

/// sin(x + y) for |x| <= π/4, `y` the tail of `x` (`tail`: whether y is
/// meaningful).
fn kernel_sin(x: f64, y: f64, tail: bool) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix < 0x3e40_0000 && (x as i32) == 0 {
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if !tail { x + v * (S1 + z * r) } else { x - ((z * (0.5 * y - v * r) - y) - v * S1) }
}

/// cos(x + y) for |x| <= π/4.
fn kernel_cos(x: f64, y: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix < 0x3e40_0000 && (x as i32) == 0 {
        return 1.0;
    }
    let z = x * x;
    let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ix < 0x3fd3_3333 {
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    let qx = if ix > 0x3fe9_0000 { 0.28125 } else { from_words(ix - 0x0020_0000, 0) };
    let hz = 0.5 * z - qx;
    let a = 1.0 - qx;
    a - (hz - (z * r - x * y))
}

/// `x` reduced by multiples of π/2 for π/4 < |x| < 2^19·π/2: the quadrant
/// count and the remainder as a head and tail.
fn rem_pio2_medium(x: f64) -> (i32, f64, f64) {
    let hx = high(x);
    let ix = hx & 0x7fff_ffff;
    if ix < 0x4002_d97c {
        // |x| < 3π/4: one quarter turn.
        let (sign, turn) = if hx > 0 { (1.0, 1) } else { (-1.0, -1) };
        let mut z = x - sign * PIO2_1;
        let (y0, y1);
        if ix != 0x3ff9_21fb {
            y0 = z - sign * PIO2_1T;
            y1 = (z - y0) - sign * PIO2_1T;
        } else {
            z -= sign * PIO2_2;
            y0 = z - sign * PIO2_2T;
            y1 = (z - y0) - sign * PIO2_2T;
        }
        return (turn, y0, y1);
    }
    let t = x.abs();
    let n = (t * INV_PIO2 + 0.5) as i32;
    let f = n as f64;
    let mut r = t - f * PIO2_1;
    let mut w = f * PIO2_1T;
    let j = ix >> 20;
    let mut y0 = r - w;
    let exponent_of = |v: f64| (high(v) >> 20) & 0x7ff;
    if j - exponent_of(y0) > 16 {
        let t = r;
        w = f * PIO2_2;
        r = t - w;
        w = f * PIO2_2T - ((t - r) - w);
        y0 = r - w;
        if j - exponent_of(y0) > 49 {
            let t = r;
            w = f * PIO2_3;
            r = t - w;
            w = f * PIO2_3T - ((t - r) - w);
            y0 = r - w;
        }
    }
    let y1 = (r - y0) - w;
    if hx < 0 { (-n, -y0, -y1) } else { (n, y0, y1) }
}

/// `x` (beyond π/4) reduced by multiples of π/2: the medium reduction
/// below 2^19·π/2, Payne–Hanek above; `None` for NaN and infinities.
fn reduce(x: f64) -> Option<(i32, f64, f64)> {
    if high(x) & 0x7fff_ffff <= 0x4139_21fb {
        return Some(rem_pio2_medium(x));
    }
    let (n, r) = super::pio2_reduction::reduce(x)?;
    Some(((n & 3) as i32, r.hi, r.lo))
}

pub fn sin(x: f64) -> f64 {
    if high(x) & 0x7fff_ffff <= 0x3fe9_21fb {
        return kernel_sin(x, 0.0, false);
    }
    let Some((n, y0, y1)) = reduce(x) else {
        return f64::NAN; // NaN and infinities
    };
    match n & 3 {
        0 => kernel_sin(y0, y1, true),
        1 => kernel_cos(y0, y1),
        2 => -kernel_sin(y0, y1, true),
        _ => -kernel_cos(y0, y1),
    }
}

pub fn cos(x: f64) -> f64 {
    if high(x) & 0x7fff_ffff <= 0x3fe9_21fb {
        return kernel_cos(x, 0.0);
    }
    let Some((n, y0, y1)) = reduce(x) else {
        return f64::NAN; // NaN and infinities
    };
    match n & 3 {
        0 => kernel_cos(y0, y1),
        1 => -kernel_sin(y0, y1, true),
        2 => -kernel_cos(y0, y1),
        _ => kernel_sin(y0, y1, true),
    }
}

/// The largest |x| whose sinh/cosh is finite, as (high, low) words.
fn below_overflow(ix: i32, x: f64) -> bool {
    ix < 0x408633ce || (ix == 0x408633ce && low(x) <= 0x8fb9_f87d)
}

pub fn sinh(x: f64) -> f64 {
    let jx = high(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    let h = if jx < 0 { -0.5 } else { 0.5 };
    if ix < 0x4036_0000 {
        if ix < 0x3e30_0000 && 1.0e307 + x > 1.0 {
            return x;
        }
        let t = libm::expm1(x.abs());
        if ix < 0x3ff0_0000 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ix < 0x4086_2e42 {
        return h * libm::exp(x.abs());
    }
    if below_overflow(ix, x) {
        let w = libm::exp(0.5 * x.abs());
        let t = h * w;
        return t * w;
    }
    x * 1.0e307
}

pub fn cosh(x: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    if ix < 0x3fd6_2e43 {
        let t = libm::expm1(x.abs());
        let w = 1.0 + t;
        if ix < 0x3c80_0000 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < 0x4036_0000 {
        let t = libm::exp(x.abs());
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2e42 {
        return 0.5 * libm::exp(x.abs());
    }
    if below_overflow(ix, x) {
        let w = libm::exp(0.5 * x.abs());
        let t = 0.5 * w;
        return t * w;
    }
    f64::INFINITY
}
