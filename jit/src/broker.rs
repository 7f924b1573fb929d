//! The compile broker: the queue, the compile thread, installation,
//! invalidation and the freeing of invalidated code.
//!
//! Submitted methods are recorded as queued; the compile thread takes them
//! from a crossbeam channel and compiles while holding the pause lock,
//! which class unloading takes before it drops the queued methods of the
//! dying classes and frees their metadata, so the two never overlap and a
//! dropped method is skipped. `-Xbatch` and
//! `-Xcomp` compile on the submitting thread instead.
//!
//! Invalidated code is not entered again (its method's entry cells go back
//! to the interpreter at once) but stays in the code cache, retired, until
//! a full collection finds no activation of it on the stack.
//! `-XX:+PrintCompilation` prints HotSpot's columns for both events.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use crossbeam_channel::{Sender, unbounded};

use crema_vm::compiler::tiering::State;
use crema_vm::deps::Dependent;
use crema_vm::metadata::MethodRef;
use crema_vm::runtime::console;

use crate::Jit;
use crate::code::{Blob, BlobKind};

/// One successful compilation.
#[derive(Clone, Debug)]
pub struct Compilation {
    /// `Class.name(descriptor)`.
    pub method: String,
    pub time: Duration,
    /// Machine-code bytes.
    pub code_bytes: usize,
    /// Bytecode bytes of the method.
    pub bytecode_bytes: usize,
    pub osr: bool,
}

/// Compile-time statistics.
#[derive(Clone, Debug, Default)]
pub struct CompileStats {
    pub compilations: Vec<Compilation>,
    /// Methods declined, with the reason (each pair once).
    pub declined: Vec<(String, String)>,
}

impl CompileStats {
    /// The `-XX:+CITime` report; `code_cache_bytes` is the code cache in use.
    pub fn report(&self, code_cache_bytes: usize) -> String {
        use std::fmt::Write;
        let mut times: Vec<Duration> = self.compilations.iter().map(|c| c.time).collect();
        let mut sizes: Vec<usize> = self.compilations.iter().map(|c| c.code_bytes).collect();
        times.sort();
        sizes.sort();
        let median = |n: usize| n / 2;
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let total: Duration = times.iter().sum();
        let slowest = self.compilations.iter().max_by_key(|c| c.time).map_or("", |c| c.method.as_str());
        let largest = self.compilations.iter().max_by_key(|c| c.code_bytes).map_or("", |c| c.method.as_str());
        let osr = self.compilations.iter().filter(|c| c.osr).count();
        let bytecode: usize = self.compilations.iter().map(|c| c.bytecode_bytes).sum();
        let mut out = String::new();
        let _ = writeln!(out, "Accumulated compiler times (tier 1, Cranelift)");
        let _ = writeln!(out, "----------------------------------------------");
        let _ = writeln!(
            out,
            "  Methods compiled     : {} ({osr} OSR), {} declined",
            self.compilations.len(),
            self.declined.len()
        );
        let _ = writeln!(out, "  Total compile time   : {:.3} s", total.as_secs_f64());
        if !times.is_empty() {
            let (m, x) = (times[median(times.len())], times[times.len() - 1]);
            let _ = writeln!(out, "  Per method           : median {:.3} ms, max {:.3} ms ({slowest})", ms(m), ms(x));
            let (m, x) = (sizes[median(sizes.len())], sizes[sizes.len() - 1]);
            let total: usize = sizes.iter().sum();
            let _ = writeln!(
                out,
                "  Code size per method : median {m} bytes, max {x} bytes ({largest}), total {total} bytes"
            );
        }
        let _ = writeln!(out, "  Bytecode compiled    : {bytecode} bytes");
        let _ = writeln!(out, "  Code cache in use    : {code_cache_bytes} bytes");
        for (method, reason) in &self.declined {
            let _ = writeln!(out, "  Declined {method}: {reason}");
        }
        out
    }
}

struct Request {
    method: MethodRef,
    /// An OSR compilation at this instruction.
    osr: Option<usize>,
}

#[derive(Default)]
pub struct Broker {
    sender: OnceLock<Sender<Request>>,
    pinned: Mutex<Vec<MethodRef>>,
    pause: Mutex<()>,
    stats: Mutex<CompileStats>,
    /// Installed method code by id.
    installed: Mutex<HashMap<u64, Arc<Blob>>>,
    /// Invalidated code awaiting a sweep.
    retired: Mutex<Vec<Arc<Blob>>>,
}

impl Broker {
    pub fn submit(&self, method: MethodRef, osr: Option<usize>, blocking: bool) {
        if blocking {
            let _paused = self.pause.lock().unwrap();
            self.compile(method, osr, true);
            return;
        }
        self.pinned.lock().unwrap().push(method);
        let sender = self.sender.get_or_init(|| {
            let (tx, rx) = unbounded::<Request>();
            std::thread::Builder::new()
                .name("crema-compiler".into())
                .spawn(move || {
                    for request in rx {
                        let jit = Jit::global();
                        let _paused = jit.broker.pause.lock().unwrap();
                        // A method whose class was unloaded since it was
                        // queued is no longer pinned: skip it.
                        let queued = {
                            let mut pinned = jit.broker.pinned.lock().unwrap();
                            let at = pinned.iter().position(|&m| m == request.method);
                            at.map(|i| pinned.swap_remove(i)).is_some()
                        };
                        if queued {
                            jit.broker.compile(request.method, request.osr, false);
                        }
                    }
                })
                .expect("spawning the compile thread");
            tx
        });
        let _ = sender.send(Request { method, osr });
    }

    /// Compiles `method` (for OSR at `osr`) now and records the outcome.
    fn compile(&self, method: MethodRef, osr: Option<usize>, blocking: bool) {
        let jit = Jit::global();
        let state = if osr.is_some() { &method.jit().osr_state } else { &method.jit().state };
        // A bug in the compiler must not take the VM down: the method stays
        // interpreted.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| jit.compile_method(method, osr)))
            .unwrap_or_else(|_| Err(crema_vm::compiler::CompileError::Failed("the compiler panicked".into())));
        match result {
            Ok(blob) => {
                let id = match blob.kind {
                    BlobKind::Method { id, .. } => id,
                    BlobKind::Adapter => 0,
                };
                self.installed.lock().unwrap().insert(id, blob);
                state.store(State::Compiled as u8, Ordering::Release);
                print_compilation(method, id, osr, blocking, "");
            }
            Err(e) => {
                state.store(State::NotCompilable as u8, Ordering::Release);
                let reason = match e {
                    crema_vm::compiler::CompileError::Unsupported(r) | crema_vm::compiler::CompileError::Failed(r) => r,
                };
                log::info!("not compiling {}: {reason}", method.debug_name());
                // The OSR and the normal entry of a method are declined for
                // the same reason: count the method once.
                let declined = (method.debug_name(), reason);
                let mut stats = self.stats.lock().unwrap();
                if !stats.declined.contains(&declined) {
                    stats.declined.push(declined);
                }
            }
        }
    }

    pub fn note_compiled(&self, compilation: Compilation) {
        self.stats.lock().unwrap().compilations.push(compilation);
    }

    pub fn stats(&self) -> CompileStats {
        self.stats.lock().unwrap().clone()
    }

    /// Drops queued methods for which `dead` holds (called while paused).
    pub fn forget_queued(&self, dead: &dyn Fn(MethodRef) -> bool) {
        self.pinned.lock().unwrap().retain(|&m| !dead(m));
    }

    pub fn while_paused(&self, f: &mut dyn FnMut()) {
        let _paused = self.pause.lock().unwrap();
        f();
    }

    /// Sends code `id`'s method back to the interpreter; the code is freed
    /// by a later sweep.
    pub fn invalidate(&self, id: u64) {
        let Some(blob) = self.installed.lock().unwrap().remove(&id) else { return };
        if let BlobKind::Method { method, osr, .. } = blob.kind {
            let entry = method.jit();
            if osr.is_some() {
                entry.osr_code.store(0, Ordering::Release);
                entry.osr_id.store(0, Ordering::Release);
                entry.osr_state.store(State::Interpreted as u8, Ordering::Release);
            } else {
                entry.code.store(0, Ordering::Release);
                entry.tier.store(0, Ordering::Release);
                entry.code_id.store(0, Ordering::Release);
                entry.entry.store(0, Ordering::Release);
                Jit::global().ensure_entry(method);
                entry.state.store(State::Interpreted as u8, Ordering::Release);
            }
            entry.invocations.store(0, Ordering::Relaxed);
            entry.backedges.store(0, Ordering::Relaxed);
            print_compilation(method, id, osr.map(|pc| pc as usize), false, "   made not entrant");
        }
        self.retired.lock().unwrap().push(blob);
    }

    /// Invalidates all installed code; returns how many methods.
    pub fn invalidate_all(&self) -> usize {
        let ids: Vec<u64> = self.installed.lock().unwrap().keys().copied().collect();
        for &id in &ids {
            self.invalidate(id);
        }
        ids.len()
    }

    /// Frees retired code that no frame is executing.
    pub fn sweep(&self, active_pcs: &[usize]) {
        let jit = Jit::global();
        let mut retired = self.retired.lock().unwrap();
        retired.retain(|blob| {
            let active = active_pcs.iter().any(|&pc| pc >= blob.start && pc < blob.start + blob.len);
            if !active {
                let vm = jit.vm();
                for site in &blob.sites.calls {
                    vm.dependencies().forget(Dependent::InlineCache(&site.ic));
                }
                jit.table.remove(blob.start);
                jit.cache.free(blob.start, blob.len);
            }
            active
        });
    }
}

/// A `-XX:+PrintCompilation` line, in HotSpot's columns: time (ms), id,
/// attributes (`%` OSR, `s` synchronized, `!` has handlers, `b` blocking,
/// `n` native), tier, `Class::method (N bytes)` (`@ bci` for OSR), and a
/// suffix.
fn print_compilation(method: MethodRef, id: u64, osr: Option<usize>, blocking: bool, suffix: &str) {
    let vm = Jit::global().vm();
    if !vm.options().tiering.print_compilation {
        return;
    }
    let has_handlers = method.code().is_some_and(|c| !c.exception_table.is_empty());
    let bytes = method.code().map_or(0, |c| c.bytecode.len());
    let at = match osr.and_then(|pc| method.prepared_code().map(|c| c.bci(pc))) {
        Some(bci) => format!(" @ {bci}"),
        None => String::new(),
    };
    let line = format!(
        "{:7} {:4} {}{}{}{}{} {}       {}::{}{at} ({} bytes){suffix}\n",
        vm.uptime_nanos() / 1_000_000,
        id,
        if osr.is_some() { '%' } else { ' ' },
        if method.is_synchronized() { 's' } else { ' ' },
        if has_handlers { '!' } else { ' ' },
        if blocking { 'b' } else { ' ' },
        ' ',
        1,
        method.class().java_name(),
        method.name(),
        bytes
    );
    console::write_stdout(line.as_bytes());
}
