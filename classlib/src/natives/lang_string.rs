//! `java.lang.String`: interning, case mapping and the platform charset.

use crema_vm::oops;
use crema_vm::runtime::console;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const C: &str = "java/lang/String";
    r.register(C, "intern", "()Ljava/lang/String;", intern);
    r.register(C, "toLowerCase0", "()Ljava/lang/String;", to_lower_case);
    r.register(C, "toUpperCase0", "()Ljava/lang/String;", to_upper_case);
    r.register(C, "decode", "([BII)[C", decode);
    r.register(C, "encode", "(Ljava/lang/String;)[B", encode);
}

fn intern(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let chars = thread.vm().string_chars(args.this());
    Ok(JValue::Ref(Some(thread.intern_utf16(&chars, Some(args.this()))?)))
}

/// Case mapping with the full Unicode rules (`"ß".toUpperCase()` is
/// `"SS"`, final sigma lowers to `ς`); unpaired surrogates pass through.
fn map_case(thread: &JavaThread, args: &Args, upper: bool) -> JResult<JValue> {
    let chars = thread.vm().string_chars(args.this());
    if chars
        .iter()
        .all(|&c| c < 128 && if upper { !(c as u8).is_ascii_lowercase() } else { !(c as u8).is_ascii_uppercase() })
    {
        return Ok(JValue::Ref(Some(args.this())));
    }
    let mut out: Vec<u16> = Vec::with_capacity(chars.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        let mapped = if upper { run.to_uppercase() } else { run.to_lowercase() };
        out.extend(mapped.encode_utf16());
        run.clear();
    };
    for r in char::decode_utf16(chars.iter().copied()) {
        match r {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    if out == chars {
        return Ok(JValue::Ref(Some(args.this())));
    }
    Ok(JValue::Ref(Some(thread.new_string_utf16(&out)?)))
}

fn to_lower_case(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    map_case(thread, args, false)
}

fn to_upper_case(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    map_case(thread, args, true)
}

/// Bytes in the platform encoding -> chars (malformed input becomes
/// U+FFFD, as Java's decoder replaces it).
fn decode(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let bytes = args.oop(0).expect("checked by the caller");
    let (offset, len) = (args.int(1) as usize, args.int(2) as usize);
    // SAFETY: a byte[] read and copied at once; no safepoint meanwhile.
    let slice = unsafe { oops::array_slice::<i8>(bytes) };
    let raw: Vec<u8> = slice[offset..offset + len].iter().map(|&b| b as u8).collect();
    let chars: Vec<u16> = if console::native_encoding_is_utf8() {
        String::from_utf8_lossy(&raw).encode_utf16().collect()
    } else {
        raw.iter().map(|&b| if b < 128 { b as u16 } else { 0xFFFD }).collect()
    };
    let array = thread.vm().primitive_array_class(thread, crema_vm::classfile::BasicType::Char)?;
    let out = thread.alloc_array(array, chars.len() as i32)?;
    // SAFETY: a fresh char[] of chars.len() elements.
    unsafe { oops::array_slice_mut::<u16>(out).copy_from_slice(&chars) };
    Ok(JValue::Ref(Some(out)))
}

/// A string -> bytes in the platform encoding.
fn encode(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let s = args.oop(0).expect("checked by the caller");
    let bytes = console::encode(&thread.vm().string_chars(s));
    let out = thread.alloc_primitive_array(crema_vm::classfile::BasicType::Byte, bytes.len() as i32)?;
    // SAFETY: a fresh byte[] of bytes.len() elements.
    unsafe { oops::array_slice_mut::<i8>(out).iter_mut().zip(bytes).for_each(|(d, b)| *d = b as i8) };
    Ok(JValue::Ref(Some(out)))
}
