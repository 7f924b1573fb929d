//! Array bytecodes: creation (`newarray`, `anewarray`, `multianewarray`)
//! and the checks of element access (null, bounds, store type).

use crate::metadata::ClassRef;
use crate::oops::{self, Oop};
use crate::runtime::JavaThread;
use crate::runtime::exceptions::JResult;

/// The `aastore` store check: `value` must be assignable to the array's
/// component type (`ArrayStoreException` naming the value's class).
#[inline(always)]
pub(crate) fn check_store(thread: &JavaThread, array: Oop, value: Option<Oop>) -> JResult<()> {
    let Some(value) = value else { return Ok(()) };
    let component = oops::class_of(array).component().expect("aastore on an object array");
    let vc = oops::class_of(value);
    if vc == component || vc.is_subtype_of(component) {
        Ok(())
    } else {
        Err(thread.throw_new("java/lang/ArrayStoreException", Some(&vc.java_name())))
    }
}

/// `multianewarray`: an array of class `class` with the given dimension
/// counts (outermost first; fewer counts than dimensions leaves the inner
/// arrays null).
pub(crate) fn multianewarray(thread: &JavaThread, class: ClassRef, counts: &[i32]) -> JResult<Oop> {
    if let Some(&negative) = counts.iter().find(|&&c| c < 0) {
        return Err(thread.throw_new("java/lang/NegativeArraySizeException", Some(&negative.to_string())));
    }
    allocate(thread, class, counts)
}

fn allocate(thread: &JavaThread, class: ClassRef, counts: &[i32]) -> JResult<Oop> {
    let array = thread.alloc_array(class, counts[0])?;
    if counts.len() == 1 || counts[0] == 0 {
        return Ok(array);
    }
    let component = class.component().expect("multianewarray of an array class");
    let scope = thread.scope();
    let array = scope.oop_handle(array);
    for i in 0..counts[0] as usize {
        let sub = allocate(thread, component, &counts[1..])?;
        oops::array_put_ref(array.get(), i, Some(sub));
    }
    Ok(array.get())
}
