//! The JIT's observable behaviour beyond program output (which the
//! conformance suite checks in every mode): `-XX:+PrintCompilation` in
//! HotSpot's columns, the tiering flags deciding what compiles, the
//! `-XX:+CITime` report, a method tier 1 declines staying interpreted, and
//! compiled call sites surviving the unloading of their receivers' classes.
//!
//! Program output is always compared with the host `java`'s.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::run;

use crema_vm::bytecode::opcodes as op;
use crema_vm::classfile::access::{PUBLIC as ACC_PUBLIC, STATIC as ACC_STATIC};
use crema_vm::classfile::writer::{Asm, ClassWriter};

const CREMA: &str = env!("CARGO_BIN_EXE_crema");

fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("jit").join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn javac(dir: &Path, files: &[&Path]) {
    let status = Command::new("javac").args(["-nowarn", "-d"]).arg(dir).args(files).status().expect("javac");
    assert!(status.success());
}

/// A program with a hot method (`twice`, called 100000 times) and a hot
/// loop (in `main`).
const HOT: &str = "public class Hot {
    static int twice(int x) { return x * 2; }
    public static void main(String[] a) {
        long s = 0;
        for (int i = 0; i < 100000; i++) { s += twice(i); }
        System.out.println(s);
    }
}";

/// A `-XX:+PrintCompilation` line split into HotSpot's columns: time (ms),
/// id, attributes, tier, `Class::method`, then `@ bci` for OSR and
/// `(N bytes)`.
#[derive(Debug)]
struct CompileLine {
    id: u32,
    attributes: String,
    tier: u32,
    method: String,
    rest: String,
}

/// What the program printed, without the `-XX:+PrintCompilation` lines
/// (which come before, between and after its lines).
fn program_output(stdout: &str) -> String {
    stdout.lines().filter(|l| !l.contains("::")).map(|l| format!("{l}\n")).collect()
}

fn compile_lines(stdout: &str) -> Vec<CompileLine> {
    stdout
        .lines()
        .filter(|l| l.contains("::"))
        .map(|l| {
            // HotSpot's fixed columns: %7d %4d, five attribute characters,
            // the tier, then the method after seven spaces.
            assert!(l.len() > 27, "short line {l:?}");
            let _time_ms: u64 = l[..7].trim().parse().unwrap_or_else(|_| panic!("time column of {l:?}"));
            let id = l[8..12].trim().parse().unwrap_or_else(|_| panic!("id column of {l:?}"));
            assert_eq!(&l[12..13], " ", "{l:?}");
            let attributes = l[13..18].to_string();
            assert!(attributes.chars().all(|c| " %s!bn".contains(c)), "attributes of {l:?}");
            assert_eq!(&l[18..19], " ", "{l:?}");
            let tier = l[19..20].parse().unwrap_or_else(|_| panic!("tier column of {l:?}"));
            assert_eq!(&l[20..27], "       ", "{l:?}");
            let (method, rest) = l[27..].split_once(' ').unwrap_or_else(|| panic!("{l:?}"));
            CompileLine { id, attributes, tier, method: method.into(), rest: rest.into() }
        })
        .collect()
}

#[test]
fn print_compilation_has_hotspot_s_columns() {
    let dir = scratch("print");
    fs::write(dir.join("Hot.java"), HOT).unwrap();
    javac(&dir, &[&dir.join("Hot.java")]);
    let cp = dir.to_str().unwrap();
    let java = run("java", &dir, &["-cp", cp, "Hot"]);

    let out = run(CREMA, &dir, &["-Xbatch", "-XX:+PrintCompilation", "-cp", cp, "Hot"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(program_output(&out.stdout), java.stdout);
    let lines = compile_lines(&out.stdout);
    let twice = lines.iter().find(|l| l.method == "Hot::twice").expect("twice compiled");
    assert_eq!((twice.attributes.as_str(), twice.tier, twice.rest.as_str()), ("   b ", 1, "(4 bytes)"));
    let osr = lines.iter().find(|l| l.method == "Hot::main" && l.attributes.starts_with('%')).expect("an OSR line");
    assert_eq!((osr.attributes.as_str(), osr.rest.as_str()), ("%  b ", "@ 4 (32 bytes)"), "{osr:?}");
    let mut ids: Vec<u32> = lines.iter().map(|l| l.id).collect();
    ids.dedup();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "ids increase: {ids:?}");

    // Background compilation: no `b`, the same program output.
    let out = run(CREMA, &dir, &["-XX:+PrintCompilation", "-cp", cp, "Hot"]);
    assert_eq!(program_output(&out.stdout), java.stdout);
    assert!(compile_lines(&out.stdout).iter().all(|l| !l.attributes.contains('b')), "{}", out.stdout);
}

#[test]
fn tiering_flags_choose_what_compiles() {
    let dir = scratch("tiering");
    fs::write(dir.join("Hot.java"), HOT).unwrap();
    javac(&dir, &[&dir.join("Hot.java")]);
    let cp = dir.to_str().unwrap();
    let java = run("java", &dir, &["-cp", cp, "Hot"]);
    let compiled = |flags: &[&str]| {
        let mut args = vec!["-XX:+PrintCompilation", "-Xbatch"];
        args.extend_from_slice(flags);
        args.extend_from_slice(&["-cp", cp, "Hot"]);
        let out = run(CREMA, &dir, &args);
        assert_eq!(out.code, 0, "{flags:?}: {}", out.stderr);
        assert_eq!(program_output(&out.stdout), java.stdout, "{flags:?}");
        compile_lines(&out.stdout).into_iter().map(|l| l.method).collect::<Vec<_>>()
    };
    assert_eq!(compiled(&["-Xint"]), Vec::<String>::new());
    assert_eq!(compiled(&["-XX:TieredStopAtLevel=0"]), Vec::<String>::new());
    assert!(compiled(&["-XX:TieredStopAtLevel=1"]).contains(&"Hot::twice".to_string()));
    // Above every threshold nothing is hot enough.
    let high = compiled(&["-XX:CompileThreshold=1000000", "-XX:Tier3BackEdgeThreshold=1000000"]);
    assert!(!high.iter().any(|m| m.starts_with("Hot::")), "{high:?}");
    // -Xcomp compiles main at its first call, before any loop runs.
    let comp = compiled(&["-Xcomp"]);
    assert!(comp.contains(&"Hot::main".to_string()) && comp.contains(&"Hot::twice".to_string()), "{comp:?}");
}

#[test]
fn ci_time_reports_compile_times_and_code_size() {
    let dir = scratch("citime");
    fs::write(dir.join("Hot.java"), HOT).unwrap();
    javac(&dir, &[&dir.join("Hot.java")]);
    let out = run(CREMA, &dir, &["-Xcomp", "-XX:+CITime", "-cp", dir.to_str().unwrap(), "Hot"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let field = |name: &str| {
        let line = out.stdout.lines().find(|l| l.trim_start().starts_with(name)).unwrap_or_else(|| panic!("{name}"));
        line.split_once(':').unwrap().1.trim().to_string()
    };
    let compiled: usize = field("Methods compiled").split(' ').next().unwrap().parse().unwrap();
    assert!(compiled >= 2, "{}", out.stdout);
    assert!(field("Per method").starts_with("median "), "{}", out.stdout);
    assert!(field("Code size per method").contains("bytes"), "{}", out.stdout);
    let out = run(CREMA, &dir, &["-Xint", "-XX:+CITime", "-cp", dir.to_str().unwrap(), "Hot"]);
    assert!(out.stdout.contains("Methods compiled     : 0 (0 OSR), 0 declined"), "{}", out.stdout);
}

/// `Jsr.sum(n)` adds 0..n through a `jsr` subroutine, which tier 1 does not
/// compile; `main` calls it 3000 times and prints the total.
fn write_jsr_class(dir: &Path) {
    let mut w = ClassWriter::new("Jsr", Some("java/lang/Object"));
    // static int sum(int n): locals n, i, acc, return address
    let mut a = Asm::default();
    let (top, end, sub) = (a.new_label(), a.new_label(), a.new_label());
    a.op(op::ICONST_0).op1(op::ISTORE, 1).op(op::ICONST_0).op1(op::ISTORE, 2);
    a.bind(top).op1(op::ILOAD, 1).op1(op::ILOAD, 0).branch(op::IF_ICMPGE, end);
    a.branch(op::JSR, sub).iinc(1, 1).branch(op::GOTO, top);
    a.bind(end).op1(op::ILOAD, 2).op(op::IRETURN);
    a.bind(sub).op1(op::ASTORE, 3).op1(op::ILOAD, 2).op1(op::ILOAD, 1).op(op::IADD).op1(op::ISTORE, 2);
    a.op1(op::RET, 3);
    w.code(ACC_STATIC, "sum", "(I)I", 2, 4, a.finish());
    // public static void main(String[]): total of sum(i % 100) for i < 3000
    let out = w.cp.field("java/lang/System", "out", "Ljava/io/PrintStream;");
    let println = w.cp.method("java/io/PrintStream", "println", "(I)V");
    let sum = w.cp.method("Jsr", "sum", "(I)I");
    let mut a = Asm::default();
    let (top, end) = (a.new_label(), a.new_label());
    a.op(op::ICONST_0).op1(op::ISTORE, 1).op(op::ICONST_0).op1(op::ISTORE, 2);
    a.bind(top).op1(op::ILOAD, 1).op2(op::SIPUSH, 3000).branch(op::IF_ICMPGE, end);
    a.op1(op::ILOAD, 2).op1(op::ILOAD, 1).op1(op::BIPUSH, 100).op(op::IREM).op2(op::INVOKESTATIC, sum);
    a.op(op::IADD).op1(op::ISTORE, 2).iinc(1, 1).branch(op::GOTO, top);
    a.bind(end).op2(op::GETSTATIC, out).op1(op::ILOAD, 2).op2(op::INVOKEVIRTUAL, println).op(op::RETURN);
    w.code(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", 3, 3, a.finish());
    fs::write(dir.join("Jsr.class"), w.finish()).unwrap();
}

#[test]
fn a_method_tier_1_declines_stays_interpreted() {
    let dir = scratch("declined");
    write_jsr_class(&dir);
    let cp = dir.to_str().unwrap();
    let java = run("java", &dir, &["-cp", cp, "Jsr"]);
    assert_eq!(java.code, 0, "java: {}", java.stderr);
    for flags in [&["-Xint"][..], &[], &["-Xcomp"], &["-Xcomp", "-XX:+GCStress", "-XX:+VerifyHeap"]] {
        let mut args = flags.to_vec();
        args.extend_from_slice(&["-cp", cp, "Jsr"]);
        let out = run(CREMA, &dir, &args);
        assert_eq!((out.stdout.as_str(), out.code), (java.stdout.as_str(), 0), "{flags:?}: {}", out.stderr);
    }
    let out = run(CREMA, &dir, &["-Xcomp", "-XX:+CITime", "-cp", cp, "Jsr"]);
    let declined: Vec<&str> = out.stdout.lines().filter(|l| l.contains("Declined")).collect();
    assert_eq!(declined.len(), 1, "{}", out.stdout);
    assert!(declined[0].contains("Jsr.sum(I)I") && declined[0].contains("jsr"), "{declined:?}");
}

#[test]
fn compiled_sites_survive_unloading_of_their_receivers() {
    let dir = scratch("unloaded");
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/java/jit/UnloadedReceivers.java");
    javac(&dir, &[&source]);
    let expected = fs::read_to_string(source.with_extension("expected")).unwrap();
    let expected = expected.split("--- exit").next().unwrap();
    let cp = dir.to_str().unwrap();
    for flags in [&[][..], &["-Xcomp"], &["-Xcomp", "-XX:+GCStress"]] {
        let mut args = vec!["-Xlog:class+unload"];
        args.extend_from_slice(flags);
        args.extend_from_slice(&["-cp", cp, "UnloadedReceivers"]);
        let out = run(CREMA, &dir, &args);
        assert_eq!(out.code, 0, "{flags:?}: {}", out.stderr);
        let (log, program): (Vec<&str>, Vec<&str>) = out.stdout.lines().partition(|l| l.contains("[class,unload]"));
        assert_eq!(program.join("\n") + "\n", expected, "{flags:?}");
        // Every round's loader but the last is unloaded at the next
        // System.gc(), with its Impl classes.
        assert!(log.len() >= 6, "{flags:?}: {log:?}");
    }
}
