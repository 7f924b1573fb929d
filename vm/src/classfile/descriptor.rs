//! Field and method descriptors (JVMS §4.3) and the basic types they name.
//!
//! A descriptor is parsed once, when its class is defined; the interpreter
//! and the linker then work with [`BasicType`]s and slot counts.

use std::fmt;

/// The JVM's basic types. The numbering of the primitive types is the
/// `atype` operand of `newarray` (JVMS §6.5.newarray).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(u8)]
pub enum BasicType {
    Boolean = 4,
    Char = 5,
    Float = 6,
    Double = 7,
    Byte = 8,
    Short = 9,
    Int = 10,
    Long = 11,
    /// A reference: a class, interface or array type.
    Reference = 12,
    Void = 14,
}

impl BasicType {
    /// The eight primitive types that can be array elements.
    pub const PRIMITIVES: [BasicType; 8] = [
        BasicType::Boolean,
        BasicType::Char,
        BasicType::Float,
        BasicType::Double,
        BasicType::Byte,
        BasicType::Short,
        BasicType::Int,
        BasicType::Long,
    ];

    /// The type of a descriptor's first character.
    pub fn from_descriptor_char(c: u8) -> Option<BasicType> {
        Some(match c {
            b'Z' => BasicType::Boolean,
            b'C' => BasicType::Char,
            b'F' => BasicType::Float,
            b'D' => BasicType::Double,
            b'B' => BasicType::Byte,
            b'S' => BasicType::Short,
            b'I' => BasicType::Int,
            b'J' => BasicType::Long,
            b'L' | b'[' => BasicType::Reference,
            b'V' => BasicType::Void,
            _ => return None,
        })
    }

    /// The `atype` of `newarray`.
    pub fn from_atype(atype: u8) -> Option<BasicType> {
        Some(match atype {
            4 => BasicType::Boolean,
            5 => BasicType::Char,
            6 => BasicType::Float,
            7 => BasicType::Double,
            8 => BasicType::Byte,
            9 => BasicType::Short,
            10 => BasicType::Int,
            11 => BasicType::Long,
            _ => return None,
        })
    }

    /// Bytes taken in an object or array element.
    pub const fn size(self) -> usize {
        match self {
            BasicType::Boolean | BasicType::Byte => 1,
            BasicType::Char | BasicType::Short => 2,
            BasicType::Float | BasicType::Int => 4,
            BasicType::Double | BasicType::Long | BasicType::Reference => 8,
            BasicType::Void => 0,
        }
    }

    /// Slots taken in locals and on the operand stack (JVMS §2.6).
    pub const fn slots(self) -> usize {
        match self {
            BasicType::Double | BasicType::Long => 2,
            BasicType::Void => 0,
            _ => 1,
        }
    }

    pub const fn is_reference(self) -> bool {
        matches!(self, BasicType::Reference)
    }

    /// The descriptor character of a primitive type (`I` for int).
    pub const fn descriptor_char(self) -> char {
        match self {
            BasicType::Boolean => 'Z',
            BasicType::Char => 'C',
            BasicType::Float => 'F',
            BasicType::Double => 'D',
            BasicType::Byte => 'B',
            BasicType::Short => 'S',
            BasicType::Int => 'I',
            BasicType::Long => 'J',
            BasicType::Reference => 'L',
            BasicType::Void => 'V',
        }
    }

    /// The Java-language name (`int`, `void`); `Object` for references.
    pub const fn java_name(self) -> &'static str {
        match self {
            BasicType::Boolean => "boolean",
            BasicType::Char => "char",
            BasicType::Float => "float",
            BasicType::Double => "double",
            BasicType::Byte => "byte",
            BasicType::Short => "short",
            BasicType::Int => "int",
            BasicType::Long => "long",
            BasicType::Reference => "Object",
            BasicType::Void => "void",
        }
    }
}

/// A malformed descriptor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescriptorError(pub String);

impl fmt::Display for DescriptorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses one field type starting at `pos`; returns its type and the
/// position after it.
fn parse_field_type(desc: &[u8], pos: usize) -> Option<(BasicType, usize)> {
    let mut i = pos;
    let mut dims = 0;
    while desc.get(i) == Some(&b'[') {
        dims += 1;
        i += 1;
    }
    if dims > 255 {
        return None;
    }
    let c = *desc.get(i)?;
    let end = match c {
        b'L' => {
            let semi = desc[i..].iter().position(|&b| b == b';')?;
            let name = &desc[i + 1..i + semi];
            if name.is_empty() || name.iter().any(|&b| b == b'.' || b == b'[') {
                return None;
            }
            i + semi + 1
        }
        b'V' => return None,
        _ => {
            BasicType::from_descriptor_char(c)?;
            i + 1
        }
    };
    let ty = if dims > 0 { BasicType::Reference } else { BasicType::from_descriptor_char(c)? };
    Some((ty, end))
}

/// Parses a field descriptor such as `I`, `Ljava/lang/String;` or `[[D`.
pub fn parse_field_descriptor(desc: &str) -> Result<BasicType, DescriptorError> {
    match parse_field_type(desc.as_bytes(), 0) {
        Some((ty, end)) if end == desc.len() => Ok(ty),
        _ => Err(DescriptorError(format!("Invalid field descriptor: {desc}"))),
    }
}

/// A parsed method descriptor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodDescriptor {
    /// Parameter types, not counting a receiver.
    pub params: Box<[BasicType]>,
    pub ret: BasicType,
    /// Slots the parameters take (longs and doubles count two), not
    /// counting a receiver.
    pub param_slots: u16,
}

impl MethodDescriptor {
    /// Parses a method descriptor such as `(ILjava/lang/Object;)V`.
    pub fn parse(desc: &str) -> Result<MethodDescriptor, DescriptorError> {
        let err = || DescriptorError(format!("Invalid method descriptor: {desc}"));
        let bytes = desc.as_bytes();
        if bytes.first() != Some(&b'(') {
            return Err(err());
        }
        let mut params = Vec::new();
        let mut slots = 0usize;
        let mut i = 1;
        while bytes.get(i) != Some(&b')') {
            let (ty, next) = parse_field_type(bytes, i).ok_or_else(err)?;
            slots += ty.slots();
            params.push(ty);
            i = next;
        }
        i += 1;
        let ret = if bytes.get(i) == Some(&b'V') && i + 1 == bytes.len() {
            BasicType::Void
        } else {
            match parse_field_type(bytes, i) {
                Some((ty, end)) if end == bytes.len() => ty,
                _ => return Err(err()),
            }
        };
        if slots > 255 {
            return Err(err());
        }
        Ok(MethodDescriptor { params: params.into_boxed_slice(), ret, param_slots: slots as u16 })
    }
}

/// The Java-language spelling of a field type: `int`, `java.lang.String`,
/// `int[][]` (used in error messages such as `NoSuchMethodError`).
pub fn java_type_name(field_desc: &str) -> String {
    let dims = field_desc.bytes().take_while(|&b| b == b'[').count();
    let rest = &field_desc[dims..];
    let mut name = match rest.as_bytes().first() {
        Some(b'L') => rest[1..rest.len().saturating_sub(1)].replace('/', "."),
        Some(&c) => BasicType::from_descriptor_char(c).map_or("?", |t| t.java_name()).to_string(),
        None => String::new(),
    };
    for _ in 0..dims {
        name.push_str("[]");
    }
    name
}

/// Splits a method descriptor into its parameter descriptors and return
/// descriptor (strings), for messages and reflection.
pub fn split_method_descriptor(desc: &str) -> Option<(Vec<&str>, &str)> {
    let bytes = desc.as_bytes();
    let mut i = 1;
    let mut params = Vec::new();
    while *bytes.get(i)? != b')' {
        let start = i;
        let (_, next) = parse_field_type(bytes, i)?;
        params.push(&desc[start..next]);
        i = next;
    }
    Some((params, &desc[i + 1..]))
}

/// `'int Foo.bar(long, java.lang.String)'`: HotSpot's spelling of a method
/// in `NoSuchMethodError` and `AbstractMethodError` messages.
pub fn external_method_signature(class_name: &str, name: &str, desc: &str) -> String {
    let (params, ret) = split_method_descriptor(desc).unwrap_or((Vec::new(), "V"));
    let params: Vec<String> = params.iter().map(|p| java_type_name(p)).collect();
    format!("{} {}.{}({})", java_type_name(ret), class_name.replace('/', "."), name, params.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_descriptors() {
        assert_eq!(parse_field_descriptor("I"), Ok(BasicType::Int));
        assert_eq!(parse_field_descriptor("J"), Ok(BasicType::Long));
        assert_eq!(parse_field_descriptor("Ljava/lang/String;"), Ok(BasicType::Reference));
        assert_eq!(parse_field_descriptor("[[D"), Ok(BasicType::Reference));
        assert!(parse_field_descriptor("V").is_err());
        assert!(parse_field_descriptor("L;").is_err());
        assert!(parse_field_descriptor("Ljava/lang/String").is_err());
        assert!(parse_field_descriptor("II").is_err());
    }

    #[test]
    fn method_descriptors() {
        let d = MethodDescriptor::parse("(IJLjava/lang/Object;[DZ)V").unwrap();
        assert_eq!(
            &*d.params,
            &[BasicType::Int, BasicType::Long, BasicType::Reference, BasicType::Reference, BasicType::Boolean]
        );
        assert_eq!(d.param_slots, 6);
        assert_eq!(d.ret, BasicType::Void);
        assert_eq!(MethodDescriptor::parse("()[I").unwrap().ret, BasicType::Reference);
        assert!(MethodDescriptor::parse("(V)V").is_err());
        assert!(MethodDescriptor::parse("()").is_err());
        assert!(MethodDescriptor::parse("I)V").is_err());
        assert!(MethodDescriptor::parse("()VV").is_err());
    }

    #[test]
    fn external_names() {
        assert_eq!(java_type_name("[[I"), "int[][]");
        assert_eq!(java_type_name("Ljava/lang/String;"), "java.lang.String");
        assert_eq!(
            external_method_signature("p/A", "m", "(J[Ljava/lang/Object;)I"),
            "int p.A.m(long, java.lang.Object[])"
        );
    }
}
