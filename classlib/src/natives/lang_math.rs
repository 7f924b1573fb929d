//! `java.lang.StrictMath`: the elementary functions.
//!
//! `StrictMath` is specified to return exactly what fdlibm returns. The
//! `libm` crate is a Rust translation of FreeBSD's msun, itself fdlibm, so
//! its results are those bits. `Math` delegates here too, except for the
//! functions HotSpot computes with its own intrinsics
//! (`correctly_rounded`). Where C and Java disagree on special
//! cases (`pow(1, NaN)`), Java's rule wins.

use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

fn unary(r: &mut NativeRegistry, name: &str, f: fn(&JavaThread, &Args) -> JResult<JValue>) {
    r.register("java/lang/StrictMath", name, "(D)D", f);
}

fn binary(r: &mut NativeRegistry, name: &str, f: fn(&JavaThread, &Args) -> JResult<JValue>) {
    r.register("java/lang/StrictMath", name, "(DD)D", f);
}

pub(super) fn register(r: &mut NativeRegistry) {
    unary(r, "sin", |_, a| Ok(JValue::Double(super::fdlibm_trig::sin(a.double(0)))));
    unary(r, "cos", |_, a| Ok(JValue::Double(super::fdlibm_trig::cos(a.double(0)))));
    unary(r, "tan", |_, a| Ok(JValue::Double(libm::tan(a.double(0)))));
    unary(r, "asin", |_, a| Ok(JValue::Double(libm::asin(a.double(0)))));
    unary(r, "acos", |_, a| Ok(JValue::Double(libm::acos(a.double(0)))));
    unary(r, "atan", |_, a| Ok(JValue::Double(libm::atan(a.double(0)))));
    unary(r, "exp", |_, a| Ok(JValue::Double(libm::exp(a.double(0)))));
    unary(r, "log", |_, a| Ok(JValue::Double(super::fdlibm::log(a.double(0)))));
    unary(r, "log10", |_, a| Ok(JValue::Double(super::fdlibm::log10(a.double(0)))));
    unary(r, "sqrt", |_, a| Ok(JValue::Double(a.double(0).sqrt())));
    unary(r, "cbrt", |_, a| Ok(JValue::Double(super::fdlibm::cbrt(a.double(0)))));
    unary(r, "ceil", |_, a| Ok(JValue::Double(a.double(0).ceil())));
    unary(r, "floor", |_, a| Ok(JValue::Double(a.double(0).floor())));
    unary(r, "rint", |_, a| Ok(JValue::Double(a.double(0).round_ties_even())));
    unary(r, "sinh", |_, a| Ok(JValue::Double(super::fdlibm_trig::sinh(a.double(0)))));
    unary(r, "cosh", |_, a| Ok(JValue::Double(super::fdlibm_trig::cosh(a.double(0)))));
    unary(r, "tanh", |_, a| Ok(JValue::Double(super::fdlibm::tanh(a.double(0)))));
    unary(r, "expm1", |_, a| Ok(JValue::Double(libm::expm1(a.double(0)))));
    unary(r, "log1p", |_, a| Ok(JValue::Double(libm::log1p(a.double(0)))));
    binary(r, "atan2", |_, a| Ok(JValue::Double(super::fdlibm::atan2(a.double(0), a.double(1)))));
    binary(r, "hypot", |_, a| Ok(JValue::Double(super::fdlibm::hypot(a.double(0), a.double(1)))));
    binary(r, "pow", |_, a| Ok(JValue::Double(java_pow(a.double(0), a.double(1)))));
    binary(r, "IEEEremainder", |_, a| Ok(JValue::Double(ieee_remainder(a.double(0), a.double(1)))));
}

/// `Math.pow`: C's `pow` except that a NaN exponent gives NaN and
/// `(±1) ^ ±Infinity` is NaN, as Java specifies.
pub(super) fn java_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return f64::NAN;
    }
    libm::pow(x, y)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties
/// to even.
fn ieee_remainder(x: f64, y: f64) -> f64 {
    libm::remainder(x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_special_cases() {
        assert!(java_pow(1.0, f64::NAN).is_nan());
        assert!(java_pow(-1.0, f64::INFINITY).is_nan());
        assert_eq!(java_pow(2.0, 10.0), 1024.0);
        assert_eq!(ieee_remainder(5.0, 3.0), -1.0);
        assert_eq!(ieee_remainder(4.5, 3.0), -1.5, "ties go to the even quotient");
    }
}
