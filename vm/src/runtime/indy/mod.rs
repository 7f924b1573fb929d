//! `invokedynamic`: call sites linked by the VM (ARCHITECTURE.md §9).
//!
//! crema does not run bootstrap methods in Java. It recognises the
//! bootstrap methods javac uses and links their call sites itself:
//! - `StringConcatFactory.makeConcatWithConstants`/`makeConcat` (`concat`):
//!   a recipe run natively;
//! - `LambdaMetafactory.metafactory`/`altMetafactory` (`lambda`): a class
//!   spun for the site that implements the functional interface; the site
//!   becomes a call of its static factory method;
//! - `ObjectMethods.bootstrap` (`object_methods`): a record's `toString`,
//!   `equals` and `hashCode`, run natively over its component fields.
//!
//! Other bootstrap methods throw `BootstrapMethodError`. A linked site is
//! kept in the caller's constant-pool cache: [`Resolved::CallSite`] for a
//! native site, [`Resolved::Method`] for a factory, which the interpreter
//! and the JIT then call like an `invokestatic`.

mod concat;
mod lambda;
mod object_methods;

use crate::classfile::{BasicType, ConstantPool, CpEntry, MethodDescriptor};
use crate::metadata::{ClassRef, MethodRef, Resolved};
use crate::oops::Oop;

use super::JavaThread;
use super::exceptions::{JResult, Pending};
use super::natives::JValue;

pub use concat::StringConcat;
pub use object_methods::ObjectMethod;

/// A call site linked to native code.
#[derive(Debug)]
pub enum CallSite {
    StringConcat(StringConcat),
    ObjectMethod(ObjectMethod),
}

impl CallSite {
    /// Whether the dynamic argument at slot offset `offset` is a reference.
    fn is_reference_at(&self, offset: usize) -> bool {
        match self {
            CallSite::StringConcat(c) => c.is_reference_at(offset),
            CallSite::ObjectMethod(_) => true,
        }
    }
}

/// What a bootstrap method is called with: the caller's constant pool,
/// the site's name and type, and the static arguments (constant-pool
/// indices).
pub(crate) struct BootstrapCall<'a> {
    pub caller: ClassRef,
    pub cp: &'a ConstantPool,
    pub name: &'a str,
    pub descriptor: &'a str,
    pub desc: MethodDescriptor,
    pub args: &'a [u16],
}

const STRING_CONCAT_FACTORY: &str = "java/lang/invoke/StringConcatFactory";
const LAMBDA_METAFACTORY: &str = "java/lang/invoke/LambdaMetafactory";
const OBJECT_METHODS: &str = "java/lang/runtime/ObjectMethods";

/// Links the `InvokeDynamic` entry `index` of `caller`'s class (once).
pub fn link_call_site(thread: &JavaThread, caller: MethodRef, index: u16) -> JResult<()> {
    let class = caller.class();
    if class.cp_cache().get(index).is_some() {
        return Ok(());
    }
    let cp = class.constant_pool();
    let CpEntry::InvokeDynamic { bootstrap, name_and_type } = *cp.entry(index) else {
        unreachable!("the decoder checked the tag");
    };
    let (name, descriptor) = cp.name_and_type(name_and_type);
    let bsm = &class.bootstrap_methods()[bootstrap as usize];
    let CpEntry::MethodHandle { reference, .. } = *cp.entry(bsm.method_handle) else {
        unreachable!("the parser checked the tag");
    };
    let target = cp.member_ref(reference);
    let call = BootstrapCall {
        caller: class,
        cp,
        name,
        descriptor,
        desc: MethodDescriptor::parse(descriptor).expect("the analysis parsed it"),
        args: &bsm.arguments,
    };
    let resolved = match (target.class_name, target.name) {
        (STRING_CONCAT_FACTORY, "makeConcatWithConstants") => {
            Resolved::CallSite(Box::new(CallSite::StringConcat(StringConcat::link(thread, &call, true)?)))
        }
        (STRING_CONCAT_FACTORY, "makeConcat") => {
            Resolved::CallSite(Box::new(CallSite::StringConcat(StringConcat::link(thread, &call, false)?)))
        }
        (LAMBDA_METAFACTORY, "metafactory") => Resolved::Method(lambda::link(thread, &call, false)?),
        (LAMBDA_METAFACTORY, "altMetafactory") => Resolved::Method(lambda::link(thread, &call, true)?),
        (OBJECT_METHODS, "bootstrap") => {
            Resolved::CallSite(Box::new(CallSite::ObjectMethod(ObjectMethod::link(thread, &call)?)))
        }
        (class_name, name) => {
            return Err(bootstrap_error(
                thread,
                &format!("crema does not support the bootstrap method {}.{name} yet", class_name.replace('/', ".")),
            ));
        }
    };
    class.cp_cache().fill(index, resolved);
    Ok(())
}

pub(crate) fn bootstrap_error(thread: &JavaThread, msg: &str) -> Pending {
    thread.throw_new("java/lang/BootstrapMethodError", Some(msg))
}

/// Each parameter's type and slot offset from the first.
pub(crate) fn slot_offsets(params: &[BasicType]) -> Box<[(BasicType, usize)]> {
    let mut offset = 0;
    params
        .iter()
        .map(|&t| {
            let a = (t, offset);
            offset += t.slots();
            a
        })
        .collect()
}

/// The factory method site `index` of `caller` was linked to, if it is a
/// lambda site (and linked).
pub fn linked_factory(caller: MethodRef, index: u16) -> Option<MethodRef> {
    match caller.class().cp_cache().get(index) {
        Some(Resolved::Method(m)) => Some(*m),
        _ => None,
    }
}

/// The native call site of entry `index` of `caller`'s class.
pub fn call_site(caller: MethodRef, index: u16) -> &'static CallSite {
    match caller.class().cp_cache().get(index) {
        // SAFETY of the 'static: the site lives in the class's cache, which
        // lives as long as the class and so outlives every frame using it.
        Some(Resolved::CallSite(site)) => unsafe { &*(site.as_ref() as *const CallSite) },
        _ => unreachable!("INVOKEDYNAMIC_Q of a site that is not linked natively"),
    }
}

/// Slots the dynamic arguments of site `index` of `caller` take.
pub fn arg_slots(caller: MethodRef, index: u16) -> usize {
    let class = caller.class();
    let cp = class.constant_pool();
    let CpEntry::InvokeDynamic { name_and_type, .. } = *cp.entry(index) else { unreachable!("an InvokeDynamic entry") };
    MethodDescriptor::parse(cp.name_and_type(name_and_type).1).expect("checked at decode").param_slots as usize
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
    let handles: Vec<Option<crate::runtime::handles::Handle<'_>>> = (0..values.len())
        .map(|offset| site.is_reference_at(offset).then(|| scope.handle(Oop::from_addr(values[offset] as usize))))
        .collect();
    run(thread, site, &|offset| match &handles[offset] {
        Some(h) => h.get().map_or(0, Oop::addr) as u64,
        None => values[offset],
    })
}

fn run(thread: &JavaThread, site: &CallSite, arg: &dyn Fn(usize) -> u64) -> JResult<JValue> {
    match site {
        CallSite::StringConcat(concat) => concat.run(thread, arg),
        CallSite::ObjectMethod(m) => m.run(thread, arg),
    }
}
