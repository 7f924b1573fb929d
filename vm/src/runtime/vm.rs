//! [`Vm`]: the process-wide state of one Java virtual machine.
//!
//! A `Vm` is created once by the launcher with its options, the boot image
//! (a [`ClassSource`] from the class library), the natives and, optionally,
//! a compiler; it then lives for the rest of the process (`&'static Vm`),
//! as HotSpot's universe does. Everything per-thread is in `JavaThread`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use crema_gc::{Heap, HeapConfig};

use super::assertions::AssertionOptions;
use crate::collector::references::PendingReferences;
use crate::collector::{GcOptions, VerifiedClasses};
use crate::compiler::Compiler;
use crate::compiler::tiering::TieringOptions;
use crate::deps::Dependencies;
use crate::loader::{ClassLoaderData, ClassPath, ClassSource, LoaderKind, LoaderRef};
use crate::metadata::ClassRef;
use crate::oops::{Oop, OopCell};

use super::JavaThread;
use super::exceptions::JResult;
use super::natives::NativeRegistry;
use super::strings::StringTable;
use super::well_known::{WellKnown, primitive_index};
use crate::classfile::BasicType;

/// How methods are executed (`-Xint`, default, `-Xcomp`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ExecutionMode {
    Interpreted,
    Mixed,
    Compiled,
}

/// Everything the launcher decides from the command line.
#[derive(Clone, Debug)]
pub struct VmOptions {
    pub heap: HeapConfig,
    /// The application class path (`-cp`, `-jar`), in order.
    pub class_path: Vec<PathBuf>,
    /// `-Xbootclasspath/a:` entries, searched after the boot image.
    pub boot_class_path_append: Vec<PathBuf>,
    /// `--patch-module java.base=` entries, searched before the boot image.
    pub boot_class_path_prepend: Vec<PathBuf>,
    /// `-D` properties, in command-line order.
    pub properties: Vec<(String, String)>,
    /// `-ea`, `-da`, `-esa`, `-dsa` and their per-class/package forms.
    pub assertions: AssertionOptions,
    /// `-Xss`: bytes of interpreter stack for the main thread.
    pub stack_size: usize,
    /// `-verbose:class` / `-Xlog:class+load`.
    pub log_class_load: bool,
    /// `-verbose:class` / `-Xlog:class+unload`.
    pub log_class_unload: bool,
    /// `-Xlog:class+unload=debug`: also the invalidations unloading causes.
    pub log_class_unload_debug: bool,
    /// `-Xlog:dependencies`: class-hierarchy invalidations.
    pub log_dependencies: bool,
    /// `-Xlog:gc`, `-XX:+GCStress`, `-XX:+VerifyHeap`.
    pub gc: GcOptions,
    /// Compilation thresholds and flags.
    pub tiering: TieringOptions,
    pub mode: ExecutionMode,
}

impl Default for VmOptions {
    fn default() -> VmOptions {
        VmOptions {
            heap: HeapConfig::default_for_machine(),
            class_path: Vec::new(),
            boot_class_path_append: Vec::new(),
            boot_class_path_prepend: Vec::new(),
            properties: Vec::new(),
            assertions: AssertionOptions::default(),
            stack_size: 1 << 20,
            log_class_load: false,
            log_class_unload: false,
            log_class_unload_debug: false,
            log_dependencies: false,
            gc: GcOptions::default(),
            tiering: TieringOptions::default(),
            mode: ExecutionMode::Mixed,
        }
    }
}

/// A Java virtual machine.
pub struct Vm {
    options: VmOptions,
    heap: Heap,
    boot_loader: Box<ClassLoaderData>,
    app_loader: Box<ClassLoaderData>,
    /// The data of every live user class loader.
    #[allow(clippy::vec_box)]
    user_loaders: Mutex<Vec<Box<ClassLoaderData>>>,
    /// Classes defined from class files so far, and unloaded so far.
    classes_defined: AtomicU64,
    classes_unloaded: AtomicU64,
    /// Time spent unloading (deciding, invalidating, freeing), in ns.
    unloading_nanos: AtomicU64,
    pub(crate) boot_source: Box<dyn ClassSource>,
    pub(crate) boot_append: ClassPath,
    pub(crate) boot_patch: ClassPath,
    pub(crate) class_path: ClassPath,
    natives: NativeRegistry,
    pub(crate) strings: StringTable,
    well_known: OnceLock<WellKnown>,
    /// Classes defined before `java/lang/Class` was; they get their
    /// mirrors when it is.
    pub(crate) deferred_mirrors: Mutex<Vec<ClassRef>>,
    preallocated_oom: OopCell,
    /// References cleared by the collector, not yet enqueued by Java.
    pending_references: PendingReferences,
    /// `-XX:+VerifyHeap`'s set of known classes.
    verified_classes: VerifiedClasses,
    /// What caches rely on (ARCHITECTURE.md §7).
    dependencies: Dependencies,
    /// `boolean` .. `void`, created at bootstrap (see `well_known`).
    primitives: OnceLock<Vec<ClassRef>>,
    compiler: Option<Box<dyn Compiler>>,
    start: Instant,
}

impl Vm {
    /// Creates the VM. It lives until the process exits.
    pub fn create(
        options: VmOptions,
        boot_source: Box<dyn ClassSource>,
        natives: NativeRegistry,
        compiler: Option<Box<dyn Compiler>>,
    ) -> Result<&'static Vm, String> {
        let mut heap_config = options.heap;
        heap_config.zap_unused |= options.gc.stress || options.gc.verify;
        let heap = Heap::new(heap_config).map_err(|e| format!("Could not reserve the Java heap: {e}"))?;
        let vm = Box::new(Vm {
            boot_loader: ClassLoaderData::new(LoaderKind::Boot),
            app_loader: ClassLoaderData::new(LoaderKind::App),
            user_loaders: Mutex::new(Vec::new()),
            classes_defined: AtomicU64::new(0),
            classes_unloaded: AtomicU64::new(0),
            unloading_nanos: AtomicU64::new(0),
            boot_append: ClassPath::new(&options.boot_class_path_append),
            boot_patch: ClassPath::new(&options.boot_class_path_prepend),
            class_path: ClassPath::new(&options.class_path),
            heap,
            boot_source,
            natives,
            strings: StringTable::default(),
            well_known: OnceLock::new(),
            deferred_mirrors: Mutex::new(Vec::new()),
            preallocated_oom: OopCell::empty(),
            pending_references: PendingReferences::default(),
            verified_classes: VerifiedClasses::default(),
            dependencies: Dependencies::default(),
            primitives: OnceLock::new(),
            compiler,
            start: Instant::now(),
            options,
        });
        let vm: &'static Vm = Box::leak(vm);
        if let Some(c) = vm.compiler() {
            c.attach(vm);
        }
        Ok(vm)
    }

    pub fn options(&self) -> &VmOptions {
        &self.options
    }

    pub fn heap(&self) -> &Heap {
        &self.heap
    }

    pub fn natives(&self) -> &NativeRegistry {
        &self.natives
    }

    pub fn compiler(&self) -> Option<&dyn Compiler> {
        self.compiler.as_deref()
    }

    pub fn boot_loader(&self) -> LoaderRef {
        LoaderRef::new(&self.boot_loader)
    }

    pub fn app_loader(&self) -> LoaderRef {
        LoaderRef::new(&self.app_loader)
    }

    /// The URL of a resource on the application class path.
    pub fn app_resource_url(&self, name: &str) -> Option<String> {
        self.class_path.resource_url(name)
    }

    /// Every live class loader: boot, application, then the user loaders.
    pub fn loaders(&self) -> Vec<LoaderRef> {
        let users = self.user_loaders.lock().unwrap();
        let mut all = Vec::with_capacity(2 + users.len());
        all.extend([self.boot_loader(), self.app_loader()]);
        all.extend(users.iter().map(|l| LoaderRef::new(l)));
        all
    }

    /// The user loaders' data, for unloading.
    #[allow(clippy::vec_box)]
    pub(crate) fn user_loaders(&self) -> &Mutex<Vec<Box<ClassLoaderData>>> {
        &self.user_loaders
    }

    /// Takes ownership of a new user loader's data.
    pub(crate) fn add_user_loader(&self, data: Box<ClassLoaderData>) -> LoaderRef {
        let r = LoaderRef::new(&data);
        self.user_loaders.lock().unwrap().push(data);
        r
    }

    /// Counts a class defined from a class file.
    pub(crate) fn note_class_defined(&self) {
        self.classes_defined.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts classes unloaded.
    pub(crate) fn note_classes_unloaded(&self, n: u64) {
        self.classes_unloaded.fetch_add(n, Ordering::Relaxed);
    }

    /// Classes (from class files) loaded now: defined minus unloaded.
    pub fn loaded_class_count(&self) -> u64 {
        self.classes_defined.load(Ordering::Relaxed) - self.classes_unloaded.load(Ordering::Relaxed)
    }

    /// Classes unloaded since the VM started.
    pub fn unloaded_class_count(&self) -> u64 {
        self.classes_unloaded.load(Ordering::Relaxed)
    }

    pub(crate) fn note_unloading_time(&self, d: std::time::Duration) {
        self.unloading_nanos.fetch_add(d.as_nanos() as u64, Ordering::Relaxed);
    }

    /// Time spent in class unloading since the VM started.
    pub fn unloading_time(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.unloading_nanos.load(Ordering::Relaxed))
    }

    /// The dependency registry.
    pub fn dependencies(&self) -> &Dependencies {
        &self.dependencies
    }

    pub(crate) fn verified_classes(&self) -> &VerifiedClasses {
        &self.verified_classes
    }

    pub(crate) fn pending_references(&self) -> &PendingReferences {
        &self.pending_references
    }

    /// Takes the oldest reference the collector cleared that is registered
    /// with a queue (`Reference.popPending`).
    pub fn pop_pending_reference(&self) -> Option<Oop> {
        self.pending_references.pop()
    }

    /// Calls `visit` with the VM's own root slots: the preallocated
    /// `OutOfMemoryError` and the references waiting to be enqueued.
    pub(crate) fn for_each_global_root(&self, visit: &mut dyn FnMut(*mut usize)) {
        visit(self.preallocated_oom.slot());
        self.pending_references.for_each_root(visit);
    }

    /// What the VM does as the process exits (normally or by
    /// `System.exit`): the `-Xlog:gc*` heap summary, the `-XX:+CITime`
    /// compiler report, then flushing standard output.
    pub fn shutdown(&self) {
        crate::collector::log_heap_at_exit(self);
        if self.options().tiering.ci_time
            && let Some(compiler) = self.compiler()
        {
            super::console::write_stdout(compiler.statistics().as_bytes());
        }
        super::console::flush();
    }

    /// Seconds since the VM started (the `[0.012s]` of log lines).
    pub fn uptime_seconds(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    /// Nanoseconds since the VM started.
    pub fn uptime_nanos(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    /// The classes and offsets the VM knows by name; available once
    /// bootstrap has finished.
    #[inline(always)]
    pub fn well_known(&self) -> &WellKnown {
        self.well_known.get().expect("the VM has not finished bootstrapping")
    }

    pub(crate) fn well_known_opt(&self) -> Option<&WellKnown> {
        self.well_known.get()
    }

    pub(crate) fn set_well_known(&self, wk: WellKnown) {
        let _ = self.well_known.set(wk);
    }

    pub(crate) fn preallocated_oom(&self) -> Option<Oop> {
        self.preallocated_oom.get()
    }

    pub(crate) fn set_preallocated_oom(&self, e: Oop) {
        self.preallocated_oom.set(Some(e));
    }

    /// The class of primitive type `t` (`int`, `void`, ...).
    pub fn primitive_class(&self, t: BasicType) -> ClassRef {
        self.primitives.get().expect("primitive classes are created at bootstrap")[primitive_index(t)]
    }

    pub(crate) fn set_primitives(&self, classes: Vec<ClassRef>) {
        let _ = self.primitives.set(classes);
    }

    /// The array class with primitive elements of type `t` (`[I`).
    pub fn primitive_array_class(&self, thread: &JavaThread, t: BasicType) -> JResult<ClassRef> {
        crate::loader::array_class_of(thread, self.primitive_class(t))
    }

    /// Loads a boot class by internal name, or throws
    /// `NoClassDefFoundError`.
    pub fn load_boot_class(&self, thread: &JavaThread, name: &str) -> JResult<ClassRef> {
        crate::loader::load_class_or_throw(thread, self.boot_loader(), name)
    }
}
