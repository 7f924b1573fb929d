//! Test support: a class-file writer and a small in-memory class world.
//!
//! Unit tests describe classes with [`ClassBuilder`] (fields, methods,
//! bytecode), and load them into a VM whose boot source is a map of those
//! class files, without the real class library. Only what linking needs
//! exists there: `java/lang/Object` and `java/lang/Class`.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::classfile::access;
use crate::classfile::writer::{ClassWriter, Code};
use crate::loader::{ClassSource, load_class};
use crate::metadata::ClassRef;
use crate::runtime::{JavaThread, NativeRegistry, Vm, VmOptions};

/// Builds one class file (through [`ClassWriter`]).
pub struct ClassBuilder {
    writer: ClassWriter,
}

impl ClassBuilder {
    pub fn new(name: &str, super_name: Option<&str>) -> ClassBuilder {
        let mut writer = ClassWriter::new(name, super_name);
        writer.set_version(61);
        ClassBuilder { writer }
    }

    pub fn interface(name: &str) -> ClassBuilder {
        let mut b = ClassBuilder::new(name, Some("java/lang/Object"));
        b.writer.set_flags(access::PUBLIC | access::INTERFACE | access::ABSTRACT);
        b
    }

    pub fn implements(mut self, interface: &str) -> ClassBuilder {
        self.writer.implements(interface);
        self
    }

    pub fn field(mut self, flags: u16, name: &str, desc: &str) -> ClassBuilder {
        self.writer.field(flags, name, desc);
        self
    }

    /// An abstract (interfaces) or bodiless-but-returning method: `return`
    /// of the right kind.
    pub fn method(mut self, flags: u16, name: &str, desc: &str) -> ClassBuilder {
        let code = if flags & access::ABSTRACT != 0 {
            None
        } else {
            let ret = match desc.rsplit(')').next().unwrap() {
                "V" => vec![0xb1],
                "J" => vec![0x09, 0xad],
                "F" => vec![0x0b, 0xae],
                "D" => vec![0x0e, 0xaf],
                r if r.starts_with('L') || r.starts_with('[') => vec![0x01, 0xb0],
                _ => vec![0x03, 0xac],
            };
            Some(Code { max_stack: 2, max_locals: 16, bytes: ret })
        };
        self.writer.method(flags, name, desc, code);
        self
    }

    /// A method with the given bytecode.
    pub fn code(
        mut self,
        flags: u16,
        name: &str,
        desc: &str,
        max_stack: u16,
        max_locals: u16,
        code: &[u8],
    ) -> ClassBuilder {
        self.writer.code(flags, name, desc, max_stack, max_locals, code.to_vec());
        self
    }

    /// Sets the class-file major version (45 for jsr/ret-era files).
    pub fn version(mut self, major: u16) -> ClassBuilder {
        self.writer.set_version(major);
        self
    }

    pub fn build(self) -> (String, Vec<u8>) {
        let name = self.writer.name().to_string();
        (name, self.writer.finish())
    }
}

struct MapSource(HashMap<String, Vec<u8>>);

impl ClassSource for MapSource {
    fn find(&self, name: &str) -> Option<Cow<'_, [u8]>> {
        self.0.get(name).map(|b| Cow::Borrowed(b.as_slice()))
    }

    fn describe(&self, _: &str) -> String {
        "test".into()
    }
}

/// A VM over `classes` plus a minimal `java/lang/Object` and
/// `java/lang/Class`, and a thread to load with.
pub fn world(classes: Vec<ClassBuilder>) -> JavaThread {
    let object = ClassBuilder::new("java/lang/Object", None)
        .method(access::PUBLIC, "<init>", "()V")
        .method(access::PUBLIC, "hashCode", "()I")
        .method(access::PUBLIC, "toString", "()Ljava/lang/String;");
    let class = ClassBuilder::new("java/lang/Class", Some("java/lang/Object")).field(access::PRIVATE, "vmClass", "J");
    let map = [object, class].into_iter().chain(classes).map(ClassBuilder::build).collect();
    let mut options = VmOptions::default();
    options.heap.max_bytes = 16 << 20;
    options.heap.initial_bytes = 4 << 20;
    let vm = Vm::create(options, Box::new(MapSource(map)), NativeRegistry::new(), None).expect("a VM");
    let thread = JavaThread::new(vm, 1 << 20, 1 << 20);
    crate::runtime::genesis::define_core(&thread).expect("Object and Class load");
    thread
}

/// Loads `name` in `thread`'s world; panics if that throws or finds
/// nothing.
pub fn load(thread: &JavaThread, name: &str) -> ClassRef {
    match load_class(thread, thread.vm().boot_loader(), name) {
        Ok(Some(c)) => c,
        Ok(None) => panic!("{name} not found"),
        Err(_) => panic!("loading {name} threw"),
    }
}
