//! Interpreter tests on hand-assembled bytecode: forms javac never emits
//! (jsr/ret, the dup family on longs, wide locals) and the checks the
//! analysis makes before anything runs.

use crate::bytecode::decode;
use crate::classfile::access::{PUBLIC, STATIC};
use crate::metadata::MethodRef;
use crate::runtime::JValue;
use crate::testing::{ClassBuilder, load, world};

const OBJ: Option<&str> = Some("java/lang/Object");

/// Runs the static method `T.<name>()` of a one-method class.
fn run(desc: &str, max_stack: u16, max_locals: u16, code: &[u8], args: &[JValue], major: u16) -> JValue {
    let t = world(vec![ClassBuilder::new("T", OBJ).version(major).code(
        PUBLIC | STATIC,
        "f",
        desc,
        max_stack,
        max_locals,
        code,
    )]);
    let class = load(&t, "T");
    let m = class.find_declared_method("f", desc).unwrap();
    match t.call(m, args) {
        Ok(v) => v,
        Err(_) => panic!("f threw"),
    }
}

fn method_of(code: &[u8], max_stack: u16, max_locals: u16) -> (crate::runtime::JavaThread, MethodRef) {
    let t = world(vec![ClassBuilder::new("T", OBJ).code(PUBLIC | STATIC, "f", "()I", max_stack, max_locals, code)]);
    let m = load(&t, "T").find_declared_method("f", "()I").unwrap();
    (t, m)
}

#[test]
fn subroutines_jsr_and_ret() {
    // x = 1; jsr L; return x;  L: astore_1; iinc x 41; ret 1
    let code = [0x04, 0x3b, 0xa8, 0x00, 0x05, 0x1a, 0xac, 0x4c, 0x84, 0x00, 41, 0xa9, 0x01];
    assert_eq!(run("()I", 2, 2, &code, &[], 45), JValue::Int(42));
}

#[test]
fn dup_forms_on_longs() {
    // lconst_1, ldc2_w-free: push 1L, 3 (int) ... dup2_x1 with a long
    // under an int: [1 (int), 5L] -> dup2_x1 -> [5L, 1, 5L]; drop to ints.
    let code = [
        0x04, // iconst_1
        0x0a, // lconst_1
        0x0a, // lconst_1
        0x61, // ladd -> 2L
        0x5d, // dup2_x1 -> 2L, 1, 2L
        0x88, // l2i -> 2L, 1, 2
        0x60, // iadd -> 2L, 3
        0x5b, // dup_x2 -> 3, 2L, 3
        0x57, // pop -> 3, 2L
        0x88, // l2i -> 3, 2
        0x68, // imul -> 6
        0xac,
    ];
    assert_eq!(run("()I", 6, 0, &code, &[], 61), JValue::Int(6));
}

#[test]
fn switches_and_wide_locals() {
    // switch (arg) { case -1: 10; case 0: 20; case 1: 30; default: 99 }
    // through tableswitch, the result stored and reloaded in local 300
    // with wide forms.
    //   0 iload_0   1 tableswitch (pad 2..3) default low high t0 t1 t2
    //  28 nop * 8   36 + 5k: bipush v, goto 56   56 wide istore/iload 300
    let cases = [36i32, 41, 46];
    let default = 51i32;
    let store = 56i32;
    let mut code = vec![0x1a, 0xaa, 0x00, 0x00];
    code.extend_from_slice(&(default - 1).to_be_bytes());
    code.extend_from_slice(&(-1i32).to_be_bytes());
    code.extend_from_slice(&1i32.to_be_bytes());
    for t in cases {
        code.extend_from_slice(&(t - 1).to_be_bytes());
    }
    code.resize(36, 0x00);
    for v in [10u8, 20, 30, 99] {
        let goto_at = code.len() as i32 + 2;
        code.extend_from_slice(&[0x10, v, 0xa7]);
        code.extend_from_slice(&((store - goto_at) as i16).to_be_bytes());
    }
    assert_eq!(code.len() as i32, store);
    code.extend_from_slice(&[0xc4, 0x36, 0x01, 0x2c, 0xc4, 0x15, 0x01, 0x2c, 0xac]);
    for (arg, want) in [(-1, 10), (0, 20), (1, 30), (7, 99), (i32::MIN, 99)] {
        assert_eq!(run("(I)I", 1, 301, &code, &[JValue::Int(arg)], 61), JValue::Int(want), "arg {arg}");
    }
}

#[test]
fn long_and_double_arithmetic_edges() {
    // (long) (Long.MIN_VALUE / -1) and d2i(NaN) + d2i(1e300)
    let t = world(vec![
        ClassBuilder::new("T", OBJ).code(PUBLIC | STATIC, "div", "(JJ)J", 4, 4, &[0x1e, 0x20, 0x6d, 0xad]).code(
            PUBLIC | STATIC,
            "d2i",
            "(D)I",
            2,
            2,
            &[0x26, 0x8e, 0xac],
        ),
    ]);
    let c = load(&t, "T");
    let div = c.find_declared_method("div", "(JJ)J").unwrap();
    let d2i = c.find_declared_method("d2i", "(D)I").unwrap();
    let call = |m, args: &[JValue]| t.call(m, args).unwrap_or_else(|_| panic!("threw"));
    assert_eq!(call(div, &[JValue::Long(i64::MIN), JValue::Long(-1)]), JValue::Long(i64::MIN));
    assert_eq!(call(d2i, &[JValue::Double(f64::NAN)]), JValue::Int(0));
    assert_eq!(call(d2i, &[JValue::Double(1e300)]), JValue::Int(i32::MAX));
    assert_eq!(call(d2i, &[JValue::Double(-2.9)]), JValue::Int(-2));
}

#[test]
fn the_analysis_rejects_bad_code() {
    let reject = |code: &[u8], max_stack: u16, max_locals: u16, want: &str| {
        let (_t, m) = method_of(code, max_stack, max_locals);
        let err = decode(&m).expect_err("must be rejected");
        assert!(err.contains(want), "{err:?} should mention {want:?}");
    };
    reject(&[0x60, 0xac], 2, 0, "underflow"); // iadd on an empty stack
    reject(&[0x03, 0x03, 0xac], 1, 0, "overflow"); // two pushes, max_stack 1
    reject(&[0x15, 0x05, 0xac], 1, 1, "local variable"); // iload 5 with 1 local
    reject(&[0x01, 0xac], 1, 0, "Bad type"); // aconst_null; ireturn
    reject(&[0x03], 1, 0, "Falling off"); // iconst_0 and nothing after
    reject(&[0xa7, 0x00, 0x02, 0x00], 0, 0, "target"); // goto into the middle
    reject(&[0xca], 0, 0, "Bad instruction"); // breakpoint opcode
    reject(&[0x03, 0x99, 0x00, 0x05, 0x03, 0xac, 0x0b, 0xac], 1, 0, "Bad type"); // float returned as int
    reject(&[0x12, 0x63, 0xac], 1, 0, "constant pool"); // ldc of a missing entry
}
