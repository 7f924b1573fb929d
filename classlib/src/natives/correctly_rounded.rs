//! `java.lang.Math`'s `sin`, `cos`, `tan`, `exp`, `log`, `log10` and
//! `pow`, correctly rounded.
//!
//! HotSpot does not run these through `StrictMath` (fdlibm): its
//! interpreter and compilers call intrinsic routines whose results are the
//! correctly rounded ones for all but a few arguments in a thousand,
//! where fdlibm's differ for 3 to 10 % of arguments. To print what `java`
//! prints, crema evaluates them in double-double arithmetic (about 104
//! bits), which makes the returned double the correctly rounded result
//! except where the exact value lies within ~2^-100 of a rounding
//! boundary. Angles beyond 10^6 are reduced by `pio2_reduction`. Each
//! function first tries a fast evaluation (tables and a
//! short polynomial, about 70 bits) and keeps its result when the error
//! bound shows the rounding cannot change (Ziv's strategy); only the rare
//! undecided cases run the full double-double series. Arguments outside
//! the ranges handled here (huge angles,
//! results that overflow or are subnormal, the special cases of `pow`)
//! go to `StrictMath`'s functions, which the specification also allows.
//!
//! The double-double operations follow the classic error-free
//! transformations (Dekker, Knuth); the constants were computed to 400
//! bits with mpmath and split into doubles.

use crema_vm::runtime::{JValue, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const C: &str = "java/lang/Math";
    r.register(C, "sin", "(D)D", |_, a| Ok(JValue::Double(sin(a.double(0)))));
    r.register(C, "cos", "(D)D", |_, a| Ok(JValue::Double(cos(a.double(0)))));
    r.register(C, "tan", "(D)D", |_, a| Ok(JValue::Double(tan(a.double(0)))));
    r.register(C, "exp", "(D)D", |_, a| Ok(JValue::Double(exp(a.double(0)))));
    r.register(C, "log", "(D)D", |_, a| Ok(JValue::Double(log(a.double(0)))));
    r.register(C, "log10", "(D)D", |_, a| Ok(JValue::Double(log10(a.double(0)))));
    r.register(C, "pow", "(DD)D", |_, a| Ok(JValue::Double(pow(a.double(0), a.double(1)))));
}

/// π/2 as the sum of these (the first five have 33 significant bits, so
/// `k * PIO2_i` is exact for `k < 2^20`).
const PIO2: [f64; 6] = [
    f64::from_bits(0x3ff921fb54400000),
    f64::from_bits(0x3dd0b4611a600000),
    f64::from_bits(0x3ba3198a2e000000),
    f64::from_bits(0x397b839a25200000),
    f64::from_bits(0x3712704453400000),
    f64::from_bits(0xb4d9c5fefa20ace2),
];
const TWO_OVER_PI: f64 = f64::from_bits(0x3fe45f306dc9c883);
/// ln 2 as the sum of these (the first has 29 significant bits).
const LN2: [f64; 3] =
    [f64::from_bits(0x3fe62e42ff000000), f64::from_bits(0xbdc718432a1b0e26), f64::from_bits(0xba59ff0342542fc3)];
/// 1 / ln 10 as a double-double.
const INV_LN10: Dd = Dd { hi: f64::from_bits(0x3fdbcb7b1526e50e), lo: f64::from_bits(0x3c695355baaafad3) };

/// Angles up to this are reduced here (`k < 2^20` quarter turns).
const MAX_ANGLE: f64 = 1.0e6;
/// `exp` of arguments in this range is a normal, finite double.
const EXP_MIN: f64 = -708.0;
const EXP_MAX: f64 = 709.0;

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Copy, Clone, Debug)]
pub(super) struct Dd {
    pub(super) hi: f64,
    pub(super) lo: f64,
}

impl Dd {
    const ONE: Dd = Dd { hi: 1.0, lo: 0.0 };

    pub(super) fn from(x: f64) -> Dd {
        Dd { hi: x, lo: 0.0 }
    }

    /// The double nearest to the value (`hi` is `fl(hi + lo)`).
    fn round(self) -> f64 {
        self.hi
    }

    pub(super) fn neg(self) -> Dd {
        Dd { hi: -self.hi, lo: -self.lo }
    }

    pub(super) fn add(self, o: Dd) -> Dd {
        let s = two_sum(self.hi, o.hi);
        let t = two_sum(self.lo, o.lo);
        let u = quick_two_sum(s.hi, s.lo + t.hi);
        quick_two_sum(u.hi, u.lo + t.lo)
    }

    fn sub(self, o: Dd) -> Dd {
        self.add(o.neg())
    }

    pub(super) fn mul(self, o: Dd) -> Dd {
        let p = two_prod(self.hi, o.hi);
        quick_two_sum(p.hi, p.lo + (self.hi * o.lo + self.lo * o.hi))
    }

    fn mul_f(self, b: f64) -> Dd {
        let p = two_prod(self.hi, b);
        quick_two_sum(p.hi, p.lo + self.lo * b)
    }

    fn div(self, o: Dd) -> Dd {
        let q1 = self.hi / o.hi;
        let r = self.sub(o.mul_f(q1));
        let q2 = r.hi / o.hi;
        let r = r.sub(o.mul_f(q2));
        let q3 = r.hi / o.hi;
        quick_two_sum(q1, q2).add(Dd::from(q3))
    }

    fn div_f(self, b: f64) -> Dd {
        self.div(Dd::from(b))
    }

    fn scale(self, k: i32) -> Dd {
        let f = 2f64.powi(k);
        Dd { hi: self.hi * f, lo: self.lo * f }
    }
}

fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    Dd { hi: s, lo: (a - (s - bb)) + (b - bb) }
}

fn quick_two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd { hi: s, lo: b - (s - a) }
}

fn two_prod(a: f64, b: f64) -> Dd {
    let p = a * b;
    Dd { hi: p, lo: a.mul_add(b, -p) }
}

/// `x - k·π/2` for an integer `k` with `|k| < 2^20`.
fn reduce_quarter_turns(x: f64, k: f64) -> Dd {
    let mut r = Dd::from(x);
    for c in &PIO2[..5] {
        r = r.sub(Dd::from(k * c));
    }
    r.sub(two_prod(k, PIO2[5]))
}

/// Taylor coefficients: `(-1)^n / (2n+1)!` (sine) and `(-1)^n / (2n)!`
/// (cosine) for n = 0..=14, and `1 / n!` for n = 0..=14.
struct Coefficients {
    sin: [Dd; 15],
    cos: [Dd; 15],
    exp: [Dd; 15],
    /// `2^(j/64)` for j = 0..64.
    exp2_64ths: [Dd; 64],
}

fn coefficients() -> &'static Coefficients {
    static TABLES: std::sync::OnceLock<Coefficients> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut factorial = [Dd::ONE; 30];
        for n in 1..30 {
            factorial[n] = factorial[n - 1].mul_f(n as f64);
        }
        let signed = |n: usize, f: Dd| {
            let c = Dd::ONE.div(f);
            if n.is_multiple_of(2) { c } else { c.neg() }
        };
        let sin = std::array::from_fn(|n| signed(n, factorial[2 * n + 1]));
        let cos = std::array::from_fn(|n| signed(n, factorial[2 * n]));
        let exp: [Dd; 15] = std::array::from_fn(|n| Dd::ONE.div(factorial[n]));
        // 2^(j/64) = e^(j·ln2/64), |j·ln2/64| < 0.7: the series to n = 29.
        let exp2_64ths = std::array::from_fn(|j| {
            let r = Dd::from(LN2[0]).add(Dd::from(LN2[1])).add(Dd::from(LN2[2])).mul_f(j as f64 / 64.0);
            let mut p = Dd::ONE;
            for n in (1..30).rev() {
                p = Dd::ONE.add(p.mul(r).div_f(n as f64));
            }
            p
        });
        Coefficients { sin, cos, exp, exp2_64ths }
    })
}

/// Σ coefficients[n] · z^n by Horner's rule.
fn horner(coefficients: &[Dd], z: Dd) -> Dd {
    let mut p = coefficients[coefficients.len() - 1];
    for c in coefficients[..coefficients.len() - 1].iter().rev() {
        p = p.mul(z).add(*c);
    }
    p
}

/// sin r for `|r| <= π/4` (Taylor series to r^29).
fn sin_dd(r: Dd) -> Dd {
    r.mul(horner(&coefficients().sin, r.mul(r)))
}

/// cos r for `|r| <= π/4` (Taylor series to r^28).
fn cos_dd(r: Dd) -> Dd {
    horner(&coefficients().cos, r.mul(r))
}

/// The quadrant of `x` and `x` reduced into [-π/4, π/4], or `None` when
/// `x` is not handled here.
fn quadrant(x: f64) -> Option<(i64, Dd)> {
    if x.is_nan() || x.abs() > MAX_ANGLE {
        return super::pio2_reduction::reduce(x).map(|(n, r)| (n.rem_euclid(4), r));
    }
    let k = (x * TWO_OVER_PI).round_ties_even();
    Some(((k as i64).rem_euclid(4), reduce_quarter_turns(x, k)))
}

pub fn sin(x: f64) -> f64 {
    if x.abs() < 2f64.powi(-27) {
        return x;
    }
    if let Some(v) = fast_trig(x, Trig::Sin) {
        return v;
    }
    match quadrant(x) {
        Some((0, r)) => sin_dd(r).round(),
        Some((1, r)) => cos_dd(r).round(),
        Some((2, r)) => -sin_dd(r).round(),
        Some((_, r)) => -cos_dd(r).round(),
        None => libm::sin(x),
    }
}

pub fn cos(x: f64) -> f64 {
    if let Some(v) = fast_trig(x, Trig::Cos) {
        return v;
    }
    match quadrant(x) {
        Some((0, r)) => cos_dd(r).round(),
        Some((1, r)) => -sin_dd(r).round(),
        Some((2, r)) => -cos_dd(r).round(),
        Some((_, r)) => sin_dd(r).round(),
        None => libm::cos(x),
    }
}

pub fn tan(x: f64) -> f64 {
    if x.abs() < 2f64.powi(-27) {
        return x;
    }
    if let Some(v) = fast_trig(x, Trig::Tan) {
        return v;
    }
    match quadrant(x) {
        Some((q, r)) if q % 2 == 0 => sin_dd(r).div(cos_dd(r)).round(),
        Some((_, r)) => cos_dd(r).div(sin_dd(r)).neg().round(),
        None => libm::tan(x),
    }
}

/// e^r − 1 for `|r| <= 2^-6`, accurate relative to the result (the
/// series to r^14).
fn expm1_small(r: Dd) -> Dd {
    r.mul(horner(&coefficients().exp[1..], r))
}

/// e^x for `EXP_MIN <= x.hi <= EXP_MAX`: x = (64k + j)·ln2/64 + r with
/// |r| <= ln2/128, e^x = 2^k · 2^(j/64) · e^r.
fn exp_dd(x: Dd) -> Dd {
    let tables = coefficients();
    let n = (x.hi * (64.0 / std::f64::consts::LN_2)).round_ties_even();
    let step = |c: f64| c / 64.0;
    let r = x.sub(Dd::from(n * step(LN2[0]))).sub(two_prod(n, step(LN2[1]))).sub(two_prod(n, step(LN2[2])));
    let n = n as i32;
    let (k, j) = (n.div_euclid(64), n.rem_euclid(64) as usize);
    let e_r = horner(&tables.exp[..13], r);
    tables.exp2_64ths[j].mul(e_r).scale(k)
}

pub fn exp(x: f64) -> f64 {
    if !(EXP_MIN..=EXP_MAX).contains(&x) {
        return libm::exp(x);
    }
    if x.abs() < 2f64.powi(-54) {
        return 1.0 + x;
    }
    let fast = exp_fast(x);
    round_checked(fast, fast.hi * 2f64.powi(-68)).unwrap_or_else(|| exp_dd(Dd::from(x)).round())
}

/// `x = m · 2^e` with m in [sqrt(1/2), sqrt(2)), for a positive normal `x`.
fn split_binade(x: f64) -> (i32, f64) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1023;
    let m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if m > std::f64::consts::SQRT_2 { (e + 1, m / 2.0) } else { (e, m) }
}

/// e · ln 2 as a double-double (the first product is exact).
fn times_ln2(e: i32) -> Dd {
    let e = e as f64;
    Dd::from(e * LN2[0]).add(two_prod(e, LN2[1])).add(two_prod(e, LN2[2]))
}

/// ln x for a positive, normal, finite `x`.
fn log_dd(x: f64) -> Dd {
    let (e, m) = split_binade(x);
    // One Newton step on e^y = m from fdlibm's y0: t = m·e^-y0 − 1, which
    // near m = 1 is δ + F + δF with δ = m − 1 (exact) and F = e^-y0 − 1
    // (so that t keeps its relative accuracy).
    let delta = m - 1.0;
    let y0 = libm::log1p(delta);
    let t = if y0.abs() < 2f64.powi(-6) {
        let f = expm1_small(Dd::from(-y0));
        Dd::from(delta).add(f).add(f.mul_f(delta))
    } else {
        exp_dd(Dd::from(-y0)).mul_f(m).sub(Dd::ONE)
    };
    let y = Dd::from(y0).add(t).sub(t.mul(t).mul_f(0.5));
    times_ln2(e).add(y)
}

fn log_handled(x: f64) -> bool {
    x.is_finite() && x >= f64::MIN_POSITIVE
}

pub fn log(x: f64) -> f64 {
    if !log_handled(x) {
        return super::fdlibm::log(x);
    }
    log_fast(x).and_then(|(v, err)| round_checked(v, err)).unwrap_or_else(|| log_dd(x).round())
}

pub fn log10(x: f64) -> f64 {
    if !log_handled(x) {
        return super::fdlibm::log10(x);
    }
    let fast = log_fast(x).map(|(v, err)| (v.mul(INV_LN10), err * 0.44));
    fast.and_then(|(v, err)| round_checked(v, err)).unwrap_or_else(|| log_dd(x).mul(INV_LN10).round())
}

/// `Math.pow`. The special cases (zeros, infinities, NaN, a negative base
/// with a non-integer exponent) and results out of the normal range are
/// `StrictMath.pow`'s.
pub fn pow(x: f64, y: f64) -> f64 {
    let strict = || super::lang_math::java_pow(x, y);
    if !x.is_finite() || !y.is_finite() || x == 0.0 || y == 0.0 || x.abs() < f64::MIN_POSITIVE {
        return strict();
    }
    let integer = y == y.trunc();
    if x < 0.0 && !integer {
        return strict();
    }
    let negative = x < 0.0 && integer && (y.abs() < 2f64.powi(53)) && (y % 2.0 != 0.0);
    let a = x.abs();
    let magnitude = if integer && y.abs() <= 64.0 {
        // Repeated squaring: exact while the product fits in 106 bits.
        let mut n = y.abs() as u32;
        let mut base = Dd::from(a);
        let mut acc = Dd::ONE;
        while n > 0 {
            if n & 1 == 1 {
                acc = acc.mul(base);
            }
            base = base.mul(base);
            n >>= 1;
        }
        if !acc.hi.is_finite() || acc.hi == 0.0 {
            return strict();
        }
        let v = if y < 0.0 { Dd::ONE.div(acc) } else { acc };
        if !(v.hi.abs() >= f64::MIN_POSITIVE && v.hi.is_finite()) {
            return strict();
        }
        v
    } else {
        let p = log_dd(a).mul_f(y);
        if !(EXP_MIN..=EXP_MAX).contains(&p.hi) {
            return strict();
        }
        // e^p from the fast stage when it decides the rounding: its own
        // error plus that of p (absolute, about |p|·2^-102).
        let fast = exp_fast(p.hi).mul(exp_fast_correction(p.lo));
        let err = fast.hi.abs() * (2f64.powi(-66) + p.hi.abs() * 2f64.powi(-100));
        if let Some(v) = round_checked(fast, err) {
            return if negative { -v } else { v };
        }
        exp_dd(p)
    };
    let v = magnitude.round();
    if negative { -v } else { v }
}

// ---- The fast stage ------------------------------------------------------

/// `v.hi` if it is certainly the correctly rounded value of a number within
/// `err` of `v.hi + v.lo`, else `None`.
fn round_checked(v: Dd, err: f64) -> Option<f64> {
    let hi = v.hi;
    // Near a power of two the spacing below differs from the one above;
    // leave those (and anything not normal) to the full evaluation.
    if !hi.is_normal() || hi.to_bits() & 0x000f_ffff_ffff_ffff == 0 || err.is_nan() || err < 0.0 {
        return None;
    }
    let a = hi.abs();
    let half_ulp = (f64::from_bits(a.to_bits() + 1) - a) * 0.5;
    (half_ulp - v.lo.abs() > err).then_some(hi)
}

/// π/2 as a double-double.
pub(super) fn pio2() -> Dd {
    trig_table().pio2
}

/// π/2 as a double-double, and sin/cos of jπ/256 for j = 0..=64.
struct TrigTable {
    pio2: Dd,
    sin_cos: [(Dd, Dd); 65],
}

fn trig_table() -> &'static TrigTable {
    static TABLE: std::sync::OnceLock<TrigTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let pio2 = PIO2.iter().fold(Dd::from(0.0), |acc, &c| acc.add(Dd::from(c)));
        let sin_cos = std::array::from_fn(|j| {
            let angle = pio2.mul_f(j as f64 / 128.0);
            (sin_dd(angle), cos_dd(angle))
        });
        TrigTable { pio2, sin_cos }
    })
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum Trig {
    Sin,
    Cos,
    Tan,
}

/// sin, cos or tan of `x` from the table, if the fast stage can decide it.
fn fast_trig(x: f64, which: Trig) -> Option<f64> {
    if x.is_nan() || x.abs() > MAX_ANGLE {
        return None;
    }
    let k = (x * TWO_OVER_PI).round_ties_even();
    // x − k·π/2 to about 2^-100·k: the first three parts are exact products.
    let r = Dd::from(x - k * PIO2[0]).sub(Dd::from(k * PIO2[1])).sub(Dd::from(k * PIO2[2]));
    let negative = r.hi < 0.0;
    let a = if negative { r.neg() } else { r };
    let table = trig_table();
    let j = ((a.hi * (256.0 / std::f64::consts::PI)).round_ties_even() as usize).min(64);
    // d = a − jπ/256, |d| <= π/512: sin d and cos d by short series whose
    // small terms are computed in double precision.
    let d = a.sub(table.pio2.mul_f(j as f64 / 128.0));
    let z = d.hi * d.hi;
    let d2 = two_prod(d.hi, d.hi).add(Dd::from(2.0 * d.hi * d.lo));
    let sin_tail = d.hi * z * (-1.0 / 6.0 + z * (1.0 / 120.0 + z * (-1.0 / 5040.0 + z * (1.0 / 362880.0))));
    let sin_d = d.add(Dd::from(sin_tail));
    let cos_tail = z * z * (1.0 / 24.0 + z * (-1.0 / 720.0 + z * (1.0 / 40320.0)));
    let cos_d = Dd::ONE.sub(d2.mul_f(0.5)).add(Dd::from(cos_tail));
    let (s_j, c_j) = table.sin_cos[j];
    let sin_a = s_j.mul(cos_d).add(c_j.mul(sin_d));
    let cos_a = c_j.mul(cos_d).sub(s_j.mul(sin_d));
    let sin_r = if negative { sin_a.neg() } else { sin_a };
    let cos_r = cos_a;
    // Absolute error of sin_r and cos_r (both at most 1 in magnitude).
    let err = 2f64.powi(-72) + k.abs() * 2f64.powi(-100);
    let quadrant = (k as i64).rem_euclid(4);
    let (value, err) = match which {
        Trig::Sin | Trig::Cos => {
            let v = match (which == Trig::Sin, quadrant) {
                (true, 0) | (false, 3) => sin_r,
                (true, 1) | (false, 0) => cos_r,
                (true, 2) | (false, 1) => sin_r.neg(),
                _ => cos_r.neg(),
            };
            (v, err)
        }
        Trig::Tan => {
            let (num, den) = if quadrant % 2 == 0 { (sin_r, cos_r) } else { (cos_r, sin_r.neg()) };
            let t = num.div(den);
            (t, t.hi.abs() * (err / num.hi.abs() + err / den.hi.abs()) + t.hi.abs() * 2f64.powi(-100))
        }
    };
    round_checked(value, err)
}

/// e^x to about 2^-70 relative, for `EXP_MIN <= x <= EXP_MAX`.
fn exp_fast(x: f64) -> Dd {
    let tables = coefficients();
    let n = (x * (64.0 / std::f64::consts::LN_2)).round_ties_even();
    let r = Dd::from(x - n * (LN2[0] / 64.0)).sub(two_prod(n, LN2[1] / 64.0)).sub(Dd::from(n * (LN2[2] / 64.0)));
    let n = n as i32;
    let (k, j) = (n.div_euclid(64), n.rem_euclid(64) as usize);
    tables.exp2_64ths[j].mul(Dd::ONE.add(expm1_tail(r))).scale(k)
}

/// e^lo for the tiny low part of a double-double exponent: 1 + lo + lo²/2.
fn exp_fast_correction(lo: f64) -> Dd {
    Dd::ONE.add(Dd::from(lo)).add(Dd::from(lo * lo * 0.5))
}

/// e^r − 1 for `|r| <= 2^-6`, the leading term `r` exact and the rest in
/// double precision (about 2^-70 relative to the result).
fn expm1_tail(r: Dd) -> Dd {
    let h = r.hi;
    let series = h
        * h
        * (0.5
            + h * (1.0 / 6.0
                + h * (1.0 / 24.0 + h * (1.0 / 120.0 + h * (1.0 / 720.0 + h * (1.0 / 5040.0 + h / 40320.0))))));
    r.add(Dd::from(series + h * r.lo))
}

/// ln x to about 2^-64 relative, with its absolute error bound.
fn log_fast(x: f64) -> Option<(Dd, f64)> {
    let (e, m) = split_binade(x);
    let delta = m - 1.0;
    let y0 = libm::log1p(delta);
    let t = if y0.abs() < 2f64.powi(-6) {
        let f = expm1_tail(Dd::from(-y0));
        Dd::from(delta).add(f).add(f.mul_f(delta))
    } else {
        exp_fast(-y0).mul_f(m).sub(Dd::ONE)
    };
    let y = Dd::from(y0).add(t);
    let v = times_ln2(e).add(y);
    Some((v, y0.abs() * 2f64.powi(-62) + v.hi.abs() * 2f64.powi(-100) + t.hi * t.hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f64::consts;

    /// The standard library's constants are the correctly rounded values.
    #[test]
    fn constants_come_out_correctly_rounded() {
        assert_eq!(exp(1.0), consts::E);
        assert_eq!(log(2.0), consts::LN_2);
        assert_eq!(log(10.0), consts::LN_10);
        assert_eq!(log10(consts::E), consts::LOG10_E);
        assert_eq!(log10(2.0), consts::LOG10_2);
        assert_eq!(pow(2.0, 0.5), consts::SQRT_2);
        assert_eq!(pow(0.5, 0.5), consts::FRAC_1_SQRT_2);
        assert_eq!(log(consts::PI).to_bits(), 0x3ff250d048e7a1bd);
        assert_eq!(cos(0.0), 1.0);
        assert_eq!(sin(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(tan(consts::FRAC_PI_4), 0.9999999999999999);
    }

    #[test]
    fn exact_cases_are_exact() {
        assert_eq!(pow(3.0, 34.0), 16677181699666568.0);
        assert_eq!(pow(10.0, 22.0), 1e22);
        assert_eq!(pow(10.0, -5.0), 1e-5);
        assert_eq!(log10(1e15), 15.0);
        assert_eq!(pow(-2.0, 3.0), -8.0);
        assert!(pow(-2.0, 0.5).is_nan());
        assert_eq!(exp(0.0), 1.0);
    }
}
