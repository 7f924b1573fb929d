//! `java`'s command line.
//!
//! Options come first; the first argument that is not an option is the
//! main class (or a `.java` file), and everything after it — or after
//! `-jar <file>` — belongs to the program. Unknown options are errors, with
//! `java`'s messages.

use std::path::{Path, PathBuf};

use crema_gc::HeapConfig;
use crema_vm::collector::GcLog;
use crema_vm::runtime::{ExecutionMode, VmOptions};

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MainTarget {
    Class(String),
    Jar(PathBuf),
    Source(PathBuf),
}

/// What the launcher was asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Run,
    Version { to_stdout: bool },
    Help { to_stdout: bool },
}

/// A parsed command line.
#[derive(Debug, Clone)]
pub struct Launch {
    pub vm: VmOptions,
    pub main: Option<MainTarget>,
    pub program_args: Vec<String>,
    pub action: Action,
}

/// Why the launcher stops before running anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaunchError {
    /// Print the usage text (exit 1).
    Usage,
    /// A VM-creation failure: the message, then `java`'s two "Error:" lines.
    Fatal(String),
    /// A launcher error printed as is (on standard error).
    Plain(String),
    /// A VM initialization error: HotSpot prints "Error occurred during
    /// initialization of VM" and the message on standard output.
    VmInit(String),
}

/// The value an `-XX` flag takes.
#[derive(Copy, Clone, PartialEq, Eq)]
enum FlagKind {
    /// `-XX:+Flag` / `-XX:-Flag`.
    Bool,
    /// `-XX:Flag=<unsigned integer>`.
    Number,
}

/// `-XX` flags crema accepts. Flags of later subsystems are accepted and
/// ignored until those exist, as long as HotSpot knows them too.
const KNOWN_XX_FLAGS: &[(&str, FlagKind)] = &[
    ("UseSerialGC", FlagKind::Bool),
    ("UseParallelGC", FlagKind::Bool),
    ("UseG1GC", FlagKind::Bool),
    ("UseEpsilonGC", FlagKind::Bool),
    ("UnlockDiagnosticVMOptions", FlagKind::Bool),
    ("UnlockExperimentalVMOptions", FlagKind::Bool),
    ("TieredCompilation", FlagKind::Bool),
    ("TieredStopAtLevel", FlagKind::Number),
    ("PrintCompilation", FlagKind::Bool),
    ("CompileThreshold", FlagKind::Number),
    ("Tier3InvocationThreshold", FlagKind::Number),
    ("Tier3BackEdgeThreshold", FlagKind::Number),
    ("BackgroundCompilation", FlagKind::Bool),
    ("UseCompressedOops", FlagKind::Bool),
    ("UseCompressedClassPointers", FlagKind::Bool),
    ("MaxTenuringThreshold", FlagKind::Number),
    ("GCStress", FlagKind::Bool),
    ("GCStressInterval", FlagKind::Number),
    ("VerifyHeap", FlagKind::Bool),
    ("TraceDeoptimization", FlagKind::Bool),
    ("ClassUnloading", FlagKind::Bool),
    ("UseInlineCaches", FlagKind::Bool),
    ("CITime", FlagKind::Bool),
    ("Inline", FlagKind::Bool),
    ("MaxJavaStackTraceDepth", FlagKind::Number),
    ("ShowCodeDetailsInExceptionMessages", FlagKind::Bool),
    ("AlwaysPreTouch", FlagKind::Bool),
];

/// The usage text (`java -help`).
pub fn usage() -> String {
    "Usage: crema [options] <mainclass> [args...]
           (to execute a class)
   or  crema [options] -jar <jarfile> [args...]
           (to execute a jar file)
   or  crema [options] <sourcefile> [args...]
           (to compile and execute a single source file)

 Arguments following the main class, source file or -jar <jarfile> are
 passed as the arguments to the main method.

 where options include:

    -cp <class search path of directories and jar files>
    -classpath <class search path of directories and jar files>
    --class-path <class search path of directories and jar files>
                  A : separated list of directories and jar files
                  to search for class files.
    -D<name>=<value>
                  set a system property
    -verbose:class
                  print a line for every class loaded
    -version      print product version to the error stream and exit
    --version     print product version to the output stream and exit
    -showversion  print product version to the error stream and continue
    -? -h -help   print this help message to the error stream
    --help        print this help message to the output stream
    -ea[:<packagename>...|:<classname>]
    -enableassertions[:<packagename>...|:<classname>]
                  enable assertions
    -da, -disableassertions
                  disable assertions
    -esa, -dsa    enable or disable system assertions
    -Xint         interpreted mode execution only
    -Xmixed       mixed mode execution (default)
    -Xcomp        compile methods at first call
    -Xbatch       compile in the foreground
    -Xmx<size>    set maximum Java heap size
    -Xms<size>    set initial Java heap size
    -Xmn<size>    set the size of the young generation
    -Xss<size>    set the Java thread stack size
    --patch-module java.base=<path>
                  classes that replace the class library's
    -Xbootclasspath/a:<path>
                  append to the end of the bootstrap class path
    -Xlog:class+load
                  log class loading
"
    .to_string()
}

/// Parses `-Xmx64m`-style sizes: a number with an optional k, m, g or t.
pub fn parse_size(text: &str) -> Option<usize> {
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => text.split_at(i),
        None => (text, ""),
    };
    let n: usize = digits.parse().ok()?;
    let shift = match unit {
        "" => 0,
        "k" | "K" => 10,
        "m" | "M" => 20,
        "g" | "G" => 30,
        "t" | "T" => 40,
        _ => return None,
    };
    n.checked_mul(1usize << shift)
}

/// Splits a class path, expanding `dir/*` into the jars in `dir` and an
/// empty entry into the current directory.
pub fn split_class_path(path: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in path.split(':') {
        if entry.is_empty() {
            out.push(PathBuf::from("."));
        } else if let Some(dir) = entry.strip_suffix("/*").or(if entry == "*" { Some(".") } else { None }) {
            let mut jars: Vec<PathBuf> = std::fs::read_dir(if dir.is_empty() { "/" } else { dir })
                .map(|rd| {
                    rd.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("jar")))
                        .collect()
                })
                .unwrap_or_default();
            jars.sort();
            out.extend(jars);
        } else {
            out.push(PathBuf::from(entry));
        }
    }
    out
}

fn fatal(msg: impl Into<String>) -> LaunchError {
    LaunchError::Fatal(msg.into())
}

/// `--patch-module java.base=<path>`: directories and jars whose classes
/// replace the boot image's (crema's class library is the one module).
fn patch_module(vm: &mut VmOptions, value: &str) -> Result<(), LaunchError> {
    match value.split_once('=') {
        Some(("java.base", paths)) => {
            vm.boot_class_path_prepend.extend(split_class_path(paths));
            Ok(())
        }
        Some((_, _)) => Ok(()),
        None => Err(LaunchError::Plain(format!("Error: Unable to parse --patch-module <module>=<value>: {value}"))),
    }
}

/// Parses the launcher's arguments.
pub fn parse(args: Vec<String>) -> Result<Launch, LaunchError> {
    let mut vm = VmOptions::default();
    let mut class_path: Option<String> = None;
    let mut action = Action::Run;
    let mut main = None;
    let mut max_heap = None;
    let mut initial_heap = None;
    let mut young = None;
    let mut iter = args.into_iter();
    while let Some(arg) = iter.next() {
        if !arg.starts_with('-') || arg == "-" {
            main = Some(if arg.ends_with(".java") && Path::new(&arg).is_file() {
                MainTarget::Source(PathBuf::from(arg))
            } else {
                MainTarget::Class(arg.replace('/', "."))
            });
            break;
        }
        let mut value_of = |name: &str| -> Result<String, LaunchError> {
            iter.next().ok_or_else(|| LaunchError::Plain(format!("Error: {name} requires class path specification")))
        };
        match arg.as_str() {
            "-cp" | "-classpath" | "--class-path" => class_path = Some(value_of(&arg)?),
            "--patch-module" => {
                let value = iter.next().ok_or_else(|| {
                    LaunchError::Plain("Error: --patch-module requires module path specification".into())
                })?;
                patch_module(&mut vm, &value)?;
            }
            _ if arg.starts_with("--patch-module=") => patch_module(&mut vm, &arg["--patch-module=".len()..])?,
            "-jar" => {
                let Some(jar) = iter.next() else {
                    return Err(LaunchError::Plain("Error: -jar requires jar file specification".into()));
                };
                main = Some(MainTarget::Jar(PathBuf::from(jar)));
                break;
            }
            "-version" => {
                action = Action::Version { to_stdout: false };
                break;
            }
            "--version" => {
                action = Action::Version { to_stdout: true };
                break;
            }
            "-showversion" | "--show-version" => print_version_now(arg == "--show-version"),
            "-help" | "-h" | "-?" => action = Action::Help { to_stdout: false },
            "--help" => action = Action::Help { to_stdout: true },
            "-Xint" => vm.mode = ExecutionMode::Interpreted,
            "-Xmixed" => vm.mode = ExecutionMode::Mixed,
            "-Xcomp" => vm.mode = ExecutionMode::Compiled,
            "-Xbatch" => vm.tiering.batch = true,
            "-Xshare:auto" | "-Xshare:off" | "-Xshare:on" | "-Xverify:none" | "-Xrs" => {}
            "-ea" | "-enableassertions" => vm.assertions.user_default = true,
            "-da" | "-disableassertions" => vm.assertions.user_default = false,
            "-esa" | "-enablesystemassertions" => vm.assertions.system_default = true,
            "-dsa" | "-disablesystemassertions" => vm.assertions.system_default = false,
            "-verbose:class" => {
                vm.log_class_load = true;
                vm.log_class_unload = true;
            }
            "-verbose:gc" => vm.gc.log = vm.gc.log.max(GcLog::Gc),
            "-verbose" | "-verbose:jni" | "-verbose:module" => {}
            _ if arg.starts_with("--class-path=") => class_path = Some(arg["--class-path=".len()..].to_string()),
            _ if arg.starts_with("-ea:") || arg.starts_with("-enableassertions:") => {
                vm.assertions.add(arg.split_once(':').map_or("", |(_, name)| name), true)
            }
            _ if arg.starts_with("-da:") || arg.starts_with("-disableassertions:") => {
                vm.assertions.add(arg.split_once(':').map_or("", |(_, name)| name), false)
            }
            _ if arg.starts_with("-D") => {
                let body = &arg[2..];
                let (k, v) = body.split_once('=').unwrap_or((body, ""));
                if k.is_empty() {
                    return Err(fatal(format!("Unrecognized option: {arg}")));
                }
                vm.properties.push((k.to_string(), v.to_string()));
            }
            _ if arg.starts_with("-Xmx") => {
                max_heap =
                    Some(parse_size(&arg[4..]).ok_or_else(|| fatal(format!("Invalid maximum heap size: {arg}")))?)
            }
            _ if arg.starts_with("-Xms") => {
                initial_heap =
                    Some(parse_size(&arg[4..]).ok_or_else(|| fatal(format!("Invalid initial heap size: {arg}")))?)
            }
            _ if arg.starts_with("-Xmn") => {
                young = Some(
                    parse_size(&arg[4..])
                        .ok_or_else(|| fatal(format!("Invalid maximum new generation size: {arg}")))?,
                )
            }
            _ if arg.starts_with("-Xss") => {
                vm.stack_size =
                    parse_size(&arg[4..]).ok_or_else(|| fatal(format!("Invalid thread stack size: {arg}")))?
            }
            _ if arg.starts_with("-Xbootclasspath/a:") => {
                vm.boot_class_path_append.extend(split_class_path(&arg["-Xbootclasspath/a:".len()..]))
            }
            _ if arg.starts_with("-Xlog") => {
                let selection = arg.strip_prefix("-Xlog:").unwrap_or("");
                let selection = selection.split(':').next().unwrap_or("");
                for item in selection.split(',') {
                    let (tags, level) = item.split_once('=').unwrap_or((item, "info"));
                    let debug = matches!(level, "debug" | "trace");
                    match tags {
                        "class+load" => vm.log_class_load = true,
                        "class+unload" => {
                            vm.log_class_unload = true;
                            vm.log_class_unload_debug |= debug;
                        }
                        "dependencies" => vm.log_dependencies = true,
                        _ => {}
                    }
                    match tags {
                        "gc" => vm.gc.log = vm.gc.log.max(GcLog::Gc),
                        "gc*" => vm.gc.log = GcLog::Details,
                        _ => {}
                    }
                }
            }
            _ if arg.starts_with("-XX:") => xx_flag(&arg[4..], &mut vm)?,
            _ => return Err(fatal(format!("Unrecognized option: {arg}"))),
        }
    }
    let program_args: Vec<String> = iter.collect();

    let defaults = HeapConfig::default_for_machine();
    let max = max_heap.unwrap_or(defaults.max_bytes.max(initial_heap.unwrap_or(0)));
    let initial = initial_heap.unwrap_or(defaults.initial_bytes.min(max));
    if initial > max {
        return Err(LaunchError::VmInit("Initial heap size set to a larger value than the maximum heap size".into()));
    }
    vm.heap = HeapConfig { max_bytes: max, initial_bytes: initial, young_bytes: young, ..vm.heap };
    let cp =
        class_path.or_else(|| std::env::var("CLASSPATH").ok().filter(|s| !s.is_empty())).unwrap_or_else(|| ".".into());
    vm.class_path = split_class_path(&cp);
    if main.is_none() && action == Action::Run {
        return Err(LaunchError::Usage);
    }
    Ok(Launch { vm, main, program_args, action })
}

/// Applies one `-XX:` option (`+Flag`, `-Flag` or `Flag=value`), with
/// HotSpot's messages for unknown flags and ill-formed settings.
fn xx_flag(option: &str, vm: &mut VmOptions) -> Result<(), LaunchError> {
    let sign = option.chars().next().filter(|c| *c == '+' || *c == '-');
    let body = if sign.is_some() { &option[1..] } else { option };
    let (name, value) = match body.split_once('=') {
        Some((name, value)) => (name, Some(value)),
        None => (body, None),
    };
    let Some(&(_, kind)) = KNOWN_XX_FLAGS.iter().find(|(n, _)| *n == name) else {
        return Err(fatal(format!("Unrecognized VM option '{body}'")));
    };
    let number = match kind {
        FlagKind::Bool if sign.is_none() => return Err(fatal(format!("Missing +/- setting for VM option '{body}'"))),
        FlagKind::Bool => 0,
        FlagKind::Number if sign.is_some() => {
            return Err(fatal(format!("Unexpected +/- setting in VM option '{name}'")));
        }
        FlagKind::Number => value
            .and_then(|v| v.parse::<u64>().ok())
            .ok_or_else(|| fatal(format!("Improperly specified VM option '{option}'")))?,
    };
    let enabled = sign == Some('+');
    match name {
        "GCStress" => vm.gc.stress = enabled,
        "GCStressInterval" => vm.gc.stress_interval = number.clamp(1, u32::MAX as u64) as u32,
        "VerifyHeap" => vm.gc.verify = enabled,
        "MaxTenuringThreshold" if number > 16 => {
            return Err(fatal(format!(
                "uintx MaxTenuringThreshold={number} is outside the allowed range [ 0 ... 16 ]"
            )));
        }
        "MaxTenuringThreshold" => vm.heap.tenuring_threshold = number as u32,
        "TieredStopAtLevel" => vm.tiering.stop_at_level = number.min(4) as u8,
        "CompileThreshold" | "Tier3InvocationThreshold" => {
            vm.tiering.invocation_threshold = number.clamp(1, u32::MAX as u64) as u32
        }
        "Tier3BackEdgeThreshold" => vm.tiering.backedge_threshold = number.clamp(1, u32::MAX as u64) as u32,
        "BackgroundCompilation" => vm.tiering.batch = !enabled,
        "PrintCompilation" => vm.tiering.print_compilation = enabled,
        "UseInlineCaches" => vm.tiering.use_inline_caches = enabled,
        "CITime" => vm.tiering.ci_time = enabled,
        _ => {}
    }
    Ok(())
}

fn print_version_now(to_stdout: bool) {
    let version = env!("CARGO_PKG_VERSION");
    let text = format!("crema version \"{version}\" (Java SE 17 class library)\n");
    if to_stdout { print!("{text}") } else { eprint!("{text}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn main_class_and_program_arguments() {
        let l = parse(args(&["-cp", "a:b.jar", "-Dx=1", "-Xint", "p.Main", "-cp", "z"])).unwrap();
        assert_eq!(l.main, Some(MainTarget::Class("p.Main".into())));
        assert_eq!(l.program_args, args(&["-cp", "z"]));
        assert_eq!(l.vm.class_path, vec![PathBuf::from("a"), PathBuf::from("b.jar")]);
        assert_eq!(l.vm.properties, vec![("x".to_string(), "1".to_string())]);
        assert_eq!(l.vm.mode, ExecutionMode::Interpreted);
    }

    #[test]
    fn jar_takes_the_rest() {
        let l = parse(args(&["-jar", "app.jar", "x", "-y"])).unwrap();
        assert_eq!(l.main, Some(MainTarget::Jar("app.jar".into())));
        assert_eq!(l.program_args, args(&["x", "-y"]));
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64m"), Some(64 << 20));
        assert_eq!(parse_size("2G"), Some(2 << 30));
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("64q"), None);
        assert_eq!(parse_size(""), None);
        let l = parse(args(&["-Xmx64m", "-Xms8m", "M"])).unwrap();
        assert_eq!((l.vm.heap.max_bytes, l.vm.heap.initial_bytes), (64 << 20, 8 << 20));
    }

    #[test]
    fn errors_read_as_java_reads_them() {
        assert_eq!(parse(args(&["-foo", "M"])).unwrap_err(), LaunchError::Fatal("Unrecognized option: -foo".into()));
        assert_eq!(
            parse(args(&["-XX:+Foo", "M"])).unwrap_err(),
            LaunchError::Fatal("Unrecognized VM option 'Foo'".into())
        );
        assert_eq!(
            parse(args(&["-Xmx64q", "M"])).unwrap_err(),
            LaunchError::Fatal("Invalid maximum heap size: -Xmx64q".into())
        );
        assert_eq!(parse(args(&[])).unwrap_err(), LaunchError::Usage);
        assert!(parse(args(&["-XX:TieredStopAtLevel=1", "-XX:+PrintCompilation", "M"])).is_ok());
    }
}
