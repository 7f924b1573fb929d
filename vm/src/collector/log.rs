//! `-Xlog:gc` output, in HotSpot's words and line shapes (Serial GC):
//!
//! ```text
//! [0.003s][info][gc] Using Serial
//! [0.046s][info][gc] GC(0) Pause Young (Allocation Failure) 6M->0M(63M) 0.759ms
//! ```
//!
//! and, with `-Xlog:gc*`, the heap at exit (`[gc,heap,exit]`).

use crema_gc::{GcEvent, GcKind, Space};

use crate::runtime::Vm;
use crate::runtime::console::log_line;

use super::GcLog;

const M: usize = 1 << 20;
const K: usize = 1 << 10;

/// The line printed when the VM starts.
pub(crate) fn log_start(vm: &Vm) {
    if vm.options().gc.log >= GcLog::Gc {
        log_line(vm, "gc", "Using Serial");
    }
}

/// The line of one collection.
pub(super) fn log_collection(vm: &Vm, e: &GcEvent) {
    if vm.options().gc.log < GcLog::Gc {
        return;
    }
    let kind = match e.kind {
        GcKind::Young => "Young",
        GcKind::Full => "Full",
    };
    let message = format!(
        "GC({}) Pause {kind} ({}) {}M->{}M({}M) {:.3}ms",
        e.id,
        e.cause.describe(),
        e.used_before / M,
        e.used_after / M,
        e.capacity / M,
        e.pause.as_secs_f64() * 1000.0
    );
    log_line(vm, "gc", &message);
}

/// `-Xlog:gc*`: the generations and spaces, as the VM exits.
pub(crate) fn log_heap_at_exit(vm: &Vm) {
    if vm.options().gc.log < GcLog::Details {
        return;
    }
    let s = vm.heap().spaces();
    let young_end = s.to.end.max(s.from.end);
    let young_capacity = s.eden.capacity() + s.from.capacity();
    let young_used = s.eden.used() + s.from.used();
    let old_end = s.old.bottom + s.old_capacity;
    let lines = [
        "Heap".to_string(),
        format!(
            " def new generation   total {}K, used {}K [{:#018x}, {:#018x}, {:#018x})",
            young_capacity / K,
            young_used / K,
            s.eden.bottom,
            young_end,
            young_end
        ),
        space_line("  eden space", &s.eden),
        space_line("  from space", &s.from),
        space_line("  to   space", &s.to),
        format!(
            " tenured generation   total {}K, used {}K [{:#018x}, {:#018x}, {:#018x})",
            s.old_capacity / K,
            s.old.used() / K,
            s.old.bottom,
            old_end,
            old_end
        ),
        format!(
            "   the space {}K, {:>3}% used [{:#018x}, {:#018x}, {:#018x})",
            s.old_capacity / K,
            percent(s.old.used(), s.old_capacity),
            s.old.bottom,
            s.old.top,
            old_end
        ),
    ];
    for line in lines {
        log_line(vm, "gc,heap,exit", &line);
    }
}

fn space_line(name: &str, s: &Space) -> String {
    format!(
        "{name} {}K, {:>3}% used [{:#018x}, {:#018x}, {:#018x})",
        s.capacity() / K,
        percent(s.used(), s.capacity()),
        s.bottom,
        s.top,
        s.end
    )
}

fn percent(used: usize, capacity: usize) -> usize {
    (used * 100).checked_div(capacity).unwrap_or(0)
}
