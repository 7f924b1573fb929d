//! A small class-file writer: a constant pool that deduplicates entries,
//! fields, and methods whose code comes from an assembler with labels.
//!
//! Used wherever crema makes classes itself: the classes the VM spins for
//! lambdas (`runtime::indy`), unit tests' class worlds (`testing`), and
//! the tools' generated classes (the unload stress tool, tests of code
//! javac cannot produce).
//!
//! It writes version 49 class files by default (no `StackMapTable`
//! needed, so HotSpot verifies them with its old verifier too, and
//! `jsr`/`ret` are allowed). Every index fits in a `u16`; the writer does
//! not check limits beyond that. Opcodes are those of
//! [`crate::bytecode::opcodes`].

use std::collections::HashMap;

use crate::bytecode::opcodes::*;

/// Constant-pool entries, deduplicated by their encoded bytes.
#[derive(Default)]
pub struct ConstantPool {
    entries: Vec<Vec<u8>>,
    /// Slots taken so far (`long`/`double` take two).
    slots: u16,
    index: HashMap<Vec<u8>, u16>,
}

impl ConstantPool {
    fn add(&mut self, bytes: Vec<u8>) -> u16 {
        if let Some(&i) = self.index.get(&bytes) {
            return i;
        }
        let i = self.slots + 1;
        self.slots += if matches!(bytes[0], 5 | 6) { 2 } else { 1 };
        self.index.insert(bytes.clone(), i);
        self.entries.push(bytes);
        i
    }

    /// A `CONSTANT_Utf8` (modified UTF-8: `\0` and supplementary
    /// characters are encoded as the JVM reads them).
    pub fn utf8(&mut self, s: &str) -> u16 {
        let mut text = Vec::with_capacity(s.len());
        for unit in s.encode_utf16() {
            match unit {
                0x0001..=0x007f => text.push(unit as u8),
                0x0000 | 0x0080..=0x07ff => {
                    text.push(0xc0 | (unit >> 6) as u8);
                    text.push(0x80 | (unit & 0x3f) as u8);
                }
                _ => {
                    text.push(0xe0 | (unit >> 12) as u8);
                    text.push(0x80 | ((unit >> 6) & 0x3f) as u8);
                    text.push(0x80 | (unit & 0x3f) as u8);
                }
            }
        }
        let mut b = vec![1];
        b.extend((text.len() as u16).to_be_bytes());
        b.extend(text);
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

    pub fn long(&mut self, v: i64) -> u16 {
        self.add([&[5u8][..], &v.to_be_bytes()].concat())
    }

    pub fn name_and_type(&mut self, name: &str, desc: &str) -> u16 {
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
        self.code.extend([IINC, local, by as u8]);
        self
    }

    pub fn invokeinterface(&mut self, index: u16, arg_slots: u8) -> &mut Asm {
        self.op2(INVOKEINTERFACE, index);
        self.code.extend([arg_slots, 0]);
        self
    }

    /// Pushes the `int` constant `v` in the shortest form.
    pub fn iconst(&mut self, v: i32) -> &mut Asm {
        match v {
            -1..=5 => self.op((ICONST_0 as i32 + v) as u8),
            -128..=127 => self.op1(BIPUSH, v as u8),
            -32768..=32767 => self.op2(SIPUSH, v as u16),
            _ => panic!("iconst {v} needs the constant pool"),
        }
    }

    pub fn new_label(&mut self) -> usize {
        self.labels.push(None);
        self.labels.len() - 1
    }

    pub fn bind(&mut self, label: usize) -> &mut Asm {
        self.labels[label] = Some(self.code.len());
        self
    }

    /// A branch (`goto`, `if_icmpge`, `jsr`, ...) to `label`.
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

/// A method's code: operand-stack and local sizes and the bytecode.
pub struct Code {
    pub max_stack: u16,
    pub max_locals: u16,
    pub bytes: Vec<u8>,
}

struct MethodSpec {
    flags: u16,
    name: String,
    desc: String,
    code: Option<Code>,
}

/// A class being written.
pub struct ClassWriter {
    pub cp: ConstantPool,
    name: String,
    super_name: Option<String>,
    flags: u16,
    major: u16,
    interfaces: Vec<String>,
    fields: Vec<(u16, String, String)>,
    methods: Vec<MethodSpec>,
}

impl ClassWriter {
    /// A public class `name` extending `super_name` (`None` only for
    /// `java/lang/Object`).
    pub fn new(name: &str, super_name: Option<&str>) -> ClassWriter {
        ClassWriter {
            cp: ConstantPool::default(),
            name: name.into(),
            super_name: super_name.map(Into::into),
            flags: super::access::PUBLIC | super::access::SUPER,
            major: 49,
            interfaces: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Replaces the class's access flags.
    pub fn set_flags(&mut self, flags: u16) {
        self.flags = flags;
    }

    /// Sets the class-file major version (49 by default).
    pub fn set_version(&mut self, major: u16) {
        self.major = major;
    }

    pub fn implements(&mut self, interface: &str) {
        self.interfaces.push(interface.into());
    }

    pub fn field(&mut self, flags: u16, name: &str, desc: &str) {
        self.fields.push((flags, name.into(), desc.into()));
    }

    /// A method with code (`None` for abstract and native methods).
    pub fn method(&mut self, flags: u16, name: &str, desc: &str, code: Option<Code>) {
        self.methods.push(MethodSpec { flags, name: name.into(), desc: desc.into(), code });
    }

    /// A method with the given code.
    pub fn code(&mut self, flags: u16, name: &str, desc: &str, max_stack: u16, max_locals: u16, bytes: Vec<u8>) {
        self.method(flags, name, desc, Some(Code { max_stack, max_locals, bytes }));
    }

    /// The class file's bytes.
    pub fn finish(mut self) -> Vec<u8> {
        let this = self.cp.class(&self.name);
        let sup = match self.super_name.take() {
            Some(s) => self.cp.class(&s),
            None => 0,
        };
        let interfaces: Vec<u16> = std::mem::take(&mut self.interfaces).iter().map(|i| self.cp.class(i)).collect();
        let fields: Vec<(u16, u16, u16)> =
            std::mem::take(&mut self.fields).iter().map(|(f, n, d)| (*f, self.cp.utf8(n), self.cp.utf8(d))).collect();
        let code_attr = self.cp.utf8("Code");
        let methods: Vec<(u16, u16, u16, Option<Code>)> = std::mem::take(&mut self.methods)
            .into_iter()
            .map(|m| (m.flags, self.cp.utf8(&m.name), self.cp.utf8(&m.desc), m.code))
            .collect();

        let mut out = Vec::new();
        out.extend(0xCAFE_BABEu32.to_be_bytes());
        out.extend(0u16.to_be_bytes());
        out.extend(self.major.to_be_bytes());
        out.extend((self.cp.slots + 1).to_be_bytes());
        for e in &self.cp.entries {
            out.extend(e);
        }
        out.extend(self.flags.to_be_bytes());
        out.extend(this.to_be_bytes());
        out.extend(sup.to_be_bytes());
        out.extend((interfaces.len() as u16).to_be_bytes());
        for i in interfaces {
            out.extend(i.to_be_bytes());
        }
        out.extend((fields.len() as u16).to_be_bytes());
        for (f, n, d) in fields {
            for v in [f, n, d, 0] {
                out.extend(v.to_be_bytes());
            }
        }
        out.extend((methods.len() as u16).to_be_bytes());
        for (f, n, d, code) in methods {
            for v in [f, n, d] {
                out.extend(v.to_be_bytes());
            }
            match code {
                None => out.extend(0u16.to_be_bytes()),
                Some(code) => {
                    out.extend(1u16.to_be_bytes());
                    out.extend(code_attr.to_be_bytes());
                    out.extend((12 + code.bytes.len() as u32).to_be_bytes());
                    out.extend(code.max_stack.to_be_bytes());
                    out.extend(code.max_locals.to_be_bytes());
                    out.extend((code.bytes.len() as u32).to_be_bytes());
                    out.extend(&code.bytes);
                    out.extend(0u16.to_be_bytes()); // no exception table
                    out.extend(0u16.to_be_bytes()); // no attributes
                }
            }
        }
        out.extend(0u16.to_be_bytes());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classfile::{access, parse_class_file};

    #[test]
    fn written_classes_parse() {
        let mut w = ClassWriter::new("p/Gen", Some("java/lang/Object"));
        w.implements("java/lang/Runnable");
        w.field(access::PRIVATE, "x", "J");
        let big = w.cp.long(1 << 40);
        let text = w.cp.string("caf\u{e9} \u{1F600} \0");
        let mut a = Asm::default();
        let done = a.new_label();
        a.op2(LDC2_W, big).op(POP2).op2(LDC_W, text).op(POP).iconst(300).op(POP).branch(GOTO, done);
        a.bind(done).op(RETURN);
        w.method(access::PUBLIC, "run", "()V", Some(Code { max_stack: 2, max_locals: 1, bytes: a.finish() }));
        w.method(access::PUBLIC | access::ABSTRACT, "f", "()I", None);
        let cf = parse_class_file(&w.finish(), "p/Gen").expect("a valid class file");
        assert_eq!(&*cf.name, "p/Gen");
        assert_eq!(cf.methods.len(), 2);
        assert_eq!(cf.major, 49);
    }
}
