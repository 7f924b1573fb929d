//! `Float`, `Double` and `Character`: bit conversions, Java's decimal
//! conversions in both directions, and Unicode classification.

use crema_vm::runtime::java_format::{double_to_string, float_to_string};
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

use super::string_value;

pub(super) fn register(r: &mut NativeRegistry) {
    const D: &str = "java/lang/Double";
    r.register(D, "toString", "(D)Ljava/lang/String;", double_string);
    r.register(D, "parseDouble0", "(Ljava/lang/String;)D", parse_double);
    r.register(D, "doubleToRawLongBits", "(D)J", |_, a| Ok(JValue::Long(a.double(0).to_bits() as i64)));
    r.register(D, "longBitsToDouble", "(J)D", |_, a| Ok(JValue::Double(f64::from_bits(a.long(0) as u64))));
    const F: &str = "java/lang/Float";
    r.register(F, "toString", "(F)Ljava/lang/String;", float_string);
    r.register(F, "parseFloat0", "(Ljava/lang/String;)F", parse_float);
    r.register(F, "floatToRawIntBits", "(F)I", |_, a| Ok(JValue::Int(a.float(0).to_bits() as i32)));
    r.register(F, "intBitsToFloat", "(I)F", |_, a| Ok(JValue::Float(f32::from_bits(a.int(0) as u32))));
    const C: &str = "java/lang/Character";
    r.register(C, "isLetter0", "(I)Z", |_, a| Ok(classify(a, |c| c.is_alphabetic() && !c.is_numeric()).into()));
    r.register(C, "isAlphabetic0", "(I)Z", |_, a| Ok(classify(a, char::is_alphabetic).into()));
    r.register(C, "isUpperCase0", "(I)Z", |_, a| Ok(classify(a, char::is_uppercase).into()));
    r.register(C, "isLowerCase0", "(I)Z", |_, a| Ok(classify(a, char::is_lowercase).into()));
    r.register(C, "toUpperCase0", "(I)I", |_, a| Ok(JValue::Int(map_char(a.int(0), true))));
    r.register(C, "toLowerCase0", "(I)I", |_, a| Ok(JValue::Int(map_char(a.int(0), false))));
}

fn double_string(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    string_value(thread, &double_to_string(args.double(0)))
}

fn float_string(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    string_value(thread, &float_to_string(args.float(0)))
}

fn classify(args: &Args, test: fn(char) -> bool) -> bool {
    char::from_u32(args.int(0) as u32).is_some_and(test)
}

/// The single-character case mapping (`Character.toUpperCase`): a mapping
/// to several characters leaves the character unchanged.
fn map_char(code_point: i32, upper: bool) -> i32 {
    let Some(c) = char::from_u32(code_point as u32) else {
        return code_point;
    };
    let mut mapped: Vec<char> = if upper { c.to_uppercase().collect() } else { c.to_lowercase().collect() };
    if mapped.len() == 1 { mapped.pop().unwrap() as i32 } else { code_point }
}

/// The Java syntax of `Double.parseDouble` (after trimming): optional sign,
/// `NaN`, `Infinity`, decimal or hexadecimal floating literals with an
/// optional `f`/`F`/`d`/`D` suffix. Returns the value or the
/// `NumberFormatException` message.
fn parse_java_double(s: &str) -> Result<f64, String> {
    let bad = || format!("For input string: \"{s}\"");
    if s.is_empty() {
        return Err("empty String".into());
    }
    let (negative, body) = match s.as_bytes()[0] {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |v: f64| if negative { -v } else { v };
    match body {
        "NaN" => return Ok(f64::NAN),
        "Infinity" => return Ok(signed(f64::INFINITY)),
        _ => {}
    }
    let body = body.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(body);
    if body.starts_with("0x") || body.starts_with("0X") {
        return parse_hex_double(&body[2..]).map(signed).ok_or_else(bad);
    }
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    if mantissa.matches('.').count() > 1 {
        return Err("multiple points".into());
    }
    let digits_ok =
        !mantissa.is_empty() && mantissa != "." && mantissa.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    });
    if !digits_ok || !exponent_ok {
        return Err(bad());
    }
    // Rust's parser rounds correctly, as Java's does.
    let text = match exponent {
        Some(e) => format!("{mantissa}e{e}"),
        None => mantissa.to_string(),
    };
    text.parse::<f64>().map(signed).map_err(|_| bad())
}

/// `[digits][.digits]p[sign]digits` in hexadecimal, rounded to nearest.
fn parse_hex_double(s: &str) -> Option<f64> {
    let p = s.find(['p', 'P'])?;
    let (mantissa, exponent) = (&s[..p], &s[p + 1..]);
    let exponent: i64 = exponent.parse().ok()?;
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut value: f64 = 0.0;
    for c in int_part.chars().chain(frac_part.chars()) {
        value = value * 16.0 + c.to_digit(16)? as f64;
    }
    let scale = exponent - 4 * frac_part.len() as i64;
    Some(value * 2f64.powi(scale.clamp(-2000, 2000) as i32))
}

fn parse_double(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let s = thread.vm().string_to_rust(args.oop(0).expect("trimmed string"));
    match parse_java_double(&s) {
        Ok(v) => Ok(JValue::Double(v)),
        Err(msg) => Err(thread.throw_new("java/lang/NumberFormatException", Some(&msg))),
    }
}

/// `Float.parseFloat`: the decimal text rounded once, directly to float.
fn parse_float(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let s = thread.vm().string_to_rust(args.oop(0).expect("trimmed string"));
    let checked = parse_java_double(&s);
    match checked {
        Ok(v) if v.is_nan() || v.is_infinite() => Ok(JValue::Float(v as f32)),
        Ok(v) => {
            let body = s.trim_start_matches(['+', '-']);
            let body = body.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(body);
            let direct = if body.starts_with("0x") || body.starts_with("0X") { None } else { body.parse::<f32>().ok() };
            let magnitude = direct.unwrap_or(v.abs() as f32);
            Ok(JValue::Float(if v.is_sign_negative() { -magnitude } else { magnitude }))
        }
        Err(msg) => Err(thread.throw_new("java/lang/NumberFormatException", Some(&msg))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_double_syntax() {
        assert_eq!(parse_java_double("1.5"), Ok(1.5));
        assert_eq!(parse_java_double("-2e3"), Ok(-2000.0));
        assert_eq!(parse_java_double(".5"), Ok(0.5));
        assert_eq!(parse_java_double("5."), Ok(5.0));
        assert_eq!(parse_java_double("1f"), Ok(1.0));
        assert_eq!(parse_java_double("0x1p4"), Ok(16.0));
        assert!(parse_java_double("NaN").unwrap().is_nan());
        assert_eq!(parse_java_double("-Infinity"), Ok(f64::NEG_INFINITY));
        assert_eq!(parse_java_double("1.2.3"), Err("multiple points".into()));
        assert_eq!(parse_java_double(""), Err("empty String".into()));
        assert_eq!(parse_java_double("abc"), Err("For input string: \"abc\"".into()));
        assert_eq!(parse_java_double("1e"), Err("For input string: \"1e\"".into()));
        assert_eq!(parse_java_double("inf"), Err("For input string: \"inf\"".into()));
    }
}
