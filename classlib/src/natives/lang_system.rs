//! `System`, `Runtime` and `Thread`: array copying, time, properties,
//! exit, memory figures and sleeping.

use crema_gc::{GcCause, GcKind};
use crema_vm::classfile::BasicType;
use crema_vm::metadata::ClassRef;
use crema_vm::oops::{self, ARRAY_BASE_OFFSET, Oop};
use crema_vm::runtime::console;
use crema_vm::runtime::host_locale::host_locale;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const S: &str = "java/lang/System";
    r.register(S, "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", arraycopy);
    r.register(S, "currentTimeMillis", "()J", |_, _| Ok(JValue::Long(now_millis())));
    r.register(S, "nanoTime", "()J", |t, _| Ok(JValue::Long(t.vm().uptime_nanos() as i64)));
    r.register(S, "identityHashCode", "(Ljava/lang/Object;)I", |_, a| {
        Ok(JValue::Int(a.oop(0).map_or(0, oops::identity_hash)))
    });
    r.register(S, "initProperties", "()[Ljava/lang/String;", init_properties);
    r.register(S, "setStream", "(ILjava/lang/Object;)V", set_stream);
    r.register(S, "getenv", "(Ljava/lang/String;)Ljava/lang/String;", getenv);
    const R: &str = "java/lang/Runtime";
    r.register(R, "exit0", "(I)V", exit);
    r.register(R, "availableProcessors", "()I", |_, _| {
        Ok(JValue::Int(std::thread::available_parallelism().map_or(1, |n| n.get() as i32)))
    });
    r.register(R, "freeMemory", "()J", |t, _| {
        let u = t.vm().heap().usage();
        Ok(JValue::Long(u.capacity.saturating_sub(u.used) as i64))
    });
    r.register(R, "totalMemory", "()J", |t, _| Ok(JValue::Long(t.vm().heap().usage().capacity as i64)));
    r.register(R, "maxMemory", "()J", |t, _| Ok(JValue::Long(t.vm().heap().usage().max as i64)));
    r.register(R, "gc", "()V", |t, _| {
        t.collect(GcKind::Full, GcCause::Explicit);
        Ok(JValue::Void)
    });
    r.register("java/lang/Thread", "sleep0", "(J)V", |_, a| {
        console::flush();
        std::thread::sleep(std::time::Duration::from_millis(a.long(0).max(0) as u64));
        Ok(JValue::Void)
    });
}

fn now_millis() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// How HotSpot names an array type in `arraycopy` messages: `int[]`, or
/// `object array[]` for any reference array.
fn array_type_name(class: ClassRef) -> String {
    match class.element_type() {
        Some(BasicType::Reference) => "object array".into(),
        Some(t) => t.java_name().into(),
        None => class.java_name(),
    }
}

fn store_error(thread: &JavaThread, msg: &str) -> crema_vm::runtime::Pending {
    thread.throw_new("java/lang/ArrayStoreException", Some(&format!("arraycopy: {msg}")))
}

fn index_error(thread: &JavaThread, msg: String) -> crema_vm::runtime::Pending {
    thread.throw_new("java/lang/ArrayIndexOutOfBoundsException", Some(&format!("arraycopy: {msg}")))
}

/// `System.arraycopy`, with HotSpot's checks in HotSpot's order and its
/// messages; overlapping ranges copy as if through a temporary.
fn arraycopy(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let (Some(src), Some(dst)) = (args.oop(0), args.oop(2)) else {
        return Err(thread.throw_npe());
    };
    let (src_pos, dst_pos, length) = (args.int(1), args.int(3), args.int(4));
    let (sc, dc) = (oops::class_of(src), oops::class_of(dst));
    let (Some(st), Some(dt)) = (sc.element_type(), dc.element_type()) else {
        let (which, class) = if sc.element_type().is_none() { ("source", sc) } else { ("destination", dc) };
        return Err(store_error(thread, &format!("{which} type {} is not an array", class.java_name())));
    };
    if st != dt {
        return Err(store_error(
            thread,
            &format!("type mismatch: can not copy {}[] into {}[]", array_type_name(sc), array_type_name(dc)),
        ));
    }
    let (src_len, dst_len) = (oops::array_length(src), oops::array_length(dst));
    let describe = |c: ClassRef, len: usize| format!("{}[{len}]", array_type_name(c));
    if src_pos < 0 {
        return Err(index_error(thread, format!("source index {src_pos} out of bounds for {}", describe(sc, src_len))));
    }
    if dst_pos < 0 {
        return Err(index_error(
            thread,
            format!("destination index {dst_pos} out of bounds for {}", describe(dc, dst_len)),
        ));
    }
    if length < 0 {
        return Err(index_error(thread, format!("length {length} is negative")));
    }
    let (src_pos, dst_pos, length) = (src_pos as usize, dst_pos as usize, length as usize);
    if src_pos + length > src_len {
        return Err(index_error(
            thread,
            format!("last source index {} out of bounds for {}", src_pos + length, describe(sc, src_len)),
        ));
    }
    if dst_pos + length > dst_len {
        return Err(index_error(
            thread,
            format!("last destination index {} out of bounds for {}", dst_pos + length, describe(dc, dst_len)),
        ));
    }
    if length == 0 {
        return Ok(JValue::Void);
    }
    let size = st.size();
    let assignable = st != BasicType::Reference || sc.is_subtype_of(dc);
    if assignable {
        // SAFETY: both ranges were checked against the arrays' lengths;
        // `copy` allows the overlap of a copy within one array.
        unsafe {
            std::ptr::copy(
                src.ptr_at(ARRAY_BASE_OFFSET + src_pos * size),
                dst.ptr_at(ARRAY_BASE_OFFSET + dst_pos * size),
                length * size,
            )
        };
        if st == BasicType::Reference {
            let from = dst.addr() + ARRAY_BASE_OFFSET + dst_pos * size;
            oops::write_barrier_range(from, from + length * size);
        }
        return Ok(JValue::Void);
    }
    // Element by element, checking each store, stopping at the first
    // element that does not fit (the ones before it stay copied).
    let component = dc.component().expect("an object array");
    for i in 0..length {
        let v: Option<Oop> = oops::array_get_ref(src, src_pos + i).expect("in bounds");
        if let Some(obj) = v
            && !oops::class_of(obj).is_subtype_of(component)
        {
            return Err(store_error(
                thread,
                &format!(
                    "element type mismatch: can not cast one of the elements of {}[] to the type of the destination array, {}",
                    sc.component().expect("an object array").java_name(),
                    component.java_name()
                ),
            ));
        }
        oops::array_put_ref(dst, dst_pos + i, v);
    }
    Ok(JValue::Void)
}

/// The system properties (`-D` ones last, so they win), as key/value
/// pairs.
fn init_properties(thread: &JavaThread, _: &Args) -> JResult<JValue> {
    let vm = thread.vm();
    let options = vm.options();
    let env = |k: &str, default: &str| std::env::var(k).unwrap_or_else(|_| default.to_string());
    let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_else(|_| ".".into());
    let home =
        std::env::current_exe().ok().and_then(|p| p.parent().map(|d| d.display().to_string())).unwrap_or_default();
    let class_path = options.class_path.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(":");
    let encoding = console::native_encoding_name();
    let mut props: Vec<(String, String)> = [
        ("java.version", "17"),
        ("java.version.date", "2021-09-14"),
        ("java.vendor", "crema"),
        ("java.vm.name", "crema"),
        ("java.vm.vendor", "crema"),
        ("java.vm.version", env!("CARGO_PKG_VERSION")),
        ("java.runtime.name", "crema Runtime Environment"),
        ("java.specification.version", "17"),
        ("java.vm.specification.version", "17"),
        ("java.class.version", "61.0"),
        ("os.name", "Linux"),
        ("file.separator", "/"),
        ("path.separator", ":"),
        ("line.separator", "\n"),
        ("java.io.tmpdir", "/tmp"),
        ("file.encoding", encoding),
        ("native.encoding", encoding),
        ("sun.jnu.encoding", encoding),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    props.push((
        "os.arch".into(),
        if cfg!(target_arch = "x86_64") { "amd64".into() } else { std::env::consts::ARCH.into() },
    ));
    props.push(("user.dir".into(), cwd));
    props.push(("user.home".into(), env("HOME", "?")));
    props.push(("user.name".into(), env("USER", "?")));
    props.push(("java.home".into(), home));
    props.push(("java.class.path".into(), class_path));
    let (language, country) = host_locale().language_and_country();
    props.push(("user.language".into(), language));
    if !country.is_empty() {
        props.push(("user.country".into(), country));
    }
    props.extend(options.properties.iter().cloned());

    let string_class = vm.well_known().string;
    let scope = thread.scope();
    let array = scope.oop_handle(thread.alloc_object_array(string_class, 2 * props.len() as i32)?);
    for (i, (k, v)) in props.iter().enumerate() {
        let key = thread.new_string(k)?;
        oops::array_put_ref(array.get(), 2 * i, Some(key));
        let value = thread.new_string(v)?;
        oops::array_put_ref(array.get(), 2 * i + 1, Some(value));
    }
    Ok(JValue::Ref(Some(array.get())))
}

/// `System.setIn/setOut/setErr`: writes the final static field.
fn set_stream(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let (name, desc) = match args.int(0) {
        0 => ("in", "Ljava/io/InputStream;"),
        1 => ("out", "Ljava/io/PrintStream;"),
        _ => ("err", "Ljava/io/PrintStream;"),
    };
    let system = thread.vm().load_boot_class(thread, "java/lang/System")?;
    let field = system.find_declared_field(name, desc).expect("System declares its streams");
    oops::put_ref(system.mirror(), field.offset as usize, args.oop(1));
    Ok(JValue::Void)
}

fn getenv(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let Some(name) = args.oop(0) else {
        return Err(thread.throw_npe());
    };
    match std::env::var(thread.vm().string_to_rust(name)) {
        Ok(v) => super::string_value(thread, &v),
        Err(_) => Ok(JValue::Ref(None)),
    }
}

/// `Runtime.exit`: shuts the VM down (logs, standard output) and ends the
/// process.
fn exit(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    thread.vm().shutdown();
    std::process::exit(args.int(0));
}
