//! The profiling interpreter (tier 0).
//!
//! Methods run from their prepared code (`bytecode`): a dense instruction
//! array whose constant-pool operands are resolved on first execution and
//! rewritten in place to quick forms. The loop (`dispatch`) handles the
//! common instructions inline; each family of bytecodes keeps its slow
//! paths and resolution in its own module: `arith`, `fields`, `invoke`,
//! `objects`, `arrays`, and exception dispatch in `unwind`; `profiling`
//! records the receiver classes of calls and type checks.

mod arith;
mod arrays;
mod dispatch;
mod fields;
mod invoke;
mod objects;
mod profiling;
mod unwind;

#[cfg(test)]
mod tests;

pub(crate) use arrays::{check_store, multianewarray};
pub(crate) use invoke::{InvokeSite, abstract_method_error, call_method, interface_target, resolve_invoke};
pub(crate) use objects::{is_instance, resolve_new};
