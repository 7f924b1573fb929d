//! crema-tools: the `crema` launcher and the tools around it.
//!
//! - `launcher`: java-compatible command-line parsing, class path, `-jar`
//!   and source-file mode, and running a program on the VM.
//! - `compare`: `crema-compare`, one program under crema, `java -Xint` and
//!   `java`, with the output check, timings, ratios, JSON and SVG.
//! - `bench`: `crema-bench`, the benchmark suite of `tests/bench/` run
//!   through the compare machinery.
//! - `unload_stress`: `crema-unload-stress`, class loaders created, run and
//!   unloaded in rounds on an in-process VM, with checks and a report.
//!
//! This is the only crate that knows every other one: it wires the class
//! library's boot image and natives and the JIT into the VM
//! (`gc <- vm <- {jit, classlib} <- tools`).

pub mod bench;
pub mod compare;
pub mod launcher;
pub mod unload_stress;
