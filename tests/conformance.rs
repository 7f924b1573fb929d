//! The conformance harness: every Java program under `tests/java/` runs on
//! crema in every execution mode, and its stdout and exit code must equal
//! HotSpot's, recorded in the program's `.expected` file (see
//! `tests/expect.sh`, which is the only thing that writes those files).
//!
//! Layout: `tests/java/<area>/<Name>.java` with `<Name>.expected` (the
//! benchmarks of `tests/bench/` are an area too, run at their small size),
//! and
//! optionally `<Name>.flags` (VM options, one per line), `<Name>.args` (one
//! argument per line) and `<Name>.input` (standard input). Each area is compiled with one `javac` call (cached
//! by the sources' hash under `target/`). Jar programs live in
//! `tests/jar/<name>/`: their sources, `manifest.txt`, and the expected
//! output of `java -jar`. Separately compiled programs live in
//! `tests/separate/<name>/`: sources compiled first, `v2/` sources compiled
//! over them, class files listed in `removed` deleted, then `Main` runs —
//! to test linkage errors.
//!
//! `cargo test --release --test conformance -- [filter...]` runs the
//! programs whose `area/Name` contains a filter; `CREMA_TEST_MODES`
//! (comma-separated: int, default, gcstress, comp, compstress; all by
//! default) picks the modes. `gcstress` runs with `-XX:+GCStress
//! -XX:+VerifyHeap`: a collection at every allocation, the heap checked
//! after each; `comp` compiles every method at its first call (`-Xcomp`);
//! `compstress` does both, so every safepoint in compiled code moves
//! objects.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const CREMA: &str = env!("CARGO_BIN_EXE_crema");
const TIMEOUT: Duration = Duration::from_secs(60);

/// An execution mode: a name and the flags that select it.
struct Mode {
    name: &'static str,
    flags: &'static [&'static str],
}

const MODES: &[Mode] = &[
    Mode { name: "int", flags: &["-Xint"] },
    Mode { name: "default", flags: &[] },
    Mode { name: "gcstress", flags: &["-XX:+GCStress", "-XX:+VerifyHeap"] },
    Mode { name: "comp", flags: &["-Xcomp"] },
    Mode { name: "compstress", flags: &["-Xcomp", "-XX:+GCStress", "-XX:+VerifyHeap"] },
];

/// One program to run.
struct Case {
    /// `area/Name`.
    id: String,
    class_path: PathBuf,
    /// VM options of the program (`.flags`).
    flags: Vec<String>,
    /// `-cp dir Name` or `-jar file`.
    target: Vec<String>,
    args: Vec<String>,
    input: Option<PathBuf>,
    expected: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        fs::read_dir(dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    v.sort();
    v
}

fn hash_files(files: &[PathBuf]) -> u64 {
    let mut h = DefaultHasher::new();
    for f in files {
        f.file_name().hash(&mut h);
        fs::read(f).unwrap_or_default().hash(&mut h);
    }
    h.finish()
}

/// Compiles `sources` into `out` (against `class_path`) unless the cached
/// output is current.
fn javac(sources: &[PathBuf], out: &Path, class_path: Option<&Path>) -> Result<(), String> {
    let stamp = out.join(".sources-hash");
    let hash = format!("{:x}", hash_files(sources));
    if fs::read_to_string(&stamp).ok().as_deref() == Some(hash.as_str()) {
        return Ok(());
    }
    let _ = fs::remove_dir_all(out);
    fs::create_dir_all(out).map_err(|e| e.to_string())?;
    run_javac(sources, out, class_path)?;
    fs::write(&stamp, hash).map_err(|e| e.to_string())
}

/// Runs `javac -d out [-cp class_path] sources`.
fn run_javac(sources: &[PathBuf], out: &Path, class_path: Option<&Path>) -> Result<(), String> {
    let mut cmd = Command::new("javac");
    if let Some(cp) = class_path {
        cmd.arg("-cp").arg(cp);
    }
    let output = cmd.arg("-d").arg(out).args(sources).output().map_err(|e| format!("cannot run javac: {e}"))?;
    if !output.status.success() {
        return Err(format!("javac failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}

fn read_lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path).map(|s| s.lines().map(str::to_string).collect()).unwrap_or_default()
}

/// The programs of `tests/java/`.
fn java_cases(build: &Path) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let areas = sorted_entries(&root().join("tests/java")).into_iter().chain([root().join("tests/bench")]);
    for area in areas.filter(|p| p.is_dir()) {
        let area_name = area.file_name().unwrap().to_string_lossy().to_string();
        let sources = java_files(&area);
        let out = build.join("java").join(&area_name);
        javac(&sources, &out, None)?;
        for src in &sources {
            let name = src.file_stem().unwrap().to_string_lossy().to_string();
            let expected_file = src.with_extension("expected");
            let Ok(expected) = fs::read_to_string(&expected_file) else {
                return Err(format!("{} has no .expected file (run tests/expect.sh)", src.display()));
            };
            let input = src.with_extension("input");
            cases.push(Case {
                id: format!("{area_name}/{name}"),
                class_path: out.clone(),
                flags: read_lines(&src.with_extension("flags")),
                target: vec!["-cp".into(), out.display().to_string(), name.clone()],
                args: read_lines(&src.with_extension("args")),
                input: input.exists().then_some(input),
                expected,
            });
        }
    }
    Ok(cases)
}

/// The separately compiled programs of `tests/separate/`.
fn separate_cases(build: &Path) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for dir in sorted_entries(&root().join("tests/separate")).into_iter().filter(|p| p.is_dir()) {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let out = build.join("separate").join(&name);
        let first = java_files(&dir);
        let second = java_files(&dir.join("v2"));
        let removed = read_lines(&dir.join("removed"));
        let mut all = first.clone();
        all.extend(second.iter().cloned());
        all.push(dir.join("removed"));
        let stamp = out.join(".sources-hash");
        let hash = format!("{:x}", hash_files(&all));
        if fs::read_to_string(&stamp).ok().as_deref() != Some(hash.as_str()) {
            javac(&first, &out, None)?;
            if !second.is_empty() {
                run_javac(&second, &out, Some(&out))?;
            }
            for f in removed.iter().filter(|f| !f.is_empty()) {
                fs::remove_file(out.join(f)).map_err(|e| format!("{name}: removing {f}: {e}"))?;
            }
            fs::write(&stamp, hash).map_err(|e| e.to_string())?;
        }
        let expected = fs::read_to_string(dir.join("expected")).map_err(|e| format!("{name}: {e}"))?;
        cases.push(Case {
            id: format!("separate/{name}"),
            class_path: out.clone(),
            flags: Vec::new(),
            target: vec!["-cp".into(), out.display().to_string(), "Main".into()],
            args: Vec::new(),
            input: None,
            expected,
        });
    }
    Ok(cases)
}

fn java_files(dir: &Path) -> Vec<PathBuf> {
    sorted_entries(dir).into_iter().filter(|p| p.extension().is_some_and(|e| e == "java")).collect()
}

fn java_files_recursive(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in sorted_entries(dir) {
        if p.is_dir() {
            out.extend(java_files_recursive(&p));
        } else if p.extension().is_some_and(|e| e == "java") {
            out.push(p);
        }
    }
    out
}

/// Packs `classes` into `jar` (with `manifest`, if given).
fn pack(jar: &Path, manifest: Option<&Path>, classes: &Path) -> Result<(), String> {
    let mut cmd = Command::new("jar");
    match manifest {
        Some(m) => cmd.arg("cfm").arg(jar).arg(m),
        None => cmd.arg("cf").arg(jar),
    };
    let status = cmd.arg("-C").arg(classes).arg(".").status().map_err(|e| format!("cannot run jar: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("jar failed for {}", jar.display())) }
}

/// The jar programs of `tests/jar/`: each directory is packed into a jar
/// with its `manifest.txt`; sources under `lib/` go into `lib.jar` beside
/// it (for the manifest's `Class-Path`).
fn jar_cases(build: &Path) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for dir in sorted_entries(&root().join("tests/jar")).into_iter().filter(|p| p.is_dir()) {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let out = build.join("jar").join(&name);
        let lib_sources = java_files_recursive(&dir.join("lib"));
        let lib_classes = out.join("lib");
        if !lib_sources.is_empty() {
            javac(&lib_sources, &lib_classes, None)?;
            pack(&out.join("lib.jar"), None, &lib_classes)?;
        }
        let classes = out.join("classes");
        javac(&java_files(&dir), &classes, Some(&lib_classes))?;
        let jar = out.join("app.jar");
        pack(&jar, Some(&dir.join("manifest.txt")), &classes)?;
        let expected = fs::read_to_string(dir.join("expected")).map_err(|e| format!("{name}: {e}"))?;
        cases.push(Case {
            id: format!("jar/{name}"),
            class_path: classes,
            flags: Vec::new(),
            target: vec!["-jar".into(), jar.display().to_string()],
            args: read_lines(&dir.join("args")),
            input: None,
            expected,
        });
    }
    Ok(cases)
}

/// Runs one case in one mode; returns the formatted result
/// (stdout + `--- exit N`), or a description of a timeout.
fn run(case: &Case, mode: &Mode) -> String {
    let mut cmd = Command::new(CREMA);
    cmd.args(mode.flags)
        .args(&case.flags)
        .args(&case.target)
        .args(&case.args)
        .current_dir(&case.class_path)
        .env("LC_ALL", "C.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(match &case.input {
            Some(p) => Stdio::from(fs::File::open(p).expect("input file")),
            None => Stdio::null(),
        });
    let mut child = cmd.spawn().expect("spawn crema");
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stderr.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned();
    let err = String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned();
    match status {
        None => format!("{out}--- timed out after {}s\n{err}", TIMEOUT.as_secs()),
        Some(s) => {
            let code = s.code().unwrap_or_else(|| 128 + std::os::unix::process::ExitStatusExt::signal(&s).unwrap_or(0));
            let mut text = format!("{out}--- exit {code}\n");
            if s.code().is_none() || code >= 128 {
                text.push_str(&format!("--- crashed; stderr:\n{err}"));
            }
            text
        }
    }
}

/// The first lines where `expected` and `actual` differ, diff-style.
fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let mut out = String::new();
    let from = first.saturating_sub(2);
    for l in &e[from..first] {
        out.push_str(&format!("   {l}\n"));
    }
    for l in e.iter().skip(first).take(8) {
        out.push_str(&format!(" - {l}\n"));
    }
    for l in a.iter().skip(first).take(8) {
        out.push_str(&format!(" + {l}\n"));
    }
    out
}

fn main() {
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let mode_names =
        std::env::var("CREMA_TEST_MODES").unwrap_or_else(|_| "int,default,gcstress,comp,compstress".into());
    let modes: Vec<&Mode> = MODES.iter().filter(|m| mode_names.split(',').any(|n| n.trim() == m.name)).collect();
    let build = root().join("target/conformance");
    let mut cases = match java_cases(&build).and_then(|mut c| {
        c.extend(jar_cases(&build)?);
        c.extend(separate_cases(&build)?);
        Ok(c)
    }) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("conformance: {e}");
            std::process::exit(1);
        }
    };
    cases.retain(|c| filters.is_empty() || filters.iter().any(|f| c.id.contains(f.as_str())));
    let jobs: Vec<(usize, usize)> = (0..cases.len()).flat_map(|c| (0..modes.len()).map(move |m| (c, m))).collect();
    println!("running {} programs in {} modes ({} runs)", cases.len(), modes.len(), jobs.len());
    let next = Mutex::new(0usize);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(jobs.len().max(1));
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let job = {
                        let mut n = next.lock().unwrap();
                        let j = *n;
                        *n += 1;
                        j
                    };
                    let Some(&(c, m)) = jobs.get(job) else { break };
                    let (case, mode) = (&cases[c], modes[m]);
                    let actual = run(case, mode);
                    if actual != case.expected {
                        let msg = format!("FAILED {} [{}]\n{}", case.id, mode.name, diff(&case.expected, &actual));
                        print!("{msg}");
                        let _ = std::io::stdout().flush();
                        failures.lock().unwrap().push(format!("{} [{}]", case.id, mode.name));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    println!(
        "\nconformance: {} passed, {} failed ({} runs in {:.1}s)",
        jobs.len() - failures.len(),
        failures.len(),
        jobs.len(),
        start.elapsed().as_secs_f64()
    );
    if !failures.is_empty() {
        for f in &failures {
            println!("    {f}");
        }
        std::process::exit(1);
    }
}
