//! `java.util.Formatter`'s digit generation for `%f` and `%e`: Java's
//! decimal digits of a double, rounded half-up (see the VM's
//! `java_format`).

use crema_vm::runtime::java_format::{format_fixed, format_scientific};
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

use super::string_value;

pub(super) fn register(r: &mut NativeRegistry) {
    const C: &str = "java/util/Formatter";
    r.register(C, "formatFixed", "(DI)Ljava/lang/String;", fixed);
    r.register(C, "formatScientific", "(DI)Ljava/lang/String;", scientific);
}

/// `|value|` with exactly `precision` fraction digits.
fn fixed(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let (_, int_part, frac) = format_fixed(args.double(0).abs(), args.int(1).max(0) as usize);
    let text = if frac.is_empty() { int_part } else { format!("{int_part}.{frac}") };
    string_value(thread, &text)
}

/// `|value|` as `d.ddde+NN`.
fn scientific(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let (_, mantissa, exponent) = format_scientific(args.double(0).abs(), args.int(1).max(0) as usize);
    let sign = if exponent < 0 { '-' } else { '+' };
    string_value(thread, &format!("{mantissa}e{sign}{:02}", exponent.abs()))
}
