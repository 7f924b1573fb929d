//! Class unloading, crema-specific: the Java program in `tests/diagnostics/`
//! observes unloading through `crema.vm.Diagnostics` (compiled against a
//! stub of that boot class), and `crema-unload-stress` runs at a small
//! size. Both in the default mode and under `-XX:+GCStress -XX:+VerifyHeap`.
//!
//! The program's expected lines are facts about unloading written by hand
//! (HotSpot has no `Diagnostics`); every standard-API unloading test has
//! HotSpot-made output in `tests/java/classloading/`.

use std::path::PathBuf;
use std::process::Command;

const CREMA: &str = env!("CARGO_BIN_EXE_crema");
const STRESS: &str = env!("CARGO_BIN_EXE_crema-unload-stress");

fn here() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics")
}

/// Compiles the program into a directory of its own for `test`.
fn compile(test: &str) -> PathBuf {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("diagnostics").join(test);
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    let status = Command::new("javac")
        .args(["-nowarn", "-d"])
        .arg(&out)
        .arg(here().join("DiagnosticsTest.java"))
        .arg(here().join("stub/crema/vm/Diagnostics.java"))
        .status()
        .expect("javac");
    assert!(status.success());
    // The boot library's Diagnostics must be the one that runs.
    std::fs::remove_dir_all(out.join("crema")).unwrap();
    out
}

#[test]
fn diagnostics_observe_unloading() {
    let classes = compile("observe");
    let expected = std::fs::read_to_string(here().join("DiagnosticsTest.expected")).unwrap();
    for flags in [&[][..], &["-Xint"], &["-XX:+GCStress", "-XX:+VerifyHeap"], &["-Xcomp"], &["-Xcomp", "-XX:+GCStress"]]
    {
        let out = Command::new(CREMA).args(flags).arg("-cp").arg(&classes).arg("DiagnosticsTest").output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(stdout, expected, "{flags:?}: stderr {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success());
    }
}

#[test]
fn unload_log_lines_have_hotspot_s_shape() {
    let classes = compile("log");
    let out =
        Command::new(CREMA).args(["-Xlog:class+unload", "-cp"]).arg(&classes).arg("DiagnosticsTest").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let unloads: Vec<&str> = stdout.lines().filter(|l| l.contains("[class,unload]")).collect();
    assert_eq!(unloads.len(), 3, "{stdout}");
    for line in unloads {
        // [0.012s][info][class,unload] unloading class DiagnosticsTest$Thing 0x00007f...
        let rest = line.split_once("][info][class,unload] unloading class DiagnosticsTest$Thing 0x").map(|p| p.1);
        assert!(rest.is_some_and(|hex| hex.len() == 16 && hex.chars().all(|c| c.is_ascii_hexdigit())), "{line}");
    }
}

#[test]
fn stress_tool_passes_its_checks() {
    for flags in
        [&[][..], &["-XX:+GCStress", "-XX:+VerifyHeap"], &["-Xcomp"], &["-Xcomp", "-XX:+GCStress", "-XX:+VerifyHeap"]]
    {
        let out = Command::new(STRESS)
            .args(["--rounds", "8", "--loaders", "4", "--classes", "5", "--iterations", "20"])
            .args(flags)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{flags:?}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.contains("summary: 32 loaders, 160 classes defined, 160 unloaded"), "{stdout}");
        assert!(stdout.contains("checks: all passed"), "{stdout}");
    }
}

#[test]
fn stress_tool_rejects_bad_arguments() {
    let out = Command::new(STRESS).args(["--rounds", "zero"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--rounds needs a positive number"));
}
