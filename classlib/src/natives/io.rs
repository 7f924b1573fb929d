//! `java.io`: writing strings to the standard streams in the platform
//! encoding (the rest of file I/O is `fs`).

use crema_vm::runtime::console;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const OUT: &str = "java/io/FileOutputStream";
    r.register(OUT, "writeString0", "(ILjava/lang/String;)V", write_string);
}

fn write_string(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let s = args.oop(1).expect("checked by the caller");
    console::write_fd(args.int(0), &console::encode(&thread.vm().string_chars(s)));
    Ok(JValue::Void)
}
