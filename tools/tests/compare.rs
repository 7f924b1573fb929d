//! `crema-compare` and `crema-bench` as users run them: output matching and
//! mismatch reports, argument errors, a missing `java`.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

const COMPARE: &str = env!("CARGO_BIN_EXE_crema-compare");
const BENCH: &str = env!("CARGO_BIN_EXE_crema-bench");
const CREMA: &str = env!("CARGO_BIN_EXE_crema");

fn programs(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compare").join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("Same.java"),
        "public class Same { public static void main(String[] a) { System.out.println(\"same \" + a.length); } }",
    )
    .unwrap();
    fs::write(
        dir.join("Differs.java"),
        "public class Differs { public static void main(String[] a) { System.out.println(\"vm:\"); System.out.println(System.getProperty(\"java.vm.name\")); System.exit(a.length); } }",
    )
    .unwrap();
    let status =
        Command::new("javac").arg("-d").arg(&dir).arg(dir.join("Same.java")).arg(dir.join("Differs.java")).status();
    assert!(status.unwrap().success());
    dir
}

fn compare(dir: &PathBuf, args: &[&str]) -> Output {
    Command::new(COMPARE)
        .args(["-n", "1", "--warmup", "0", "--crema", CREMA])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn matching_output_is_reported_with_a_table() {
    let dir = programs("same");
    let out = compare(&dir, &["--json", "r.json", "--svg", "r.svg", "-cp", ".", "Same", "x"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("output of crema: same as java"), "{text}");
    for runner in ["crema ", "java -Xint ", "java "] {
        assert!(text.lines().any(|l| l.starts_with(runner)), "no row for {runner}: {text}");
    }
    let json = fs::read_to_string(dir.join("r.json")).unwrap();
    assert!(json.contains("\"output_matches_java\": true"));
    assert!(fs::read_to_string(dir.join("r.svg")).unwrap().starts_with("<svg"));
    let progress = String::from_utf8_lossy(&out.stderr);
    assert!(progress.contains("[3/3]"), "progress goes to stderr: {progress}");
}

#[test]
fn a_different_output_is_shown_as_a_diff() {
    let dir = programs("differs");
    let out = compare(&dir, &["-cp", ".", "Differs", "a", "b"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("output of crema: DIFFERS from java"), "{text}");
    assert!(text.contains("--- java\n+++ crema\n@@ -1,2 +1,2 @@\n vm:\n-"), "{text}");
    assert!(text.contains("+crema\n"), "{text}");
    assert!(!text.contains("exit code:"), "both exit with 2: {text}");
}

#[test]
fn errors_are_clear() {
    let dir = programs("errors");
    let out = compare(&dir, &["--java", "/nonexistent/java", "-cp", ".", "Same"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot run java (`/nonexistent/java`)"));
    let out = compare(&dir, &["-Xint"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no program given"));
    let out = Command::new(BENCH).args(["--size", "huge"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown size huge"));
}

#[test]
fn the_bench_runner_runs_a_suite() {
    let dir = programs("bench");
    fs::write(dir.join("suite.txt"), "same | Same | 1 | 1 2 | 1 2 3\n").unwrap();
    let out = Command::new(BENCH)
        .args(["--suite", dir.to_str().unwrap(), "--size", "small", "-n", "1", "--warmup", "0", "--crema", CREMA])
        .args(["--markdown", "t.md"])
        .current_dir(&dir)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("same") && text.contains("same as java") && text.contains("geometric mean"), "{text}");
    assert!(fs::read_to_string(dir.join("t.md")).unwrap().starts_with("| benchmark |"));
}
