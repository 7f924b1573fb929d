//! The runtime: the VM and its threads, and everything Rust code needs to
//! work with Java objects and calls.
//!
//! - [`Vm`] (`vm`) and [`JavaThread`] (`thread`): process and thread state.
//! - `handles`, `exceptions`, `java_calls`, `alloc`: the protocols Rust code
//!   follows around safepoints, exceptions and calls into Java.
//! - `natives`: how the class library's Rust functions are bound.
//! - `genesis`, `java_main`: start-up and running `main`.
//! - `strings`, `java_format`, `console`, `indy`, `stack_trace`,
//!   `monitors`, `well_known`: runtime services used by the interpreter and
//!   the natives.

mod alloc;
pub mod assertions;
pub mod console;
pub mod exceptions;
pub mod genesis;
pub mod handles;
pub mod host_locale;
pub mod indy;
mod java_calls;
pub mod java_format;
pub mod java_main;
pub mod mirrors;
mod monitors;
pub mod natives;
pub mod stack_trace;
mod strings;
pub mod thread;
mod vm;
pub mod well_known;

pub use exceptions::{JResult, Pending};
pub use handles::{Handle, HandleScope, OopHandle};
pub use natives::{Args, JValue, NativeFn, NativeRegistry};
pub use strings::StringTable;
pub use thread::JavaThread;
pub use vm::{ExecutionMode, Vm, VmOptions};
