//! `java.lang.ClassLoader`, the built-in loaders' Java objects
//! (`jdk.internal.loader.ClassLoaders`), and the resource reading behind
//! `java.net.URL` and `URLClassLoader`: thin natives over
//! `crema_vm::loader`.

use crema_vm::classfile::BasicType;
use crema_vm::loader::{self, load_class, user};
use crema_vm::oops;
use crema_vm::runtime::{Args, JResult, JValue, JavaThread, NativeRegistry};

pub(super) fn register(r: &mut NativeRegistry) {
    const L: &str = "java/lang/ClassLoader";
    r.register(L, "defineClass0", "(Ljava/lang/String;[BII)Ljava/lang/Class;", define_class);
    r.register(L, "findLoadedClass0", "(Ljava/lang/String;)Ljava/lang/Class;", find_loaded_class);
    r.register(L, "findBootstrapClass", "(Ljava/lang/String;)Ljava/lang/Class;", find_bootstrap_class);
    const APP: &str = "jdk/internal/loader/ClassLoaders$AppClassLoader";
    r.register(APP, "bind", "()V", |t, a| {
        user::bind_app_loader(t, a.this());
        Ok(JValue::Void)
    });
    r.register(APP, "loadClass0", "(Ljava/lang/String;)Ljava/lang/Class;", app_load_class);
    r.register(APP, "findResource0", "(Ljava/lang/String;)Ljava/lang/String;", |t, a| {
        let name = t.vm().string_to_rust(a.oop(0).expect("a name"));
        optional_string(t, t.vm().app_resource_url(&name))
    });
    r.register("jdk/internal/loader/ClassLoaders$PlatformClassLoader", "bind", "()V", |t, a| {
        user::bind_platform_loader(t, a.this());
        Ok(JValue::Void)
    });
    r.register("java/net/URL", "read0", "(Ljava/lang/String;)[B", read_url);
    r.register(
        "java/net/URLClassLoader",
        "locate0",
        "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;",
        |t, a| {
            let vm = t.vm();
            let base = vm.string_to_rust(a.oop(0).expect("a path"));
            let name = vm.string_to_rust(a.oop(1).expect("a name"));
            optional_string(t, loader::locate_resource(&base, &name))
        },
    );
}

fn optional_string(thread: &JavaThread, text: Option<String>) -> JResult<JValue> {
    match text {
        Some(t) => super::string_value(thread, &t),
        None => Ok(JValue::Ref(None)),
    }
}

/// `defineClass0(name, b, off, len)`: bounds were checked in Java.
fn define_class(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let vm = thread.vm();
    let name = args.oop(0).map(|n| vm.string_to_rust(n));
    let Some(array) = args.oop(1) else { return Err(thread.throw_npe()) };
    let (off, len) = (args.int(2) as usize, args.int(3) as usize);
    // SAFETY: a byte[] argument, read at once (no safepoint while borrowed).
    let bytes: Vec<u8> = unsafe { oops::array_slice::<i8>(array) }[off..off + len].iter().map(|&b| b as u8).collect();
    let loader = user::loader_data_of(thread, Some(args.this()));
    let class = user::define_from_bytes(thread, loader, name.as_deref(), &bytes)?;
    Ok(JValue::Ref(Some(class.mirror())))
}

fn find_loaded_class(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let name = thread.vm().string_to_rust(args.oop(0).expect("checked in Java")).replace('.', "/");
    let loader = user::loader_data_of(thread, Some(args.this()));
    let found = loader.find_loaded(&name).filter(|c| !c.is_array());
    Ok(JValue::Ref(found.map(|c| c.mirror())))
}

fn find_bootstrap_class(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let vm = thread.vm();
    let name = vm.string_to_rust(args.oop(0).expect("checked in Java")).replace('.', "/");
    let found = load_class(thread, vm.boot_loader(), &name)?;
    Ok(JValue::Ref(found.map(|c| c.mirror())))
}

/// The application loader: the bootstrap loader, then the class path.
fn app_load_class(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let vm = thread.vm();
    let name = vm.string_to_rust(args.oop(0).expect("a name"));
    if name.is_empty() || name.contains('/') || name.starts_with('[') {
        return Ok(JValue::Ref(None));
    }
    let found = load_class(thread, vm.app_loader(), &name.replace('.', "/"))?;
    Ok(JValue::Ref(found.map(|c| c.mirror())))
}

fn read_url(thread: &JavaThread, args: &Args) -> JResult<JValue> {
    let spec = thread.vm().string_to_rust(args.oop(0).expect("a URL"));
    let Some(bytes) = loader::read_url(&spec) else { return Ok(JValue::Ref(None)) };
    let len = i32::try_from(bytes.len()).map_err(|_| thread.throw_oom("Required array size too large"))?;
    let array = thread.alloc_primitive_array(BasicType::Byte, len)?;
    // SAFETY: a fresh byte[] of bytes.len() elements, written at once.
    for (d, s) in unsafe { oops::array_slice_mut::<i8>(array) }.iter_mut().zip(&bytes) {
        *d = *s as i8;
    }
    Ok(JValue::Ref(Some(array)))
}
