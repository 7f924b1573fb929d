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
use crema_vm::runtime::{JavaThread, console};

use crate::Jit;
use crate::code::{Blob, BlobKind};

/// Compile-time statistics.
#[derive(Clone, Debug, Default)]
pub struct CompileStats {
    /// Time of each successful compilation.
    pub times: Vec<Duration>,
    /// Code bytes of each.
    pub sizes: Vec<usize>,
    /// Methods declined, with the reason.
    pub declined: Vec<(String, String)>,
}

struct Request {
    method: MethodRef,
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
    pub fn submit(&self, thread: &JavaThread, method: MethodRef, _tier: u8, blocking: bool) {
        if blocking {
            let _paused = self.pause.lock().unwrap();
            self.compile(method, true);
            return;
        }
        let _ = thread;
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
                            jit.broker.compile(request.method, false);
                        }
                    }
                })
                .expect("spawning the compile thread");
            tx
        });
        let _ = sender.send(Request { method });
    }

    /// Compiles `method` now and records the outcome.
    fn compile(&self, method: MethodRef, blocking: bool) {
        let jit = Jit::global();
        match jit.compile_method(method) {
            Ok(blob) => {
                let id = match blob.kind {
                    BlobKind::Method { id, .. } => id,
                    BlobKind::Adapter => 0,
                };
                self.installed.lock().unwrap().insert(id, blob);
                method.jit().state.store(State::Compiled as u8, Ordering::Release);
                print_compilation(method, id, blocking, "");
            }
            Err(e) => {
                method.jit().state.store(State::NotCompilable as u8, Ordering::Release);
                let reason = match e {
                    crema_vm::compiler::CompileError::Unsupported(r) | crema_vm::compiler::CompileError::Failed(r) => r,
                };
                log::info!("not compiling {}: {reason}", method.debug_name());
                self.stats.lock().unwrap().declined.push((method.debug_name(), reason));
            }
        }
    }

    pub fn note_compiled(&self, time: Duration, size: usize) {
        let mut stats = self.stats.lock().unwrap();
        stats.times.push(time);
        stats.sizes.push(size);
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
        if let BlobKind::Method { method, .. } = blob.kind {
            let entry = method.jit();
            entry.code.store(0, Ordering::Release);
            entry.tier.store(0, Ordering::Release);
            entry.code_id.store(0, Ordering::Release);
            entry.entry.store(0, Ordering::Release);
            Jit::global().ensure_entry(method);
            entry.invocations.store(0, Ordering::Relaxed);
            entry.backedges.store(0, Ordering::Relaxed);
            entry.state.store(State::Interpreted as u8, Ordering::Release);
            print_compilation(method, id, false, "   made not entrant");
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
/// `n` native), tier, `Class::method (N bytes)`, and a suffix.
fn print_compilation(method: MethodRef, id: u64, blocking: bool, suffix: &str) {
    let vm = Jit::global().vm();
    if !vm.options().tiering.print_compilation {
        return;
    }
    let has_handlers = method.code().is_some_and(|c| !c.exception_table.is_empty());
    let bytes = method.code().map_or(0, |c| c.bytecode.len());
    let line = format!(
        "{:7} {:4} {}{}{}{}{} {}       {}::{} ({} bytes){suffix}\n",
        vm.uptime_nanos() / 1_000_000,
        id,
        ' ',
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
