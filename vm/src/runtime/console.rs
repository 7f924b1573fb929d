//! The process's standard streams, as Java and the VM write them.
//!
//! `System.out` and the VM's own log lines (`-Xlog`, `-verbose`, which
//! HotSpot prints on stdout) share one buffer, so their order is kept.
//! Standard output is buffered and flushed when the buffer fills, before
//! anything is written to standard error, before reading standard input,
//! and at exit; standard error is written through at once.
//!
//! Java `char`s are encoded in the platform encoding, which — as for
//! `java` — is UTF-8 when the host's locale (`host_locale`) has that
//! codeset and US-ASCII otherwise, where unmappable characters print as
//! `?`.

use std::io::Write;
use std::sync::Mutex;

use super::Vm;

const FLUSH_AT: usize = 8192;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Writes `bytes` to standard output (buffered).
pub fn write_stdout(bytes: &[u8]) {
    let mut buf = STDOUT.lock().unwrap();
    buf.extend_from_slice(bytes);
    if buf.len() >= FLUSH_AT {
        let _ = std::io::stdout().write_all(&buf);
        buf.clear();
    }
}

/// Writes `bytes` to standard error, after flushing standard output.
pub fn write_stderr(bytes: &[u8]) {
    flush();
    let _ = std::io::stderr().write_all(bytes);
}

/// Flushes standard output.
pub fn flush() {
    let mut buf = STDOUT.lock().unwrap();
    if !buf.is_empty() {
        let _ = std::io::stdout().write_all(&buf);
        buf.clear();
    }
    let _ = std::io::stdout().flush();
}

/// Writes to file descriptor `fd` (1 or 2; anything else is ignored).
pub fn write_fd(fd: i32, bytes: &[u8]) {
    match fd {
        1 => write_stdout(bytes),
        2 => write_stderr(bytes),
        _ => {}
    }
}

/// Whether the platform encoding is UTF-8 (from the host's locale).
pub fn native_encoding_is_utf8() -> bool {
    super::host_locale::host_locale().is_utf8()
}

/// The platform encoding's name, as `file.encoding` reports it.
pub fn native_encoding_name() -> &'static str {
    if native_encoding_is_utf8() { "UTF-8" } else { "ANSI_X3.4-1968" }
}

/// Encodes UTF-16 text in the platform encoding.
pub fn encode(chars: &[u16]) -> Vec<u8> {
    if native_encoding_is_utf8() {
        char::decode_utf16(chars.iter().copied()).map(|r| r.unwrap_or('?')).collect::<String>().into_bytes()
    } else {
        chars.iter().map(|&c| if c < 0x80 { c as u8 } else { b'?' }).collect()
    }
}

/// Prints a unified-logging line: `[0.012s][info][gc] message`.
pub fn log_line(vm: &Vm, tags: &str, message: &str) {
    log_line_at(vm, "info", tags, message);
}

/// Prints a unified-logging line at `level` (`info`, `debug`).
pub fn log_line_at(vm: &Vm, level: &str, tags: &str, message: &str) {
    let line = format!("[{:.3}s][{level}][{tags}] {message}\n", vm.uptime_seconds());
    write_stdout(line.as_bytes());
}
