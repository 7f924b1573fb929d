//! The launcher against HotSpot's: for each command line, crema and the
//! host `java` run side by side and must print the same (stdout, stderr)
//! and exit with the same code — missing classes, bad options, malformed
//! class files, `-jar` and source-file mode. Where crema deliberately
//! differs (its version text, the newest class-file version it reads), the
//! test says so and checks crema's own output.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{Output, run, run_merged};

const CREMA: &str = env!("CARGO_BIN_EXE_crema");

/// A scratch directory (one per test: tests run in parallel) with
/// `Good.class`, malformed copies of it in subdirectories, and a few other
/// small programs.
fn fixtures(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("launcher").join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let sources = [
        (
            "Good.java",
            "public class Good { public static void main(String[] a) { System.out.println(\"good \" + a.length); } }",
        ),
        ("NoMain.java", "public class NoMain { public static void mian(String[] a) {} }"),
        ("NotStatic.java", "public class NotStatic { public void main(String[] a) {} }"),
        (
            "Hello.java",
            "public class Hello { public static void main(String[] a) { System.out.println(\"hi \" + String.join(\",\", a)); } }",
        ),
        ("HelperFirst.java", "class Helper {} public class HelperFirst { public static void main(String[] a) {} }"),
        (
            "GcLog.java",
            "public class GcLog { public static void main(String[] a) { Object o = null; for (int i = 0; i < 200000; i++) { o = new int[100]; } System.gc(); System.out.println(o != null); } }",
        ),
    ];
    for (name, text) in sources {
        fs::write(dir.join(name), text).unwrap();
    }
    let status = Command::new("javac")
        .args(["-d", "."])
        .args(sources.iter().map(|s| s.0).filter(|n| !n.starts_with("Hel")))
        .current_dir(&dir)
        .status()
        .expect("javac");
    assert!(status.success());
    let good = fs::read(dir.join("Good.class")).unwrap();
    let write = |sub: &str, bytes: &[u8]| {
        fs::create_dir_all(dir.join(sub)).unwrap();
        fs::write(dir.join(sub).join("Good.class"), bytes).unwrap();
    };
    let mut magic = good.clone();
    magic[3] = 0xBF;
    write("magic", &magic);
    write("truncated", &good[..good.len() / 2]);
    write("empty", &[]);
    let mut bad_index = good.clone();
    assert_eq!(bad_index[10], 10, "javac's first constant is a Methodref");
    bad_index[11] = 0x7F;
    bad_index[12] = 0x7F;
    write("badindex", &bad_index);
    let mut extra = good.clone();
    extra.push(0);
    write("extra", &extra);
    write("wrongname/sub", &good);
    dir
}

fn same_as_java(dir: &Path, args: &[&str]) {
    let java = run("java", dir, args);
    let crema = run(CREMA, dir, args);
    assert_eq!(
        (&crema.stdout, &crema.stderr, crema.code),
        (&java.stdout, &java.stderr, java.code),
        "crema {args:?} differs from java"
    );
}

#[test]
fn launcher_matches_java() {
    let dir = fixtures("matches_java");
    for args in [
        &["-cp", ".", "Good", "a", "b"][..],
        &["-cp", ".", "NoSuch"],
        &["-cp", ".", "pkg.NoSuch"],
        &["-cp", ".", "NoMain"],
        &["-cp", ".", "NotStatic"],
        &["-foo", "Good"],
        &["-XX:+NoSuchFlag", "Good"],
        &["-XX:UseSerialGC", "Good"],
        &["-XX:UseSerialGC=1", "Good"],
        &["-XX:+MaxTenuringThreshold", "Good"],
        &["-XX:MaxTenuringThreshold", "Good"],
        &["-XX:MaxTenuringThreshold=x", "Good"],
        &["-XX:MaxTenuringThreshold=17", "Good"],
        &["-XX:MaxTenuringThreshold=0", "-XX:+UseSerialGC", "-Xmn4m", "-cp", ".", "Good"],
        &["-Xmx64q", "Good"],
        &["-Xms64m", "-Xmx32m", "-cp", ".", "Good"],
        &["-cp"],
        &["-jar", "nope.jar"],
        &["-cp", "magic", "Good"],
        &["-cp", "truncated", "Good"],
        &["-cp", "empty", "Good"],
        &["-cp", "badindex", "Good"],
        &["-cp", "extra", "Good"],
        &["-cp", "wrongname", "sub.Good"],
        &["-Dx=1", "-ea", "-Xint", "-Xss2m", "-Xmx100m", "-cp", ".", "Good"],
        &["Hello.java", "x", "y"],
        &["HelperFirst.java"],
    ] {
        same_as_java(&dir, args);
    }
}

/// `System.out` and `System.err` buffer as HotSpot's (autoflush over 128
/// bytes: text is flushed at once, single bytes wait for a newline), and an
/// uncaught exception goes through the thread's handler; seen with both
/// streams on one pipe.
#[test]
fn standard_streams_flush_as_java_s() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("launcher").join("streams");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("Mix.java"),
        r#"public class Mix {
    public static void main(String[] a) {
        System.out.print("out-a ");
        System.err.print("err-b ");
        System.out.println("out-c");
        System.err.println("err-d");
        System.out.write('x');
        System.err.write('y');
        System.out.printf("%s%n", "fmt");
        for (int i = 0; i < 300; i++) {
            System.out.write('0' + i % 10);
            if (i % 50 == 49) System.err.write('|');
        }
        System.err.println();
        System.out.write('z');
        if (a.length == 1) System.exit(0);
        if (a.length == 2) Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("handled " + t.getName() + " " + e));
        if (a.length == 3) Thread.setDefaultUncaughtExceptionHandler((t, e) -> { throw new IllegalStateException(); });
        throw new RuntimeException("boom");
    }
}"#,
    )
    .unwrap();
    let status = Command::new("javac").args(["-d", ".", "Mix.java"]).current_dir(&dir).status().expect("javac");
    assert!(status.success());
    for args in [&["Mix"][..], &["Mix", "exit"], &["Mix", "a", "b"], &["Mix", "a", "b", "c"]] {
        let args = [&["-cp", "."][..], args].concat();
        let java = run_merged("java", &dir, &args);
        let crema = run_merged(CREMA, &dir, &args);
        assert_eq!((&crema.stdout, crema.code), (&java.stdout, java.code), "crema {args:?} differs from java");
    }
}

/// `Locale.getDefault()`, `file.encoding` and the console's encoding come
/// from the host's locale as the C library resolves it (a locale that is
/// not installed is `C`), as with `java`.
#[test]
fn locale_follows_the_environment_as_java_s() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("launcher").join("locale");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("Loc.java"),
        "public class Loc { public static void main(String[] a) { System.out.println(java.util.Locale.getDefault() \
         + \" \" + System.getProperty(\"file.encoding\") + \" \" + System.getProperty(\"user.country\") + \" \\u00e9\"); } }",
    )
    .unwrap();
    let status = Command::new("javac").args(["-d", ".", "Loc.java"]).current_dir(&dir).status().expect("javac");
    assert!(status.success());
    for locale in ["C.UTF-8", "C", "POSIX", "", "xx_YY.UTF-8"] {
        let run = |program: &str| {
            let out = Command::new(program)
                .args(["-cp", ".", "Loc"])
                .current_dir(&dir)
                .env("LC_ALL", locale)
                .env_remove("LANG")
                .env_remove("LC_MESSAGES")
                .env_remove("LC_CTYPE")
                .output()
                .expect("run");
            (out.stdout, out.status.code())
        };
        assert_eq!(run(CREMA), run("java"), "LC_ALL={locale:?}");
    }
}

/// With `javac -g` the helpful NullPointerException messages name locals
/// and parameters from the `LocalVariableTable` (the conformance programs
/// are compiled without it, so they see `<local1>`, `<parameter1>`).
#[test]
fn npe_messages_use_local_variable_names() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("launcher").join("npe_names");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("Names.java"),
        r#"public class Names {
    int[] data;
    static void check(Runnable r) {
        try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
    static int length(String text) { return text.length(); }
    public static void main(String[] args) {
        check(() -> length(null));
        check(() -> { Names holder = new Names(); int i = 2; System.out.println(holder.data[i]); });
        check(() -> { Names[] all = new Names[3]; int k = 1; System.out.println(all[k].data.length); });
    }
}"#,
    )
    .unwrap();
    let status = Command::new("javac").args(["-g", "-d", ".", "Names.java"]).current_dir(&dir).status().expect("javac");
    assert!(status.success());
    let java = run("java", &dir, &["-cp", ".", "Names"]);
    assert!(java.stdout.contains("because \"text\" is null"), "{}", java.stdout);
    for mode in ["-Xint", "-Xcomp"] {
        let crema = run(CREMA, &dir, &[mode, "-cp", ".", "Names"]);
        assert_eq!((&crema.stdout, crema.code), (&java.stdout, java.code), "{mode}");
    }
}

/// crema reads class files up to version 69 (Java 25); HotSpot 17 stops at
/// 61, so the message's limit differs.
#[test]
fn newer_class_files_are_refused_with_crema_s_limit() {
    let dir = fixtures("newer_versions");
    let mut good = fs::read(dir.join("Good.class")).unwrap();
    good[7] = 70;
    fs::create_dir_all(dir.join("v70")).unwrap();
    fs::write(dir.join("v70/Good.class"), &good).unwrap();
    let out = run(CREMA, &dir, &["-cp", "v70", "Good"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "Error: LinkageError occurred while loading main class Good\n\tjava.lang.UnsupportedClassVersionError: Good has been compiled by a more recent version of the Java Runtime (class file version 70.0), this version of the Java Runtime only recognizes class file versions up to 69.0\n"
    );
    good[7] = 69;
    fs::write(dir.join("v70/Good.class"), &good).unwrap();
    assert_eq!(run(CREMA, &dir, &["-cp", "v70", "Good"]).stdout, "good 0\n");
}

/// The version text is crema's own; its shape and exit codes are java's.
#[test]
fn version_and_usage() {
    let dir = fixtures("version");
    let v = run(CREMA, &dir, &["-version"]);
    assert_eq!((v.code, v.stdout.as_str()), (0, ""));
    assert!(v.stderr.starts_with("crema version \""), "{}", v.stderr);
    let v = run(CREMA, &dir, &["--version"]);
    assert_eq!((v.code, v.stderr.as_str()), (0, ""));
    assert!(v.stdout.starts_with("crema version \""));
    let u = run(CREMA, &dir, &[]);
    assert_eq!(u.code, 1);
    assert!(u.stderr.starts_with("Usage: crema [options] <mainclass> [args...]"));
    let h = run(CREMA, &dir, &["--help"]);
    assert_eq!(h.code, 0);
    assert!(h.stdout.contains("-Xint"));
}

/// `-Xlog:gc` lines have HotSpot's shape: with digits blanked out, every
/// line crema prints is one `java -XX:+UseSerialGC` prints for the same
/// program (times and sizes differ, the words and layout must not).
#[test]
fn gc_log_lines_have_hotspot_s_shape() {
    let dir = fixtures("gc_log");
    let shapes = |out: &Output| -> std::collections::BTreeSet<String> {
        out.stdout
            .lines()
            .map(|l| {
                let mut shape = String::new();
                for c in l.chars() {
                    if c.is_ascii_digit() {
                        if !shape.ends_with('N') {
                            shape.push('N');
                        }
                    } else {
                        shape.push(c);
                    }
                }
                shape
            })
            .collect()
    };
    let args = ["-XX:+UseSerialGC", "-Xmx64m", "-Xmn8m", "-Xlog:gc", "-cp", ".", "GcLog"];
    let java = shapes(&run("java", &dir, &args));
    let crema = shapes(&run(CREMA, &dir, &args));
    for line in [
        "[N.Ns][info][gc] Using Serial",
        "[N.Ns][info][gc] GC(N) Pause Young (Allocation Failure) NM->NM(NM) N.Nms",
        "[N.Ns][info][gc] GC(N) Pause Full (System.gc()) NM->NM(NM) N.Nms",
        "true",
    ] {
        assert!(java.contains(line), "java prints {line:?}: {java:#?}");
        assert!(crema.contains(line), "crema prints {line:?}: {crema:#?}");
    }
    assert!(crema.is_subset(&java), "crema's lines {crema:#?} are not all java's {java:#?}");
    let verbose = shapes(&run(CREMA, &dir, &["-verbose:gc", "-Xmx64m", "-Xmn8m", "-cp", ".", "GcLog"]));
    assert_eq!(verbose, crema, "-verbose:gc is -Xlog:gc");
}
