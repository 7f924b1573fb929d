//! `crema-compare`: one program under crema and under `java -Xint` and
//! `java`, measured side by side.
//!
//! Each runner runs the program `warmup + n` times; the rounds alternate
//! between runners (round-robin), so that drift in the machine's speed
//! affects all of them alike. The first measured run of `java` is the
//! reference output: every other runner's stdout and exit code must equal
//! it. The report (`report`) gives wall time (median, min, max), CPU time,
//! peak RSS, and crema's time as a ratio of each `java`'s.

pub mod diff;
pub mod measure;
pub mod report;

use std::path::{Path, PathBuf};

use measure::{Measurement, Runner, Summary, run_once};

/// What to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    ClassPath { class_path: String, main: String },
    Jar(PathBuf),
    Source(PathBuf),
}

/// A crema execution mode: a label and its flags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mode {
    pub label: String,
    pub flags: Vec<String>,
}

impl Mode {
    /// `default`, `int`, `comp`, or any crema flag (`-Xint`,
    /// `-XX:TieredStopAtLevel=1`, ...).
    pub fn parse(name: &str) -> Mode {
        let flags: Vec<String> = match name {
            "default" | "" => vec![],
            "int" => vec!["-Xint".into()],
            "comp" => vec!["-Xcomp".into()],
            other => other.split_whitespace().map(str::to_string).collect(),
        };
        let label = if flags.is_empty() { "crema".to_string() } else { format!("crema {}", flags.join(" ")) };
        Mode { label, flags }
    }
}

/// The command line of `crema-compare`.
#[derive(Clone, Debug)]
pub struct CompareOptions {
    pub runs: usize,
    pub warmup: usize,
    pub modes: Vec<Mode>,
    pub java: PathBuf,
    pub crema: PathBuf,
    pub json: Option<PathBuf>,
    pub svg: Option<PathBuf>,
    pub input: Option<PathBuf>,
    /// VM options for every runner (`-Xmx64m`, `-Dx=y`).
    pub vm_options: Vec<String>,
    pub target: Target,
    pub program_args: Vec<String>,
}

pub const USAGE: &str = "Usage: crema-compare [options] [vm options] -cp <path> <mainclass> [args...]
   or  crema-compare [options] [vm options] -jar <jarfile> [args...]
   or  crema-compare [options] [vm options] <sourcefile.java> [args...]

Runs the program under crema, `java -Xint` and `java`, checks that the
outputs match java's, and reports wall time, CPU time, peak RSS and ratios.

options:
  -n <runs>         measured runs per runner (default 5)
  --warmup <runs>   unmeasured runs per runner before those (default 1)
  --modes <list>    crema modes, comma-separated: default, int, comp, or
                    crema flags such as -Xint (default: default)
  --java <path>     the java to compare against (default: java)
  --crema <path>    the crema binary (default: next to this tool)
  --input <file>    standard input for every run
  --json <file>     also write the results as JSON
  --svg <file>      also draw the medians as a bar chart
vm options (-Xmx64m, -Dname=value, ...) are given to every runner.
";

/// The crema binary next to the running tool, or `crema` on the path.
pub fn default_crema() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(|d| d.join("crema")))
        .filter(|p| p.exists())
        .unwrap_or_else(|| PathBuf::from("crema"))
}

/// Parses `crema-compare`'s arguments.
pub fn parse_args(args: &[String]) -> Result<CompareOptions, String> {
    let mut opts = CompareOptions {
        runs: 5,
        warmup: 1,
        modes: vec![Mode::parse("default")],
        java: PathBuf::from("java"),
        crema: default_crema(),
        json: None,
        svg: None,
        input: None,
        vm_options: Vec::new(),
        target: Target::ClassPath { class_path: ".".into(), main: String::new() },
        program_args: Vec::new(),
    };
    let mut class_path = None;
    let mut target = None;
    let mut i = 0;
    let value = |i: &mut usize, name: &str| -> Result<String, String> {
        *i += 1;
        args.get(*i).cloned().ok_or_else(|| format!("{name} needs a value"))
    };
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-n" => opts.runs = value(&mut i, a)?.parse().map_err(|_| "-n needs a number of runs".to_string())?,
            "--warmup" => opts.warmup = value(&mut i, a)?.parse().map_err(|_| "--warmup needs a number".to_string())?,
            "--modes" => opts.modes = value(&mut i, a)?.split(',').map(Mode::parse).collect(),
            "--java" => opts.java = value(&mut i, a)?.into(),
            "--crema" => opts.crema = value(&mut i, a)?.into(),
            "--json" => opts.json = Some(value(&mut i, a)?.into()),
            "--svg" => opts.svg = Some(value(&mut i, a)?.into()),
            "--input" => opts.input = Some(value(&mut i, a)?.into()),
            "-cp" | "-classpath" | "--class-path" => class_path = Some(value(&mut i, a)?),
            "-jar" => {
                target = Some(Target::Jar(value(&mut i, a)?.into()));
                i += 1;
                break;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if a.starts_with('-') => opts.vm_options.push(a.to_string()),
            _ if a.ends_with(".java") => {
                target = Some(Target::Source(a.into()));
                i += 1;
                break;
            }
            _ => {
                target = Some(Target::ClassPath {
                    class_path: class_path.clone().unwrap_or_else(|| ".".into()),
                    main: a.into(),
                });
                i += 1;
                break;
            }
        }
        i += 1;
    }
    opts.target = target.ok_or_else(|| format!("no program given\n\n{USAGE}"))?;
    opts.program_args = args[i.min(args.len())..].to_vec();
    if opts.runs == 0 {
        return Err("-n must be at least 1".into());
    }
    if opts.modes.is_empty() {
        return Err("--modes needs at least one mode".into());
    }
    Ok(opts)
}

/// All runs of one runner.
#[derive(Clone, Debug)]
pub struct RunnerResult {
    pub runner: Runner,
    pub samples: Vec<Measurement>,
}

impl RunnerResult {
    pub fn wall(&self) -> Summary {
        Summary::of(&self.samples.iter().map(|m| m.wall).collect::<Vec<_>>())
    }

    pub fn cpu(&self) -> Summary {
        Summary::of(&self.samples.iter().map(|m| m.cpu).collect::<Vec<_>>())
    }

    pub fn max_rss_kb(&self) -> u64 {
        self.samples.iter().map(|m| m.max_rss_kb).max().unwrap_or(0)
    }

    /// The output of the first measured run (the one checked).
    pub fn output(&self) -> &Measurement {
        &self.samples[0]
    }
}

/// The result of comparing runners on one program.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// How the program was named (`-cp . Fib 32`).
    pub program: String,
    pub runners: Vec<RunnerResult>,
    /// Indexes of the crema runners, `java -Xint` and `java`.
    pub crema: Vec<usize>,
    pub java_int: usize,
    pub java: usize,
}

impl Comparison {
    /// Whether a runner's stdout and exit code equal `java`'s.
    pub fn matches_java(&self, runner: usize) -> bool {
        let (a, b) = (self.runners[runner].output(), self.runners[self.java].output());
        a.stdout == b.stdout && a.exit_code == b.exit_code
    }

    /// `runner`'s median wall time divided by `other`'s.
    pub fn ratio(&self, runner: usize, other: usize) -> f64 {
        self.runners[runner].wall().median.as_secs_f64() / self.runners[other].wall().median.as_secs_f64()
    }
}

/// Checks that `java` runs (with a clear message when it does not).
pub fn check_java(java: &Path) -> Result<(), String> {
    match std::process::Command::new(java).arg("-version").output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => {
            Err(format!("`{} -version` failed ({}); pass the JDK's java with --java", java.display(), out.status))
        }
        Err(e) => Err(format!("cannot run java (`{}`): {e}; install a JDK 17 or pass --java <path>", java.display())),
    }
}

/// Compiles a source-file target once (so `java`'s time does not include
/// compiling it, as `java File.java` would) and returns the class-path
/// target.
fn prepare_target(opts: &CompareOptions, scratch: &Path) -> Result<Target, String> {
    let Target::Source(file) = &opts.target else { return Ok(opts.target.clone()) };
    let javac = opts.java.parent().map(|d| d.join("javac")).filter(|p| p.exists()).unwrap_or_else(|| "javac".into());
    let out = scratch.join("classes");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let status = std::process::Command::new(&javac)
        .arg("-d")
        .arg(&out)
        .arg(file)
        .status()
        .map_err(|e| format!("cannot run {}: {e}", javac.display()))?;
    if !status.success() {
        return Err(format!("{} does not compile", file.display()));
    }
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let main = crate::launcher::source_main_class(&text).ok_or_else(|| format!("no class in {}", file.display()))?;
    Ok(Target::ClassPath { class_path: out.display().to_string(), main })
}

/// The runners: each crema mode, then `java -Xint`, then `java`.
pub fn runners(opts: &CompareOptions, target: &Target) -> Vec<Runner> {
    let target_args: Vec<String> = match target {
        Target::ClassPath { class_path, main } => vec!["-cp".into(), class_path.clone(), main.clone()],
        Target::Jar(jar) => vec!["-jar".into(), jar.display().to_string()],
        Target::Source(file) => vec![file.display().to_string()],
    };
    let command = |flags: &[String]| -> Vec<String> {
        let mut v = flags.to_vec();
        v.extend(opts.vm_options.iter().cloned());
        v.extend(target_args.iter().cloned());
        v.extend(opts.program_args.iter().cloned());
        v
    };
    let mut out: Vec<Runner> = opts
        .modes
        .iter()
        .map(|m| Runner { label: m.label.clone(), program: opts.crema.clone(), args: command(&m.flags) })
        .collect();
    out.push(Runner { label: "java -Xint".into(), program: opts.java.clone(), args: command(&["-Xint".into()]) });
    out.push(Runner { label: "java".into(), program: opts.java.clone(), args: command(&[]) });
    out
}

/// Runs the comparison, reporting progress through `progress`.
pub fn compare(opts: &CompareOptions, progress: &mut dyn FnMut(&str)) -> Result<Comparison, String> {
    check_java(&opts.java)?;
    if !opts.crema.exists() && opts.crema.components().count() > 1 {
        return Err(format!("no crema binary at {}", opts.crema.display()));
    }
    let scratch = std::env::temp_dir().join(format!("crema-compare-{}", std::process::id()));
    let target = prepare_target(opts, &scratch)?;
    let runners = runners(opts, &target);
    let mut samples: Vec<Vec<Measurement>> = vec![Vec::new(); runners.len()];
    let rounds = opts.warmup + opts.runs;
    let total = rounds * runners.len();
    let dir = std::env::current_dir().map_err(|e| e.to_string())?;
    for round in 0..rounds {
        for (k, r) in runners.iter().enumerate() {
            let done = round * runners.len() + k + 1;
            let m = run_once(r, &dir, opts.input.as_deref())
                .map_err(|e| format!("cannot run {}: {e}", r.command_line()))?;
            let kind = if round < opts.warmup { "warm-up" } else { "run" };
            progress(&format!("[{done}/{total}] {} {kind}: {:.3}s", r.label, m.wall.as_secs_f64()));
            if round >= opts.warmup {
                samples[k].push(m);
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let n = runners.len();
    let program = match &opts.target {
        Target::ClassPath { class_path, main } => format!("-cp {class_path} {main}"),
        Target::Jar(j) => format!("-jar {}", j.display()),
        Target::Source(f) => f.display().to_string(),
    };
    let program = std::iter::once(program).chain(opts.program_args.iter().cloned()).collect::<Vec<_>>().join(" ");
    Ok(Comparison {
        program,
        runners: runners.into_iter().zip(samples).map(|(runner, samples)| RunnerResult { runner, samples }).collect(),
        crema: (0..n - 2).collect(),
        java_int: n - 2,
        java: n - 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options_targets_and_program_arguments() {
        let o = parse_args(&args(&["-n", "3", "--modes", "int,default", "-Xmx64m", "-cp", "out", "Fib", "32", "-n"]))
            .unwrap();
        assert_eq!(o.runs, 3);
        assert_eq!(o.modes.iter().map(|m| m.label.as_str()).collect::<Vec<_>>(), ["crema -Xint", "crema"]);
        assert_eq!(o.vm_options, ["-Xmx64m"]);
        assert_eq!(o.target, Target::ClassPath { class_path: "out".into(), main: "Fib".into() });
        assert_eq!(o.program_args, ["32", "-n"]);
        let o = parse_args(&args(&["-jar", "app.jar", "x"])).unwrap();
        assert_eq!((o.target, o.program_args), (Target::Jar("app.jar".into()), vec!["x".to_string()]));
        let o = parse_args(&args(&["Hello.java"])).unwrap();
        assert_eq!(o.target, Target::Source("Hello.java".into()));
    }

    #[test]
    fn bad_arguments() {
        assert!(parse_args(&args(&["-n"])).unwrap_err().contains("needs a value"));
        assert!(parse_args(&args(&["-n", "x", "M"])).unwrap_err().contains("number"));
        assert!(parse_args(&args(&["-Xint"])).unwrap_err().contains("no program"));
        assert!(parse_args(&args(&["-n", "0", "M"])).unwrap_err().contains("at least 1"));
    }

    #[test]
    fn runner_command_lines() {
        let o = parse_args(&args(&[
            "--modes",
            "int",
            "--java",
            "/jdk/java",
            "--crema",
            "/c/crema",
            "-Dx=1",
            "-cp",
            "d",
            "M",
            "a",
        ]))
        .unwrap();
        let r = runners(&o, &o.target);
        assert_eq!(r[0].command_line(), "/c/crema -Xint -Dx=1 -cp d M a");
        assert_eq!(r[1].command_line(), "/jdk/java -Xint -Dx=1 -cp d M a");
        assert_eq!(r[2].command_line(), "/jdk/java -Dx=1 -cp d M a");
    }

    #[test]
    fn a_missing_java_is_a_clear_error() {
        let e = check_java(Path::new("/nonexistent/bin/java")).unwrap_err();
        assert!(e.contains("cannot run java (`/nonexistent/bin/java`)"), "{e}");
    }
}
