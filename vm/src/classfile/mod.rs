//! Class files (JVMS §4): parsing, descriptors, the constant pool.
//!
//! [`parse_class_file`] turns bytes into a checked [`ClassFile`]; the loader
//! turns that into runtime metadata (`crate::metadata`). Errors are
//! [`ClassFileError`]s naming the Java exception to throw. [`writer`] is
//! the other direction, for classes the VM and the tools make.

pub mod constant_pool;
pub mod descriptor;
mod parser;
pub mod writer;

pub use constant_pool::{ConstantPool, CpEntry, CpTag, MemberRef};
pub use descriptor::{BasicType, MethodDescriptor};
pub use parser::{MAX_MAJOR_VERSION, MIN_MAJOR_VERSION, parse_class_file};

/// Access and property flags (JVMS tables 4.1-B, 4.5-A, 4.6-A).
pub mod access {
    pub const PUBLIC: u16 = 0x0001;
    pub const PRIVATE: u16 = 0x0002;
    pub const PROTECTED: u16 = 0x0004;
    pub const STATIC: u16 = 0x0008;
    pub const FINAL: u16 = 0x0010;
    pub const SYNCHRONIZED: u16 = 0x0020;
    pub const SUPER: u16 = 0x0020;
    pub const VOLATILE: u16 = 0x0040;
    pub const BRIDGE: u16 = 0x0040;
    pub const TRANSIENT: u16 = 0x0080;
    pub const VARARGS: u16 = 0x0080;
    pub const NATIVE: u16 = 0x0100;
    pub const INTERFACE: u16 = 0x0200;
    pub const ABSTRACT: u16 = 0x0400;
    pub const STRICT: u16 = 0x0800;
    pub const SYNTHETIC: u16 = 0x1000;
    pub const ANNOTATION: u16 = 0x2000;
    pub const ENUM: u16 = 0x4000;
}

/// Why a class file was rejected: the Java exception class to throw
/// (internal name) and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassFileError {
    pub exception: &'static str,
    pub message: String,
}

impl ClassFileError {
    pub fn format(message: String) -> ClassFileError {
        ClassFileError { exception: "java/lang/ClassFormatError", message }
    }

    pub fn unsupported_version(message: String) -> ClassFileError {
        ClassFileError { exception: "java/lang/UnsupportedClassVersionError", message }
    }
}

/// A parsed and checked class file.
#[derive(Debug)]
pub struct ClassFile {
    pub major: u16,
    pub minor: u16,
    pub constant_pool: ConstantPool,
    pub access: u16,
    /// This class's internal name (`java/lang/String`).
    pub name: Box<str>,
    pub super_name: Option<Box<str>>,
    pub interfaces: Vec<Box<str>>,
    pub fields: Vec<FieldInfo>,
    pub methods: Vec<MethodInfo>,
    pub source_file: Option<Box<str>>,
    pub bootstrap_methods: Vec<BootstrapMethod>,
    pub inner_classes: Vec<InnerClass>,
}

#[derive(Debug)]
pub struct FieldInfo {
    pub access: u16,
    pub name: Box<str>,
    pub descriptor: Box<str>,
    pub basic_type: BasicType,
    /// The `ConstantValue` attribute's constant-pool index.
    pub constant_value: Option<u16>,
}

#[derive(Debug)]
pub struct MethodInfo {
    pub access: u16,
    pub name: Box<str>,
    pub descriptor: Box<str>,
    pub parsed_descriptor: MethodDescriptor,
    pub code: Option<CodeInfo>,
}

/// A method's `Code` attribute.
#[derive(Debug)]
pub struct CodeInfo {
    pub max_stack: u16,
    pub max_locals: u16,
    pub bytecode: Box<[u8]>,
    pub exception_table: Box<[ExceptionHandler]>,
    /// `(start_pc, line_number)`, sorted by `start_pc`.
    pub line_numbers: Box<[(u16, u16)]>,
    /// The `LocalVariableTable` rows (javac writes them with `-g`), kept
    /// as the class file has them (10 bytes each) and read only when a
    /// name is asked for: most are never needed.
    pub local_variable_table: Box<[u8]>,
}

impl CodeInfo {
    /// The name the `LocalVariableTable` gives local `slot` at `bci`.
    pub fn local_variable_name<'a>(&self, cp: &'a ConstantPool, slot: u16, bci: usize) -> Option<&'a str> {
        let u16_at = |row: &[u8], p: usize| u16::from_be_bytes([row[p], row[p + 1]]);
        self.local_variable_table
            .chunks_exact(10)
            .find(|row| {
                let (start, length) = (u16_at(row, 0) as usize, u16_at(row, 2) as usize);
                u16_at(row, 8) == slot && start <= bci && bci < start + length
            })
            .map(|row| u16_at(row, 4))
            .filter(|&name| cp.tag_at(name) == Some(CpTag::Utf8))
            .map(|name| cp.utf8(name))
    }
}

/// One row of a `Code` attribute's exception table (bcis).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ExceptionHandler {
    pub start_pc: u16,
    pub end_pc: u16,
    pub handler_pc: u16,
    /// A `Class` constant-pool index, or 0 for "any" (finally).
    pub catch_type: u16,
}

#[derive(Debug, Clone)]
pub struct BootstrapMethod {
    /// A `MethodHandle` constant-pool index.
    pub method_handle: u16,
    pub arguments: Box<[u16]>,
}

/// One row of the `InnerClasses` attribute.
#[derive(Debug, Clone)]
pub struct InnerClass {
    pub inner: Box<str>,
    pub outer: Option<Box<str>>,
    /// `None` for anonymous classes.
    pub simple_name: Option<Box<str>>,
    pub access: u16,
}
