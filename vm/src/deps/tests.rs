//! The registry on small class worlds: class-hierarchy assumptions broken
//! by new classes, and "mentions" invalidated or dropped by unloading.

use super::{Assumption, Dependent};
use crate::bytecode::profile::{ReceiverProfile, Recorded};
use crate::classfile::access::PUBLIC;
use crate::loader::{ClassLoaderData, LoaderRef, user};
use crate::metadata::ClassRef;
use crate::runtime::JavaThread;
use crate::testing::{ClassBuilder, load, world};

const OBJ: Option<&str> = Some("java/lang/Object");

/// A user loader in `t`'s world (its loader object is a plain object; it
/// resolves `java/lang/Object` as already initiated).
fn user_loader(t: &JavaThread) -> LoaderRef {
    let vm = t.vm();
    let object = vm.boot_loader().find_loaded("java/lang/Object").unwrap();
    let holder = t.alloc_instance(object).unwrap();
    let loader = vm.add_user_loader(ClassLoaderData::new_user(holder, "test @1".into()));
    loader.record_initiated(object);
    loader
}

fn define_in(t: &JavaThread, loader: LoaderRef, b: ClassBuilder) -> ClassRef {
    let (name, bytes) = b.build();
    match user::define_from_bytes(t, loader, Some(&name), &bytes) {
        Ok(c) => c,
        Err(_) => panic!("defining {name} threw"),
    }
}

#[test]
fn new_classes_break_hierarchy_assumptions() {
    let t = world(vec![
        ClassBuilder::new("A", OBJ).method(PUBLIC, "m", "()V"),
        ClassBuilder::new("B", Some("A")),
        ClassBuilder::new("C", Some("A")).method(PUBLIC, "m", "()V"),
        ClassBuilder::interface("I"),
        ClassBuilder::new("Impl1", OBJ).implements("I"),
        ClassBuilder::new("Impl2", OBJ).implements("I"),
    ]);
    let vm = t.vm();
    let deps = vm.dependencies();
    let a = load(&t, "A");
    let m = a.find_declared_method("m", "()V").unwrap();
    let boot = vm.boot_loader();
    deps.record_assumption(boot, Assumption::UniqueMethod { class: a, method: m }, Dependent::Code(1));
    load(&t, "B");
    assert_eq!(deps.stats().invalidated_by_hierarchy, 0, "B inherits m: nothing breaks");
    deps.record_assumption(boot, Assumption::NoSubclass(load(&t, "B")), Dependent::Code(2));
    load(&t, "C");
    assert_eq!(deps.stats().invalidated_by_hierarchy, 1, "C overrides m");

    let i = load(&t, "I");
    let impl1 = load(&t, "Impl1");
    deps.record_assumption(
        boot,
        Assumption::UniqueImplementor { interface: i, implementor: impl1 },
        Dependent::Code(3),
    );
    load(&t, "Impl2");
    assert_eq!(deps.stats().invalidated_by_hierarchy, 2, "a second implementor");
    // Each broken assumption is gone; NoSubclass(B) still holds.
    load(&t, "Impl2");
    assert_eq!(deps.stats().invalidated_by_hierarchy, 2);
}

#[test]
fn unloading_empties_rows_that_mention_dead_classes() {
    let t = world(vec![]);
    let vm = t.vm();
    let deps = vm.dependencies();
    let dying = user_loader(&t);
    let other = user_loader(&t);
    let k = define_in(&t, dying, ClassBuilder::new("K", OBJ));
    let l = define_in(&t, other, ClassBuilder::new("L", OBJ));

    // A boot-owned row mentions K: recorded. A row owned by K's own loader
    // is not (it dies with it).
    let profile = ReceiverProfile::default();
    let Recorded::Claimed(row) = profile.record(k) else { panic!("a fresh row") };
    deps.record_mention(vm.boot_loader(), k, Dependent::ProfileRow(row));
    deps.record_mention(dying, k, Dependent::ProfileRow(row));
    // A row owned by the dying loader mentions L, of another loader.
    let owned = ReceiverProfile::default();
    let Recorded::Claimed(owned_row) = owned.record(l) else { panic!("a fresh row") };
    deps.record_mention(dying, l, Dependent::ProfileRow(owned_row));
    assert_eq!(deps.stats().recorded, 2);
    assert!(deps.mentions(k) && deps.mentions(l));

    deps.loaders_unloaded(vm, &[dying]);
    assert!(row.class().is_none(), "the row naming K was emptied");
    assert_eq!(deps.stats().invalidated_by_unloading, 1);
    assert!(!deps.mentions(k));
    assert!(!deps.mentions(l), "what the dead loader owned is dropped");
    assert_eq!(deps.stats().dropped_with_owner, 1);
    assert_eq!(owned_row.class(), Some(l), "dropped, not invalidated: L is alive");
}
