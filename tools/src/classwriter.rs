//! A small class-file writer: a constant pool that deduplicates entries,
//! fields, and methods whose code comes from a tiny assembler with labels.
//!
//! It writes version 49 class files (no `StackMapTable` needed, so HotSpot
//! verifies them with its old verifier too, and `jsr`/`ret` are allowed)
//! and only what the stress classes and tests use. Every index fits in a `u16`; the writer does not check
//! limits beyond that.

use std::collections::HashMap;

/// Constant-pool entries, deduplicated by their encoded bytes.
#[derive(Default)]
pub struct ConstantPool {
    entries: Vec<Vec<u8>>,
    index: HashMap<Vec<u8>, u16>,
}

impl ConstantPool {
    fn add(&mut self, bytes: Vec<u8>) -> u16 {
        if let Some(&i) = self.index.get(&bytes) {
            return i;
        }
        let i = self.entries.len() as u16 + 1;
        self.index.insert(bytes.clone(), i);
        self.entries.push(bytes);
        i
    }

    pub fn utf8(&mut self, s: &str) -> u16 {
        let mut b = vec![1];
        b.extend((s.len() as u16).to_be_bytes());
        b.extend(s.as_bytes());
        self.add(b)
    }

    pub fn class(&mut self, name: &str) -> u16 {
        let n = self.utf8(name);
        self.add([&[7u8][..], &n.to_be_bytes()].concat())
    }

    pub fn string(&mut self, s: &str) -> u16 {
        let n = self.utf8(s);
        self.add([&[8u8][..], &n.to_be_bytes()].concat())
    }

    pub fn integer(&mut self, v: i32) -> u16 {
        self.add([&[3u8][..], &v.to_be_bytes()].concat())
    }

    fn name_and_type(&mut self, name: &str, desc: &str) -> u16 {
        let (n, d) = (self.utf8(name), self.utf8(desc));
        self.add([&[12u8][..], &n.to_be_bytes(), &d.to_be_bytes()].concat())
    }

    fn member(&mut self, tag: u8, class: &str, name: &str, desc: &str) -> u16 {
        let (c, nt) = (self.class(class), self.name_and_type(name, desc));
        self.add([&[tag][..], &c.to_be_bytes(), &nt.to_be_bytes()].concat())
    }

    pub fn field(&mut self, class: &str, name: &str, desc: &str) -> u16 {
        self.member(9, class, name, desc)
    }

    pub fn method(&mut self, class: &str, name: &str, desc: &str) -> u16 {
        self.member(10, class, name, desc)
    }

    pub fn interface_method(&mut self, class: &str, name: &str, desc: &str) -> u16 {
        self.member(11, class, name, desc)
    }
}

/// JVM opcodes the stress classes use.
pub mod op {
    pub const ACONST_NULL: u8 = 0x01;
    pub const ICONST_0: u8 = 0x03;
    pub const ICONST_3: u8 = 0x06;
    pub const LCONST_0: u8 = 0x09;
    pub const BIPUSH: u8 = 0x10;
    pub const SIPUSH: u8 = 0x11;
    pub const LDC_W: u8 = 0x13;
    pub const ILOAD: u8 = 0x15;
    pub const ALOAD: u8 = 0x19;
    pub const ILOAD_1: u8 = 0x1b;
    pub const LLOAD_2: u8 = 0x20;
    pub const ALOAD_0: u8 = 0x2a;
    pub const ALOAD_1: u8 = 0x2b;
    pub const ALOAD_2: u8 = 0x2c;
    pub const AALOAD: u8 = 0x32;
    pub const ISTORE: u8 = 0x36;
    pub const ASTORE: u8 = 0x3a;
    pub const LSTORE_2: u8 = 0x41;
    pub const IADD: u8 = 0x60;
    pub const LADD: u8 = 0x61;
    pub const IMUL: u8 = 0x68;
    pub const IREM: u8 = 0x70;
    pub const IXOR: u8 = 0x82;
    pub const IINC: u8 = 0x84;
    pub const I2L: u8 = 0x85;
    pub const IF_ICMPGE: u8 = 0xa2;
    pub const GOTO: u8 = 0xa7;
    pub const JSR: u8 = 0xa8;
    pub const RET: u8 = 0xa9;
    pub const IRETURN: u8 = 0xac;
    pub const LRETURN: u8 = 0xad;
    pub const ARETURN: u8 = 0xb0;
    pub const RETURN: u8 = 0xb1;
    pub const GETSTATIC: u8 = 0xb2;
    pub const PUTSTATIC: u8 = 0xb3;
    pub const GETFIELD: u8 = 0xb4;
    pub const PUTFIELD: u8 = 0xb5;
    pub const INVOKEVIRTUAL: u8 = 0xb6;
    pub const INVOKESPECIAL: u8 = 0xb7;
    pub const INVOKESTATIC: u8 = 0xb8;
    pub const INVOKEINTERFACE: u8 = 0xb9;
    pub const ARRAYLENGTH: u8 = 0xbe;
    pub const CHECKCAST: u8 = 0xc0;
    pub const INSTANCEOF: u8 = 0xc1;
}

/// Bytecode with forward and backward branches to labels.
#[derive(Default)]
pub struct Asm {
    code: Vec<u8>,
    labels: Vec<Option<usize>>,
    /// (offset of the branch opcode, label)
    fixups: Vec<(usize, usize)>,
}

impl Asm {
    pub fn op(&mut self, op: u8) -> &mut Asm {
        self.code.push(op);
        self
    }

    /// An opcode with a one-byte operand.
    pub fn op1(&mut self, op: u8, a: u8) -> &mut Asm {
        self.code.extend([op, a]);
        self
    }

    /// An opcode with a two-byte operand (a constant-pool index).
    pub fn op2(&mut self, op: u8, index: u16) -> &mut Asm {
        self.code.push(op);
        self.code.extend(index.to_be_bytes());
        self
    }

    pub fn iinc(&mut self, local: u8, by: i8) -> &mut Asm {
        self.code.extend([op::IINC, local, by as u8]);
        self
    }

    pub fn invokeinterface(&mut self, index: u16, arg_slots: u8) -> &mut Asm {
        self.op2(op::INVOKEINTERFACE, index);
        self.code.extend([arg_slots, 0]);
        self
    }

    pub fn new_label(&mut self) -> usize {
        self.labels.push(None);
        self.labels.len() - 1
    }

    pub fn bind(&mut self, label: usize) -> &mut Asm {
        self.labels[label] = Some(self.code.len());
        self
    }

    /// A branch (`goto`, `if_icmpge`, ...) to `label`.
    pub fn branch(&mut self, op: u8, label: usize) -> &mut Asm {
        self.fixups.push((self.code.len(), label));
        self.code.extend([op, 0, 0]);
        self
    }

    /// The finished code, branches resolved.
    pub fn finish(mut self) -> Vec<u8> {
        for (at, label) in std::mem::take(&mut self.fixups) {
            let target = self.labels[label].expect("every label is bound");
            let offset = (target as i64 - at as i64) as i16;
            self.code[at + 1..at + 3].copy_from_slice(&offset.to_be_bytes());
        }
        self.code
    }
}

/// A class being written.
pub struct ClassWriter {
    pub cp: ConstantPool,
    name: String,
    super_name: String,
    interfaces: Vec<String>,
    fields: Vec<(u16, String, String)>,
    /// (flags, name, descriptor, max_stack, max_locals, code)
    methods: Vec<(u16, String, String, u16, u16, Vec<u8>)>,
}

pub const ACC_PUBLIC: u16 = 0x0001;
pub const ACC_STATIC: u16 = 0x0008;
const ACC_SUPER: u16 = 0x0020;

impl ClassWriter {
    pub fn new(name: &str, super_name: &str) -> ClassWriter {
        ClassWriter {
            cp: ConstantPool::default(),
            name: name.into(),
            super_name: super_name.into(),
            interfaces: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
        }
    }

    pub fn implements(&mut self, interface: &str) {
        self.interfaces.push(interface.into());
    }

    pub fn field(&mut self, flags: u16, name: &str, desc: &str) {
        self.fields.push((flags, name.into(), desc.into()));
    }

    pub fn method(&mut self, flags: u16, name: &str, desc: &str, max_stack: u16, max_locals: u16, code: Vec<u8>) {
        self.methods.push((flags, name.into(), desc.into(), max_stack, max_locals, code));
    }

    /// The class file's bytes.
    pub fn finish(mut self) -> Vec<u8> {
        let this = self.cp.class(&self.name);
        let sup = self.cp.class(&self.super_name);
        let interfaces: Vec<u16> = self.interfaces.iter().map(|i| self.cp.class(i)).collect();
        let fields: Vec<(u16, u16, u16)> =
            self.fields.iter().map(|(f, n, d)| (*f, self.cp.utf8(n), self.cp.utf8(d))).collect();
        let code_attr = self.cp.utf8("Code");
        let methods: Vec<(u16, u16, u16, u16, u16, Vec<u8>)> = std::mem::take(&mut self.methods)
            .into_iter()
            .map(|(f, n, d, s, l, c)| (f, self.cp.utf8(&n), self.cp.utf8(&d), s, l, c))
            .collect();

        let mut out = Vec::new();
        out.extend(0xCAFE_BABEu32.to_be_bytes());
        out.extend(0u16.to_be_bytes());
        out.extend(49u16.to_be_bytes());
        out.extend((self.cp.entries.len() as u16 + 1).to_be_bytes());
        for e in &self.cp.entries {
            out.extend(e);
        }
        out.extend((ACC_PUBLIC | ACC_SUPER).to_be_bytes());
        out.extend(this.to_be_bytes());
        out.extend(sup.to_be_bytes());
        out.extend((interfaces.len() as u16).to_be_bytes());
        for i in interfaces {
            out.extend(i.to_be_bytes());
        }
        out.extend((fields.len() as u16).to_be_bytes());
        for (f, n, d) in fields {
            out.extend(f.to_be_bytes());
            out.extend(n.to_be_bytes());
            out.extend(d.to_be_bytes());
            out.extend(0u16.to_be_bytes());
        }
        out.extend((methods.len() as u16).to_be_bytes());
        for (f, n, d, max_stack, max_locals, code) in methods {
            out.extend(f.to_be_bytes());
            out.extend(n.to_be_bytes());
            out.extend(d.to_be_bytes());
            out.extend(1u16.to_be_bytes());
            out.extend(code_attr.to_be_bytes());
            out.extend((12 + code.len() as u32).to_be_bytes());
            out.extend(max_stack.to_be_bytes());
            out.extend(max_locals.to_be_bytes());
            out.extend((code.len() as u32).to_be_bytes());
            out.extend(&code);
            out.extend(0u16.to_be_bytes());
            out.extend(0u16.to_be_bytes());
        }
        out.extend(0u16.to_be_bytes());
        out
    }
}
