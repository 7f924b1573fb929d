//! String concatenation (`StringConcatFactory.makeConcatWithConstants` and
//! `makeConcat`): javac's `"a" + b`, linked to a recipe run natively.

use crate::classfile::{BasicType, ConstantPool, CpEntry, MethodDescriptor};
use crate::oops::Oop;
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;
use crate::runtime::java_format::{double_to_string, float_to_string};
use crate::runtime::natives::JValue;

use super::{BootstrapCall, bootstrap_error};

/// Recipe tags: an argument goes here, a constant goes here.
const TAG_ARG: u16 = 1;
const TAG_CONST: u16 = 2;

/// A string concatenation recipe.
#[derive(Debug)]
pub struct StringConcat {
    pieces: Box<[Piece]>,
    /// Each dynamic argument's type and slot offset from the first.
    args: Box<[(BasicType, usize)]>,
}

#[derive(Debug)]
enum Piece {
    Arg(usize),
    Text(Box<[u16]>),
}

impl StringConcat {
    /// Links `makeConcatWithConstants` (recipe and constants in the static
    /// arguments) or, with `with_constants` false, `makeConcat`.
    pub(super) fn link(thread: &JavaThread, call: &BootstrapCall, with_constants: bool) -> JResult<StringConcat> {
        let cp = call.cp;
        if !with_constants {
            let recipe = vec![TAG_ARG; call.desc.params.len()];
            return StringConcat::new(thread, &call.desc, &recipe, &[]);
        }
        let Some(&recipe_index) = call.args.first() else {
            return Err(bootstrap_error(thread, "makeConcatWithConstants without a recipe"));
        };
        let CpEntry::String { utf8 } = *cp.entry(recipe_index) else {
            return Err(bootstrap_error(thread, "makeConcatWithConstants recipe is not a string"));
        };
        let constants: Vec<Vec<u16>> = call.args[1..].iter().map(|&c| constant_text(cp.entry(c), cp)).collect();
        StringConcat::new(thread, &call.desc, &cp.utf16(utf8), &constants)
    }

    /// `recipe` and `constants` are UTF-16 (a literal part may hold a lone
    /// surrogate).
    fn new(
        thread: &JavaThread,
        desc: &MethodDescriptor,
        recipe: &[u16],
        constants: &[Vec<u16>],
    ) -> JResult<StringConcat> {
        if desc.ret != BasicType::Reference {
            return Err(bootstrap_error(thread, "string concatenation must return a String"));
        }
        let mut pieces = Vec::new();
        let mut text: Vec<u16> = Vec::new();
        let (mut next_arg, mut next_const) = (0usize, 0usize);
        let flush = |text: &mut Vec<u16>, pieces: &mut Vec<Piece>| {
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(text).into_boxed_slice()));
            }
        };
        for &c in recipe {
            match c {
                TAG_ARG => {
                    flush(&mut text, &mut pieces);
                    if next_arg >= desc.params.len() {
                        return Err(bootstrap_error(thread, "string concatenation recipe has too many arguments"));
                    }
                    pieces.push(Piece::Arg(next_arg));
                    next_arg += 1;
                }
                TAG_CONST => {
                    let Some(k) = constants.get(next_const) else {
                        return Err(bootstrap_error(thread, "string concatenation recipe has too many constants"));
                    };
                    text.extend_from_slice(k);
                    next_const += 1;
                }
                c => text.push(c),
            }
        }
        flush(&mut text, &mut pieces);
        Ok(StringConcat { pieces: pieces.into(), args: super::slot_offsets(&desc.params) })
    }

    /// Whether the argument at slot offset `offset` is a reference.
    pub(super) fn is_reference_at(&self, offset: usize) -> bool {
        self.args.iter().any(|&(t, o)| o == offset && t == BasicType::Reference)
    }

    /// Concatenates; `arg(offset)` reads the argument at that slot offset
    /// (each time it is used: `toString()` calls may move objects).
    pub(super) fn run(&self, thread: &JavaThread, arg: &dyn Fn(usize) -> u64) -> JResult<JValue> {
        let mut out: Vec<u16> = Vec::new();
        for piece in self.pieces.iter() {
            match piece {
                Piece::Text(t) => out.extend_from_slice(t),
                Piece::Arg(i) => {
                    let (t, offset) = self.args[*i];
                    append_value(thread, &mut out, t, arg(offset))?;
                }
            }
        }
        Ok(JValue::Ref(Some(thread.new_string_utf16(&out)?)))
    }
}

/// The text a static bootstrap argument contributes (`String.valueOf`).
fn constant_text(entry: &CpEntry, cp: &ConstantPool) -> Vec<u16> {
    let text = match entry {
        CpEntry::String { utf8 } => return cp.utf16(*utf8).into_owned(),
        CpEntry::Integer(v) => v.to_string(),
        CpEntry::Long(v) => v.to_string(),
        CpEntry::Float(v) => float_to_string(*v),
        CpEntry::Double(v) => double_to_string(*v),
        CpEntry::Class { name } => format!("class {}", cp.utf8(*name).replace('/', ".")),
        _ => String::new(),
    };
    text.encode_utf16().collect()
}

/// Appends `String.valueOf` of the value of type `t` in `slot` to `out`.
pub(super) fn append_value(thread: &JavaThread, out: &mut Vec<u16>, t: BasicType, slot: u64) -> JResult<()> {
    let text = match t {
        BasicType::Boolean => {
            if slot as u32 != 0 {
                "true".into()
            } else {
                "false".into()
            }
        }
        BasicType::Char => {
            out.push(slot as u16);
            return Ok(());
        }
        BasicType::Int | BasicType::Short | BasicType::Byte => (slot as u32 as i32).to_string(),
        BasicType::Long => (slot as i64).to_string(),
        BasicType::Float => float_to_string(f32::from_bits(slot as u32)),
        BasicType::Double => double_to_string(f64::from_bits(slot)),
        BasicType::Reference => {
            let vm = thread.vm();
            let Some(obj) = Oop::from_addr(slot as usize) else {
                out.extend("null".encode_utf16());
                return Ok(());
            };
            let s = if vm.is_string(obj) {
                Some(obj)
            } else {
                thread.call_virtual(vm.well_known().object_to_string, obj, &[])?.as_ref()
            };
            match s {
                Some(s) => out.extend(vm.string_chars(s)),
                None => out.extend("null".encode_utf16()),
            }
            return Ok(());
        }
        BasicType::Void => String::new(),
    };
    out.extend(text.encode_utf16());
    Ok(())
}
