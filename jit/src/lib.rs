//! crema-jit: the Cranelift JIT (ARCHITECTURE.md §6).
//!
//! - `translate`: tier 1, bytecode to Cranelift IR with stack maps, data
//!   cells for resolution (`sites`) and inline caches.
//! - `adapters`: i2c and c2i adapters per signature shape, and the
//!   safepoint-poll stub.
//! - `helpers`: the runtime functions compiled code calls.
//! - `code`: the code cache, blobs (code plus safepoint metadata) and the
//!   frame walk the VM uses to find compiled frames.
//! - `broker`: the compile queue and thread, installation, invalidation,
//!   `-XX:+PrintCompilation`, the `-XX:+CITime` statistics.
//!
//! Invariants: no heap address is embedded in code (only metadata and
//! helper addresses, and cells); every call compiled code makes is a
//! safepoint with a stack map; code is entered only through entry cells,
//! which invalidation resets before the code is freed.
//!
//! The compiler is a process-wide singleton ([`Jit::global`]): helpers
//! reach it without a handle. The VM sees it through
//! `crema_vm::compiler::Compiler` ([`CraneliftCompiler`]).

mod adapters;
mod broker;
mod code;
mod helpers;
mod sites;
mod translate;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use cranelift_codegen::Context;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};

use crema_vm::compiler::{Anchor, CompileError, CompiledFrame, Compiler};
use crema_vm::metadata::MethodRef;
use crema_vm::runtime::{JavaThread, Vm};

use adapters::Shape;
use code::{Blob, BlobKind, CodeCache, CodeTable, Safepoint};
use sites::SiteData;

pub use broker::{Compilation, CompileStats};

/// Bytes of executable memory reserved.
const CODE_CACHE_SIZE: usize = 256 << 20;

/// The JIT's process-wide state.
pub struct Jit {
    isa: OwnedTargetIsa,
    cache: CodeCache,
    table: CodeTable,
    /// (i2c, c2i) adapter addresses per shape.
    adapters: Mutex<HashMap<Shape, (usize, usize)>>,
    /// The safepoint-poll stub (see `adapters`).
    poll_stub: OnceLock<usize>,
    next_id: AtomicU64,
    vm: OnceLock<&'static Vm>,
    broker: broker::Broker,
}

static JIT: OnceLock<Jit> = OnceLock::new();

impl Jit {
    /// The JIT (created on first use).
    pub fn global() -> &'static Jit {
        JIT.get_or_init(|| {
            let mut flags = settings::builder();
            flags.set("opt_level", "speed").expect("a known setting");
            flags.set("preserve_frame_pointers", "true").expect("a known setting");
            flags
                .set("enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })
                .expect("a known setting");
            let isa = cranelift_native::builder()
                .expect("a supported host")
                .finish(settings::Flags::new(flags))
                .expect("an ISA for the host");
            Jit {
                isa,
                cache: CodeCache::new(CODE_CACHE_SIZE).expect("reserving the code cache"),
                table: CodeTable::default(),
                adapters: Mutex::new(HashMap::new()),
                poll_stub: OnceLock::new(),
                next_id: AtomicU64::new(1),
                vm: OnceLock::new(),
                broker: broker::Broker::default(),
            }
        })
    }

    fn call_conv(&self) -> CallConv {
        self.isa.default_call_conv()
    }

    fn vm(&self) -> &'static Vm {
        self.vm.get().expect("the VM attached itself")
    }

    /// The heap's card table base, for the inline write barrier.
    pub fn card_base(&self) -> usize {
        self.vm().heap().card_base()
    }

    pub fn use_inline_caches(&self) -> bool {
        self.vm().options().tiering.use_inline_caches
    }

    /// Whether `-XX:+GCStress` is on (every allocation goes to the
    /// runtime).
    pub fn gc_stress(&self) -> bool {
        self.vm().options().gc.stress
    }

    /// The class of arrays of `element` (a primitive type), if it exists.
    pub fn primitive_array_class(
        &self,
        element: crema_vm::classfile::BasicType,
    ) -> Option<crema_vm::metadata::ClassRef> {
        self.vm().primitive_class(element).existing_array_class()
    }

    /// Compiles `func` and installs it; `kind` and `sites` describe it.
    fn emit(&self, func: Function, kind: BlobKind, sites: SiteData) -> Result<Arc<Blob>, String> {
        // CREMA_JIT_DUMP=<method name>: the IR and the machine code of the
        // methods of that name, on standard error (a debugging aid).
        let dump = match (&kind, std::env::var("CREMA_JIT_DUMP")) {
            (BlobKind::Method { method, .. }, Ok(name)) => method.name() == name,
            _ => false,
        };
        if dump {
            eprintln!("{}", func.display());
        }
        let mut ctx = Context::for_function(func);
        ctx.set_disasm(dump);
        let compiled = ctx.compile(&*self.isa, &mut ControlPlane::default()).map_err(|e| format!("{:?}", e.inner))?;
        if let Some(disasm) = compiled.vcode.as_ref().filter(|_| dump) {
            eprintln!("{disasm}");
        }
        if !compiled.buffer.relocs().is_empty() {
            return Err(format!("unexpected relocations: {:?}", compiled.buffer.relocs()));
        }
        let bytes = compiled.code_buffer();
        let srclocs = compiled.buffer.get_srclocs_sorted();
        let bci_at = |offset: u32| -> u32 {
            let i = srclocs.partition_point(|s| s.end <= offset);
            srclocs.get(i).filter(|s| s.start <= offset).map_or(0, |s| s.loc.bits())
        };
        let maps = compiled.buffer.user_stack_maps();
        let mut safepoints: Vec<Safepoint> = compiled
            .buffer
            .call_sites()
            .map(|site| {
                let refs: Box<[u32]> = maps
                    .iter()
                    .find(|(offset, _, _)| *offset == site.ret_addr)
                    .map(|(_, _, map)| map.entries().map(|(_, o)| o).collect())
                    .unwrap_or_default();
                let frame_size = maps
                    .iter()
                    .find(|(offset, _, _)| *offset == site.ret_addr)
                    .map(|(_, span, _)| *span)
                    .or(site.frame_offset)
                    .unwrap_or(0);
                Safepoint { return_offset: site.ret_addr, frame_size, bci: bci_at(site.ret_addr - 1), refs }
            })
            .collect();
        safepoints.sort_by_key(|s| s.return_offset);
        let start = self.cache.install(bytes).ok_or("the code cache is full")?;
        let blob = Arc::new(Blob { start, len: bytes.len(), kind, safepoints: safepoints.into(), sites });
        self.table.insert(blob.clone());
        Ok(blob)
    }

    /// The (i2c, c2i) adapters of `shape`, generated on first request.
    fn adapters(&self, shape: &Shape) -> Result<(usize, usize), String> {
        if let Some(&a) = self.adapters.lock().unwrap().get(shape) {
            return Ok(a);
        }
        let mut i2c = Function::new();
        adapters::build_i2c(&mut i2c, shape, self.call_conv(), self.isa.frontend_config());
        let i2c = self.emit(i2c, BlobKind::Adapter, SiteData::default())?.start;
        let mut c2i = Function::new();
        adapters::build_c2i(&mut c2i, shape, self.call_conv(), self.isa.frontend_config());
        let c2i = self.emit(c2i, BlobKind::Adapter, SiteData::default())?.start;
        Ok(*self.adapters.lock().unwrap().entry(shape.clone()).or_insert((i2c, c2i)))
    }

    /// The safepoint-poll stub's address, generated on first request.
    pub fn poll_stub(&self) -> usize {
        *self.poll_stub.get_or_init(|| {
            let mut f = Function::new();
            adapters::build_poll_stub(&mut f, self.call_conv(), self.isa.frontend_config());
            match self.emit(f, BlobKind::Adapter, SiteData::default()) {
                Ok(blob) => blob.start,
                Err(e) => panic!("crema: cannot build the poll stub: {e}"),
            }
        })
    }

    /// Makes sure `m`'s entry cell is set (its c2i adapter, if it has no
    /// compiled code).
    pub fn ensure_entry(&self, m: MethodRef) {
        let entry = &m.jit().entry;
        if entry.load(Ordering::Acquire) != 0 {
            return;
        }
        match self.adapters(&Shape::of(m)) {
            Ok((_, c2i)) => {
                let _ = entry.compare_exchange(0, c2i, Ordering::AcqRel, Ordering::Acquire);
            }
            Err(e) => panic!("crema: cannot build an adapter for {}: {e}", m.debug_name()),
        }
    }

    /// Compiles `method` at tier 1 — its normal entry, or an OSR entry at
    /// instruction `osr` — and installs it.
    fn compile_method(&self, method: MethodRef, osr: Option<usize>) -> Result<Arc<Blob>, CompileError> {
        let started = Instant::now();
        let translated = translate::translate(method, self.call_conv(), self.isa.frontend_config(), osr)
            .map_err(CompileError::Unsupported)?;
        let (i2c, _) = self.adapters(&Shape::of(method)).map_err(CompileError::Failed)?;
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let kind = BlobKind::Method { method, id, osr: osr.map(|pc| pc as u32) };
        let blob = self.emit(translated.func, kind, translated.sites).map_err(CompileError::Failed)?;
        self.record_mentions(method, id, &blob);
        let entry = method.jit();
        match osr {
            Some(pc) => {
                entry.osr_id.store(id, Ordering::Release);
                entry.osr_pc.store(pc as u32, Ordering::Release);
                entry.osr_code.store(blob.start, Ordering::Release);
            }
            None => {
                entry.i2c.store(i2c, Ordering::Release);
                entry.code_id.store(id, Ordering::Release);
                entry.tier.store(1, Ordering::Release);
                entry.entry.store(blob.start, Ordering::Release);
                entry.code.store(blob.start, Ordering::Release);
            }
        }
        self.broker.note_compiled(Compilation {
            method: method.debug_name(),
            time: started.elapsed(),
            code_bytes: blob.len,
            bytecode_bytes: method.code().map_or(0, |c| c.bytecode.len()),
            osr: osr.is_some(),
        });
        Ok(blob)
    }
}

impl Jit {
    /// Registers the classes `blob`'s code embeds (resolved at compile
    /// time) with the dependency registry; only classes of other,
    /// unloadable loaders are recorded.
    fn record_mentions(&self, method: MethodRef, id: u64, blob: &Blob) {
        let deps = self.vm().dependencies();
        let owner = method.class().loader();
        let dependent = crema_vm::deps::Dependent::Code(id);
        for site in &blob.sites.calls {
            let target = site.target.load(Ordering::Relaxed);
            if target != 0 {
                // SAFETY: a prefilled target is a resolved method.
                let m = unsafe { MethodRef::from_raw(target as *const crema_vm::metadata::Method) };
                deps.record_mention(owner, m.class(), dependent);
            }
        }
        for site in &blob.sites.sites {
            let value = site.value.load(Ordering::Relaxed);
            if value != 0 && matches!(site.kind, sites::SiteKind::New | sites::SiteKind::Class) {
                // SAFETY: class sites hold resolved classes.
                let c = unsafe { crema_vm::metadata::ClassRef::from_raw(value as *const crema_vm::metadata::Class) };
                deps.record_mention(owner, c, dependent);
            }
        }
    }
}

/// The compiler the launcher registers with the VM.
#[derive(Default)]
pub struct CraneliftCompiler;

impl CraneliftCompiler {
    pub fn new() -> CraneliftCompiler {
        Jit::global();
        CraneliftCompiler
    }

    /// Compile-time statistics so far.
    pub fn stats() -> CompileStats {
        Jit::global().broker.stats()
    }
}

impl Compiler for CraneliftCompiler {
    fn name(&self) -> &str {
        "cranelift"
    }

    fn max_tier(&self) -> u8 {
        1
    }

    fn attach(&self, vm: &'static Vm) {
        let _ = Jit::global().vm.set(vm);
    }

    fn compile(&self, method: MethodRef, _tier: u8) -> Result<(), CompileError> {
        Jit::global().compile_method(method, None).map(|_| ())
    }

    fn submit(&self, _thread: &JavaThread, method: MethodRef, _tier: u8, blocking: bool) {
        Jit::global().broker.submit(method, None, blocking);
    }

    fn submit_osr(&self, _thread: &JavaThread, method: MethodRef, pc: u32, blocking: bool) {
        Jit::global().broker.submit(method, Some(pc as usize), blocking);
    }

    fn walk_segment(&self, anchor: Anchor, visit: &mut dyn FnMut(&CompiledFrame)) {
        Jit::global().table.walk_segment(anchor, visit);
    }

    fn invalidate(&self, code: u64) {
        Jit::global().broker.invalidate(code);
    }

    fn deoptimize_all(&self) -> usize {
        Jit::global().broker.invalidate_all()
    }

    fn forget_queued(&self, dead: &dyn Fn(MethodRef) -> bool) {
        Jit::global().broker.forget_queued(dead);
    }

    fn while_paused(&self, f: &mut dyn FnMut()) {
        Jit::global().broker.while_paused(f)
    }

    fn sweep(&self, active_pcs: &[usize]) {
        Jit::global().broker.sweep(active_pcs);
    }

    fn statistics(&self) -> String {
        let jit = Jit::global();
        jit.broker.stats().report(jit.cache.used())
    }

    fn dangling_cache_entries(&self, is_loaded: &dyn Fn(usize) -> bool) -> Vec<String> {
        let mut problems = Vec::new();
        for blob in Jit::global().table.all() {
            for site in &blob.sites.calls {
                for c in site.ic.classes() {
                    if !is_loaded(c as usize) {
                        problems
                            .push(format!("an inline cache of {:?} names a class that is gone ({c:?})", blob.method()));
                    }
                }
            }
        }
        problems
    }
}
