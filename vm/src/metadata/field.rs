//! Fields of a class, with their offsets.

use crate::classfile::{BasicType, access};

/// A field declared by a class.
#[derive(Debug)]
pub struct Field {
    pub name: Box<str>,
    pub descriptor: Box<str>,
    pub access: u16,
    pub basic_type: BasicType,
    /// Byte offset in the instance (instance fields) or in the class's
    /// mirror (static fields).
    pub offset: u32,
    /// The `ConstantValue` index of a static final constant.
    pub constant_value: Option<u16>,
}

impl Field {
    pub fn is_static(&self) -> bool {
        self.access & access::STATIC != 0
    }

    pub fn is_final(&self) -> bool {
        self.access & access::FINAL != 0
    }
}
