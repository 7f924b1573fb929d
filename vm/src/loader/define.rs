//! Defining classes: class-file bytes, array types and primitive types
//! become [`Class`] metadata.
//!
//! Definition (JVMS §5.3.5) parses the bytes, loads the superclass and the
//! superinterfaces (recursively defining them), checks the hierarchy, lays
//! out fields, builds the vtable and itable, records the class in its
//! loader, and creates its mirror, where the static fields live and where
//! `ConstantValue` statics are set (preparation, JVMS §5.4.2).
//!
//! Classes defined before `java/lang/Class` itself (bootstrap only) get
//! their mirrors once it exists (`Vm::deferred_mirrors`).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU8};

use crema_gc::ReferenceKind;

use crate::classfile::{BasicType, ClassFile, CpEntry, access, parse_class_file};
use crate::metadata::layout::{InstanceLayout, StaticLayout, layout_block, layout_instance};
use crate::metadata::{
    Class, ClassKind, ClassRef, CpCache, Field, InitState, Method, ObjectKind, build_itable, build_vtable,
};
use crate::oops::{self, HEADER_SIZE, OopCell};
use crate::runtime::JavaThread;
use crate::runtime::console;
use crate::runtime::exceptions::JResult;

use super::{LoaderRef, load_class, load_class_or_throw};

const JAVA_LANG_CLASS: &str = "java/lang/Class";

/// Parses `bytes` and defines the class `name` in `loader`.
pub(super) fn define_class(
    thread: &JavaThread,
    loader: LoaderRef,
    name: &str,
    bytes: &[u8],
    source: &str,
) -> JResult<ClassRef> {
    let cf = parse_class_file(bytes, name).map_err(|e| thread.throw_new(e.exception, Some(&e.message)))?;
    if &*cf.name != name {
        return Err(
            thread.throw_new("java/lang/NoClassDefFoundError", Some(&format!("{name} (wrong name: {})", cf.name)))
        );
    }
    define_parsed_class(thread, loader, cf, source)
}

/// Defines the parsed class `cf` in `loader`; `source` is what
/// `-Xlog:class+load` says it came from.
pub(super) fn define_parsed_class(
    thread: &JavaThread,
    loader: LoaderRef,
    cf: ClassFile,
    source: &str,
) -> JResult<ClassRef> {
    let name: Box<str> = cf.name.clone();
    {
        let mut defining = loader.defining.lock().unwrap();
        if defining.contains(&name) {
            drop(defining);
            return Err(thread.throw_new("java/lang/ClassCircularityError", Some(&name.replace('/', "."))));
        }
        defining.push(name.clone());
    }
    let result = define_parsed(thread, loader, cf);
    loader.defining.lock().unwrap().retain(|n| *n != name);
    let class = result?;
    let vm = thread.vm();
    vm.note_class_defined();
    vm.dependencies().class_defined(vm, class);
    if vm.options().log_class_load {
        console::log_line(vm, "class,load", &format!("{} source: {source}", class.java_name()));
    }
    Ok(class)
}

fn define_parsed(thread: &JavaThread, loader: LoaderRef, cf: ClassFile) -> JResult<ClassRef> {
    let vm = thread.vm();
    let name: &str = &cf.name;
    let java_name = name.replace('/', ".");
    let is_interface = cf.access & access::INTERFACE != 0;

    let super_class = match &cf.super_name {
        None if name == "java/lang/Object" && loader.is_boot() => None,
        None => {
            return Err(thread.throw_new(
                "java/lang/ClassFormatError",
                Some(&format!("Invalid superclass index 0 in class file {name}")),
            ));
        }
        Some(s) => {
            let sup = load_class_or_throw(thread, loader, s)?;
            if sup.is_interface() || sup.is_array() {
                return Err(thread.throw_new(
                    "java/lang/IncompatibleClassChangeError",
                    Some(&format!("class {java_name} has interface {} as super class", sup.java_name())),
                ));
            }
            if sup.is_final() {
                return Err(thread.throw_new(
                    "java/lang/IncompatibleClassChangeError",
                    Some(&format!("class {java_name} cannot inherit from final class {}", sup.java_name())),
                ));
            }
            if is_interface && sup.super_class().is_some() {
                return Err(thread.throw_new(
                    "java/lang/ClassFormatError",
                    Some(&format!("Interfaces must have java.lang.Object as superclass in class file {name}")),
                ));
            }
            Some(sup)
        }
    };

    let mut local_interfaces = Vec::with_capacity(cf.interfaces.len());
    for i in &cf.interfaces {
        let iface = load_class_or_throw(thread, loader, i)?;
        if !iface.is_interface() {
            return Err(thread.throw_new(
                "java/lang/IncompatibleClassChangeError",
                Some(&format!(
                    "class {java_name} can not implement {}, because it is not an interface ({})",
                    iface.java_name(),
                    crate::runtime::exceptions::module_and_loader_text(iface)
                )),
            ));
        }
        local_interfaces.push(iface);
    }
    let mut all_interfaces: Vec<ClassRef> = super_class.map(|s| s.all_interfaces().to_vec()).unwrap_or_default();
    for &i in &local_interfaces {
        for &j in std::iter::once(&i).chain(i.all_interfaces()) {
            if !all_interfaces.contains(&j) {
                all_interfaces.push(j);
            }
        }
    }

    // Field layout.
    let parent_layout = super_class.map(|s| s.layout().clone()).unwrap_or(InstanceLayout {
        size: HEADER_SIZE as u32,
        fields_end: HEADER_SIZE as u32,
        ref_runs: Box::new([]),
    });
    let is_instance_field = |f: &&crate::classfile::FieldInfo| f.access & access::STATIC == 0;
    let instance_types: Vec<BasicType> = cf.fields.iter().filter(is_instance_field).map(|f| f.basic_type).collect();
    let static_types: Vec<BasicType> =
        cf.fields.iter().filter(|f| !is_instance_field(f)).map(|f| f.basic_type).collect();
    let (layout, instance_offsets) = layout_instance(&parent_layout, &instance_types);
    let is_mirror_class = name == JAVA_LANG_CLASS && loader.is_boot();
    let mirror_base = if is_mirror_class {
        layout.fields_end
    } else {
        match vm.boot_loader().find_loaded(JAVA_LANG_CLASS) {
            Some(c) => c.layout().fields_end,
            None if static_types.is_empty() => HEADER_SIZE as u32,
            None => {
                return Err(thread.throw_new(
                    "java/lang/InternalError",
                    Some(&format!("{name} has static fields but is defined before java.lang.Class")),
                ));
            }
        }
    };
    let (static_offsets, static_end, static_run) = layout_block(mirror_base, &static_types);
    let statics =
        StaticLayout { mirror_size: crema_gc::align_object_size(static_end as usize) as u32, ref_run: static_run };
    let (mut next_instance, mut next_static) = (instance_offsets.into_iter(), static_offsets.into_iter());
    let fields: Box<[Field]> = cf
        .fields
        .iter()
        .map(|f| Field {
            name: f.name.clone(),
            descriptor: f.descriptor.clone(),
            access: f.access,
            basic_type: f.basic_type,
            offset: if f.access & access::STATIC == 0 { next_instance.next() } else { next_static.next() }
                .expect("one offset per field"),
            constant_value: f.constant_value,
        })
        .collect();

    let object_kind = if is_mirror_class {
        let class_offset =
            fields.iter().find(|f| &*f.name == "vmClass" && &*f.descriptor == "J" && !f.is_static()).map(|f| f.offset);
        match class_offset {
            Some(class_offset) => ObjectKind::Mirror { class_offset },
            None => {
                return Err(thread.throw_new(
                    "java/lang/InternalError",
                    Some("java.lang.Class must declare the hidden field 'long vmClass'"),
                ));
            }
        }
    } else {
        reference_kind(loader, name, super_class)
    };

    let ClassFile {
        major,
        constant_pool,
        access: class_access,
        name: class_name,
        methods: method_infos,
        source_file,
        bootstrap_methods,
        inner_classes,
        ..
    } = cf;
    let cp_len = constant_pool.len();
    let mut class = Box::new(Class {
        name: class_name,
        access: class_access,
        kind: ClassKind::Instance,
        object_kind,
        super_class,
        local_interfaces: local_interfaces.into(),
        all_interfaces: all_interfaces.into(),
        primary_supers: Box::new([]),
        loader,
        fields,
        methods: Box::new([]),
        vtable: Box::new([]),
        itable: Box::new([]),
        layout,
        statics,
        constant_pool,
        cp_cache: CpCache::new(cp_len),
        source_file,
        bootstrap_methods: bootstrap_methods.into(),
        inner_classes: inner_classes.into(),
        major_version: major,
        init_state: AtomicU8::new(InitState::Linked as u8),
        mirror: OopCell::empty(),
        array_class: OnceLock::new(),
        hidden: AtomicBool::new(false),
    });
    let this = ClassRef::new(&class);
    let mut supers = super_class.map(|s| s.primary_supers.to_vec()).unwrap_or_default();
    if is_interface {
        supers.truncate(1);
    }
    supers.push(this);
    class.primary_supers = supers.into();

    class.methods = method_infos
        .into_iter()
        .map(|m| Method {
            class: this,
            arg_slots: m.parsed_descriptor.param_slots + u16::from(m.access & access::STATIC == 0),
            name: m.name,
            descriptor: m.descriptor,
            access: m.access,
            signature: m.parsed_descriptor,
            code: m.code,
            vtable_index: -1,
            itable_index: -1,
            prepared: OnceLock::new(),
            native: OnceLock::new(),
            ref_maps: OnceLock::new(),
            jit: Default::default(),
        })
        .collect();
    if is_interface {
        let mut next = 0;
        for m in class.methods.iter_mut() {
            if m.is_virtual() {
                m.itable_index = next;
                next += 1;
            }
        }
    }
    let (vtable, indices) =
        build_vtable(&class).map_err(|msg| thread.throw_new("java/lang/VerifyError", Some(&msg)))?;
    for (m, index) in class.methods.iter_mut().zip(indices) {
        m.vtable_index = index;
    }
    class.vtable = vtable.into();
    class.itable = build_itable(&class).into();

    let name = class.name.clone();
    let class = loader.add_class(class);
    if is_mirror_class || vm.boot_loader().find_loaded(JAVA_LANG_CLASS).is_some() {
        if let Err(p) = create_mirror(thread, class) {
            loader.forget(&name);
            return Err(p);
        }
    } else {
        vm.deferred_mirrors.lock().unwrap().push(class);
    }
    Ok(class)
}

/// The object kind of an ordinary class: a `Reference` kind for
/// `java.lang.ref.{Soft,Weak,Phantom}Reference` (of the boot loader) and
/// their subclasses, `Instance` otherwise.
fn reference_kind(loader: LoaderRef, name: &str, super_class: Option<ClassRef>) -> ObjectKind {
    let Some(sup) = super_class else { return ObjectKind::Instance };
    if let kind @ ObjectKind::Reference { .. } = sup.object_kind() {
        return kind;
    }
    let kind = match name {
        "java/lang/ref/SoftReference" => ReferenceKind::Soft,
        "java/lang/ref/WeakReference" => ReferenceKind::Weak,
        "java/lang/ref/PhantomReference" => ReferenceKind::Phantom,
        _ => return ObjectKind::Instance,
    };
    let referent = sup.fields().iter().find(|f| &*f.name == "referent" && !f.is_static());
    match referent {
        Some(f) if loader.is_boot() && sup.name() == "java/lang/ref/Reference" => {
            ObjectKind::Reference { kind, referent_offset: f.offset }
        }
        _ => ObjectKind::Instance,
    }
}

/// Creates `class`'s mirror and sets its `ConstantValue` statics.
pub fn create_mirror(thread: &JavaThread, class: ClassRef) -> JResult<()> {
    let vm = thread.vm();
    let class_class =
        vm.boot_loader().find_loaded(JAVA_LANG_CLASS).expect("java/lang/Class is loaded before any mirror is made");
    let ObjectKind::Mirror { class_offset } = class_class.object_kind() else {
        unreachable!("java/lang/Class has the mirror layout");
    };
    let size = (class.statics().mirror_size as usize).max(class_class.layout().size as usize);
    let mirror = thread.alloc_object(class_class, size)?;
    oops::put_field::<i64>(mirror, class_offset as usize, class.as_ptr() as i64);
    class.mirror.set(Some(mirror));

    for f in class.fields().iter().filter(|f| f.is_static()) {
        let Some(index) = f.constant_value else {
            continue;
        };
        let offset = f.offset as usize;
        match class.constant_pool().entry(index) {
            CpEntry::Integer(v) => match f.basic_type {
                BasicType::Boolean | BasicType::Byte => oops::put_field::<i8>(class.mirror(), offset, *v as i8),
                BasicType::Char => oops::put_field::<u16>(class.mirror(), offset, *v as u16),
                BasicType::Short => oops::put_field::<i16>(class.mirror(), offset, *v as i16),
                _ => oops::put_field::<i32>(class.mirror(), offset, *v),
            },
            CpEntry::Long(v) => oops::put_field::<i64>(class.mirror(), offset, *v),
            CpEntry::Float(v) => oops::put_field::<f32>(class.mirror(), offset, *v),
            CpEntry::Double(v) => oops::put_field::<f64>(class.mirror(), offset, *v),
            CpEntry::String { utf8 } => {
                let s = thread.intern_utf16(&class.constant_pool().utf16(*utf8), None)?;
                oops::put_ref(class.mirror(), offset, Some(s));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Loads the array class `name` (`[I`, `[[Ljava/lang/String;`) for
/// `loader`.
pub(super) fn load_array_class(thread: &JavaThread, loader: LoaderRef, name: &str) -> JResult<Option<ClassRef>> {
    let component_desc = &name[1..];
    let component = match component_desc.as_bytes().first() {
        Some(b'[') => load_class(thread, loader, component_desc)?,
        Some(b'L') if component_desc.len() > 2 && component_desc.ends_with(';') => {
            load_class(thread, loader, &component_desc[1..component_desc.len() - 1])?
        }
        Some(&c) if component_desc.len() == 1 => match BasicType::from_descriptor_char(c) {
            Some(BasicType::Void) | None => None,
            Some(t) => Some(primitive_class(thread, t)),
        },
        _ => None,
    };
    match component {
        Some(c) => {
            let array = array_class_of(thread, c)?;
            if array.loader() != loader {
                loader.record_initiated(array);
            }
            Ok(Some(array))
        }
        None => Ok(None),
    }
}

/// The class of arrays of `component`, created on first use.
pub fn array_class_of(thread: &JavaThread, component: ClassRef) -> JResult<ClassRef> {
    if let Some(a) = component.array_class.get() {
        return Ok(*a);
    }
    let vm = thread.vm();
    let name = match component.kind() {
        ClassKind::Primitive(t) => format!("[{}", t.descriptor_char()),
        ClassKind::Array { .. } => format!("[{}", component.name()),
        ClassKind::Instance => format!("[L{};", component.name()),
    };
    let dimensions = match component.kind() {
        ClassKind::Array { dimensions, .. } => dimensions.saturating_add(1),
        _ => 1,
    };
    if dimensions == u8::MAX {
        return Err(thread.throw_new("java/lang/IllegalArgumentException", Some("array dimension exceeds 255")));
    }
    let object = vm.load_boot_class(thread, "java/lang/Object")?;
    let cloneable = vm.load_boot_class(thread, "java/lang/Cloneable")?;
    let serializable = vm.load_boot_class(thread, "java/io/Serializable")?;
    let loader = if component.is_primitive() { vm.boot_loader() } else { component.loader() };
    let interfaces: Box<[ClassRef]> = Box::new([cloneable, serializable]);
    let mut class = Box::new(Class {
        name: name.into(),
        access: access::PUBLIC | access::FINAL | access::ABSTRACT,
        kind: ClassKind::Array { component, dimensions },
        object_kind: ObjectKind::Array { element: component.basic_type() },
        super_class: Some(object),
        local_interfaces: interfaces.clone(),
        all_interfaces: interfaces,
        primary_supers: Box::new([]),
        loader,
        fields: Box::new([]),
        methods: Box::new([]),
        vtable: object.vtable().into(),
        itable: Box::new([]),
        layout: InstanceLayout::default(),
        statics: StaticLayout::default(),
        constant_pool: Default::default(),
        cp_cache: CpCache::default(),
        source_file: None,
        bootstrap_methods: Box::new([]),
        inner_classes: Box::new([]),
        major_version: 0,
        init_state: AtomicU8::new(InitState::Initialized as u8),
        mirror: OopCell::empty(),
        array_class: OnceLock::new(),
        hidden: AtomicBool::new(false),
    });
    let this = ClassRef::new(&class);
    class.primary_supers = Box::new([object, this]);
    let array = loader.add_class(class);
    if let Err(p) = create_mirror(thread, array) {
        loader.forget(array.name());
        return Err(p);
    }
    let _ = component.array_class.set(array);
    Ok(*component.array_class.get().expect("just set"))
}

/// The class of primitive type `t` (`int`, `void`, ...).
pub fn primitive_class(thread: &JavaThread, t: BasicType) -> ClassRef {
    thread.vm().primitive_class(t)
}

/// Builds the nine primitive classes (bootstrap, after `java/lang/Class`).
pub(crate) fn define_primitives(thread: &JavaThread) -> JResult<Vec<ClassRef>> {
    let vm = thread.vm();
    let boot = vm.boot_loader();
    let mut out = Vec::new();
    for t in BasicType::PRIMITIVES.into_iter().chain([BasicType::Void]) {
        let mut class = Box::new(Class {
            name: t.java_name().into(),
            access: access::PUBLIC | access::FINAL | access::ABSTRACT,
            kind: ClassKind::Primitive(t),
            object_kind: ObjectKind::None,
            super_class: None,
            local_interfaces: Box::new([]),
            all_interfaces: Box::new([]),
            primary_supers: Box::new([]),
            loader: boot,
            fields: Box::new([]),
            methods: Box::new([]),
            vtable: Box::new([]),
            itable: Box::new([]),
            layout: InstanceLayout::default(),
            statics: StaticLayout::default(),
            constant_pool: Default::default(),
            cp_cache: CpCache::default(),
            source_file: None,
            bootstrap_methods: Box::new([]),
            inner_classes: Box::new([]),
            major_version: 0,
            init_state: AtomicU8::new(InitState::Initialized as u8),
            mirror: OopCell::empty(),
            array_class: OnceLock::new(),
            hidden: AtomicBool::new(false),
        });
        class.primary_supers = Box::new([ClassRef::new(&class)]);
        // Primitive classes are owned by the boot loader but are not in its
        // dictionary: no class file may be loaded under the name `int`.
        let class = boot.add_class(class);
        boot.forget(class.name());
        create_mirror(thread, class)?;
        out.push(class);
    }
    Ok(out)
}
