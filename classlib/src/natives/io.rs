//! `java.io` file descriptors: the standard streams.

use std::io::Read;

use crema_vm::oops;
use crema_vm::runtime::console;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const OUT: &str = "java/io/FileOutputStream";
    r.register(OUT, "writeBytes", "(I[BII)V", write_bytes);
    r.register(OUT, "writeString0", "(ILjava/lang/String;)V", write_string);
    const IN: &str = "java/io/FileInputStream";
    r.register(IN, "readBytes", "(I[BII)I", read_bytes);
    r.register(IN, "available0", "(I)I", |_, _| Ok(JValue::Int(0)));
}

fn write_bytes(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let bytes = args.oop(1).expect("checked by the caller");
    let (off, len) = (args.int(2) as usize, args.int(3) as usize);
    // SAFETY: a byte[] slice copied out at once; bounds checked by Java.
    let data: Vec<u8> = unsafe { oops::array_slice::<i8>(bytes) }[off..off + len].iter().map(|&b| b as u8).collect();
    console::write_fd(args.int(0), &data);
    Ok(JValue::Void)
}

fn write_string(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let s = args.oop(1).expect("checked by the caller");
    console::write_fd(args.int(0), &console::encode(&thread.vm().string_chars(s)));
    Ok(JValue::Void)
}

/// Reads up to `len` bytes from standard input (after flushing standard
/// output, so prompts appear first); -1 at end of input.
fn read_bytes(_: &JavaThread, args: &Args) -> JResult<JValue> {
    if args.int(0) != 0 {
        return Ok(JValue::Int(-1));
    }
    console::flush();
    let len = args.int(3) as usize;
    let mut buf = vec![0u8; len];
    let n = std::io::stdin().read(&mut buf).unwrap_or(0);
    if n == 0 {
        return Ok(JValue::Int(-1));
    }
    let bytes = args.oop(1).expect("checked by the caller");
    let off = args.int(2) as usize;
    // SAFETY: the byte[] range was checked by Java; copied at once.
    let dst = unsafe { oops::array_slice_mut::<i8>(bytes) };
    for (d, s) in dst[off..off + n].iter_mut().zip(&buf[..n]) {
        *d = *s as i8;
    }
    Ok(JValue::Int(n as i32))
}
