//! The constant pool of a class file (JVMS §4.4), as the VM keeps it.
//!
//! Entries are immutable after parsing, and parsing has checked every
//! cross-reference between them (a `Class` entry names a `Utf8`, a
//! `Methodref` a `Class` and a `NameAndType`, ...), so the accessors here
//! index without re-checking and return `&str`s borrowed from the pool.
//! Indices that come from bytecode are checked by the bytecode decoder
//! against the tag the instruction needs, with [`ConstantPool::tag_at`].
//!
//! What resolution produces (classes, fields, methods, strings, call sites)
//! is not kept here: it lives in the class's resolved-entry cache
//! (`metadata::constant_pool_cache`).

/// One constant-pool entry.
#[derive(Clone, Debug, PartialEq)]
pub enum CpEntry {
    /// Index 0 and the second half of a long or double.
    Unusable,
    Utf8(Box<str>),
    Integer(i32),
    Float(f32),
    Long(i64),
    Double(f64),
    Class {
        name: u16,
    },
    String {
        utf8: u16,
    },
    FieldRef {
        class: u16,
        name_and_type: u16,
    },
    MethodRef {
        class: u16,
        name_and_type: u16,
    },
    InterfaceMethodRef {
        class: u16,
        name_and_type: u16,
    },
    NameAndType {
        name: u16,
        descriptor: u16,
    },
    MethodHandle {
        kind: u8,
        reference: u16,
    },
    MethodType {
        descriptor: u16,
    },
    InvokeDynamic {
        bootstrap: u16,
        name_and_type: u16,
    },
}

impl CpEntry {
    /// `(class, name_and_type)` of a field, method or interface method
    /// reference.
    pub fn member_parts(&self) -> Option<(u16, u16)> {
        match *self {
            CpEntry::FieldRef { class, name_and_type }
            | CpEntry::MethodRef { class, name_and_type }
            | CpEntry::InterfaceMethodRef { class, name_and_type } => Some((class, name_and_type)),
            _ => None,
        }
    }
}

/// Which kind of entry an index holds, for operand checks.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CpTag {
    Unusable,
    Utf8,
    Integer,
    Float,
    Long,
    Double,
    Class,
    String,
    FieldRef,
    MethodRef,
    InterfaceMethodRef,
    NameAndType,
    MethodHandle,
    MethodType,
    InvokeDynamic,
}

/// A symbolic reference to a field or method: its class, name and
/// descriptor, all borrowed from the pool.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct MemberRef<'a> {
    pub class_name: &'a str,
    pub name: &'a str,
    pub descriptor: &'a str,
}

/// A parsed, cross-checked constant pool.
#[derive(Debug, Default)]
pub struct ConstantPool {
    entries: Box<[CpEntry]>,
    /// The exact UTF-16 text of the `Utf8` entries a Rust string cannot
    /// hold (lone surrogates), by index; their `Utf8` entry has U+FFFD in
    /// those places. Usually empty.
    exact_text: Box<[(u16, Box<[u16]>)]>,
}

impl ConstantPool {
    pub(crate) fn new(entries: Vec<CpEntry>, exact_text: Vec<(u16, Box<[u16]>)>) -> ConstantPool {
        ConstantPool { entries: entries.into_boxed_slice(), exact_text: exact_text.into_boxed_slice() }
    }

    /// The number of slots, index 0 included (`constant_pool_count`).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.len() <= 1
    }

    pub fn entry(&self, index: u16) -> &CpEntry {
        &self.entries[index as usize]
    }

    /// The tag at `index`, or `None` when it is out of range.
    pub fn tag_at(&self, index: u16) -> Option<CpTag> {
        Some(match self.entries.get(index as usize)? {
            CpEntry::Unusable => CpTag::Unusable,
            CpEntry::Utf8(_) => CpTag::Utf8,
            CpEntry::Integer(_) => CpTag::Integer,
            CpEntry::Float(_) => CpTag::Float,
            CpEntry::Long(_) => CpTag::Long,
            CpEntry::Double(_) => CpTag::Double,
            CpEntry::Class { .. } => CpTag::Class,
            CpEntry::String { .. } => CpTag::String,
            CpEntry::FieldRef { .. } => CpTag::FieldRef,
            CpEntry::MethodRef { .. } => CpTag::MethodRef,
            CpEntry::InterfaceMethodRef { .. } => CpTag::InterfaceMethodRef,
            CpEntry::NameAndType { .. } => CpTag::NameAndType,
            CpEntry::MethodHandle { .. } => CpTag::MethodHandle,
            CpEntry::MethodType { .. } => CpTag::MethodType,
            CpEntry::InvokeDynamic { .. } => CpTag::InvokeDynamic,
        })
    }

    /// The text of a `Utf8` entry.
    pub fn utf8(&self, index: u16) -> &str {
        match self.entry(index) {
            CpEntry::Utf8(s) => s,
            other => panic!("constant pool entry {index} is {other:?}, not Utf8"),
        }
    }

    /// The internal name of the class a `Class` entry names.
    pub fn class_name(&self, index: u16) -> &str {
        match self.entry(index) {
            CpEntry::Class { name } => self.utf8(*name),
            other => panic!("constant pool entry {index} is {other:?}, not Class"),
        }
    }

    /// The text of a `String` entry.
    pub fn string(&self, index: u16) -> &str {
        match self.entry(index) {
            CpEntry::String { utf8 } => self.utf8(*utf8),
            other => panic!("constant pool entry {index} is {other:?}, not String"),
        }
    }

    /// The exact UTF-16 text of a `Utf8` entry (lone surrogates kept), as a
    /// `String` constant made from it holds.
    pub fn utf16(&self, index: u16) -> std::borrow::Cow<'_, [u16]> {
        match self.exact_text.iter().find(|(i, _)| *i == index) {
            Some((_, units)) => std::borrow::Cow::Borrowed(units),
            None => std::borrow::Cow::Owned(self.utf8(index).encode_utf16().collect()),
        }
    }

    /// The exact UTF-16 text of a `String` entry.
    pub fn string_utf16(&self, index: u16) -> std::borrow::Cow<'_, [u16]> {
        match self.entry(index) {
            CpEntry::String { utf8 } => self.utf16(*utf8),
            other => panic!("constant pool entry {index} is {other:?}, not String"),
        }
    }

    /// `(name, descriptor)` of a `NameAndType` entry.
    pub fn name_and_type(&self, index: u16) -> (&str, &str) {
        match self.entry(index) {
            CpEntry::NameAndType { name, descriptor } => (self.utf8(*name), self.utf8(*descriptor)),
            other => panic!("constant pool entry {index} is {other:?}, not NameAndType"),
        }
    }

    /// The class, name and descriptor of a field, method or interface
    /// method reference.
    pub fn member_ref(&self, index: u16) -> MemberRef<'_> {
        let entry = self.entry(index);
        let Some((class, name_and_type)) = entry.member_parts() else {
            panic!("constant pool entry {index} is {entry:?}, not a member reference");
        };
        let (name, descriptor) = self.name_and_type(name_and_type);
        MemberRef { class_name: self.class_name(class), name, descriptor }
    }

    /// Checks every cross-reference between entries; returns a
    /// `ClassFormatError` message for the first bad one.
    pub(crate) fn check_references(&self) -> Result<(), String> {
        let expect = |index: u16, want: CpTag| -> Result<(), String> {
            match self.tag_at(index) {
                Some(tag) if tag == want => Ok(()),
                _ => Err(format!("Invalid constant pool index {index}")),
            }
        };
        for entry in self.entries.iter() {
            match *entry {
                CpEntry::Class { name } => expect(name, CpTag::Utf8)?,
                CpEntry::String { utf8 } => expect(utf8, CpTag::Utf8)?,
                CpEntry::FieldRef { .. } | CpEntry::MethodRef { .. } | CpEntry::InterfaceMethodRef { .. } => {
                    let (class, name_and_type) = entry.member_parts().expect("a member reference");
                    expect(class, CpTag::Class)?;
                    expect(name_and_type, CpTag::NameAndType)?;
                }
                CpEntry::NameAndType { name, descriptor } => {
                    expect(name, CpTag::Utf8)?;
                    expect(descriptor, CpTag::Utf8)?;
                }
                CpEntry::MethodHandle { kind, reference } => {
                    let ok = match kind {
                        1..=4 => self.tag_at(reference) == Some(CpTag::FieldRef),
                        5 | 8 => self.tag_at(reference) == Some(CpTag::MethodRef),
                        6 | 7 => matches!(self.tag_at(reference), Some(CpTag::MethodRef | CpTag::InterfaceMethodRef)),
                        9 => self.tag_at(reference) == Some(CpTag::InterfaceMethodRef),
                        _ => false,
                    };
                    if !ok {
                        return Err(format!("Bad method handle kind {kind} or reference {reference}"));
                    }
                }
                CpEntry::MethodType { descriptor } => expect(descriptor, CpTag::Utf8)?,
                CpEntry::InvokeDynamic { name_and_type, .. } => expect(name_and_type, CpTag::NameAndType)?,
                _ => {}
            }
        }
        Ok(())
    }
}
