//! Running one program once and measuring it: wall time, user+sys CPU time
//! and peak resident set size (from `wait4`'s resource usage), with its
//! stdout, stderr and exit code.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One way of running the program: a label and a command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Runner {
    /// `crema`, `crema -Xint`, `java -Xint`, `java`.
    pub label: String,
    pub program: PathBuf,
    /// Everything after the program name.
    pub args: Vec<String>,
}

impl Runner {
    /// The command line, for reports.
    pub fn command_line(&self) -> String {
        let mut s = self.program.display().to_string();
        for a in &self.args {
            s.push(' ');
            s.push_str(a);
        }
        s
    }
}

/// What one run produced.
#[derive(Clone, Debug)]
pub struct Measurement {
    pub wall: Duration,
    /// User plus system CPU time of the process (and its waited-for
    /// children).
    pub cpu: Duration,
    /// Peak resident set size in KiB.
    pub max_rss_kb: u64,
    pub stdout: String,
    pub stderr: String,
    /// The exit code, or 128 + signal.
    pub exit_code: i32,
}

/// Runs `runner` once in `dir` with `stdin` (or an empty input).
pub fn run_once(runner: &Runner, dir: &Path, stdin: Option<&Path>) -> std::io::Result<Measurement> {
    let mut cmd = Command::new(&runner.program);
    cmd.args(&runner.args).current_dir(dir).stdout(Stdio::piped()).stderr(Stdio::piped());
    match stdin {
        Some(p) => cmd.stdin(Stdio::from(std::fs::File::open(p)?)),
        None => cmd.stdin(Stdio::null()),
    };
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet reaped (the `Child` is never
    // waited on); `status` and `usage` are valid for writing.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    if reaped != pid {
        return Err(std::io::Error::last_os_error());
    }
    let exit_code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { 128 + libc::WTERMSIG(status) };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Ok(Measurement {
        wall,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        max_rss_kb: usage.ru_maxrss as u64,
        stdout: String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned(),
        exit_code,
    })
}

/// Median, minimum and maximum of durations.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Summary {
    pub median: Duration,
    pub min: Duration,
    pub max: Duration,
}

impl Summary {
    pub fn of(samples: &[Duration]) -> Summary {
        assert!(!samples.is_empty(), "no samples");
        let mut s = samples.to_vec();
        s.sort();
        let n = s.len();
        let median = if n % 2 == 1 { s[n / 2] } else { (s[n / 2 - 1] + s[n / 2]) / 2 };
        Summary { median, min: s[0], max: s[n - 1] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        let ms = Duration::from_millis;
        assert_eq!(Summary::of(&[ms(3), ms(1), ms(2)]).median, ms(2));
        assert_eq!(Summary::of(&[ms(4), ms(1), ms(2), ms(3)]).median, Duration::from_micros(2500));
        assert_eq!(Summary::of(&[ms(5)]), Summary { median: ms(5), min: ms(5), max: ms(5) });
    }

    #[test]
    fn measures_a_process() {
        let r = Runner {
            label: "sh".into(),
            program: "sh".into(),
            args: vec!["-c".into(), "echo hi; echo err >&2; exit 3".into()],
        };
        let m = run_once(&r, Path::new("."), None).unwrap();
        assert_eq!((m.stdout.as_str(), m.stderr.as_str(), m.exit_code), ("hi\n", "err\n", 3));
        assert!(m.max_rss_kb > 0);
    }
}
