//! crema-classlib: the class library.
//!
//! The Java half lives in `java/` (module `java.base`, written for crema
//! from the Java SE API documentation); `build.rs` compiles it with the
//! host `javac` into the boot image that [`BootImage`] serves to the boot
//! loader. The Rust half is the natives of those classes (`natives`),
//! registered by class, name and descriptor.
//!
//! The launcher wires both into the VM: `vm` never names this crate.

mod boot_image;
mod natives;

pub use boot_image::BootImage;
pub use natives::register_natives;
