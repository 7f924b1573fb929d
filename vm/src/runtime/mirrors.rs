//! Mirrors: the `java.lang.Class` object of each class.
//!
//! A mirror holds the class's static fields and, in a hidden field whose
//! offset `java/lang/Class`'s metadata records (`ObjectKind::Mirror`), a
//! pointer back to the class metadata.

use crate::metadata::{ClassRef, ObjectKind, mirrored_class};
use crate::oops::{self, Oop};

/// The class that `mirror` stands for, or `None` if `mirror` is not a
/// `java.lang.Class`.
pub fn class_from_mirror(mirror: Oop) -> Option<ClassRef> {
    match oops::class_of(mirror).object_kind() {
        ObjectKind::Mirror { class_offset } => mirrored_class(mirror, class_offset),
        _ => None,
    }
}
