//! Class unloading (ARCHITECTURE.md §8): which user loaders a full
//! collection keeps, and what happens to the others.
//!
//! During the marking of a full collection the cells of user loaders are
//! not roots. A user loader is alive when its loader object or one of its
//! mirrors is marked (marking an object marks its class's mirror, see
//! `VmObjectModel::metadata_holder`), or when one of its methods has a frame
//! on the stack; then all its cells are marked, which may make further
//! loaders alive (a loader's dependencies, a parent), until nothing
//! changes ([`mark_live_loaders`]). The loaders still not alive are dead:
//! they are detached from the VM ([`detach_dead`]), and after the
//! collection their classes are reported, everything that depends on them
//! is invalidated, and their metadata is freed ([`unload`]).
//!
//! Invariant: nothing outside a dead loader points at its metadata once
//! it is freed. The loaders' dictionaries cannot (a loader that initiated
//! a class of another keeps that one alive), caches and profiles are reset
//! through the dependency registry, and Rust code keeps a `ClassRef` of an
//! unloadable class only while something reachable keeps it alive (as for
//! an `Oop`, across a safepoint only through a handle or a frame).

use std::collections::HashSet;
use std::sync::atomic::Ordering;

use crate::runtime::console;
use crate::runtime::{JavaThread, Vm};

use super::{ClassLoaderData, LoaderRef};

/// Marks the user loaders that `is_marked` (the collection's marks so far)
/// or the thread's frames show alive and not yet marked: sets their flag
/// and calls `visit` with their cells. Returns whether any loader became
/// alive (the caller then marks on and asks again).
pub(crate) fn mark_live_loaders(
    thread: &JavaThread,
    is_marked: &dyn Fn(usize) -> bool,
    visit: &mut dyn FnMut(*mut usize),
) -> bool {
    let vm = thread.vm();
    // Loaders with a method on the stack (interpreted, native or compiled)
    // stay alive.
    let on_stack: HashSet<u64> = crate::runtime::stack_trace::java_frames(thread)
        .iter()
        .map(|f| f.method.class().loader())
        .filter(|l| l.is_unloadable())
        .map(|l| l.id())
        .collect();
    let mut found = false;
    for loader in vm.user_loaders().lock().unwrap().iter() {
        if loader.marked_alive.load(Ordering::Relaxed) {
            continue;
        }
        if on_stack.contains(&loader.id()) || loader.any_anchor(is_marked) {
            loader.marked_alive.store(true, Ordering::Relaxed);
            loader.for_each_oop_cell(visit);
            found = true;
        }
    }
    found
}

/// After marking: removes the loaders not found alive from the VM and
/// returns them; clears the flags of the survivors for the next
/// collection.
#[allow(clippy::vec_box)]
pub(crate) fn detach_dead(vm: &Vm) -> Vec<Box<ClassLoaderData>> {
    let start = std::time::Instant::now();
    let mut loaders = vm.user_loaders().lock().unwrap();
    let (alive, dead): (Vec<_>, Vec<_>) =
        std::mem::take(&mut *loaders).into_iter().partition(|l| l.marked_alive.load(Ordering::Relaxed));
    for l in &alive {
        l.marked_alive.store(false, Ordering::Relaxed);
    }
    *loaders = alive;
    vm.note_unloading_time(start.elapsed());
    dead
}

/// Unloads the classes of dead loaders (after the collection that found
/// them dead): logs each class (`-Xlog:class+unload`), invalidates what
/// depends on them, counts them, and frees the metadata.
#[allow(clippy::vec_box)]
pub(crate) fn unload(vm: &Vm, dead: Vec<Box<ClassLoaderData>>) {
    if dead.is_empty() {
        return;
    }
    let start = std::time::Instant::now();
    let loaders: Vec<LoaderRef> = dead.iter().map(|l| LoaderRef::new(l)).collect();
    let mut unloaded = 0u64;
    for loader in &loaders {
        for class in loader.classes() {
            if class.is_array() || class.is_primitive() {
                continue;
            }
            unloaded += 1;
            if vm.options().log_class_unload {
                let line = format!("unloading class {} {:#018x}", class.java_name(), class.as_ptr() as usize);
                console::log_line(vm, "class,unload", &line);
            }
        }
    }
    vm.dependencies().loaders_unloaded(vm, &loaders);
    vm.note_classes_unloaded(unloaded);
    super::loader_data::bump_class_epoch();
    match vm.compiler() {
        Some(compiler) => {
            // With no compilation running: queued compilations of their
            // methods are dropped, their compiled code goes (it has no
            // activation: the loaders had no frame on any stack), and the
            // metadata is freed.
            let ids: HashSet<u64> = loaders.iter().map(|l| l.id()).collect();
            let mut dead = Some(dead);
            compiler.while_paused(&mut || {
                compiler.forget_queued(&|m| ids.contains(&m.class().loader().id()));
                for class in loaders.iter().flat_map(|l| l.classes()) {
                    for m in class.methods() {
                        for id in [m.jit().code_id.load(Ordering::Acquire), m.jit().osr_id.load(Ordering::Acquire)] {
                            if id != 0 {
                                compiler.invalidate(id);
                            }
                        }
                    }
                }
                drop(dead.take());
            });
        }
        None => drop(dead),
    }
    vm.note_unloading_time(start.elapsed());
}
