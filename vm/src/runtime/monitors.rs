//! Object monitors (`monitorenter`, `monitorexit`, synchronized methods,
//! `Object.wait`/`notify` ownership checks).
//!
//! With one Java thread no monitor is ever contended, so a monitor is just
//! a record of ownership: the thread's list of (object, frame) entries,
//! one per entry, so re-entry nests. A frame's records are dropped when the
//! frame is popped, normally or by an exception (JVMS §2.11.10 requires
//! structured locking; unbalanced code simply loses its locks). The object
//! slots are roots.

use crate::oops::Oop;

use super::JavaThread;
use super::thread::MonitorRecord;

impl JavaThread {
    #[allow(clippy::mut_from_ref)]
    fn monitor_list(&self) -> &mut Vec<MonitorRecord> {
        // SAFETY: only this thread touches its monitor list, and each use is
        // a short statement that calls nothing else on the thread.
        unsafe { &mut *self.monitors.get() }
    }

    /// Enters `obj`'s monitor on behalf of the current top frame.
    pub fn monitor_enter(&self, obj: Oop) {
        let frame = self.frame_count().saturating_sub(1);
        self.monitor_list().push(MonitorRecord { object: obj.addr(), frame });
    }

    /// Exits `obj`'s monitor once; `false` when this thread does not own
    /// it (the caller throws `IllegalMonitorStateException`).
    pub fn monitor_exit(&self, obj: Oop) -> bool {
        let list = self.monitor_list();
        match list.iter().rposition(|m| m.object == obj.addr()) {
            Some(i) => {
                list.remove(i);
                true
            }
            None => false,
        }
    }

    /// Whether this thread owns `obj`'s monitor.
    pub fn holds_monitor(&self, obj: Oop) -> bool {
        self.monitor_list().iter().any(|m| m.object == obj.addr())
    }

    #[inline(always)]
    pub(crate) fn has_monitors(&self) -> bool {
        !self.monitor_list().is_empty()
    }

    /// Drops the records of frame `frame` (it is being popped).
    pub(crate) fn release_frame_monitors(&self, frame: usize) {
        self.monitor_list().retain(|m| m.frame < frame);
    }
}
