//! Arithmetic, conversion and comparison bytecodes: Java semantics in
//! plain functions.
//!
//! Integer arithmetic wraps (JLS §15.17); division by zero is reported as
//! `None` so the caller can throw `ArithmeticException: / by zero`;
//! `MIN_VALUE / -1` is `MIN_VALUE` and `MIN_VALUE % -1` is 0. Shifts use
//! the low 5 (int) or 6 (long) bits of the count. Float-to-integer
//! conversions saturate and map NaN to 0, which is what Rust's `as` does.
//! Floating remainder truncates, as Rust's `%` does.

#[inline(always)]
pub fn idiv(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a.wrapping_div(b)) }
}

#[inline(always)]
pub fn irem(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a.wrapping_rem(b)) }
}

#[inline(always)]
pub fn ldiv(a: i64, b: i64) -> Option<i64> {
    if b == 0 { None } else { Some(a.wrapping_div(b)) }
}

#[inline(always)]
pub fn lrem(a: i64, b: i64) -> Option<i64> {
    if b == 0 { None } else { Some(a.wrapping_rem(b)) }
}

#[inline(always)]
pub fn ishl(a: i32, n: i32) -> i32 {
    a.wrapping_shl(n as u32 & 31)
}

#[inline(always)]
pub fn ishr(a: i32, n: i32) -> i32 {
    a.wrapping_shr(n as u32 & 31)
}

#[inline(always)]
pub fn iushr(a: i32, n: i32) -> i32 {
    ((a as u32) >> (n as u32 & 31)) as i32
}

#[inline(always)]
pub fn lshl(a: i64, n: i32) -> i64 {
    a.wrapping_shl(n as u32 & 63)
}

#[inline(always)]
pub fn lshr(a: i64, n: i32) -> i64 {
    a.wrapping_shr(n as u32 & 63)
}

#[inline(always)]
pub fn lushr(a: i64, n: i32) -> i64 {
    ((a as u64) >> (n as u32 & 63)) as i64
}

/// `lcmp`.
#[inline(always)]
pub fn lcmp(a: i64, b: i64) -> i32 {
    (a > b) as i32 - (a < b) as i32
}

/// `fcmpl`/`dcmpl` (`nan_result` = -1) and `fcmpg`/`dcmpg` (1).
#[inline(always)]
pub fn fcmp(a: f64, b: f64, nan_result: i32) -> i32 {
    if a > b {
        1
    } else if a < b {
        -1
    } else if a == b {
        0
    } else {
        nan_result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_edge_cases() {
        assert_eq!(idiv(i32::MIN, -1), Some(i32::MIN));
        assert_eq!(irem(i32::MIN, -1), Some(0));
        assert_eq!(idiv(7, 0), None);
        assert_eq!(irem(-7, 2), Some(-1));
        assert_eq!(ldiv(i64::MIN, -1), Some(i64::MIN));
        assert_eq!(lrem(7, 0), None);
    }

    #[test]
    fn shifts_mask_their_count() {
        assert_eq!(ishl(1, 33), 2);
        assert_eq!(iushr(-1, 28), 15);
        assert_eq!(ishr(-16, 2), -4);
        assert_eq!(lshl(1, 65), 2);
        assert_eq!(lushr(-1, 60), 15);
    }

    #[test]
    #[allow(clippy::cast_nan_to_int)]
    fn conversions_saturate() {
        assert_eq!(f64::NAN as i32, 0);
        assert_eq!(1e20f64 as i32, i32::MAX);
        assert_eq!(-1e20f32 as i64, i64::MIN);
    }

    #[test]
    fn comparisons_with_nan() {
        assert_eq!(fcmp(f64::NAN, 1.0, -1), -1);
        assert_eq!(fcmp(f64::NAN, 1.0, 1), 1);
        assert_eq!(fcmp(-0.0, 0.0, 1), 0);
        assert_eq!(lcmp(i64::MIN, i64::MAX), -1);
    }
}
