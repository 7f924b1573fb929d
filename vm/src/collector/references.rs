//! `java.lang.ref` support: references the collector cleared, waiting to be
//! enqueued.
//!
//! HotSpot hands cleared references to a Java thread (the reference
//! handler) through a pending list. crema has one Java thread, so the list
//! is drained lazily: `ReferenceQueue.poll` and `remove` first ask for the
//! pending references (`Reference.popPending`, below) and enqueue each on
//! its queue. Only references registered with a queue are kept; the list's
//! slots are roots until Java takes them.

use std::collections::VecDeque;
use std::sync::Mutex;

use crema_gc::Oop;

use crate::oops;
use crate::runtime::Vm;

/// Cleared references that have a queue, oldest first.
#[derive(Default)]
pub(crate) struct PendingReferences {
    list: Mutex<VecDeque<usize>>,
}

impl PendingReferences {
    /// Calls `visit` with each pending reference's slot (roots).
    pub fn for_each_root(&self, visit: &mut dyn FnMut(*mut usize)) {
        for slot in self.list.lock().unwrap().iter_mut() {
            visit(slot);
        }
    }

    /// Takes the oldest pending reference.
    pub fn pop(&self) -> Option<Oop> {
        self.list.lock().unwrap().pop_front().and_then(Oop::from_addr)
    }
}

/// Called after a collection with the references whose referents it
/// cleared.
pub(crate) fn cleared(vm: &Vm, references: &[Oop]) {
    let Some(wk) = vm.well_known_opt() else { return };
    let mut list = vm.pending_references().list.lock().unwrap();
    for &r in references {
        if oops::get_ref(r, wk.reference_queue as usize).is_some() {
            list.push_back(r.addr());
        }
    }
}
