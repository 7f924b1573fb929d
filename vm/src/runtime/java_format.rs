//! Java's conversions of `float` and `double` to decimal text.
//!
//! `Double.toString` and `Float.toString` must print exactly what HotSpot
//! prints, and JDK 17's algorithm is not the shortest-digits one its
//! documentation describes: it prints integer-valued doubles below 2^63
//! with all the digits their binary precision justifies (so `(double)
//! (1L << 60)` is `1.15292150460684698E18`), and its digit generation uses
//! a symmetric stopping test that sometimes yields a longer string
//! (`1.0E23` prints as `9.999999999999999E22`). This module reproduces
//! that behaviour: digit generation by the Steele & White / Gay method as
//! the JDK documents it, written here from its description, with exact
//! big-integer arithmetic.
//!
//! The same digits, rounded half-up at the requested precision, give
//! `String.format`'s `%f` and `%e` (which is why Java prints
//! `String.format("%.2f", 1.005)` as `1.01`).

/// A decimal approximation: `0.d1d2d3... * 10^exponent`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub negative: bool,
    /// ASCII digits, the first non-zero unless the value is zero.
    pub digits: Vec<u8>,
    /// The position of the decimal point relative to the digits.
    pub exponent: i32,
}

/// A small unsigned big integer (little-endian 32-bit limbs).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.0.len() > 1 && *self.0.last().unwrap() == 0 {
            self.0.pop();
        }
    }

    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in self.0.iter_mut() {
            let v = *limb as u64 * m as u64 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow5(&mut self, mut n: u32) {
        while n >= 13 {
            self.mul_small(1_220_703_125); // 5^13
            n -= 13;
        }
        if n > 0 {
            self.mul_small(5u32.pow(n));
        }
    }

    fn shl(&mut self, n: u32) {
        let (words, bits) = ((n / 32) as usize, n % 32);
        if bits > 0 {
            let mut carry = 0u32;
            for limb in self.0.iter_mut() {
                let v = *limb;
                *limb = (v << bits) | carry;
                carry = v >> (32 - bits);
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        if words > 0 {
            self.0.splice(0..0, std::iter::repeat_n(0, words));
        }
    }

    /// `5^p5 * 2^p2`.
    fn pow52(p5: u32, p2: u32) -> Big {
        let mut b = Big::from_u64(1);
        b.mul_pow5(p5);
        b.shl(p2);
        b
    }

    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        let n = self.0.len().max(other.0.len());
        for i in (0..n).rev() {
            let a = self.0.get(i).copied().unwrap_or(0);
            let b = other.0.get(i).copied().unwrap_or(0);
            if a != b {
                return a.cmp(&b);
            }
        }
        std::cmp::Ordering::Equal
    }

    fn add(&self, other: &Big) -> Big {
        let n = self.0.len().max(other.0.len());
        let mut out = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let v = self.0.get(i).copied().unwrap_or(0) as u64 + other.0.get(i).copied().unwrap_or(0) as u64 + carry;
            out.push(v as u32);
            carry = v >> 32;
        }
        if carry != 0 {
            out.push(carry as u32);
        }
        Big(out)
    }

    /// `self -= other` (requires `self >= other`).
    fn sub_assign(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let v = self.0[i] as i64 - other.0.get(i).copied().unwrap_or(0) as i64 - borrow;
            self.0[i] = v as u32;
            borrow = (v < 0) as i64;
        }
        self.trim();
    }

    /// `q = self / s` (a digit), then `self = (self % s) * 10`.
    fn next_digit(&mut self, s: &Big) -> u8 {
        let mut q = 0;
        while self.cmp(s) != std::cmp::Ordering::Less {
            self.sub_assign(s);
            q += 1;
        }
        self.mul_small(10);
        q
    }
}

const EXP_SHIFT: i32 = 52;

/// `floor(log10(fract * 2^bin_exp))`, estimated as the JDK does (with its
/// constants, which are not `LOG10_2` exactly).
#[allow(clippy::approx_constant)]
fn estimate_dec_exp(fract_bits: u64, bin_exp: i32) -> i32 {
    let d2 = f64::from_bits((1023u64 << 52) | (fract_bits & ((1 << 52) - 1)));
    let d = (d2 - 1.5) * 0.289529654 + 0.176091259 + bin_exp as f64 * 0.301029995663981;
    d.floor() as i32
}

/// The digits of an integer-valued number held in a `u64`, dropping
/// `insignificant` low digits with rounding.
fn long_digits(mut value: u64, insignificant: u32) -> (Vec<u8>, i32) {
    let mut exponent = 0i32;
    if insignificant != 0 {
        let pow10 = 10u64.pow(insignificant);
        let residue = value % pow10;
        value /= pow10;
        exponent += insignificant as i32;
        if residue >= pow10 / 2 {
            value += 1;
        }
    }
    let mut text = value.to_string().into_bytes();
    exponent += text.len() as i32;
    while text.len() > 1 && *text.last().unwrap() == b'0' {
        text.pop();
    }
    (text, exponent)
}

/// The JDK's `dtoa`: digits of `fract_bits * 2^(bin_exp - 52)` (the
/// fraction normalized with its high bit at bit 52). `compatible` is
/// `Double.toString`'s mode; `false` is `String.format`'s, which always
/// generates at least two digits.
fn dtoa(bin_exp: i32, fract_bits: u64, significant_bits: i32, compatible: bool) -> (Vec<u8>, i32) {
    let tail_zeros = fract_bits.trailing_zeros() as i32;
    let fract_count = EXP_SHIFT + 1 - tail_zeros;
    let tiny_bits = (fract_count - bin_exp - 1).max(0);

    // Integers that fit in a long: print their digits directly.
    if (-21..=62).contains(&bin_exp) && tiny_bits == 0 {
        let insignificant = if bin_exp > significant_bits {
            let p2 = bin_exp - significant_bits - 1;
            if p2 > 1 && p2 < 64 { (p2 as f64 * std::f64::consts::LOG10_2).floor() as u32 } else { 0 }
        } else {
            0
        };
        let value = if bin_exp >= EXP_SHIFT {
            fract_bits << (bin_exp - EXP_SHIFT)
        } else {
            fract_bits >> (EXP_SHIFT - bin_exp)
        };
        return long_digits(value, insignificant);
    }

    let mut dec_exp = estimate_dec_exp(fract_bits, bin_exp);
    let b5 = (-dec_exp).max(0);
    let mut b2 = b5 + tiny_bits + bin_exp;
    let s5 = dec_exp.max(0);
    let mut s2 = s5 + tiny_bits;
    let m5 = b5;
    let mut m2 = b2 - significant_bits;

    let fract = fract_bits >> tail_zeros;
    b2 -= fract_count - 1;
    let common = b2.min(s2);
    b2 -= common;
    s2 -= common;
    m2 -= common;
    // Below a power of two the next smaller number is half as far.
    if fract_count == 1 {
        m2 -= 1;
    }
    if m2 < 0 {
        b2 -= m2;
        s2 -= m2;
        m2 = 0;
    }

    // The JDK uses Java ints or longs when everything fits (with their
    // wrap-around, which decides some last digits) and big integers
    // otherwise, where one comparison differs (`>=` instead of `>`).
    let b_bits = fract_count + b2 + bits_of_pow5(b5);
    let ten_s_bits = s2 + 1 + bits_of_pow5(s5 + 1);
    let mut digits = Vec::with_capacity(20);
    let (low, high, low_digit_difference) = if b_bits < 64 && ten_s_bits < 64 {
        // Java's int or long arithmetic, wrapping as Java does.
        let wrap: fn(i64) -> i64 = if b_bits < 32 && ten_s_bits < 32 { |x| x as i32 as i64 } else { |x| x };
        let mut b = wrap(wrap(fract as i64 * 5i64.pow(b5 as u32)).wrapping_shl(b2 as u32));
        let s = wrap(wrap(5i64.pow(s5 as u32)).wrapping_shl(s2 as u32));
        let mut m = wrap(wrap(5i64.pow(m5 as u32)).wrapping_shl(m2 as u32));
        let tens = wrap(s.wrapping_mul(10));
        let q = b / s;
        b = wrap(10i64.wrapping_mul(b % s));
        m = wrap(m.wrapping_mul(10));
        let mut low = b < m;
        let mut high = wrap(b.wrapping_add(m)) > tens;
        if q == 0 && !high {
            dec_exp -= 1;
        } else {
            digits.push(b'0' + q as u8);
        }
        if !compatible || !(-3..8).contains(&dec_exp) {
            low = false;
            high = false;
        }
        while !low && !high {
            let q = b / s;
            b = wrap(10i64.wrapping_mul(b % s));
            m = wrap(m.wrapping_mul(10));
            if m > 0 {
                low = b < m;
                high = wrap(b.wrapping_add(m)) > tens;
            } else {
                low = true;
                high = true;
            }
            digits.push(b'0' + q as u8);
        }
        (low, high, wrap(wrap(b.wrapping_shl(1)).wrapping_sub(tens)).signum())
    } else {
        let mut b = Big::from_u64(fract);
        b.mul_pow5(b5 as u32);
        b.shl(b2 as u32);
        let s = Big::pow52(s5 as u32, s2 as u32);
        let mut m = Big::pow52(m5 as u32, m2 as u32);
        let mut ten_s = s.clone();
        ten_s.mul_small(10);
        let high_test = |b: &Big, m: &Big| b.add(m).cmp(&ten_s) != std::cmp::Ordering::Less;
        let q = b.next_digit(&s);
        m.mul_small(10);
        let mut low = b.cmp(&m) == std::cmp::Ordering::Less;
        let mut high = high_test(&b, &m);
        if q == 0 && !high {
            dec_exp -= 1;
        } else {
            digits.push(b'0' + q);
        }
        if !compatible || !(-3..8).contains(&dec_exp) {
            low = false;
            high = false;
        }
        while !low && !high {
            let q = b.next_digit(&s);
            m.mul_small(10);
            low = b.cmp(&m) == std::cmp::Ordering::Less;
            high = high_test(&b, &m);
            digits.push(b'0' + q);
        }
        let mut twice = b.clone();
        twice.shl(1);
        (low, high, twice.cmp(&ten_s) as i64)
    };
    let mut exponent = dec_exp + 1;
    if high {
        let round_up = if low {
            match low_digit_difference {
                0 => digits.last().is_some_and(|d| (d - b'0') & 1 == 1),
                d => d > 0,
            }
        } else {
            true
        };
        if round_up && increment(&mut digits) {
            exponent += 1;
        }
    }
    (digits, exponent)
}

/// Adds one to the last digit, carrying; returns whether the carry ran out
/// of the first digit (the digits then read `1000...`).
fn increment(digits: &mut [u8]) -> bool {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return false;
        }
    }
    digits[0] = b'1';
    true
}

/// Approximate bit length of `5^n` (the JDK's `N_5_BITS` table holds the
/// exact values for small `n`, `3n` beyond it).
fn bits_of_pow5(n: i32) -> i32 {
    if n < 0 {
        return 0;
    }
    if n < 27 {
        // Exact bit length of 5^n.
        let v = 5u128.pow(n as u32);
        (128 - v.leading_zeros()) as i32
    } else {
        n * 3
    }
}

/// The decimal digits of a finite, non-zero double as the JDK generates
/// them; zero gives `"0"` with exponent 0.
pub fn double_digits(d: f64, compatible: bool) -> Decimal {
    let bits = d.to_bits();
    let negative = bits >> 63 != 0;
    let mut fract = bits & ((1 << 52) - 1);
    let mut bin_exp = ((bits >> 52) & 0x7FF) as i32;
    if bin_exp == 0 && fract == 0 {
        return Decimal { negative, digits: vec![b'0'], exponent: 0 };
    }
    let significant;
    if bin_exp == 0 {
        let leading = fract.leading_zeros() as i32;
        let shift = leading - (63 - EXP_SHIFT);
        fract <<= shift;
        bin_exp = 1 - shift;
        significant = 64 - leading;
    } else {
        fract |= 1 << 52;
        significant = EXP_SHIFT + 1;
    }
    let (digits, exponent) = dtoa(bin_exp - 1023, fract, significant, compatible);
    Decimal { negative, digits, exponent }
}

/// The decimal digits of a finite float, as [`double_digits`].
pub fn float_digits(f: f32, compatible: bool) -> Decimal {
    let bits = f.to_bits();
    let negative = bits >> 31 != 0;
    let mut fract = bits & ((1 << 23) - 1);
    let mut bin_exp = ((bits >> 23) & 0xFF) as i32;
    if bin_exp == 0 && fract == 0 {
        return Decimal { negative, digits: vec![b'0'], exponent: 0 };
    }
    let significant;
    if bin_exp == 0 {
        let leading = fract.leading_zeros() as i32;
        let shift = leading - (31 - 23);
        fract <<= shift;
        bin_exp = 1 - shift;
        significant = 32 - leading;
    } else {
        fract |= 1 << 23;
        significant = 24;
    }
    let (digits, exponent) = dtoa(bin_exp - 127, (fract as u64) << (52 - 23), significant, compatible);
    Decimal { negative, digits, exponent }
}

/// `Double.toString` / `Float.toString` layout of a decimal.
fn java_layout(dec: &Decimal) -> String {
    let mut out = String::with_capacity(26);
    if dec.negative {
        out.push('-');
    }
    let digits = std::str::from_utf8(&dec.digits).expect("ASCII digits");
    let e = dec.exponent;
    if dec.digits == b"0" {
        out.push_str("0.0");
    } else if e > 0 && e < 8 {
        let int_len = (e as usize).min(digits.len());
        out.push_str(&digits[..int_len]);
        if int_len < e as usize {
            out.extend(std::iter::repeat_n('0', e as usize - int_len));
            out.push_str(".0");
        } else {
            out.push('.');
            if int_len < digits.len() { out.push_str(&digits[int_len..]) } else { out.push('0') }
        }
    } else if e <= 0 && e > -3 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-e) as usize));
        out.push_str(digits);
    } else {
        out.push_str(&digits[..1]);
        out.push('.');
        if digits.len() > 1 {
            out.push_str(&digits[1..])
        } else {
            out.push('0')
        }
        out.push('E');
        out.push_str(&(e - 1).to_string());
    }
    out
}

/// `Double.toString(d)`.
pub fn double_to_string(d: f64) -> String {
    if d.is_nan() {
        return "NaN".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    java_layout(&double_digits(d, true))
}

/// `Float.toString(f)`.
pub fn float_to_string(f: f32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    java_layout(&float_digits(f, true))
}

/// Rounds `digits` half-up to `keep` digits (the JDK's
/// `applyPrecision`); returns the new exponent.
fn apply_precision(digits: &mut Vec<u8>, exponent: i32, keep: i32) -> i32 {
    if keep < 0 || keep as usize >= digits.len() {
        return exponent;
    }
    let keep = keep as usize;
    if keep == 0 {
        let up = digits[0] >= b'5';
        digits.clear();
        digits.push(if up { b'1' } else { b'0' });
        return if up { exponent + 1 } else { exponent };
    }
    let round_up = digits[keep] >= b'5';
    digits.truncate(keep);
    if round_up && increment(digits) {
        return exponent + 1;
    }
    exponent
}

/// `%.<precision>f` of a finite double, without sign or grouping: the
/// integer digits, and exactly `precision` fraction digits.
pub fn format_fixed(d: f64, precision: usize) -> (bool, String, String) {
    let mut dec = double_digits(d, false);
    let zero = dec.digits == b"0";
    let exponent =
        if zero { 1 } else { apply_precision(&mut dec.digits, dec.exponent, dec.exponent + precision as i32) };
    let digit = |i: i32| -> char {
        if i >= 0 && (i as usize) < dec.digits.len() && !zero { dec.digits[i as usize] as char } else { '0' }
    };
    let int_part: String = if exponent > 0 { (0..exponent).map(digit).collect() } else { "0".into() };
    let frac: String = (0..precision as i32).map(|k| digit(exponent + k)).collect();
    (dec.negative, int_part, frac)
}

/// `%.<precision>e` of a finite double, without sign: mantissa digits
/// (`d.ddd`) and the decimal exponent.
pub fn format_scientific(d: f64, precision: usize) -> (bool, String, i32) {
    let mut dec = double_digits(d, false);
    if dec.digits == b"0" {
        let mut m = String::from("0");
        if precision > 0 {
            m.push('.');
            m.extend(std::iter::repeat_n('0', precision));
        }
        return (dec.negative, m, 0);
    }
    let exponent = apply_precision(&mut dec.digits, dec.exponent, precision as i32 + 1);
    let mut m = String::new();
    m.push(dec.digits[0] as char);
    if precision > 0 {
        m.push('.');
        for k in 1..=precision {
            m.push(dec.digits.get(k).map_or('0', |&c| c as char));
        }
    }
    (dec.negative, m, exponent - 1)
}

#[cfg(test)]
#[allow(clippy::excessive_precision, clippy::approx_constant)]
mod tests {
    use super::*;

    #[test]
    fn doubles_as_jdk_17_prints_them() {
        // Each value was printed by `java` 17 (System.out.println(double)).
        let cases: &[(f64, &str)] = &[
            (2e-3, "0.002"),
            (1e23, "9.999999999999999E22"),
            (2e23, "1.9999999999999998E23"),
            (1.0e-5, "1.0E-5"),
            (0.001, "0.001"),
            (1e7, "1.0E7"),
            (9999999.999, "9999999.999"),
            (5e-324, "4.9E-324"),
            (1.7976931348623157E308, "1.7976931348623157E308"),
            (0.1 + 0.2, "0.30000000000000004"),
            (100.0, "100.0"),
            (1e-300, "1.0E-300"),
            (123456789.0, "1.23456789E8"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (1e21, "1.0E21"),
            (1e-7, "1.0E-7"),
            (3.0E-44, "3.0E-44"),
            (8.41E21, "8.409999999999999E21"),
            (2.82879384806159E17, "2.82879384806159008E17"),
            (1.2345678E7, "1.2345678E7"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (-1.5, "-1.5"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ];
        for &(v, want) in cases {
            assert_eq!(double_to_string(v), want, "{v:e}");
        }
    }

    #[test]
    fn floats_as_jdk_17_prints_them() {
        let cases: &[(f32, &str)] = &[
            (0.1, "0.1"),
            (1.0 / 3.0, "0.33333334"),
            (1e10, "1.0E10"),
            (1.4E-45, "1.4E-45"),
            (3.4028235E38, "3.4028235E38"),
            (1.0E-5, "1.0E-5"),
            (33554432.0, "3.3554432E7"),
            (2e-3, "0.002"),
            (1.17549435E-38, "1.17549435E-38"),
        ];
        for &(v, want) in cases {
            assert_eq!(float_to_string(v), want, "{v:e}");
        }
    }

    #[test]
    fn fixed_rounds_half_up_on_the_decimal_digits() {
        let fixed = |d: f64, p: usize| {
            let (neg, i, f) = format_fixed(d, p);
            format!("{}{}{}{}", if neg { "-" } else { "" }, i, if p > 0 { "." } else { "" }, f)
        };
        assert_eq!(fixed(1.005, 2), "1.01");
        assert_eq!(fixed(0.125, 2), "0.13");
        assert_eq!(fixed(3.14159, 0), "3");
        assert_eq!(fixed(0.5, 0), "1");
        assert_eq!(fixed(0.0001, 2), "0.00");
        assert_eq!(fixed(0.005, 2), "0.01");
        assert_eq!(fixed(99.999, 2), "100.00");
        assert_eq!(fixed(-0.0, 2), "-0.00");
        assert_eq!(fixed(0.1, 20), "0.10000000000000000000");
        assert_eq!(fixed(1e20, 1), "100000000000000000000.0");
    }

    #[test]
    fn scientific() {
        assert_eq!(format_scientific(123456.0, 6), (false, "1.234560".into(), 5));
        assert_eq!(format_scientific(0.0, 2), (false, "0.00".into(), 0));
        assert_eq!(format_scientific(9.9999, 2), (false, "1.00".into(), 1));
    }
}
