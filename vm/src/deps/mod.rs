//! The dependency registry (ARCHITECTURE.md §7): what each cache relies on.
//!
//! Two kinds of facts are recorded, each with the [`Dependent`] that relies
//! on it:
//!
//! - "mentions class K": a cache outside K's loader holds K (a profile row
//!   or inline cache of an interpreted method, and later compiled code).
//!   Only classes of unloadable loaders are recorded, and only by caches
//!   owned by another loader: caches of the same loader die with it.
//!   Unloading K invalidates exactly those dependents
//!   ([`Dependencies::loaders_unloaded`]); dependents owned by the dead
//!   loaders themselves are dropped, since their memory goes too.
//! - class-hierarchy assumptions ([`Assumption`]): "C has no subclass",
//!   "m is the only implementation of itself below C", "I has one
//!   implementor". Defining a class checks them
//!   ([`Dependencies::class_defined`]); a broken one invalidates its
//!   dependents. The JIT registers these; the registry and the check exist
//!   already.
//!
//! Invalidating a profile row empties it (the interpreter refills it);
//! invalidating compiled code goes to the compiler. Every event is counted,
//! and logged with `-Xlog:class+unload=debug` (unloading) or
//! `-Xlog:dependencies` (class hierarchy).

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::bytecode::profile::ProfileRow;
use crate::compiler::InlineCache;
use crate::loader::LoaderRef;
use crate::metadata::{ClassRef, MethodRef};
use crate::runtime::Vm;
use crate::runtime::console;

/// Something that relies on a fact about classes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Dependent {
    /// A receiver-profile row of an interpreted method (emptied on
    /// invalidation).
    ProfileRow(*const ProfileRow),
    /// An inline cache of compiled code (emptied on invalidation).
    InlineCache(*const InlineCache),
    /// Compiled code, by the compiler's id for it.
    Code(u64),
}

// SAFETY: the pointers name rows inside metadata that the registry outlives
// only until the owner's loader is unloaded, when its entries are dropped;
// rows are atomics.
unsafe impl Send for Dependent {}

/// A class-hierarchy assumption.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Assumption {
    /// `class` has no subclass (it is a leaf type).
    NoSubclass(ClassRef),
    /// No subclass of `class` overrides `method` (its vtable slot).
    UniqueMethod { class: ClassRef, method: MethodRef },
    /// `implementor` is the only concrete class implementing `interface`.
    UniqueImplementor { interface: ClassRef, implementor: ClassRef },
}

impl Assumption {
    /// Whether defining `new_class` breaks the assumption.
    pub fn broken_by(&self, new_class: ClassRef) -> bool {
        match *self {
            Assumption::NoSubclass(class) => new_class != class && new_class.is_subtype_of(class),
            Assumption::UniqueMethod { class, method } => {
                new_class != class
                    && new_class.is_subtype_of(class)
                    && method.vtable_index().and_then(|i| new_class.vtable().get(i)).is_some_and(|&m| m != method)
            }
            Assumption::UniqueImplementor { interface, implementor } => {
                !new_class.is_interface()
                    && !new_class.is_abstract()
                    && new_class.is_subtype_of(interface)
                    && !new_class.is_subtype_of(implementor)
            }
        }
    }
}

/// One "mentions" entry: the dependent and the loader that owns it.
#[derive(Copy, Clone, Debug)]
struct Mention {
    owner: u64,
    dependent: Dependent,
}

#[derive(Default)]
struct Registry {
    /// By the address of the class mentioned.
    mentions: HashMap<usize, Vec<Mention>>,
    assumptions: Vec<(Assumption, u64, Dependent)>,
}

/// Counts of the registry's events.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct DependencyStats {
    /// "Mentions" entries recorded so far.
    pub recorded: u64,
    /// Dependents invalidated because a class they mention was unloaded.
    pub invalidated_by_unloading: u64,
    /// Dependents invalidated because a new class broke an assumption.
    pub invalidated_by_hierarchy: u64,
    /// Entries dropped with the dead loaders that owned them.
    pub dropped_with_owner: u64,
}

/// The registry (one per VM).
#[derive(Default)]
pub struct Dependencies {
    registry: Mutex<Registry>,
    recorded: AtomicU64,
    invalidated_by_unloading: AtomicU64,
    invalidated_by_hierarchy: AtomicU64,
    dropped_with_owner: AtomicU64,
}

impl Dependencies {
    /// Records that `dependent`, owned by loader `owner`, mentions
    /// `class`. Nothing is recorded when `class` cannot be unloaded or
    /// belongs to `owner` itself.
    pub fn record_mention(&self, owner: LoaderRef, class: ClassRef, dependent: Dependent) {
        let loader = class.loader();
        if !loader.is_unloadable() || loader == owner {
            return;
        }
        let mention = Mention { owner: owner.id(), dependent };
        self.registry.lock().unwrap().mentions.entry(class.as_ptr() as usize).or_default().push(mention);
        self.recorded.fetch_add(1, Ordering::Relaxed);
    }

    /// Records a class-hierarchy assumption that `dependent` (owned by
    /// loader `owner`) relies on.
    pub fn record_assumption(&self, owner: LoaderRef, assumption: Assumption, dependent: Dependent) {
        self.registry.lock().unwrap().assumptions.push((assumption, owner.id(), dependent));
    }

    /// `class` was just defined: invalidates the dependents of the
    /// assumptions it breaks.
    pub fn class_defined(&self, vm: &Vm, class: ClassRef) {
        let broken: Vec<(Assumption, Dependent)> = {
            let mut registry = self.registry.lock().unwrap();
            if registry.assumptions.is_empty() {
                return;
            }
            let mut broken = Vec::new();
            registry.assumptions.retain(|(a, _, d)| {
                let b = a.broken_by(class);
                if b {
                    broken.push((*a, *d));
                }
                !b
            });
            broken
        };
        for (assumption, dependent) in broken {
            self.invalidated_by_hierarchy.fetch_add(1, Ordering::Relaxed);
            if vm.options().log_dependencies {
                let line = format!("{} breaks {assumption:?}: invalidating {dependent:?}", class.java_name());
                console::log_line(vm, "dependencies", &line);
            }
            invalidate(vm, dependent);
        }
    }

    /// The loaders in `dead` are being unloaded: invalidates what mentions
    /// their classes and drops what they owned.
    pub fn loaders_unloaded(&self, vm: &Vm, dead: &[LoaderRef]) {
        let ids: HashSet<u64> = dead.iter().map(|l| l.id()).collect();
        let dead_classes: Vec<ClassRef> = dead.iter().flat_map(|l| l.classes()).collect();
        let mut to_invalidate = Vec::new();
        {
            let mut registry = self.registry.lock().unwrap();
            for class in &dead_classes {
                if let Some(mentions) = registry.mentions.remove(&(class.as_ptr() as usize)) {
                    let live: Vec<Dependent> =
                        mentions.iter().filter(|m| !ids.contains(&m.owner)).map(|m| m.dependent).collect();
                    if !live.is_empty() {
                        to_invalidate.push((class.java_name(), live));
                    }
                }
            }
            let mut dropped = 0u64;
            for mentions in registry.mentions.values_mut() {
                let before = mentions.len();
                mentions.retain(|m| !ids.contains(&m.owner));
                dropped += (before - mentions.len()) as u64;
            }
            registry.mentions.retain(|_, v| !v.is_empty());
            let dead_ptrs: HashSet<usize> = dead_classes.iter().map(|c| c.as_ptr() as usize).collect();
            let mentions_dead = |a: &Assumption| match *a {
                Assumption::NoSubclass(c) => dead_ptrs.contains(&(c.as_ptr() as usize)),
                Assumption::UniqueMethod { class, .. } => dead_ptrs.contains(&(class.as_ptr() as usize)),
                Assumption::UniqueImplementor { interface, implementor } => {
                    dead_ptrs.contains(&(interface.as_ptr() as usize))
                        || dead_ptrs.contains(&(implementor.as_ptr() as usize))
                }
            };
            registry.assumptions.retain(|(a, owner, d)| {
                if ids.contains(owner) {
                    dropped += 1;
                    return false;
                }
                if mentions_dead(a) {
                    to_invalidate.push((format!("{a:?}"), vec![*d]));
                    return false;
                }
                true
            });
            self.dropped_with_owner.fetch_add(dropped, Ordering::Relaxed);
        }
        for (what, dependents) in to_invalidate {
            self.invalidated_by_unloading.fetch_add(dependents.len() as u64, Ordering::Relaxed);
            if vm.options().log_class_unload_debug {
                let line = format!("invalidating {} dependents of {what}", dependents.len());
                console::log_line_at(vm, "debug", "class,unload", &line);
            }
            for d in dependents {
                invalidate(vm, d);
            }
        }
    }

    /// Drops every entry of `dependent` (its memory is being freed: compiled
    /// code swept after invalidation).
    pub fn forget(&self, dependent: Dependent) {
        let mut registry = self.registry.lock().unwrap();
        for mentions in registry.mentions.values_mut() {
            mentions.retain(|m| m.dependent != dependent);
        }
        registry.mentions.retain(|_, v| !v.is_empty());
        registry.assumptions.retain(|(_, _, d)| *d != dependent);
    }

    /// Whether any live entry still mentions `class` (for checks after
    /// unloading).
    pub fn mentions(&self, class: ClassRef) -> bool {
        self.registry.lock().unwrap().mentions.contains_key(&(class.as_ptr() as usize))
    }

    pub fn stats(&self) -> DependencyStats {
        DependencyStats {
            recorded: self.recorded.load(Ordering::Relaxed),
            invalidated_by_unloading: self.invalidated_by_unloading.load(Ordering::Relaxed),
            invalidated_by_hierarchy: self.invalidated_by_hierarchy.load(Ordering::Relaxed),
            dropped_with_owner: self.dropped_with_owner.load(Ordering::Relaxed),
        }
    }
}

/// Checks that no profile row of any loaded method and no inline cache of
/// compiled code names a class that is not loaded (what unloading must
/// guarantee); describes each that does.
pub fn dangling_profile_rows(vm: &Vm) -> Vec<String> {
    let loaders = vm.loaders();
    let live: HashSet<usize> = loaders.iter().flat_map(|l| l.classes()).map(|c| c.as_ptr() as usize).collect();
    let mut problems = Vec::new();
    for class in loaders.iter().flat_map(|l| l.classes()) {
        for method in class.methods() {
            let Some(Ok(code)) = method.prepared.get() else { continue };
            for (i, profile) in code.profiles.iter().enumerate() {
                for row in profile.rows() {
                    if let Some(c) = row.raw_class()
                        && !live.contains(&c)
                    {
                        problems
                            .push(format!("{} profile {i} names a class that is gone ({c:#x})", method.debug_name()));
                    }
                }
            }
        }
    }
    if let Some(compiler) = vm.compiler() {
        problems.extend(compiler.dangling_cache_entries(&|c| live.contains(&c)));
    }
    problems
}

/// Makes `dependent` stop relying on what it assumed.
fn invalidate(vm: &Vm, dependent: Dependent) {
    match dependent {
        // SAFETY: the row's owner is alive (entries of dead owners were
        // dropped before invalidation), so the row is too.
        Dependent::ProfileRow(row) => unsafe { (*row).reset() },
        // SAFETY: as for rows: the cell's compiled method is alive.
        Dependent::InlineCache(cell) => unsafe { (*cell).reset() },
        Dependent::Code(id) => {
            if let Some(compiler) = vm.compiler() {
                compiler.invalidate(id);
            }
        }
    }
}
