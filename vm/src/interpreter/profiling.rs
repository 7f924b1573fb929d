//! Receiver profiling and the interface inline cache (see
//! `bytecode::profile`): what `invokevirtual`, `invokeinterface`,
//! `checkcast` and `instanceof` record about the classes they see.
//!
//! A profile row that starts naming a class of another, unloadable loader
//! is registered with the dependency registry, so that unloading the class
//! empties the row instead of leaving it dangling.

use crate::bytecode::PreparedCode;
use crate::bytecode::profile::{ProfileRow, Recorded};
use crate::deps::Dependent;
use crate::metadata::{ClassRef, MethodRef};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;

/// Counts `class` at instruction `pc` of `method`; returns its row, if it
/// has one.
#[inline(always)]
pub(crate) fn record<'c>(
    thread: &JavaThread,
    method: MethodRef,
    code: &'c PreparedCode,
    pc: usize,
    class: ClassRef,
) -> Option<&'c ProfileRow> {
    let profile = code.profile(pc)?;
    match profile.record(class) {
        Recorded::Row(row) => Some(row),
        Recorded::Claimed(row) => {
            claimed(thread, method, class, row);
            Some(row)
        }
        Recorded::Other => None,
    }
}

#[cold]
fn claimed(thread: &JavaThread, method: MethodRef, class: ClassRef, row: &ProfileRow) {
    thread.vm().dependencies().record_mention(method.class().loader(), class, Dependent::ProfileRow(row));
}

/// The method an `invokeinterface` of `imethod` at `pc` runs for a
/// receiver of class `class`: from the inline cache when the class has a
/// row with a target, else selected through the itable and cached.
#[inline(always)]
pub(crate) fn interface_callee(
    thread: &JavaThread,
    method: MethodRef,
    code: &PreparedCode,
    pc: usize,
    class: ClassRef,
    imethod: MethodRef,
) -> JResult<MethodRef> {
    let row = record(thread, method, code, pc, class);
    if let Some(target) = row.and_then(ProfileRow::target) {
        return Ok(target);
    }
    let target = super::invoke::interface_target(thread, class, imethod)?;
    if let Some(row) = row {
        row.set_target(target);
    }
    Ok(target)
}
