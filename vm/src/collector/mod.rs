//! The VM's binding to the collector (crema-gc, ARCHITECTURE.md §5).
//!
//! The `gc` crate owns the heap and the algorithms; this module gives it
//! what it cannot know: how objects look ([`VmObjectModel`]), where the
//! roots are (`roots`), what to do with cleared references
//! (`references`), and what to print (`log`). It also owns the policy the
//! command line sets: `-XX:+GCStress` and `-XX:+VerifyHeap`.
//!
//! Every collection starts from [`JavaThread::collect`] on the thread that
//! allocates (or calls `System.gc()`), at a safepoint: the interpreter has
//! synced its frame, and Rust code holds objects only in handles.

mod log;
mod object_model;
pub(crate) mod references;
mod roots;

use std::sync::{Arc, Mutex};

use crema_gc::{GcCause, GcEvent, GcKind, Oop, RefSlot, VmBinding};

pub(crate) use log::{log_heap_at_exit, log_start};
pub(crate) use object_model::{ClassSet, VmObjectModel};

use crate::loader::{ClassLoaderData, unloading};
use crate::runtime::JavaThread;
use crate::runtime::console;

/// How much `-Xlog:gc` prints.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum GcLog {
    #[default]
    Off,
    /// `-Xlog:gc`, `-verbose:gc`: one line per collection.
    Gc,
    /// `-Xlog:gc*`: also start lines and the heap at exit.
    Details,
}

/// The command line's collector options besides the heap sizes.
#[derive(Copy, Clone, Debug)]
pub struct GcOptions {
    pub log: GcLog,
    /// `-XX:+GCStress`: collect at every `stress_interval`-th allocation.
    pub stress: bool,
    /// `-XX:GCStressInterval=n` (at least 1).
    pub stress_interval: u32,
    /// `-XX:+VerifyHeap`: check the heap after every collection.
    pub verify: bool,
}

impl Default for GcOptions {
    fn default() -> GcOptions {
        GcOptions { log: GcLog::Off, stress: false, stress_interval: 1, verify: false }
    }
}

/// The classes `-XX:+VerifyHeap` accepts in object headers, and the class
/// epoch (`loader::class_epoch`) the set was built at.
pub(crate) type VerifiedClasses = Mutex<Option<(u64, Arc<ClassSet>)>>;

/// What the collector is given for one collection.
struct Binding<'t> {
    thread: &'t JavaThread,
    model: VmObjectModel,
    /// Loaders a full collection found dead, unloaded once it is over.
    #[allow(clippy::vec_box)]
    dead_loaders: Vec<Box<ClassLoaderData>>,
}

impl<'t> Binding<'t> {
    fn new(thread: &'t JavaThread) -> Binding<'t> {
        Binding { thread, model: VmObjectModel::default(), dead_loaders: Vec::new() }
    }

    /// A binding whose model checks every class pointer against the
    /// classes the VM has loaded (the set is rebuilt when classes were
    /// created or freed since it was built).
    fn verifying(thread: &'t JavaThread) -> Binding<'t> {
        let vm = thread.vm();
        let epoch = crate::loader::class_epoch();
        let mut cache = vm.verified_classes().lock().unwrap();
        let classes = match &*cache {
            Some((e, set)) if *e == epoch => set.clone(),
            _ => {
                let mut set = ClassSet::default();
                for loader in vm.loaders() {
                    set.extend(loader.classes().iter().map(|c| c.as_ptr() as usize));
                }
                let set = Arc::new(set);
                *cache = Some((epoch, set.clone()));
                set
            }
        };
        Binding { thread, model: VmObjectModel::verifying(classes), dead_loaders: Vec::new() }
    }
}

impl VmBinding for Binding<'_> {
    type Model = VmObjectModel;

    fn model(&self) -> &VmObjectModel {
        &self.model
    }

    fn visit_roots(&mut self, visit: &mut dyn FnMut(RefSlot)) {
        roots::visit_roots(self.thread, visit);
    }

    fn visit_weak_roots(&mut self, visit: &mut dyn FnMut(RefSlot)) {
        roots::visit_weak_roots(self.thread, visit);
    }

    fn mark_weak_roots(&mut self, is_marked: &dyn Fn(usize) -> bool, visit: &mut dyn FnMut(RefSlot)) -> bool {
        unloading::mark_live_loaders(self.thread, is_marked, &mut |slot| visit(RefSlot(slot)))
    }

    fn prune_weak_roots(&mut self, is_marked: &dyn Fn(usize) -> bool) {
        let vm = self.thread.vm();
        vm.strings.prune(is_marked);
        self.dead_loaders.extend(unloading::detach_dead(vm));
    }

    fn references_cleared(&mut self, cleared: &[Oop]) {
        references::cleared(self.thread.vm(), cleared);
    }

    fn collected(&mut self, event: &GcEvent) {
        unloading::unload(self.thread.vm(), std::mem::take(&mut self.dead_loaders));
        if event.kind == GcKind::Full {
            sweep_compiled_code(self.thread);
        }
        log::log_collection(self.thread.vm(), event);
        if self.thread.vm().options().gc.verify {
            verify_heap(self.thread);
        }
    }
}

impl JavaThread {
    /// Allocates `size` bytes when the TLAB cannot: collects as needed.
    /// `None` means the heap is exhausted (`OutOfMemoryError`).
    #[cold]
    pub(crate) fn allocate_slow(&self, size: usize) -> Option<Oop> {
        let heap = self.vm().heap();
        if self.in_oom.get() {
            // Building the OutOfMemoryError: use the reserve, no collection.
            return heap.allocate(self.tlab(), size).or_else(|| heap.allocate_reserve(size));
        }
        let mut binding = Binding::new(self);
        heap.allocate_or_collect(self.tlab(), size, &mut binding)
    }

    /// Runs a collection of `kind` now.
    pub fn collect(&self, kind: GcKind, cause: GcCause) {
        let mut binding = Binding::new(self);
        self.vm().heap().collect(kind, cause, self.tlab(), &mut binding);
    }

    /// `-XX:+GCStress`: called before every allocation; collects at every
    /// `interval`-th (a full collection at every 64th of those, so that the
    /// old generation moves too).
    #[inline]
    pub fn gc_stress_tick(&self) {
        let options = &self.vm().options().gc;
        if !options.stress {
            return;
        }
        let n = self.stress_count.get() + 1;
        self.stress_count.set(n);
        let interval = u64::from(options.stress_interval.max(1));
        if self.in_oom.get() || !n.is_multiple_of(interval) {
            return;
        }
        let kind = if (n / interval).is_multiple_of(64) { GcKind::Full } else { GcKind::Young };
        self.collect(kind, GcCause::Stress);
    }
}

/// Lets the compiler free invalidated code that no frame is executing.
fn sweep_compiled_code(thread: &JavaThread) {
    let Some(compiler) = thread.vm().compiler() else { return };
    let mut pcs = Vec::new();
    for frame in thread.frames() {
        if let crate::runtime::thread::FrameKind::Compiled(anchor) = frame.kind {
            compiler.walk_segment(anchor, &mut |cf| pcs.push(cf.pc));
        }
    }
    compiler.sweep(&pcs);
}

/// `-XX:+VerifyHeap`: checks the heap right after a collection (before
/// the allocation that caused it takes its block). A broken heap is a VM
/// bug, reported and fatal.
fn verify_heap(thread: &JavaThread) {
    let mut binding = Binding::verifying(thread);
    let errors = thread.vm().heap().verify(thread.tlab(), &mut binding);
    if !errors.is_empty() {
        let mut report = String::from("crema: heap verification failed after a collection:\n");
        for e in &errors {
            report.push_str("  ");
            report.push_str(e);
            report.push('\n');
        }
        console::write_stderr(report.as_bytes());
        std::process::abort();
    }
}
