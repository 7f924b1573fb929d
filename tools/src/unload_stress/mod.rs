//! `crema-unload-stress`: class-unloading stress on a VM in this process.
//!
//! For each round it creates loaders (`StressLoader`, generated), defines
//! generated classes in them, instantiates them, runs `StressDriver` —
//! code outside the loaders — hot over the instances (so its profiles and
//! inline caches mention every class), drops everything, runs a full
//! collection, and checks: the round's classes are all unloaded and the
//! loaders gone, the loaded-class count is back at its baseline, no
//! profile row anywhere still names an unloaded class, and the driver's
//! result is what Rust computes. It reports per-round time, full-GC and
//! unloading time and RSS, and exits 1 if any check failed.
//!
//! `--compare-java` runs the same workload on `java -Xlog:class+unload`
//! (a Java twin, `UnloadStress.java`, over the same generated class files)
//! for comparison.

mod classes;

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use crema_gc::{GcCause, GcKind};
use crema_vm::link::ensure_initialized;
use crema_vm::loader::load_class;
use crema_vm::metadata::ClassRef;
use crema_vm::oops;
use crema_vm::runtime::mirrors::class_from_mirror;
use crema_vm::runtime::{JValue, JavaThread, genesis};

const USAGE: &str = "usage: crema-unload-stress [--rounds N] [--loaders N] [--classes N] [--iterations N]
                           [--every N] [--compare-java] [vm options...]
  --rounds N       rounds of load, run, drop, collect (default 50)
  --loaders N      class loaders per round (default 10)
  --classes N      classes per loader (default 10)
  --iterations N   passes of the hot loop over all instances (default 200)
  --every N        print every N-th round (default: about 10 lines)
  --compare-java   also run the same workload on `java -Xlog:class+unload`
vm options (-Xmx64m, -XX:+GCStress, -XX:+VerifyHeap, -Xlog:class+unload, ...) go to crema.
";

/// The workload.
#[derive(Clone, Debug)]
struct Config {
    rounds: u32,
    loaders: u32,
    classes: u32,
    iterations: u32,
    every: u32,
    compare_java: bool,
    vm_args: Vec<String>,
}

fn parse(args: Vec<String>) -> Result<Config, String> {
    let mut c = Config {
        rounds: 50,
        loaders: 10,
        classes: 10,
        iterations: 200,
        every: 0,
        compare_java: false,
        vm_args: Vec::new(),
    };
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        let mut number = |what: &str| -> Result<u32, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("{what} needs a positive number"))
        };
        match a.as_str() {
            "--rounds" => c.rounds = number("--rounds")?,
            "--loaders" => c.loaders = number("--loaders")?,
            "--classes" => c.classes = number("--classes")?,
            "--iterations" => c.iterations = number("--iterations")?,
            "--every" => c.every = number("--every")?,
            "--compare-java" => c.compare_java = true,
            "-h" | "--help" => return Err(String::new()),
            _ if a.starts_with('-') => c.vm_args.push(a),
            _ => return Err(format!("unexpected argument: {a}")),
        }
    }
    if c.every == 0 {
        c.every = (c.rounds / 10).max(1);
    }
    Ok(c)
}

/// What one round measured.
#[derive(Clone, Debug)]
struct Round {
    time: Duration,
    full_gc: Duration,
    unloading: Duration,
    unloaded: u64,
    rss_kib: u64,
}

/// Runs the tool with `args` (without the program name); returns the exit
/// code.
pub fn main(args: Vec<String>) -> i32 {
    let config = match parse(args) {
        Ok(c) => c,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("crema-unload-stress: {e}");
            }
            eprint!("{USAGE}");
            return 2;
        }
    };
    let dir = std::env::temp_dir().join(format!("crema-unload-stress-{}", std::process::id()));
    if let Err(e) = write_fixed_classes(&dir) {
        eprintln!("crema-unload-stress: cannot write {}: {e}", dir.display());
        return 2;
    }
    let code = run_on_crema(&config, &dir);
    let code = if config.compare_java { code.max(run_on_java(&config, &dir)) } else { code };
    let _ = std::fs::remove_dir_all(&dir);
    code
}

fn write_fixed_classes(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join(format!("{}.class", classes::LOADER)), classes::loader_class())?;
    std::fs::write(dir.join(format!("{}.class", classes::DRIVER)), classes::driver_class())
}

fn run_on_crema(config: &Config, dir: &Path) -> i32 {
    let mut launcher_args = config.vm_args.clone();
    launcher_args.extend(["-cp".into(), dir.display().to_string(), classes::DRIVER.into()]);
    let launch = match crate::launcher::options::parse(launcher_args) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("crema-unload-stress: bad VM options: {e:?}");
            return 2;
        }
    };
    let vm = match crate::launcher::create_vm(launch.vm) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("crema-unload-stress: {e}");
            return 2;
        }
    };
    let config = config.clone();
    let result = crate::launcher::on_java_thread(vm, move |thread| stress(thread, &config));
    crema_vm::runtime::console::flush();
    match result {
        Some(Ok(report)) => {
            print!("{report}");
            if report.contains("FAILED") { 1 } else { 0 }
        }
        Some(Err(e)) => {
            eprintln!("crema-unload-stress: {e}");
            1
        }
        None => {
            eprintln!("crema-unload-stress: the VM panicked");
            1
        }
    }
}

/// The VM side of the stress: boots, runs the rounds, checks, reports.
fn stress(thread: &JavaThread, config: &Config) -> Result<String, String> {
    let vm = thread.vm();
    let described = |what: &str| {
        let text = genesis::describe_pending(thread);
        format!("{what}: {text}")
    };
    genesis::bootstrap(thread)?;
    let load = |name: &str| -> Result<ClassRef, String> {
        let c = load_class(thread, vm.app_loader(), name)
            .map_err(|_| described(name))?
            .ok_or_else(|| format!("{name} is not on the class path"))?;
        ensure_initialized(thread, c).map_err(|_| described(name))?;
        Ok(c)
    };
    let loader_class = load(classes::LOADER)?;
    let driver = load(classes::DRIVER)?;
    let loader_init = loader_class.find_declared_method("<init>", "()V").ok_or("StressLoader.<init>")?;
    let define = loader_class
        .find_declared_method("define", "(Ljava/lang/String;[B)Ljava/lang/Class;")
        .ok_or("StressLoader.define")?;
    let exercise = driver.find_declared_method("exercise", "([Ljava/lang/Object;I)J").ok_or("exercise")?;
    let object_class = vm.well_known().object;

    thread.collect(GcKind::Full, GcCause::Explicit);
    let baseline = vm.loaded_class_count();
    let mut rounds = Vec::new();
    let mut failures = Vec::new();
    let started = Instant::now();
    for round in 1..=config.rounds {
        let start = Instant::now();
        let mut made = Vec::new();
        {
            let scope = thread.scope();
            let total = (config.loaders * config.classes) as i32;
            let objs =
                scope.oop_handle(thread.alloc_object_array(object_class, total).map_err(|_| described("Object[]"))?);
            for l in 0..config.loaders {
                let loader = scope.oop_handle(thread.alloc_instance(loader_class).map_err(|_| described("a loader"))?);
                thread.call(loader_init, &[JValue::Ref(Some(loader.get()))]).map_err(|_| described("new loader"))?;
                for c in 0..config.classes {
                    let (name, bytes) = classes::generated_class(round, l, c);
                    let jname = scope.oop_handle(thread.new_string(&name).map_err(|_| described("a name"))?);
                    let array = thread
                        .alloc_primitive_array(crema_vm::classfile::BasicType::Byte, bytes.len() as i32)
                        .map_err(|_| described("byte[]"))?;
                    // SAFETY: a fresh byte[] of bytes.len() elements, filled at once.
                    for (d, s) in unsafe { oops::array_slice_mut::<i8>(array) }.iter_mut().zip(&bytes) {
                        *d = *s as i8;
                    }
                    let args =
                        [JValue::Ref(Some(loader.get())), JValue::Ref(Some(jname.get())), JValue::Ref(Some(array))];
                    let mirror = thread.call(define, &args).map_err(|_| described(&name))?.as_ref();
                    let class = mirror.and_then(class_from_mirror).ok_or("define returned no class")?;
                    ensure_initialized(thread, class).map_err(|_| described(&name))?;
                    let init = class.find_declared_method("<init>", "()V").ok_or("generated <init>")?;
                    let obj = scope.oop_handle(thread.alloc_instance(class).map_err(|_| described(&name))?);
                    thread.call(init, &[JValue::Ref(Some(obj.get()))]).map_err(|_| described(&name))?;
                    oops::array_put_ref(objs.get(), (l * config.classes + c) as usize, Some(obj.get()));
                    made.push((round, l, c));
                }
            }
            let args = [JValue::Ref(Some(objs.get())), JValue::Int(config.iterations as i32)];
            let sum = match thread.call(exercise, &args).map_err(|_| described("exercise"))? {
                JValue::Long(v) => v,
                other => return Err(format!("exercise returned {other:?}")),
            };
            let expected = classes::expected_sum(&made, config.iterations);
            if sum != expected {
                failures.push(format!("round {round}: the driver computed {sum}, expected {expected}"));
            }
        }
        let unloaded_before = vm.unloaded_class_count();
        let unloading_before = vm.unloading_time();
        let gc_start = Instant::now();
        thread.collect(GcKind::Full, GcCause::Explicit);
        let full_gc = gc_start.elapsed();
        let unloaded = vm.unloaded_class_count() - unloaded_before;

        let prefix = format!("Gen_{round}_");
        let survivors: usize =
            vm.loaders().iter().flat_map(|l| l.classes()).filter(|c| c.name().starts_with(&prefix)).count();
        if survivors > 0 {
            failures.push(format!("round {round}: {survivors} classes were not unloaded"));
        }
        if unloaded != made.len() as u64 {
            failures.push(format!("round {round}: {unloaded} classes unloaded, {} defined", made.len()));
        }
        if vm.loaders().len() != 2 {
            failures.push(format!("round {round}: {} user loaders still alive", vm.loaders().len() - 2));
        }
        if vm.loaded_class_count() != baseline {
            failures.push(format!("round {round}: {} classes loaded, baseline {baseline}", vm.loaded_class_count()));
        }
        for problem in crema_vm::deps::dangling_profile_rows(vm) {
            failures.push(format!("round {round}: {problem}"));
        }
        rounds.push(Round {
            time: start.elapsed(),
            full_gc,
            unloading: vm.unloading_time() - unloading_before,
            unloaded,
            rss_kib: rss_kib(),
        });
    }
    Ok(report(config, &rounds, started.elapsed(), &failures, vm.dependencies().stats().invalidated_by_unloading))
}

/// The resident set size of this process, in KiB.
fn rss_kib() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as u64;
    pages * page / 1024
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn report(config: &Config, rounds: &[Round], total: Duration, failures: &[String], invalidated: u64) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "crema-unload-stress: {} rounds x {} loaders x {} classes, {} iterations",
        config.rounds, config.loaders, config.classes, config.iterations
    );
    let _ = writeln!(
        out,
        "{:>6} {:>10} {:>10} {:>10} {:>10} {:>9} {:>10}",
        "round", "time", "loaders/s", "full GC", "unloading", "unloaded", "RSS"
    );
    for (i, r) in rounds.iter().enumerate() {
        let n = i as u32 + 1;
        if n == 1 || n.is_multiple_of(config.every) || n == config.rounds {
            let per_second = f64::from(config.loaders) / r.time.as_secs_f64();
            let _ = writeln!(
                out,
                "{n:>6} {:>8.1}ms {per_second:>10.0} {:>8.2}ms {:>8.2}ms {:>9} {:>6.1} MiB",
                ms(r.time),
                ms(r.full_gc),
                ms(r.unloading),
                r.unloaded,
                r.rss_kib as f64 / 1024.0
            );
        }
    }
    let loaders = u64::from(config.rounds) * u64::from(config.loaders);
    let defined = loaders * u64::from(config.classes);
    let unloaded: u64 = rounds.iter().map(|r| r.unloaded).sum();
    let (first, last) = (rounds.first().map_or(0, |r| r.rss_kib), rounds.last().map_or(0, |r| r.rss_kib));
    let peak = rounds.iter().map(|r| r.rss_kib).max().unwrap_or(0);
    let _ = writeln!(
        out,
        "summary: {loaders} loaders, {defined} classes defined, {unloaded} unloaded in {:.2}s: {:.0} loaders/s",
        total.as_secs_f64(),
        loaders as f64 / total.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "         full GC median {:.2}ms, of which unloading {:.2}ms; {invalidated} cache entries invalidated",
        ms(median(rounds.iter().map(|r| r.full_gc).collect())),
        ms(median(rounds.iter().map(|r| r.unloading).collect()))
    );
    let _ = writeln!(
        out,
        "         RSS round 1 {:.1} MiB, round {} {:.1} MiB ({:+.1}%), peak {:.1} MiB",
        first as f64 / 1024.0,
        config.rounds,
        last as f64 / 1024.0,
        (last as f64 / first.max(1) as f64 - 1.0) * 100.0,
        peak as f64 / 1024.0
    );
    if failures.is_empty() {
        let _ = writeln!(
            out,
            "checks: all passed (classes unloaded, loaders gone, class count at baseline, no dangling profile rows, results correct)"
        );
    } else {
        for f in failures.iter().take(20) {
            let _ = writeln!(out, "FAILED: {f}");
        }
        let _ = writeln!(out, "FAILED: {} checks", failures.len());
    }
    out
}

/// The Java twin of the workload, for `java` (it reads the same generated
/// class files).
const JAVA_TWIN: &str = include_str!("UnloadStress.java");

fn run_on_java(config: &Config, dir: &Path) -> i32 {
    let generated = dir.join("gen");
    if let Err(e) = emit_generated(config, &generated) {
        eprintln!("crema-unload-stress: cannot write the generated classes: {e}");
        return 2;
    }
    let src = dir.join("UnloadStress.java");
    if std::fs::write(&src, JAVA_TWIN).is_err() {
        return 2;
    }
    let javac = std::process::Command::new("javac").arg("-d").arg(dir).arg(&src).status();
    if !javac.is_ok_and(|s| s.success()) {
        eprintln!("crema-unload-stress: javac failed on the Java twin");
        return 2;
    }
    let args: Vec<String> =
        [config.rounds, config.loaders, config.classes, config.iterations].iter().map(u32::to_string).collect();
    let start = Instant::now();
    let out = std::process::Command::new("java")
        .args(["-Xlog:class+unload", "-cp"])
        .arg(dir)
        .arg("UnloadStress")
        .arg(&generated)
        .args(&args)
        .output();
    let wall = start.elapsed();
    let Ok(out) = out else {
        eprintln!("crema-unload-stress: cannot run java");
        return 2;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let unloads = stdout.lines().filter(|l| l.contains("[class,unload] unloading class")).count();
    println!(
        "java -Xlog:class+unload (same workload, Java twin): {:.2}s wall, {unloads} classes unloaded",
        wall.as_secs_f64()
    );
    for line in stdout.lines().filter(|l| !l.contains("[class,unload]")) {
        println!("  {line}");
    }
    if out.status.success() { 0 } else { 1 }
}

fn emit_generated(config: &Config, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for round in 1..=config.rounds {
        for l in 0..config.loaders {
            for c in 0..config.classes {
                let (name, bytes) = classes::generated_class(round, l, c);
                std::fs::write(dir.join(format!("{name}.class")), bytes)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options() {
        let c = parse(vec!["--rounds".into(), "3".into(), "-Xmx32m".into(), "--every".into(), "1".into()]).unwrap();
        assert_eq!((c.rounds, c.loaders, c.every), (3, 10, 1));
        assert_eq!(c.vm_args, vec!["-Xmx32m".to_string()]);
        assert!(parse(vec!["--rounds".into(), "0".into()]).is_err());
        assert!(parse(vec!["stray".into()]).is_err());
    }

    #[test]
    fn expected_sums_add_up() {
        let v = classes::value_of(1, 0, 0);
        assert_eq!(v, 31 + "label of Gen_1_0_0".len() as i32);
        assert_eq!(classes::expected_sum(&[(1, 0, 0)], 2), 2 * (i64::from(3 * v) + i64::from(v ^ 0x55) + 1));
    }
}
