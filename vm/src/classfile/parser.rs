//! Class-file parsing: bytes -> [`ClassFile`].
//!
//! The structure is read by the `classfile-parser` crate. Around it this
//! module does what a JVM must and that crate does not: it rejects bad
//! magic, unsupported versions, unknown constant tags and truncation with
//! HotSpot's `ClassFormatError` / `UnsupportedClassVersionError` messages;
//! it checks every constant-pool cross-reference and every descriptor; and
//! it decodes the attributes the VM uses (`Code`, `LineNumberTable`,
//! `ConstantValue`, `SourceFile`, `BootstrapMethods`, `InnerClasses`).
//!
//! Nothing here panics on any input: the third-party parser runs under
//! `catch_unwind`, and every index is checked before use.

use classfile_parser::attribute_info::{AttributeInfo, bootstrap_methods_attribute_parser, code_attribute_parser};
use classfile_parser::constant_info::ConstantInfo;

use super::constant_pool::{ConstantPool, CpEntry, CpTag};
use super::descriptor::{BasicType, MethodDescriptor, parse_field_descriptor};
use super::{
    BootstrapMethod, ClassFile, ClassFileError, CodeInfo, ExceptionHandler, FieldInfo, InnerClass, MethodInfo, access,
};

/// The newest class-file version crema reads (Java 25).
pub const MAX_MAJOR_VERSION: u16 = 69;
/// The oldest (JDK 1.0.2).
pub const MIN_MAJOR_VERSION: u16 = 45;

/// Parses and checks a class file. `name` is the class the caller expects
/// (internal form), used only in messages.
pub fn parse_class_file(bytes: &[u8], name: &str) -> Result<ClassFile, ClassFileError> {
    let format_error = |msg: String| ClassFileError::format(msg);
    if bytes.len() < 4 {
        return Err(format_error("Truncated class file".into()));
    }
    let magic = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    if magic != 0xCAFE_BABE {
        return Err(format_error(format!("Incompatible magic value {magic} in class file {name}")));
    }
    if bytes.len() < 10 {
        return Err(format_error("Truncated class file".into()));
    }
    let minor = u16::from_be_bytes([bytes[4], bytes[5]]);
    let major = u16::from_be_bytes([bytes[6], bytes[7]]);
    check_version(major, minor, name)?;
    let cp_count = u16::from_be_bytes([bytes[8], bytes[9]]);
    if cp_count == 0 {
        return Err(format_error(format!("Illegal constant pool size 0 in class file {name}")));
    }
    prescan_constant_pool(bytes, cp_count, name)?;

    let parsed = std::panic::catch_unwind(|| classfile_parser::class_parser(bytes));
    let (rest, raw) = match parsed {
        Ok(Ok((rest, raw))) => (rest, raw),
        _ => return Err(format_error("Truncated class file".into())),
    };
    if !rest.is_empty() {
        return Err(format_error(format!("Extra bytes at the end of class file {name}")));
    }

    let cp = convert_constant_pool(&raw.const_pool).map_err(|m| format_error(format!("{m} in class file {name}")))?;
    cp.check_references().map_err(|m| format_error(format!("{m} in class file {name}")))?;

    let class_index = |index: u16, what: &str| -> Result<Box<str>, ClassFileError> {
        if cp.tag_at(index) == Some(CpTag::Class) {
            Ok(cp.class_name(index).into())
        } else {
            Err(format_error(format!("Invalid {what} index {index} in class file {name}")))
        }
    };
    let this_name = class_index(raw.this_class, "this class")?;
    check_class_name(&this_name, name)?;
    let super_name = if raw.super_class == 0 { None } else { Some(class_index(raw.super_class, "superclass")?) };
    let mut interfaces = Vec::with_capacity(raw.interfaces.len());
    for &i in &raw.interfaces {
        interfaces.push(class_index(i, "interface")?);
    }

    let utf8 = |index: u16| -> Result<&str, ClassFileError> {
        if cp.tag_at(index) == Some(CpTag::Utf8) {
            Ok(cp.utf8(index))
        } else {
            Err(format_error(format!("Invalid constant pool index {index} in class file {name}")))
        }
    };

    let mut fields = Vec::with_capacity(raw.fields.len());
    for f in &raw.fields {
        let fname = utf8(f.name_index)?;
        let desc = utf8(f.descriptor_index)?;
        let basic_type = parse_field_descriptor(desc).map_err(|_| {
            format_error(format!("Field \"{fname}\" in class {this_name} has illegal signature \"{desc}\""))
        })?;
        let mut constant_value = None;
        for attr in &f.attributes {
            if utf8(attr.attribute_name_index)? == "ConstantValue" {
                if attr.info.len() != 2 {
                    return Err(format_error(format!(
                        "Invalid ConstantValue field attribute length in class file {name}"
                    )));
                }
                let index = u16::from_be_bytes([attr.info[0], attr.info[1]]);
                let want = match basic_type {
                    BasicType::Long => CpTag::Long,
                    BasicType::Float => CpTag::Float,
                    BasicType::Double => CpTag::Double,
                    BasicType::Reference => CpTag::String,
                    _ => CpTag::Integer,
                };
                if cp.tag_at(index) != Some(want) {
                    return Err(format_error(format!("Inconsistent constant value type in class file {name}")));
                }
                constant_value = Some(index);
            }
        }
        if fields.iter().any(|g: &FieldInfo| &*g.name == fname && &*g.descriptor == desc) {
            return Err(format_error(format!(
                "Duplicate field name \"{fname}\" with signature \"{desc}\" in class file {name}"
            )));
        }
        fields.push(FieldInfo {
            access: f.access_flags.bits(),
            name: fname.into(),
            descriptor: desc.into(),
            basic_type,
            constant_value,
        });
    }

    let mut methods = Vec::with_capacity(raw.methods.len());
    for m in &raw.methods {
        let mname = utf8(m.name_index)?;
        let desc = utf8(m.descriptor_index)?;
        let parsed_desc = MethodDescriptor::parse(desc).map_err(|_| {
            format_error(format!("Method \"{mname}\" in class {this_name} has illegal signature \"{desc}\""))
        })?;
        let flags = m.access_flags.bits();
        let mut code = None;
        for attr in &m.attributes {
            if utf8(attr.attribute_name_index)? == "Code" {
                if code.is_some() {
                    return Err(format_error(format!("Multiple Code attributes in class file {name}")));
                }
                code = Some(parse_code(attr, &cp, name)?);
            }
        }
        let needs_code = flags & (access::ABSTRACT | access::NATIVE) == 0;
        if needs_code && code.is_none() {
            return Err(format_error(format!(
                "Absent Code attribute in method that is not native or abstract in class file {name}"
            )));
        }
        if !needs_code && code.is_some() {
            return Err(format_error(format!("Code attribute in native or abstract methods in class file {name}")));
        }
        if methods.iter().any(|g: &MethodInfo| &*g.name == mname && &*g.descriptor == desc) {
            return Err(format_error(format!(
                "Duplicate method name \"{mname}\" with signature \"{desc}\" in class file {name}"
            )));
        }
        methods.push(MethodInfo {
            access: flags,
            name: mname.into(),
            descriptor: desc.into(),
            parsed_descriptor: parsed_desc,
            code,
        });
    }

    let mut source_file = None;
    let mut bootstrap_methods = Vec::new();
    let mut inner_classes = Vec::new();
    for attr in &raw.attributes {
        match utf8(attr.attribute_name_index)? {
            "SourceFile" if attr.info.len() == 2 => {
                source_file = Some(utf8(u16::from_be_bytes([attr.info[0], attr.info[1]]))?.into());
            }
            "BootstrapMethods" => {
                let parsed = std::panic::catch_unwind(|| bootstrap_methods_attribute_parser(&attr.info));
                let Ok(Ok((_, bsms))) = parsed else {
                    return Err(format_error(format!("Malformed BootstrapMethods attribute in class file {name}")));
                };
                for b in bsms.bootstrap_methods {
                    if cp.tag_at(b.bootstrap_method_ref) != Some(CpTag::MethodHandle)
                        || b.bootstrap_arguments.iter().any(|&a| a == 0 || cp.tag_at(a).is_none())
                    {
                        return Err(format_error(format!("Bad bootstrap method in class file {name}")));
                    }
                    bootstrap_methods.push(BootstrapMethod {
                        method_handle: b.bootstrap_method_ref,
                        arguments: b.bootstrap_arguments.into_boxed_slice(),
                    });
                }
            }
            "InnerClasses" => inner_classes = parse_inner_classes(&attr.info, &cp, name)?,
            _ => {}
        }
    }

    Ok(ClassFile {
        major,
        minor,
        constant_pool: cp,
        access: raw.access_flags.bits(),
        name: this_name,
        super_name,
        interfaces,
        fields,
        methods,
        source_file,
        bootstrap_methods,
        inner_classes,
    })
}

fn check_version(major: u16, minor: u16, name: &str) -> Result<(), ClassFileError> {
    if !(MIN_MAJOR_VERSION..=MAX_MAJOR_VERSION).contains(&major) {
        return Err(ClassFileError::unsupported_version(format!(
            "{} has been compiled by a more recent version of the Java Runtime (class file version {major}.{minor}), \
             this version of the Java Runtime only recognizes class file versions up to {MAX_MAJOR_VERSION}.0",
            name.replace('/', ".")
        )));
    }
    if major >= 56 && minor != 0 {
        return Err(ClassFileError::unsupported_version(format!(
            "{} (class file version {major}.{minor}) was compiled with preview features that are unsupported. \
             This version of the Java Runtime only recognizes preview features for class file version {MAX_MAJOR_VERSION}.65535",
            name.replace('/', ".")
        )));
    }
    Ok(())
}

/// Walks the constant pool's tags and lengths so that an unknown tag or a
/// truncated pool gets its own message (the structural parser only says
/// "failed").
fn prescan_constant_pool(bytes: &[u8], count: u16, name: &str) -> Result<(), ClassFileError> {
    let mut pos = 10usize;
    let mut index = 1u16;
    let truncated = || ClassFileError::format("Truncated class file".into());
    while index < count {
        let tag = *bytes.get(pos).ok_or_else(truncated)?;
        let len = match tag {
            1 => {
                let hi = *bytes.get(pos + 1).ok_or_else(truncated)?;
                let lo = *bytes.get(pos + 2).ok_or_else(truncated)?;
                3 + u16::from_be_bytes([hi, lo]) as usize
            }
            3 | 4 => 5,
            5 | 6 => 9,
            7 | 8 | 16 | 19 | 20 => 3,
            9 | 10 | 11 | 12 | 17 | 18 => 5,
            15 => 4,
            _ => {
                return Err(ClassFileError::format(format!("Unknown constant tag {tag} in class file {name}")));
            }
        };
        if matches!(tag, 17 | 19 | 20) {
            // CONSTANT_Dynamic, Module and Package: valid tags that this
            // VM does not implement.
            return Err(ClassFileError::format(format!("Unsupported constant tag {tag} in class file {name}")));
        }
        if pos + len > bytes.len() {
            return Err(truncated());
        }
        pos += len;
        index += if matches!(tag, 5 | 6) { 2 } else { 1 };
    }
    if index > count {
        // A long or double in the last slot overruns the pool.
        return Err(ClassFileError::format(format!("Invalid constant pool entry {} in class file {name}", count - 1)));
    }
    Ok(())
}

/// Decodes modified UTF-8 (JVMS §4.4.7) into UTF-16 units, one per one-,
/// two- or three-byte sequence (so surrogates, paired or not, come through
/// as they were written); a four-byte standard UTF-8 sequence is accepted
/// as a pair. `None` for bytes that are not modified UTF-8.
fn decode_modified_utf8(bytes: &[u8]) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let cont = |b: Option<&u8>| b.filter(|&&b| b & 0xc0 == 0x80).map(|&b| (b & 0x3f) as u32);
    while i < bytes.len() {
        let b = bytes[i] as u32;
        match b {
            0x01..=0x7f => {
                out.push(b as u16);
                i += 1;
            }
            0xc0..=0xdf => {
                out.push((((b & 0x1f) << 6) | cont(bytes.get(i + 1))?) as u16);
                i += 2;
            }
            0xe0..=0xef => {
                out.push((((b & 0x0f) << 12) | (cont(bytes.get(i + 1))? << 6) | cont(bytes.get(i + 2))?) as u16);
                i += 3;
            }
            0xf0..=0xf4 => {
                let c = ((b & 0x07) << 18)
                    | (cont(bytes.get(i + 1))? << 12)
                    | (cont(bytes.get(i + 2))? << 6)
                    | cont(bytes.get(i + 3))?;
                let c = char::from_u32(c)?;
                let mut pair = [0u16; 2];
                out.extend_from_slice(c.encode_utf16(&mut pair));
                i += 4;
            }
            _ => return None,
        }
    }
    Some(out)
}

fn convert_constant_pool(raw: &[ConstantInfo]) -> Result<ConstantPool, String> {
    let mut entries = Vec::with_capacity(raw.len() + 1);
    let mut exact_text = Vec::new();
    entries.push(CpEntry::Unusable);
    for info in raw {
        entries.push(match info {
            ConstantInfo::Utf8(u) => match decode_modified_utf8(&u.bytes) {
                Some(units) => match String::from_utf16(&units) {
                    Ok(s) => CpEntry::Utf8(s.into_boxed_str()),
                    Err(_) => {
                        exact_text.push((entries.len() as u16, units.clone().into_boxed_slice()));
                        CpEntry::Utf8(String::from_utf16_lossy(&units).into_boxed_str())
                    }
                },
                None => CpEntry::Utf8(u.utf8_string.clone().into_boxed_str()),
            },
            ConstantInfo::Integer(c) => CpEntry::Integer(c.value),
            ConstantInfo::Float(c) => CpEntry::Float(c.value),
            ConstantInfo::Long(c) => CpEntry::Long(c.value),
            ConstantInfo::Double(c) => CpEntry::Double(c.value),
            ConstantInfo::Class(c) => CpEntry::Class { name: c.name_index },
            ConstantInfo::String(c) => CpEntry::String { utf8: c.string_index },
            ConstantInfo::FieldRef(c) => {
                CpEntry::FieldRef { class: c.class_index, name_and_type: c.name_and_type_index }
            }
            ConstantInfo::MethodRef(c) => {
                CpEntry::MethodRef { class: c.class_index, name_and_type: c.name_and_type_index }
            }
            ConstantInfo::InterfaceMethodRef(c) => {
                CpEntry::InterfaceMethodRef { class: c.class_index, name_and_type: c.name_and_type_index }
            }
            ConstantInfo::NameAndType(c) => CpEntry::NameAndType { name: c.name_index, descriptor: c.descriptor_index },
            ConstantInfo::MethodHandle(c) => {
                CpEntry::MethodHandle { kind: c.reference_kind, reference: c.reference_index }
            }
            ConstantInfo::MethodType(c) => CpEntry::MethodType { descriptor: c.descriptor_index },
            ConstantInfo::InvokeDynamic(c) => CpEntry::InvokeDynamic {
                bootstrap: c.bootstrap_method_attr_index,
                name_and_type: c.name_and_type_index,
            },
            ConstantInfo::Unusable => CpEntry::Unusable,
        });
    }
    Ok(ConstantPool::new(entries, exact_text))
}

/// A class name in internal form: non-empty, `/`-separated identifiers
/// (JVMS §4.2.1), or an array descriptor.
fn check_class_name(this_name: &str, file: &str) -> Result<(), ClassFileError> {
    let legal = !this_name.is_empty()
        && !this_name.starts_with('[')
        && this_name.split('/').all(|part| !part.is_empty() && !part.contains(['.', ';', '[']));
    if legal {
        Ok(())
    } else {
        Err(ClassFileError::format(format!("Illegal class name \"{this_name}\" in class file {file}")))
    }
}

fn parse_code(attr: &AttributeInfo, cp: &ConstantPool, name: &str) -> Result<CodeInfo, ClassFileError> {
    let bad = |what: &str| ClassFileError::format(format!("{what} in class file {name}"));
    let parsed = std::panic::catch_unwind(|| code_attribute_parser(&attr.info));
    let Ok(Ok((_, code))) = parsed else {
        return Err(bad("Truncated Code attribute"));
    };
    if code.code.is_empty() || code.code.len() > 65535 {
        return Err(bad(&format!("Invalid method Code length {}", code.code.len())));
    }
    let mut exception_table = Vec::with_capacity(code.exception_table.len());
    for e in &code.exception_table {
        let len = code.code.len() as u16;
        if e.start_pc >= e.end_pc || e.end_pc as usize > code.code.len() || e.handler_pc >= len {
            return Err(bad("Illegal exception table range"));
        }
        if e.catch_type != 0 && cp.tag_at(e.catch_type) != Some(CpTag::Class) {
            return Err(bad("Catch type in exception table has bad constant type"));
        }
        exception_table.push(ExceptionHandler {
            start_pc: e.start_pc,
            end_pc: e.end_pc,
            handler_pc: e.handler_pc,
            catch_type: e.catch_type,
        });
    }
    let mut line_numbers = Vec::new();
    for a in &code.attributes {
        if cp.tag_at(a.attribute_name_index) == Some(CpTag::Utf8)
            && cp.utf8(a.attribute_name_index) == "LineNumberTable"
        {
            let info = &a.info;
            if info.len() < 2 {
                return Err(bad("Truncated LineNumberTable"));
            }
            let n = u16::from_be_bytes([info[0], info[1]]) as usize;
            if info.len() != 2 + 4 * n {
                return Err(bad("Invalid LineNumberTable length"));
            }
            for k in 0..n {
                let p = 2 + 4 * k;
                line_numbers
                    .push((u16::from_be_bytes([info[p], info[p + 1]]), u16::from_be_bytes([info[p + 2], info[p + 3]])));
            }
        }
    }
    line_numbers.sort_by_key(|&(pc, _)| pc);
    let local_variable_table = code
        .attributes
        .iter()
        .filter(|a| {
            cp.tag_at(a.attribute_name_index) == Some(CpTag::Utf8)
                && cp.utf8(a.attribute_name_index) == "LocalVariableTable"
        })
        .flat_map(|a| local_variable_rows(&a.info))
        .copied()
        .collect();
    Ok(CodeInfo {
        max_stack: code.max_stack,
        max_locals: code.max_locals,
        bytecode: code.code.into_boxed_slice(),
        exception_table: exception_table.into_boxed_slice(),
        line_numbers: line_numbers.into_boxed_slice(),
        local_variable_table,
    })
}

/// The rows of a `LocalVariableTable` attribute. The table is debugging
/// information only (it names locals in NullPointerException messages), so
/// a malformed table is skipped rather than refused.
fn local_variable_rows(info: &[u8]) -> &[u8] {
    match info {
        [hi, lo, rows @ ..] if rows.len() == 10 * u16::from_be_bytes([*hi, *lo]) as usize => rows,
        _ => &[],
    }
}

fn parse_inner_classes(info: &[u8], cp: &ConstantPool, name: &str) -> Result<Vec<InnerClass>, ClassFileError> {
    let bad = || ClassFileError::format(format!("Malformed InnerClasses attribute in class file {name}"));
    if info.len() < 2 {
        return Err(bad());
    }
    let n = u16::from_be_bytes([info[0], info[1]]) as usize;
    if info.len() != 2 + 8 * n {
        return Err(bad());
    }
    let u16_at = |p: usize| u16::from_be_bytes([info[p], info[p + 1]]);
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let p = 2 + 8 * k;
        let (inner, outer, simple, flags) = (u16_at(p), u16_at(p + 2), u16_at(p + 4), u16_at(p + 6));
        let class_or_none = |i: u16| -> Result<Option<Box<str>>, ClassFileError> {
            match i {
                0 => Ok(None),
                _ if cp.tag_at(i) == Some(CpTag::Class) => Ok(Some(cp.class_name(i).into())),
                _ => Err(bad()),
            }
        };
        let Some(inner_name) = class_or_none(inner)? else {
            return Err(bad());
        };
        let simple_name = match simple {
            0 => None,
            _ if cp.tag_at(simple) == Some(CpTag::Utf8) => Some(cp.utf8(simple).into()),
            _ => return Err(bad()),
        };
        out.push(InnerClass { inner: inner_name, outer: class_or_none(outer)?, simple_name, access: flags });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal valid class file: `class T extends java.lang.Object {}`
    /// with no members, written by hand.
    fn minimal_class() -> Vec<u8> {
        let mut b = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 52];
        b.extend_from_slice(&5u16.to_be_bytes()); // constant_pool_count
        b.extend_from_slice(&[1, 0, 1, b'T']); // #1 Utf8 "T"
        b.extend_from_slice(&[7, 0, 1]); // #2 Class #1
        b.push(1); // #3 Utf8 "java/lang/Object"
        b.extend_from_slice(&16u16.to_be_bytes());
        b.extend_from_slice(b"java/lang/Object");
        b.extend_from_slice(&[7, 0, 3]); // #4 Class #3
        b.extend_from_slice(&[0, 0x21]); // access
        b.extend_from_slice(&[0, 2, 0, 4]); // this, super
        b.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 0]); // interfaces, fields, methods, attributes
        b
    }

    #[test]
    fn parses_a_minimal_class() {
        let cf = parse_class_file(&minimal_class(), "T").unwrap();
        assert_eq!(&*cf.name, "T");
        assert_eq!(cf.super_name.as_deref(), Some("java/lang/Object"));
        assert_eq!(cf.major, 52);
    }

    #[test]
    fn bad_magic() {
        let mut b = minimal_class();
        b[3] = 0xBF;
        let e = parse_class_file(&b, "T").unwrap_err();
        assert_eq!(e.exception, "java/lang/ClassFormatError");
        assert_eq!(e.message, "Incompatible magic value 3405691583 in class file T");
    }

    #[test]
    fn every_truncation_is_a_class_format_error() {
        let b = minimal_class();
        for len in 0..b.len() {
            let e = parse_class_file(&b[..len], "T").unwrap_err();
            assert_eq!(e.exception, "java/lang/ClassFormatError", "length {len}");
        }
    }

    #[test]
    fn extra_bytes() {
        let mut b = minimal_class();
        b.push(0);
        assert_eq!(parse_class_file(&b, "T").unwrap_err().message, "Extra bytes at the end of class file T");
    }

    #[test]
    fn bad_constant_pool_index() {
        let mut b = minimal_class();
        b[16] = 9; // #2 Class -> #9, out of range
        let e = parse_class_file(&b, "T").unwrap_err();
        assert_eq!(e.exception, "java/lang/ClassFormatError");
        assert!(e.message.starts_with("Invalid constant pool index 9"), "{}", e.message);
    }

    #[test]
    fn unknown_tag_and_zero_pool() {
        let mut b = minimal_class();
        b[10] = 2;
        assert_eq!(parse_class_file(&b, "T").unwrap_err().message, "Unknown constant tag 2 in class file T");
        let mut b = minimal_class();
        b[8] = 0;
        b[9] = 0;
        assert!(parse_class_file(&b, "T").is_err());
    }

    #[test]
    fn versions() {
        let mut b = minimal_class();
        b[7] = 70;
        let e = parse_class_file(&b, "T").unwrap_err();
        assert_eq!(e.exception, "java/lang/UnsupportedClassVersionError");
        assert!(e.message.contains("class file version 70.0"));
        b[7] = 45;
        assert!(parse_class_file(&b, "T").is_ok());
        b[7] = 44;
        assert!(parse_class_file(&b, "T").is_err());
    }

    #[test]
    fn random_corruption_never_panics() {
        let good = minimal_class();
        let mut seed = 0x1234_5678u32;
        for _ in 0..5000 {
            let mut b = good.clone();
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let pos = (seed >> 8) as usize % b.len();
            b[pos] = (seed >> 24) as u8;
            let _ = parse_class_file(&b, "T");
        }
    }
}
