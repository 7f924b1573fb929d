//! The classes the stress tool generates.
//!
//! - `StressLoader`: a `ClassLoader` (parent: the bootstrap loader) with a
//!   public `define(String, byte[])`.
//! - `StressDriver.exercise(Object[] objs, int iterations)`: the hot loop
//!   outside the dying loaders; per object and iteration it adds
//!   `((Comparable) o).compareTo(null)` (invokeinterface: profile and
//!   inline cache), `o.hashCode()` (invokevirtual: profile) and
//!   `o instanceof Comparable` (profile), so its caches mention every
//!   generated class.
//! - `Gen_<round>_<loader>_<class>`: implements `java.lang.Comparable`, with
//!   a static initializer setting `base` and a string constant `label`, an
//!   instance field `value = base + label.length()`, `compareTo` returning
//!   `3 * value` and `hashCode` returning `value ^ 0x55`.
//!
//! [`expected_sum`] computes in Rust what `exercise` must return.

use crema_vm::bytecode::opcodes as op;
use crema_vm::classfile::access::{PUBLIC as ACC_PUBLIC, STATIC as ACC_STATIC};
use crema_vm::classfile::writer::{Asm, ClassWriter};

pub const LOADER: &str = "StressLoader";
pub const DRIVER: &str = "StressDriver";

/// The name of generated class `class` of loader `loader` in `round`.
pub fn gen_name(round: u32, loader: u32, class: u32) -> String {
    format!("Gen_{round}_{loader}_{class}")
}

/// The `base` a generated class's static initializer sets.
fn base_of(round: u32, loader: u32, class: u32) -> i32 {
    ((round * 31 + loader * 7 + class) % 1000) as i32
}

fn label_of(name: &str) -> String {
    format!("label of {name}")
}

/// The `value` of every instance of a generated class.
pub fn value_of(round: u32, loader: u32, class: u32) -> i32 {
    base_of(round, loader, class) + label_of(&gen_name(round, loader, class)).len() as i32
}

/// What `exercise` returns for one instance of each of `classes`, run
/// `iterations` times.
pub fn expected_sum(classes: &[(u32, u32, u32)], iterations: u32) -> i64 {
    let per_iteration: i64 = classes
        .iter()
        .map(|&(r, l, c)| {
            let v = value_of(r, l, c);
            i64::from(v * 3) + i64::from(v ^ 0x55) + 1
        })
        .sum();
    per_iteration * i64::from(iterations)
}

pub fn loader_class() -> Vec<u8> {
    let mut w = ClassWriter::new(LOADER, Some("java/lang/ClassLoader"));
    let init = w.cp.method("java/lang/ClassLoader", "<init>", "(Ljava/lang/ClassLoader;)V");
    let mut a = Asm::default();
    a.op(op::ALOAD_0).op(op::ACONST_NULL).op2(op::INVOKESPECIAL, init).op(op::RETURN);
    w.code(ACC_PUBLIC, "<init>", "()V", 2, 1, a.finish());
    let define = w.cp.method(LOADER, "defineClass", "(Ljava/lang/String;[BII)Ljava/lang/Class;");
    let mut a = Asm::default();
    a.op(op::ALOAD_0)
        .op(op::ALOAD_1)
        .op(op::ALOAD_2)
        .op(op::ICONST_0)
        .op(op::ALOAD_2)
        .op(op::ARRAYLENGTH)
        .op2(op::INVOKEVIRTUAL, define)
        .op(op::ARETURN);
    w.code(ACC_PUBLIC, "define", "(Ljava/lang/String;[B)Ljava/lang/Class;", 5, 3, a.finish());
    w.finish()
}

pub fn driver_class() -> Vec<u8> {
    let mut w = ClassWriter::new(DRIVER, Some("java/lang/Object"));
    let comparable = w.cp.class("java/lang/Comparable");
    let compare_to = w.cp.interface_method("java/lang/Comparable", "compareTo", "(Ljava/lang/Object;)I");
    let hash_code = w.cp.method("java/lang/Object", "hashCode", "()I");
    // Locals: 0 objs, 1 iterations, 2-3 sum, 4 i, 5 j, 6 o.
    let mut a = Asm::default();
    let (outer, inner, next, end) = (a.new_label(), a.new_label(), a.new_label(), a.new_label());
    a.op(op::LCONST_0).op(op::LSTORE_2).op(op::ICONST_0).op1(op::ISTORE, 4);
    a.bind(outer).op1(op::ILOAD, 4).op(op::ILOAD_1).branch(op::IF_ICMPGE, end);
    a.op(op::ICONST_0).op1(op::ISTORE, 5);
    a.bind(inner).op1(op::ILOAD, 5).op(op::ALOAD_0).op(op::ARRAYLENGTH).branch(op::IF_ICMPGE, next);
    a.op(op::ALOAD_0).op1(op::ILOAD, 5).op(op::AALOAD).op1(op::ASTORE, 6);
    a.op(op::LLOAD_2)
        .op1(op::ALOAD, 6)
        .op2(op::CHECKCAST, comparable)
        .op(op::ACONST_NULL)
        .invokeinterface(compare_to, 2)
        .op(op::I2L)
        .op(op::LADD);
    a.op1(op::ALOAD, 6).op2(op::INVOKEVIRTUAL, hash_code).op(op::I2L).op(op::LADD);
    a.op1(op::ALOAD, 6).op2(op::INSTANCEOF, comparable).op(op::I2L).op(op::LADD);
    a.op(op::LSTORE_2).iinc(5, 1).branch(op::GOTO, inner);
    a.bind(next).iinc(4, 1).branch(op::GOTO, outer);
    a.bind(end).op(op::LLOAD_2).op(op::LRETURN);
    w.code(ACC_PUBLIC | ACC_STATIC, "exercise", "([Ljava/lang/Object;I)J", 6, 7, a.finish());
    let init = w.cp.method("java/lang/Object", "<init>", "()V");
    let mut a = Asm::default();
    a.op(op::ALOAD_0).op2(op::INVOKESPECIAL, init).op(op::RETURN);
    w.code(ACC_PUBLIC, "<init>", "()V", 1, 1, a.finish());
    w.finish()
}

pub fn generated_class(round: u32, loader: u32, class: u32) -> (String, Vec<u8>) {
    let name = gen_name(round, loader, class);
    let mut w = ClassWriter::new(&name, Some("java/lang/Object"));
    w.implements("java/lang/Comparable");
    w.field(ACC_STATIC, "base", "I");
    w.field(ACC_STATIC, "label", "Ljava/lang/String;");
    w.field(0, "value", "I");
    let base = w.cp.field(&name, "base", "I");
    let label = w.cp.field(&name, "label", "Ljava/lang/String;");
    let value = w.cp.field(&name, "value", "I");
    let k = w.cp.integer(base_of(round, loader, class));
    let text = w.cp.string(&label_of(&name));
    let length = w.cp.method("java/lang/String", "length", "()I");
    let object_init = w.cp.method("java/lang/Object", "<init>", "()V");

    let mut a = Asm::default();
    a.op2(op::LDC_W, k).op2(op::PUTSTATIC, base).op2(op::LDC_W, text).op2(op::PUTSTATIC, label).op(op::RETURN);
    w.code(ACC_STATIC, "<clinit>", "()V", 1, 0, a.finish());

    let mut a = Asm::default();
    a.op(op::ALOAD_0).op2(op::INVOKESPECIAL, object_init);
    a.op(op::ALOAD_0)
        .op2(op::GETSTATIC, base)
        .op2(op::GETSTATIC, label)
        .op2(op::INVOKEVIRTUAL, length)
        .op(op::IADD)
        .op2(op::PUTFIELD, value)
        .op(op::RETURN);
    w.code(ACC_PUBLIC, "<init>", "()V", 3, 1, a.finish());

    let mut a = Asm::default();
    a.op(op::ALOAD_0).op2(op::GETFIELD, value).op(op::ICONST_3).op(op::IMUL).op(op::IRETURN);
    w.code(ACC_PUBLIC, "compareTo", "(Ljava/lang/Object;)I", 2, 2, a.finish());

    let mut a = Asm::default();
    a.op(op::ALOAD_0).op2(op::GETFIELD, value).op1(op::BIPUSH, 0x55).op(op::IXOR).op(op::IRETURN);
    w.code(ACC_PUBLIC, "hashCode", "()I", 2, 1, a.finish());
    (name, w.finish())
}
