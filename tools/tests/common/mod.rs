//! What the tools' integration tests share: running a program and
//! capturing what it printed.

use std::path::Path;
use std::process::Command;

pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Runs `program` with `args` in `dir`, in the C.UTF-8 locale and without
/// `CLASSPATH`, as the tests compare crema with `java` there.
pub fn run(program: &str, dir: &Path, args: &[&str]) -> Output {
    let mut command = Command::new(program);
    command.args(args);
    output_of(command, dir)
}

/// Like [`run`], with standard error sent into standard output (`2>&1`), so
/// the order in which the two streams were flushed shows; `stderr` is empty.
#[allow(dead_code)] // not every test binary that shares this module uses it
pub fn run_merged(program: &str, dir: &Path, args: &[&str]) -> Output {
    let mut command = Command::new("sh");
    command.args(["-c", "exec \"$0\" \"$@\" 2>&1", program]).args(args);
    output_of(command, dir)
}

fn output_of(mut command: Command, dir: &Path) -> Output {
    let program = format!("{:?}", command.get_program());
    let out = command
        .current_dir(dir)
        .env("LC_ALL", "C.UTF-8")
        .env_remove("CLASSPATH")
        .output()
        .unwrap_or_else(|e| panic!("running {program}: {e}"));
    Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}
