//! Linking tests on synthetic classes: field layout, vtables, itables and
//! default-method selection, package-private overriding, resolution.

use crate::classfile::access::{ABSTRACT, PRIVATE, PUBLIC, STATIC};
use crate::link::resolution::{lookup_field, lookup_method};
use crate::metadata::RefRun;
use crate::testing::{ClassBuilder, load, world};

const OBJ: Option<&str> = Some("java/lang/Object");

fn vtable_names(class: crate::metadata::ClassRef) -> Vec<String> {
    class.vtable().iter().map(|m| format!("{}.{}", m.class().name(), m.name())).collect()
}

#[test]
fn fields_are_laid_out_with_reference_runs_per_class() {
    let t = world(vec![
        ClassBuilder::new("A", OBJ).field(0, "i", "I").field(0, "o", "Ljava/lang/Object;").field(0, "j", "J"),
        ClassBuilder::new("B", Some("A")).field(0, "s", "[I").field(0, "b", "B").field(
            STATIC,
            "k",
            "Ljava/lang/Object;",
        ),
    ]);
    let b = load(&t, "B");
    let a = b.super_class().unwrap();
    let offset = |c: crate::metadata::ClassRef, n: &str| c.fields().iter().find(|f| &*f.name == n).unwrap().offset;
    assert_eq!((offset(a, "o"), offset(a, "j"), offset(a, "i")), (16, 24, 32));
    assert_eq!((offset(b, "s"), offset(b, "b")), (40, 48));
    assert_eq!(b.layout().ref_runs.as_ref(), &[RefRun { offset: 16, count: 1 }, RefRun { offset: 40, count: 1 }]);
    assert_eq!(b.layout().size, 56);
    // The static lives in the mirror, after java.lang.Class's own field.
    assert_eq!(b.statics().ref_run, RefRun { offset: 24, count: 1 });
    assert!(b.mirror_cell().get().is_some());
}

#[test]
fn overriding_replaces_slots_and_new_methods_append() {
    let t = world(vec![
        ClassBuilder::new("A", OBJ).method(PUBLIC, "m", "()V").method(PUBLIC, "n", "()V").method(PRIVATE, "p", "()V"),
        ClassBuilder::new("B", Some("A"))
            .method(PUBLIC, "n", "()V")
            .method(PUBLIC, "o", "()V")
            .method(PUBLIC, "p", "()V"),
    ]);
    let b = load(&t, "B");
    assert_eq!(vtable_names(b), ["java/lang/Object.hashCode", "java/lang/Object.toString", "A.m", "B.n", "B.o", "B.p"]);
    let n = b.find_declared_method("n", "()V").unwrap();
    assert_eq!(n.vtable_index(), Some(3), "B.n takes A.n's slot");
    assert_eq!(b.super_class().unwrap().find_declared_method("p", "()V").unwrap().vtable_index(), None);
}

#[test]
fn package_private_methods_are_overridden_only_in_their_package() {
    let t = world(vec![
        ClassBuilder::new("p/A", OBJ).method(0, "m", "()V"),
        ClassBuilder::new("q/B", Some("p/A")).method(PUBLIC, "m", "()V"),
        ClassBuilder::new("p/C", Some("p/A")).method(PUBLIC, "m", "()V"),
    ]);
    let b = load(&t, "q/B");
    assert_eq!(vtable_names(b)[2..], ["p/A.m", "q/B.m"]);
    let c = load(&t, "p/C");
    assert_eq!(vtable_names(c)[2..], ["p/C.m"]);
}

#[test]
fn itables_pick_the_most_specific_default() {
    let t = world(vec![
        ClassBuilder::interface("I").method(PUBLIC, "m", "()I").method(PUBLIC | ABSTRACT, "k", "()V"),
        ClassBuilder::interface("J").implements("I").method(PUBLIC, "m", "()I"),
        ClassBuilder::new("C", OBJ).implements("J").method(PUBLIC, "k", "()V"),
        ClassBuilder::new("D", Some("C")).implements("I"),
    ]);
    for name in ["C", "D"] {
        let c = load(&t, name);
        let i = c.itable().iter().find(|e| e.interface.name() == "I").unwrap();
        let impls: Vec<String> = i.methods.iter().map(|m| format!("{}.{}", m.class().name(), m.name())).collect();
        assert_eq!(impls, ["J.m", "C.k"], "in {name}");
    }
    let c = load(&t, "C");
    assert_eq!(vtable_names(c)[2..], ["C.k", "J.m"]);
}

#[test]
fn abstract_classes_get_miranda_slots() {
    let t = world(vec![
        ClassBuilder::interface("I").method(PUBLIC | ABSTRACT, "run", "()V"),
        ClassBuilder::new("A", OBJ).implements("I").method(PUBLIC | ABSTRACT, "other", "()V"),
        ClassBuilder::new("B", Some("A")).method(PUBLIC, "run", "()V").method(PUBLIC, "other", "()V"),
    ]);
    let a = load(&t, "A");
    assert_eq!(vtable_names(a)[2..], ["A.other", "I.run"]);
    let b = load(&t, "B");
    assert_eq!(vtable_names(b)[2..], ["B.other", "B.run"], "B fills the miranda slot at the same index");
}

#[test]
fn lookups_follow_jvms_order() {
    let t = world(vec![
        ClassBuilder::interface("K").field(PUBLIC | STATIC, "x", "I"),
        ClassBuilder::new("A", OBJ).field(PUBLIC, "x", "I").method(PUBLIC, "m", "()V"),
        ClassBuilder::new("B", Some("A")).implements("K"),
    ]);
    let b = load(&t, "B");
    let (holder, _) = lookup_field(b, "x", "I").unwrap();
    assert_eq!(holder.name(), "K", "superinterfaces are searched before the superclass");
    assert_eq!(lookup_method(b, "m", "()V").unwrap().class().name(), "A");
    assert!(lookup_method(b, "nope", "()V").is_none());
    assert!(b.is_subtype_of(load(&t, "K")));
    assert!(b.is_subtype_of(load(&t, "A")));
    assert!(!load(&t, "A").is_subtype_of(b));
}
