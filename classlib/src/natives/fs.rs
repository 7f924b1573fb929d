//! `crema.vm.FileSystem`: the host file system for `java.io` and
//! `java.nio.file` — open files by descriptor, path queries and changes.
//!
//! Descriptors 0, 1 and 2 are the standard streams (reads of 0 come from
//! standard input, writes to 1 and 2 go through `runtime::console`); files
//! opened here get the host's descriptor numbers and live in a table until
//! closed. Failures return -1 (or `false`/null) and leave the host's
//! message for the error (`strerror`, as HotSpot quotes it in
//! `FileNotFoundException` messages) for `lastError()`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::io::AsRawFd;
use std::sync::Mutex;

use crema_vm::oops;
use crema_vm::runtime::console;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

const FS: &str = "crema/vm/FileSystem";

/// Open modes of `open`.
const READ: i32 = 0;
const WRITE: i32 = 1;
const APPEND: i32 = 2;
const READ_WRITE: i32 = 3;
const CREATE_NEW: i32 = 4;

/// `attributes` bits.
const EXISTS: i32 = 1;
const REGULAR: i32 = 2;
const DIRECTORY: i32 = 4;
const READABLE: i32 = 8;
const WRITABLE: i32 = 16;
const EXECUTABLE: i32 = 32;

static FILES: Mutex<Option<HashMap<i32, File>>> = Mutex::new(None);

thread_local! {
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

pub(super) fn register(r: &mut NativeRegistry) {
    r.register(FS, "open", "(Ljava/lang/String;I)I", open);
    r.register(FS, "read", "(I[BII)I", read);
    r.register(FS, "write", "(I[BII)I", write);
    r.register(FS, "close", "(I)V", close);
    r.register(FS, "seek", "(IJ)J", seek);
    r.register(FS, "position", "(I)J", position);
    r.register(FS, "size", "(I)J", size);
    r.register(FS, "setLength", "(IJ)Z", set_length);
    r.register(FS, "available", "(I)I", available);
    r.register(FS, "attributes", "(Ljava/lang/String;)I", attributes);
    r.register(FS, "length", "(Ljava/lang/String;)J", length);
    r.register(FS, "lastModified", "(Ljava/lang/String;)J", last_modified);
    r.register(FS, "delete", "(Ljava/lang/String;)Z", delete);
    r.register(FS, "mkdir", "(Ljava/lang/String;)Z", mkdir);
    r.register(FS, "list", "(Ljava/lang/String;)[Ljava/lang/String;", list);
    r.register(FS, "rename", "(Ljava/lang/String;Ljava/lang/String;)Z", rename);
    r.register(FS, "currentDirectory", "()Ljava/lang/String;", current_directory);
    r.register(FS, "canonicalize", "(Ljava/lang/String;)Ljava/lang/String;", canonicalize);
    r.register(FS, "lastError", "()Ljava/lang/String;", last_error);
}

/// Records `e` as the last error; returns `fail`.
fn failed<T>(e: std::io::Error, fail: T) -> JResult<T> {
    // `strerror` text without Rust's " (os error N)" suffix.
    let text = e.to_string();
    let text = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    LAST_ERROR.with(|l| *l.borrow_mut() = text);
    Ok(fail)
}

fn path(thread: &JavaThread, args: &Args, i: usize) -> String {
    args.oop(i).map(|s| thread.vm().string_to_rust(s)).unwrap_or_default()
}

/// Runs `f` on the open file `fd`; `None` if it is not open.
fn with_file<R>(fd: i32, f: impl FnOnce(&mut File) -> R) -> Option<R> {
    let mut files = FILES.lock().unwrap();
    files.get_or_insert_with(HashMap::new).get_mut(&fd).map(f)
}

fn open(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let p = path(thread, args, 0);
    let mut o = OpenOptions::new();
    match args.int(1) {
        READ => o.read(true),
        WRITE => o.write(true).create(true).truncate(true),
        APPEND => o.append(true).create(true),
        READ_WRITE => o.read(true).write(true).create(true),
        CREATE_NEW => o.write(true).create_new(true),
        _ => o.read(true),
    };
    let file = match o.open(&p) {
        Ok(f) => f,
        Err(e) => return failed(e, JValue::Int(-1)),
    };
    // Opening a directory for reading succeeds on Unix; Java refuses.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return failed(std::io::Error::from_raw_os_error(libc::EISDIR), JValue::Int(-1));
    }
    let fd = file.as_raw_fd();
    FILES.lock().unwrap().get_or_insert_with(HashMap::new).insert(fd, file);
    Ok(JValue::Int(fd))
}

/// Reads up to `len` bytes into `b[off..]`: the count, -1 at the end, -2
/// on an error. Descriptor 0 reads standard input (after flushing
/// standard output, so prompts appear first).
fn read(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let (fd, off, len) = (args.int(0), args.int(2) as usize, args.int(3) as usize);
    let mut buf = vec![0u8; len];
    let result = if fd == 0 {
        console::flush();
        std::io::stdin().read(&mut buf)
    } else {
        match with_file(fd, |f| f.read(&mut buf)) {
            Some(r) => r,
            None => return failed(std::io::Error::from_raw_os_error(libc::EBADF), JValue::Int(-2)),
        }
    };
    let n = match result {
        Ok(0) if len > 0 => return Ok(JValue::Int(-1)),
        Ok(n) => n,
        Err(e) => return failed(e, JValue::Int(-2)),
    };
    let bytes = args.oop(1).expect("checked by the caller");
    // SAFETY: the byte[] range was checked by Java; copied at once, with no
    // safepoint in between.
    let dst = unsafe { oops::array_slice_mut::<i8>(bytes) };
    for (d, s) in dst[off..off + n].iter_mut().zip(&buf[..n]) {
        *d = *s as i8;
    }
    Ok(JValue::Int(n as i32))
}

/// Writes `b[off..off+len]`: the count, or -2 on an error. Descriptors 1
/// and 2 go to the console.
fn write(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let (fd, off, len) = (args.int(0), args.int(2) as usize, args.int(3) as usize);
    let bytes = args.oop(1).expect("checked by the caller");
    // SAFETY: a byte[] range checked by Java, copied out at once.
    let data: Vec<u8> = unsafe { oops::array_slice::<i8>(bytes) }[off..off + len].iter().map(|&b| b as u8).collect();
    if fd == 1 || fd == 2 {
        console::write_fd(fd, &data);
        return Ok(JValue::Int(len as i32));
    }
    match with_file(fd, |f| f.write_all(&data)) {
        Some(Ok(())) => Ok(JValue::Int(len as i32)),
        Some(Err(e)) => failed(e, JValue::Int(-2)),
        None => failed(std::io::Error::from_raw_os_error(libc::EBADF), JValue::Int(-2)),
    }
}

fn close(_: &JavaThread, args: &Args) -> JResult<JValue> {
    FILES.lock().unwrap().get_or_insert_with(HashMap::new).remove(&args.int(0));
    Ok(JValue::Void)
}

fn seek(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let pos = args.long(1).max(0) as u64;
    match with_file(args.int(0), |f| f.seek(SeekFrom::Start(pos))) {
        Some(Ok(p)) => Ok(JValue::Long(p as i64)),
        Some(Err(e)) => failed(e, JValue::Long(-1)),
        None => Ok(JValue::Long(-1)),
    }
}

fn position(_: &JavaThread, args: &Args) -> JResult<JValue> {
    match with_file(args.int(0), |f| f.stream_position()) {
        Some(Ok(p)) => Ok(JValue::Long(p as i64)),
        Some(Err(e)) => failed(e, JValue::Long(-1)),
        None => Ok(JValue::Long(-1)),
    }
}

fn size(_: &JavaThread, args: &Args) -> JResult<JValue> {
    match with_file(args.int(0), |f| f.metadata()) {
        Some(Ok(m)) => Ok(JValue::Long(m.len() as i64)),
        Some(Err(e)) => failed(e, JValue::Long(-1)),
        None => Ok(JValue::Long(-1)),
    }
}

fn set_length(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let len = args.long(1).max(0) as u64;
    match with_file(args.int(0), |f| f.set_len(len)) {
        Some(Ok(())) => Ok(JValue::Int(1)),
        Some(Err(e)) => failed(e, JValue::Int(0)),
        None => Ok(JValue::Int(0)),
    }
}

/// Bytes left to read in a file (0 for the standard streams).
fn available(_: &JavaThread, args: &Args) -> JResult<JValue> {
    let left = with_file(args.int(0), |f| {
        let pos = f.stream_position().ok()?;
        let len = f.metadata().ok()?.len();
        Some(len.saturating_sub(pos).min(i32::MAX as u64) as i32)
    });
    Ok(JValue::Int(left.flatten().unwrap_or(0)))
}

fn attributes(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let p = path(thread, args, 0);
    let Ok(m) = std::fs::metadata(&p) else {
        return Ok(JValue::Int(0));
    };
    let mode = m.permissions().mode();
    let mut bits = EXISTS;
    if m.is_file() {
        bits |= REGULAR;
    }
    if m.is_dir() {
        bits |= DIRECTORY;
    }
    // Permission bits as the owner sees them (crema runs as the owner of
    // what its programs create).
    if mode & 0o400 != 0 {
        bits |= READABLE;
    }
    if mode & 0o200 != 0 {
        bits |= WRITABLE;
    }
    if mode & 0o100 != 0 {
        bits |= EXECUTABLE;
    }
    Ok(JValue::Int(bits))
}

fn length(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    Ok(JValue::Long(std::fs::metadata(path(thread, args, 0)).map_or(0, |m| m.len() as i64)))
}

fn last_modified(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let millis = std::fs::metadata(path(thread, args, 0))
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_millis() as i64);
    Ok(JValue::Long(millis))
}

/// Deletes a file or an empty directory.
fn delete(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let p = path(thread, args, 0);
    let result = match std::fs::symlink_metadata(&p) {
        Ok(m) if m.is_dir() => std::fs::remove_dir(&p),
        Ok(_) => std::fs::remove_file(&p),
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(JValue::Int(1)),
        Err(e) => failed(e, JValue::Int(0)),
    }
}

fn mkdir(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    match std::fs::create_dir(path(thread, args, 0)) {
        Ok(()) => Ok(JValue::Int(1)),
        Err(e) => failed(e, JValue::Int(0)),
    }
}

/// The names in a directory (in the host's order), or null.
fn list(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let entries = match std::fs::read_dir(path(thread, args, 0)) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect::<Vec<_>>(),
        Err(e) => return failed(e, JValue::Ref(None)),
    };
    let vm = thread.vm();
    let array = thread.alloc_object_array(vm.well_known().string, entries.len() as i32)?;
    let scope = thread.scope();
    let array = scope.handle(Some(array));
    for (i, name) in entries.iter().enumerate() {
        let s = thread.new_string(name)?;
        oops::array_put_ref(array.get().expect("allocated"), i, Some(s));
    }
    Ok(JValue::Ref(array.get()))
}

fn rename(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    match std::fs::rename(path(thread, args, 0), path(thread, args, 1)) {
        Ok(()) => Ok(JValue::Int(1)),
        Err(e) => failed(e, JValue::Int(0)),
    }
}

fn current_directory(thread: &JavaThread, _: &Args) -> JResult<JValue> {
    let dir = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_else(|_| ".".into());
    super::string_value(thread, &dir)
}

/// The canonical form of a path (symbolic links resolved); for a path
/// that does not exist, its absolute form with `.` and `..` folded.
fn canonicalize(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let p = std::path::PathBuf::from(path(thread, args, 0));
    let absolute = if p.is_absolute() { p } else { std::env::current_dir().unwrap_or_default().join(p) };
    let text = match std::fs::canonicalize(&absolute) {
        Ok(c) => c.to_string_lossy().into_owned(),
        Err(_) => {
            let mut parts: Vec<String> = Vec::new();
            for c in absolute.components() {
                match c {
                    std::path::Component::ParentDir => {
                        parts.pop();
                    }
                    std::path::Component::Normal(n) => parts.push(n.to_string_lossy().into_owned()),
                    _ => {}
                }
            }
            format!("/{}", parts.join("/"))
        }
    };
    super::string_value(thread, &text)
}

fn last_error(thread: &JavaThread, _: &Args) -> JResult<JValue> {
    let text = LAST_ERROR.with(|l| l.borrow().clone());
    super::string_value(thread, &text)
}
