//! `invokedynamic`: call sites linked by the VM (ARCHITECTURE.md §9).
//!
//! crema does not run bootstrap methods in Java. It recognises the
//! bootstrap methods javac uses and links their call sites natively:
//! `StringConcatFactory.makeConcatWithConstants` and `makeConcat` (string
//! concatenation, `"a" + b`). Lambdas (`LambdaMetafactory`) and records
//! (`ObjectMethods`) come with the class library work; until then their
//! call sites throw `BootstrapMethodError`.
//!
//! A linked site is kept in the caller's resolved constant-pool cache.

use crate::classfile::{BasicType, CpEntry, MethodDescriptor};
use crate::metadata::{MethodRef, Resolved};
use crate::oops::Oop;

use super::JavaThread;
use super::exceptions::JResult;
use super::java_format::{double_to_string, float_to_string};
use super::natives::JValue;

/// A linked `invokedynamic` call site.
#[derive(Debug)]
pub enum CallSite {
    StringConcat(StringConcat),
}

impl CallSite {
    /// Slots the site's dynamic arguments take on the operand stack.
    pub fn arg_slots(&self) -> usize {
        match self {
            CallSite::StringConcat(c) => c.arg_slots,
        }
    }
}

/// A string concatenation recipe.
#[derive(Debug)]
pub struct StringConcat {
    pieces: Box<[Piece]>,
    /// Each dynamic argument's type and slot offset from the first.
    args: Box<[(BasicType, usize)]>,
    arg_slots: usize,
}

#[derive(Debug)]
enum Piece {
    Arg(usize),
    Text(Box<[u16]>),
}

const STRING_CONCAT_FACTORY: &str = "java/lang/invoke/StringConcatFactory";

/// Links the `InvokeDynamic` entry `index` of `caller`'s class.
pub fn link_call_site(thread: &JavaThread, caller: MethodRef, index: u16) -> JResult<()> {
    let class = caller.class();
    if class.cp_cache().get(index).is_some() {
        return Ok(());
    }
    let cp = class.constant_pool();
    let CpEntry::InvokeDynamic { bootstrap, name_and_type } = *cp.entry(index) else {
        unreachable!("the decoder checked the tag");
    };
    let (_, descriptor) = cp.name_and_type(name_and_type);
    let bsm = &class.bootstrap_methods()[bootstrap as usize];
    let CpEntry::MethodHandle { reference, .. } = *cp.entry(bsm.method_handle) else {
        unreachable!("the parser checked the tag");
    };
    let target = cp.member_ref(reference);
    let desc = MethodDescriptor::parse(descriptor).expect("the analysis parsed it");
    let site = match (target.class_name, target.name) {
        (STRING_CONCAT_FACTORY, "makeConcatWithConstants") => {
            let Some(&recipe_index) = bsm.arguments.first() else {
                return Err(bootstrap_error(thread, "makeConcatWithConstants without a recipe"));
            };
            let CpEntry::String { utf8 } = *cp.entry(recipe_index) else {
                return Err(bootstrap_error(thread, "makeConcatWithConstants recipe is not a string"));
            };
            let constants: Vec<String> = bsm.arguments[1..].iter().map(|&c| constant_text(cp.entry(c), cp)).collect();
            concat_site(thread, &desc, cp.utf8(utf8), &constants)?
        }
        (STRING_CONCAT_FACTORY, "makeConcat") => {
            let recipe: String = std::iter::repeat_n('\u{1}', desc.params.len()).collect();
            concat_site(thread, &desc, &recipe, &[])?
        }
        (class_name, name) => {
            return Err(bootstrap_error(
                thread,
                &format!("crema does not support the bootstrap method {}.{name} yet", class_name.replace('/', ".")),
            ));
        }
    };
    class.cp_cache().fill(index, Resolved::CallSite(Box::new(site)));
    Ok(())
}

fn bootstrap_error(thread: &JavaThread, msg: &str) -> super::exceptions::Pending {
    thread.throw_new("java/lang/BootstrapMethodError", Some(msg))
}

/// The text a static bootstrap argument contributes (`String.valueOf`).
fn constant_text(entry: &CpEntry, cp: &crate::classfile::ConstantPool) -> String {
    match entry {
        CpEntry::String { utf8 } => cp.utf8(*utf8).to_string(),
        CpEntry::Integer(v) => v.to_string(),
        CpEntry::Long(v) => v.to_string(),
        CpEntry::Float(v) => float_to_string(*v),
        CpEntry::Double(v) => double_to_string(*v),
        CpEntry::Class { name } => format!("class {}", cp.utf8(*name).replace('/', ".")),
        _ => String::new(),
    }
}

fn concat_site(thread: &JavaThread, desc: &MethodDescriptor, recipe: &str, constants: &[String]) -> JResult<CallSite> {
    if desc.ret != BasicType::Reference {
        return Err(bootstrap_error(thread, "string concatenation must return a String"));
    }
    let mut pieces = Vec::new();
    let mut text = String::new();
    let (mut next_arg, mut next_const) = (0usize, 0usize);
    let flush = |text: &mut String, pieces: &mut Vec<Piece>| {
        if !text.is_empty() {
            pieces.push(Piece::Text(text.encode_utf16().collect()));
            text.clear();
        }
    };
    for c in recipe.chars() {
        match c {
            '\u{1}' => {
                flush(&mut text, &mut pieces);
                if next_arg >= desc.params.len() {
                    return Err(bootstrap_error(thread, "string concatenation recipe has too many arguments"));
                }
                pieces.push(Piece::Arg(next_arg));
                next_arg += 1;
            }
            '\u{2}' => {
                let Some(k) = constants.get(next_const) else {
                    return Err(bootstrap_error(thread, "string concatenation recipe has too many constants"));
                };
                text.push_str(k);
                next_const += 1;
            }
            c => text.push(c),
        }
    }
    flush(&mut text, &mut pieces);
    let mut offset = 0;
    let args = desc
        .params
        .iter()
        .map(|&t| {
            let a = (t, offset);
            offset += t.slots();
            a
        })
        .collect();
    Ok(CallSite::StringConcat(StringConcat { pieces: pieces.into(), args, arg_slots: offset }))
}

/// The linked call site of entry `index` of `caller`'s class.
pub fn call_site(caller: MethodRef, index: u16) -> &'static CallSite {
    match caller.class().cp_cache().get(index) {
        // SAFETY of the 'static: the site lives in the class's cache, which
        // lives as long as the class and so outlives every frame using it.
        Some(Resolved::CallSite(site)) => unsafe { &*(site.as_ref() as *const CallSite) },
        _ => unreachable!("INVOKEDYNAMIC_Q of an unlinked site"),
    }
}

/// Runs `site` on the arguments in the slots from `args_base`.
pub fn invoke(thread: &JavaThread, site: &CallSite, args_base: usize) -> JResult<JValue> {
    // Read each argument from its slot when it is used: toString() calls
    // may move objects, and the slots are roots.
    run(thread, site, &|offset| thread.slot(args_base + offset))
}

/// Runs `site` on arguments given as slot values (from compiled code): the
/// references among them are kept in handles while the site runs.
pub fn invoke_values(thread: &JavaThread, site: &CallSite, values: &[u64]) -> JResult<JValue> {
    let scope = thread.scope();
    let CallSite::StringConcat(concat) = site;
    let handles: Vec<Option<crate::runtime::handles::Handle<'_>>> = (0..values.len())
        .map(|offset| {
            let is_ref = concat.args.iter().any(|&(t, o)| o == offset && t == BasicType::Reference);
            is_ref.then(|| scope.handle(Oop::from_addr(values[offset] as usize)))
        })
        .collect();
    run(thread, site, &|offset| match &handles[offset] {
        Some(h) => h.get().map_or(0, Oop::addr) as u64,
        None => values[offset],
    })
}

fn run(thread: &JavaThread, site: &CallSite, arg: &dyn Fn(usize) -> u64) -> JResult<JValue> {
    match site {
        CallSite::StringConcat(concat) => {
            let mut out: Vec<u16> = Vec::new();
            for piece in concat.pieces.iter() {
                match piece {
                    Piece::Text(t) => out.extend_from_slice(t),
                    Piece::Arg(i) => {
                        let (t, offset) = concat.args[*i];
                        append_value(thread, &mut out, t, arg(offset))?;
                    }
                }
            }
            Ok(JValue::Ref(Some(thread.new_string_utf16(&out)?)))
        }
    }
}

fn append_value(thread: &JavaThread, out: &mut Vec<u16>, t: BasicType, slot: u64) -> JResult<()> {
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
