//! Running a program's `main` method the way the `java` launcher does.
//!
//! Finds the main class with the application loader, checks for
//! `public static void main(String[])`, initializes the class, passes the
//! arguments, reports an uncaught exception through the thread's handler
//! (by default `Exception in thread "main" ...` and the stack trace on
//! standard error, exit code 1), and runs the shutdown hooks. The
//! messages for a missing class or method are the launcher's.

use crate::loader::load_class;
use crate::oops::{self, Oop};

use super::JavaThread;
use super::console;
use super::natives::JValue;

/// How the launcher found the main class, which decides some messages.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum MainSource {
    /// Named on the command line or in a jar manifest.
    ClassName,
    /// The first class of a source file (`crema Hello.java`).
    SourceFile,
}

/// Runs `main_class` (binary name, `pkg.Main`) with `args`; returns the
/// process exit code.
pub fn run_main(thread: &JavaThread, main_class: &str, args: &[String], source: MainSource) -> i32 {
    let code = run(thread, main_class, args, source);
    run_shutdown_hooks(thread);
    thread.vm().shutdown();
    code
}

/// Runs the shutdown hooks the program registered, as `java` does when
/// `main` returns or throws (`System.exit` runs them itself). Nothing
/// happens unless the program touched `Runtime`.
fn run_shutdown_hooks(thread: &JavaThread) {
    let Some(runtime) = thread.vm().boot_loader().find_loaded("java/lang/Runtime") else {
        return;
    };
    let Some(hooks) = runtime.find_declared_method("runShutdownHooks", "()V") else {
        return;
    };
    if crate::link::ensure_initialized(thread, runtime).and_then(|_| thread.call(hooks, &[])).is_err() {
        thread.take_pending_exception();
    }
}

fn run(thread: &JavaThread, main_class: &str, args: &[String], source: MainSource) -> i32 {
    let vm = thread.vm();
    let internal = main_class.replace('.', "/");
    let class = match load_class(thread, vm.app_loader(), &internal) {
        Ok(Some(c)) => c,
        Ok(None) => {
            console::write_stderr(
                format!(
                    "Error: Could not find or load main class {main_class}\nCaused by: java.lang.ClassNotFoundException: {main_class}\n"
                )
                .as_bytes(),
            );
            return 1;
        }
        Err(_) => {
            let e = thread.take_pending_exception();
            let text = e.map(|e| super::genesis::describe(thread, e)).unwrap_or_default();
            let msg = if text.starts_with("java.lang.NoClassDefFoundError") {
                format!("Error: Could not find or load main class {main_class}\nCaused by: {text}\n")
            } else {
                format!("Error: LinkageError occurred while loading main class {main_class}\n\t{text}\n")
            };
            console::write_stderr(msg.as_bytes());
            return 1;
        }
    };
    let main = class.find_declared_method("main", "([Ljava/lang/String;)V");
    let Some(main) = main.filter(|m| m.is_public()) else {
        if source == MainSource::SourceFile {
            console::write_stderr(
                format!("error: can't find main(String[]) method in class: {main_class}\n").as_bytes(),
            );
            return 1;
        }
        console::write_stderr(
            format!(
                "Error: Main method not found in class {main_class}, please define the main method as:\n   public static void main(String[] args)\nor a JavaFX application class must extend javafx.application.Application\n"
            )
            .as_bytes(),
        );
        return 1;
    };
    if !main.is_static() {
        console::write_stderr(
            format!(
                "Error: Main method is not static in class {main_class}, please define the main method as:\n   public static void main(String[] args)\n"
            )
            .as_bytes(),
        );
        return 1;
    }

    let result = (|| {
        crate::link::ensure_initialized(thread, class)?;
        let scope = thread.scope();
        let array = scope.oop_handle(thread.alloc_object_array(vm.well_known().string, args.len() as i32)?);
        for (i, a) in args.iter().enumerate() {
            let s = thread.new_string(a)?;
            oops::array_put_ref(array.get(), i, Some(s));
        }
        thread.call(main, &[JValue::Ref(Some(array.get()))])
    })();
    match result {
        Ok(_) => 0,
        Err(_) => {
            let e = thread.take_pending_exception().expect("an exception is pending");
            report_uncaught(thread, e);
            1
        }
    }
}

/// Hands an uncaught exception to `Thread.dispatchUncaughtException`,
/// which asks the thread's handler (by default its group's: `Exception in
/// thread "main" ` and the stack trace on `System.err`). A handler that
/// throws gets HotSpot's one-line note; a library without the method gets
/// the VM's own rendering of the exception.
fn report_uncaught(thread: &JavaThread, e: Oop) {
    let scope = thread.scope();
    let e = scope.oop_handle(e);
    let dispatch = thread.vm().load_boot_class(thread, "java/lang/Thread").ok().and_then(|thread_class| {
        let m = thread_class.find_declared_method("dispatchUncaughtException", "(Ljava/lang/Throwable;)V")?;
        Some((thread_class, m))
    });
    let Some((thread_class, dispatch)) = dispatch else {
        thread.take_pending_exception();
        let text = super::genesis::describe(thread, e.get());
        console::write_stderr(format!("Exception in thread \"main\" {text}\n").as_bytes());
        return;
    };
    let result = crate::link::ensure_initialized(thread, thread_class)
        .and_then(|_| thread.call(dispatch, &[JValue::Ref(Some(e.get()))]));
    if result.is_err()
        && let Some(thrown) = thread.take_pending_exception()
    {
        let name = oops::class_of(thrown).name().replace('/', ".");
        console::write_stderr(
            format!("\nException: {name} thrown from the UncaughtExceptionHandler in thread \"main\"\n").as_bytes(),
        );
    }
}
