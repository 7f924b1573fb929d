//! The launcher: what `java` does before and after `main`.
//!
//! It parses the command line (`options`), resolves what to run — a main
//! class on the class path, a jar's `Main-Class` (`jar`), or a `.java` file
//! compiled on the fly (`source`) — creates the VM with the class library
//! and the JIT, and runs `main` on a thread with a large native stack.
//! Errors are reported with `java`'s messages and exit codes.

mod jar;
pub mod options;
mod source;

use crema_vm::runtime::java_main::{self, MainSource};
use crema_vm::runtime::{JavaThread, Vm, console, genesis};

use options::{Action, Launch, LaunchError};

/// Native stack of the thread that runs Java: nested interpreter
/// activations (natives calling back into Java) use it; Java-to-Java calls
/// do not.
const MAIN_THREAD_STACK: usize = 256 << 20;

/// Creates a VM with crema's class library, natives and JIT.
pub fn create_vm(options: crema_vm::VmOptions) -> Result<&'static Vm, String> {
    let mut natives = crema_vm::runtime::NativeRegistry::new();
    crema_classlib::register_natives(&mut natives);
    let compiler = Box::new(crema_jit::CraneliftCompiler::new());
    Vm::create(options, Box::new(crema_classlib::BootImage::new()), natives, Some(compiler))
}

/// Runs `f` on a new OS thread with a large native stack, as the VM's
/// Java thread (not yet bootstrapped); `None` if it panicked.
pub fn on_java_thread<T: Send + 'static>(
    vm: &'static Vm,
    f: impl FnOnce(&JavaThread) -> T + Send + 'static,
) -> Option<T> {
    let stack = vm.options().stack_size;
    std::thread::Builder::new()
        .name("main".into())
        .stack_size(MAIN_THREAD_STACK)
        .spawn(move || f(&JavaThread::new(vm, stack, MAIN_THREAD_STACK)))
        .expect("spawning the main Java thread")
        .join()
        .ok()
}

/// The main class of a source file in source-file mode (`pkg.Main`).
pub fn source_main_class(text: &str) -> Option<String> {
    source::main_class(text)
}

/// Runs the launcher with `args` (without the program name); returns the
/// process exit code.
pub fn main(args: Vec<String>) -> i32 {
    let _ = env_logger::Builder::from_env(env_logger::Env::new().filter("CREMA_LOG")).try_init();
    let launch = match options::parse(args) {
        Ok(l) => l,
        Err(e) => return report(e),
    };
    match launch.action {
        Action::Version { to_stdout } => {
            print_version(to_stdout);
            0
        }
        Action::Help { to_stdout } => {
            let text = options::usage();
            if to_stdout {
                print!("{text}")
            } else {
                eprint!("{text}")
            }
            i32::from(!to_stdout && launch.main.is_none())
        }
        Action::Run => run(launch),
    }
}

fn report(e: LaunchError) -> i32 {
    match e {
        LaunchError::Usage => eprint!("{}", options::usage()),
        LaunchError::Fatal(msg) => eprintln!(
            "{msg}\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit."
        ),
        LaunchError::Plain(msg) => eprintln!("{msg}"),
        LaunchError::VmInit(msg) => {
            console::write_stdout(format!("Error occurred during initialization of VM\n{msg}\n").as_bytes());
            console::flush();
        }
    }
    1
}

fn print_version(to_stdout: bool) {
    let version = env!("CARGO_PKG_VERSION");
    let text = format!(
        "crema version \"{version}\" (Java SE 17 class library)\ncrema Runtime Environment (build {version})\ncrema VM (build {version}, interpreted mode)\n"
    );
    if to_stdout { print!("{text}") } else { eprint!("{text}") }
}

fn run(mut launch: Launch) -> i32 {
    let (main_class, main_source) = match launch.main.take() {
        Some(options::MainTarget::Class(c)) => (c, MainSource::ClassName),
        Some(options::MainTarget::Jar(path)) => match jar::prepare(&path, &mut launch.vm) {
            Ok(c) => (c, MainSource::ClassName),
            Err(e) => return report(e),
        },
        Some(options::MainTarget::Source(path)) => match source::compile(&path, &mut launch.vm) {
            Ok(c) => (c, MainSource::SourceFile),
            Err(e) => return report(e),
        },
        None => return report(LaunchError::Usage),
    };
    let vm = match create_vm(launch.vm) {
        Ok(vm) => vm,
        Err(msg) => return report(LaunchError::Fatal(msg)),
    };
    let program_args = launch.program_args;
    let code = on_java_thread(vm, move |thread| {
        if let Err(msg) = genesis::bootstrap(thread) {
            return report(LaunchError::VmInit(msg));
        }
        java_main::run_main(thread, &main_class, &program_args, main_source)
    })
    .unwrap_or_else(|| {
        console::flush();
        eprintln!("crema: internal error (the VM panicked); please report it");
        134
    });
    console::flush();
    code
}
