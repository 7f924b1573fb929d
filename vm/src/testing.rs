//! Test support: a class-file writer and a small in-memory class world.
//!
//! Unit tests describe classes with [`ClassBuilder`] (fields, methods,
//! bytecode), and load them into a VM whose boot source is a map of those
//! class files, without the real class library. Only what linking needs
//! exists there: `java/lang/Object` and `java/lang/Class`.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::classfile::access;
use crate::loader::{ClassSource, load_class};
use crate::metadata::ClassRef;
use crate::runtime::{JavaThread, NativeRegistry, Vm, VmOptions};

/// A method: flags, name, descriptor, and (max_stack, max_locals, code).
type MethodSpec = (u16, String, String, Option<(u16, u16, Vec<u8>)>);

/// Builds one class file.
pub struct ClassBuilder {
    name: String,
    super_name: Option<String>,
    access: u16,
    interfaces: Vec<String>,
    cp: Vec<Vec<u8>>,
    utf8: HashMap<String, u16>,
    fields: Vec<(u16, String, String)>,
    methods: Vec<MethodSpec>,
    major: u16,
}

impl ClassBuilder {
    pub fn new(name: &str, super_name: Option<&str>) -> ClassBuilder {
        ClassBuilder {
            name: name.into(),
            super_name: super_name.map(Into::into),
            access: access::PUBLIC | access::SUPER,
            interfaces: Vec::new(),
            cp: Vec::new(),
            utf8: HashMap::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            major: 61,
        }
    }

    pub fn interface(name: &str) -> ClassBuilder {
        let mut b = ClassBuilder::new(name, Some("java/lang/Object"));
        b.access = access::PUBLIC | access::INTERFACE | access::ABSTRACT;
        b
    }

    pub fn implements(mut self, interface: &str) -> ClassBuilder {
        self.interfaces.push(interface.into());
        self
    }

    pub fn field(mut self, flags: u16, name: &str, desc: &str) -> ClassBuilder {
        self.fields.push((flags, name.into(), desc.into()));
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
            Some((2, 16, ret))
        };
        self.methods.push((flags, name.into(), desc.into(), code));
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
        self.methods.push((flags, name.into(), desc.into(), Some((max_stack, max_locals, code.to_vec()))));
        self
    }

    /// Sets the class-file major version (45 for jsr/ret-era files).
    pub fn version(mut self, major: u16) -> ClassBuilder {
        self.major = major;
        self
    }

    fn utf8_index(&mut self, s: &str) -> u16 {
        if let Some(&i) = self.utf8.get(s) {
            return i;
        }
        let mut e = vec![1];
        e.extend_from_slice(&(s.len() as u16).to_be_bytes());
        e.extend_from_slice(s.as_bytes());
        self.cp.push(e);
        let i = self.cp.len() as u16;
        self.utf8.insert(s.into(), i);
        i
    }

    fn class_index(&mut self, name: &str) -> u16 {
        let n = self.utf8_index(name);
        self.cp.push(vec![7, (n >> 8) as u8, n as u8]);
        self.cp.len() as u16
    }

    pub fn build(mut self) -> (String, Vec<u8>) {
        let this = self.class_index(&self.name.clone());
        let sup = match self.super_name.clone() {
            Some(s) => self.class_index(&s),
            None => 0,
        };
        let interfaces: Vec<u16> = self.interfaces.clone().iter().map(|i| self.class_index(i)).collect();
        let fields: Vec<(u16, u16, u16)> =
            self.fields.clone().iter().map(|(f, n, d)| (*f, self.utf8_index(n), self.utf8_index(d))).collect();
        let code_name = self.utf8_index("Code");
        #[allow(clippy::type_complexity)]
        let methods: Vec<(u16, u16, u16, Option<(u16, u16, Vec<u8>)>)> = self
            .methods
            .clone()
            .into_iter()
            .map(|(f, n, d, c)| (f, self.utf8_index(&n), self.utf8_index(&d), c))
            .collect();
        let mut b = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0];
        b.extend_from_slice(&self.major.to_be_bytes());
        b.extend_from_slice(&(self.cp.len() as u16 + 1).to_be_bytes());
        for e in &self.cp {
            b.extend_from_slice(e);
        }
        b.extend_from_slice(&self.access.to_be_bytes());
        b.extend_from_slice(&this.to_be_bytes());
        b.extend_from_slice(&sup.to_be_bytes());
        b.extend_from_slice(&(interfaces.len() as u16).to_be_bytes());
        for i in interfaces {
            b.extend_from_slice(&i.to_be_bytes());
        }
        b.extend_from_slice(&(fields.len() as u16).to_be_bytes());
        for (f, n, d) in fields {
            for v in [f, n, d, 0] {
                b.extend_from_slice(&v.to_be_bytes());
            }
        }
        b.extend_from_slice(&(methods.len() as u16).to_be_bytes());
        for (f, n, d, code) in methods {
            for v in [f, n, d] {
                b.extend_from_slice(&v.to_be_bytes());
            }
            match code {
                None => b.extend_from_slice(&0u16.to_be_bytes()),
                Some((max_stack, max_locals, bytes)) => {
                    b.extend_from_slice(&1u16.to_be_bytes());
                    b.extend_from_slice(&code_name.to_be_bytes());
                    b.extend_from_slice(&(12 + bytes.len() as u32).to_be_bytes());
                    b.extend_from_slice(&max_stack.to_be_bytes());
                    b.extend_from_slice(&max_locals.to_be_bytes());
                    b.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
                    b.extend_from_slice(&bytes);
                    b.extend_from_slice(&[0, 0, 0, 0]);
                }
            }
        }
        b.extend_from_slice(&[0, 0]);
        (self.name, b)
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
