//! User class loaders: the VM side of `java.lang.ClassLoader`.
//!
//! A `ClassLoader` object gets its [`ClassLoaderData`] the first time the
//! VM needs one for it (a `defineClass`, `findLoadedClass`, a
//! `Class.forName` naming it); the object's hidden `loaderData` field then
//! points at it, and the data's loader-object cell points back.
//!
//! Loading through a user loader (to resolve a class its classes name)
//! calls the object's Java `loadClass(String)`; what it returns is recorded
//! as initiated by that loader. Defining (`defineClass`) checks what
//! HotSpot checks — a prohibited `java.*` package, a duplicate definition,
//! bytes of another class — and then defines as for any loader, with
//! HotSpot's `__JVM_DefineClass__` as the source in `-Xlog:class+load`.

use crate::metadata::ClassRef;
use crate::oops::{self, Oop};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;
use crate::runtime::mirrors::class_from_mirror;
use crate::runtime::natives::JValue;

use super::{ClassLoaderData, LoaderRef, define};

/// The source `-Xlog:class+load` gives classes defined from bytes.
const DEFINE_CLASS_SOURCE: &str = "__JVM_DefineClass__";

/// The loader data of a `java.lang.ClassLoader` object (`None`: the boot
/// loader), created on first use.
pub fn loader_data_of(thread: &JavaThread, object: Option<Oop>) -> LoaderRef {
    let vm = thread.vm();
    let Some(object) = object else { return vm.boot_loader() };
    let field = vm.well_known().class_loader_data as usize;
    let raw = oops::get_field::<i64>(object, field) as usize;
    if raw != 0 {
        // SAFETY: the field is written only below, with the address of loader
        // data that lives as long as the object can be reached.
        return LoaderRef::new(unsafe { &*(raw as *const ClassLoaderData) });
    }
    let data = vm.add_user_loader(ClassLoaderData::new_user(object, describe_object(thread, object)));
    oops::put_field::<i64>(object, field, data.as_ptr() as i64);
    data
}

/// Binds the application loader's data to its Java object
/// (`jdk.internal.loader.ClassLoaders$AppClassLoader`).
pub fn bind_app_loader(thread: &JavaThread, object: Oop) {
    let vm = thread.vm();
    let app = vm.app_loader();
    app.set_loader_object(object);
    oops::put_field::<i64>(object, vm.well_known().class_loader_data as usize, app.as_ptr() as i64);
}

/// Binds the platform loader's Java object to the boot loader's data: in
/// crema the platform loader's classes are the bootstrap loader's.
pub fn bind_platform_loader(thread: &JavaThread, object: Oop) {
    let vm = thread.vm();
    oops::put_field::<i64>(object, vm.well_known().class_loader_data as usize, vm.boot_loader().as_ptr() as i64);
}

/// The `java.lang.ClassLoader` object of `loader` (`None` for the boot
/// loader). The application loader's object is created on first request
/// (`jdk.internal.loader.ClassLoaders`).
pub fn loader_object_of(thread: &JavaThread, loader: LoaderRef) -> JResult<Option<Oop>> {
    if loader.is_boot() || loader.loader_object().is_some() {
        return Ok(loader.loader_object());
    }
    let vm = thread.vm();
    let loaders = vm.load_boot_class(thread, "jdk/internal/loader/ClassLoaders")?;
    let get = loaders
        .find_declared_method("appClassLoader", "()Ljava/lang/ClassLoader;")
        .expect("ClassLoaders.appClassLoader()");
    crate::link::ensure_initialized(thread, loaders)?;
    thread.call(get, &[])?;
    Ok(loader.loader_object())
}

/// HotSpot's name for a user loader in messages: `'name' @hash` for a
/// named loader, `binary.ClassName @hash` otherwise (the identity hash in
/// hex).
fn describe_object(thread: &JavaThread, object: Oop) -> String {
    let vm = thread.vm();
    let hash = oops::identity_hash(object);
    match oops::get_ref(object, vm.well_known().class_loader_name as usize) {
        Some(name) => format!("'{}' @{hash:x}", vm.string_to_rust(name)),
        None => format!("{} @{hash:x}", oops::class_of(object).java_name()),
    }
}

/// Loads `name` (internal form) through the Java `loadClass` of a user
/// loader: `None` when it throws `ClassNotFoundException` or returns null.
pub(super) fn load_through_java(thread: &JavaThread, loader: LoaderRef, name: &str) -> JResult<Option<ClassRef>> {
    let vm = thread.vm();
    let binary = thread.new_string(&name.replace('/', "."))?;
    let object = loader.loader_object().expect("a user loader has its object");
    let result = thread.call_virtual(vm.well_known().class_loader_load_class, object, &[JValue::Ref(Some(binary))]);
    let mirror = match result {
        Ok(v) => v.as_ref(),
        Err(p) => {
            let cnfe = vm.load_boot_class(thread, "java/lang/ClassNotFoundException")?;
            let pending = thread.pending_exception().expect("an exception is pending");
            if !oops::class_of(pending).is_subtype_of(cnfe) {
                return Err(p);
            }
            thread.take_pending_exception();
            return Ok(None);
        }
    };
    let Some(class) = mirror.and_then(class_from_mirror) else { return Ok(None) };
    if class.name() != name {
        return Ok(None);
    }
    if class.loader() != loader {
        loader.record_initiated(class);
    }
    Ok(Some(class))
}

/// `ClassLoader.defineClass`: defines a class of `loader` from `bytes`,
/// whose name must be `name` (binary form, dots) when it is given.
pub fn define_from_bytes(
    thread: &JavaThread,
    loader: LoaderRef,
    name: Option<&str>,
    bytes: &[u8],
) -> JResult<ClassRef> {
    let internal = name.map(|n| n.replace('.', "/"));
    if let Some(n) = &internal {
        let package = super::package_of(n);
        if package == "java" || package.starts_with("java/") {
            let message = format!("Prohibited package name: {}", package.replace('/', "."));
            return Err(thread.throw_new("java/lang/SecurityException", Some(&message)));
        }
    }
    let parsed = crate::classfile::parse_class_file(bytes, internal.as_deref().unwrap_or(""))
        .map_err(|e| thread.throw_new(e.exception, Some(&e.message)))?;
    let actual: &str = &parsed.name;
    if let Some(n) = &internal
        && n != actual
    {
        return Err(thread.throw_new("java/lang/NoClassDefFoundError", Some(&format!("{n} (wrong name: {actual})"))));
    }
    if loader.find_loaded(actual).is_some_and(|c| c.loader() == loader) {
        let java_name = actual.replace('/', ".");
        let parent = parent_description(thread, loader);
        let message = format!(
            "loader {} attempted duplicate class definition for {java_name}. ({java_name} is in unnamed module of loader {}, parent loader {parent})",
            loader.describe(),
            loader.describe()
        );
        return Err(thread.throw_new("java/lang/LinkageError", Some(&message)));
    }
    define::define_parsed_class(thread, loader, parsed, DEFINE_CLASS_SOURCE)
}

/// How HotSpot names a loader's parent in linkage messages.
fn parent_description(thread: &JavaThread, loader: LoaderRef) -> String {
    let vm = thread.vm();
    let parent = loader.loader_object().and_then(|o| oops::get_ref(o, vm.well_known().class_loader_parent as usize));
    match parent {
        None => "'bootstrap'".into(),
        Some(p) if oops::class_of(p).name() == "jdk/internal/loader/ClassLoaders$PlatformClassLoader" => {
            "'platform'".into()
        }
        Some(p) => loader_data_of(thread, Some(p)).describe().to_string(),
    }
}
