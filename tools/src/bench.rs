//! `crema-bench`: the benchmark suite (`tests/bench/suite.txt`) run through
//! the compare machinery, summarised in one table.
//!
//! For each benchmark, the runners (crema in each mode, `java -Xint`,
//! `java`) run alternately; the table gives each runner's median wall time,
//! crema's ratios to both `java`s, whether crema's output matched `java`'s,
//! and the geometric mean of the ratios over the suite.

use std::path::{Path, PathBuf};

use crate::compare::report::{align, markdown, svg};
use crate::compare::{self, CompareOptions, Comparison, Mode, Target};

/// One benchmark of the suite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Benchmark {
    pub name: String,
    pub main: String,
    /// Arguments for the small, default and large sizes.
    pub sizes: [Vec<String>; 3],
}

/// A benchmark size.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Size {
    Small = 0,
    Default = 1,
    Large = 2,
}

/// Parses `suite.txt`: `name | main | small | default | large` per line.
pub fn parse_suite(text: &str) -> Result<Vec<Benchmark>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        if cols.len() != 5 || cols[0].is_empty() || cols[1].is_empty() {
            return Err(format!("suite.txt line {}: expected `name | main | small | default | large`", n + 1));
        }
        let args = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        out.push(Benchmark {
            name: cols[0].into(),
            main: cols[1].into(),
            sizes: [args(cols[2]), args(cols[3]), args(cols[4])],
        });
    }
    Ok(out)
}

/// `tests/bench` of the checkout this tool runs from (searched upwards
/// from the working directory, then from the executable).
pub fn find_suite_dir() -> Option<PathBuf> {
    let starts = [std::env::current_dir().ok(), std::env::current_exe().ok()];
    for start in starts.into_iter().flatten() {
        let mut dir = Some(start.as_path());
        while let Some(d) = dir {
            let candidate = d.join("tests/bench");
            if candidate.join("suite.txt").exists() {
                return Some(candidate);
            }
            dir = d.parent();
        }
    }
    None
}

/// Compiles the suite's sources into `out` (reused while unchanged).
pub fn compile(suite: &Path, out: &Path) -> Result<(), String> {
    let mut sources: Vec<PathBuf> = std::fs::read_dir(suite)
        .map_err(|e| format!("{}: {e}", suite.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "java"))
        .collect();
    sources.sort();
    let stamp_text: String = sources
        .iter()
        .map(|p| format!("{} {:?}\n", p.display(), std::fs::metadata(p).and_then(|m| m.modified()).ok()))
        .collect();
    let stamp = out.join(".stamp");
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(stamp_text.as_str()) {
        return Ok(());
    }
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let status = std::process::Command::new("javac")
        .arg("-d")
        .arg(out)
        .args(&sources)
        .status()
        .map_err(|e| format!("cannot run javac: {e}"))?;
    if !status.success() {
        return Err("the benchmark sources do not compile".into());
    }
    std::fs::write(&stamp, stamp_text).map_err(|e| e.to_string())
}

/// The suite's results.
pub struct SuiteResult {
    pub results: Vec<(Benchmark, Comparison)>,
}

impl SuiteResult {
    /// Rows of the summary table: per benchmark the runners' medians, the
    /// ratios of the first crema runner, and the output check; then the
    /// geometric means.
    pub fn rows(&self) -> Vec<Vec<String>> {
        let Some((_, first)) = self.results.first() else { return Vec::new() };
        let mut header = vec!["benchmark".to_string()];
        header.extend(first.runners.iter().map(|r| r.runner.label.clone()));
        for &k in &first.crema {
            let label = &first.runners[k].runner.label;
            header.push(format!("{label} / java -Xint"));
            header.push(format!("{label} / java"));
        }
        header.push("output".into());
        let mut rows = vec![header];
        let mut logs = vec![0.0f64; 2 * first.crema.len()];
        for (b, c) in &self.results {
            let mut row = vec![b.name.clone()];
            row.extend(c.runners.iter().map(|r| format!("{:.3}s", r.wall().median.as_secs_f64())));
            for (i, &k) in c.crema.iter().enumerate() {
                let (ri, rj) = (c.ratio(k, c.java_int), c.ratio(k, c.java));
                logs[2 * i] += ri.ln();
                logs[2 * i + 1] += rj.ln();
                row.push(format!("{ri:.2}"));
                row.push(format!("{rj:.2}"));
            }
            let ok = c.crema.iter().all(|&k| c.matches_java(k));
            row.push(if ok { "same as java".into() } else { "DIFFERS".into() });
            rows.push(row);
        }
        let n = self.results.len() as f64;
        let mut geo = vec!["geometric mean".to_string()];
        geo.extend(std::iter::repeat_n(String::new(), first.runners.len()));
        geo.extend(logs.iter().map(|l| format!("{:.2}", (l / n).exp())));
        geo.push(String::new());
        rows.push(geo);
        rows
    }

    pub fn text(&self) -> String {
        align(&self.rows())
    }

    pub fn markdown(&self) -> String {
        markdown(&self.rows())
    }

    pub fn json(&self) -> String {
        let items: Vec<String> = self
            .results
            .iter()
            .map(|(b, c)| {
                format!(
                    "{{\"benchmark\": \"{}\", \"comparison\": {}}}",
                    b.name,
                    crate::compare::report::json(c).trim_end()
                )
            })
            .collect();
        format!("{{\"results\": [{}]}}\n", items.join(", "))
    }

    pub fn svg(&self) -> String {
        let Some((_, first)) = self.results.first() else { return String::new() };
        let series: Vec<String> = first.runners.iter().map(|r| r.runner.label.clone()).collect();
        let groups: Vec<(String, Vec<f64>)> = self
            .results
            .iter()
            .map(|(b, c)| (b.name.clone(), c.runners.iter().map(|r| r.wall().median.as_secs_f64()).collect()))
            .collect();
        svg("crema vs java: median wall time per benchmark", &series, &groups, "s")
    }
}

/// Options of `crema-bench`.
#[derive(Clone, Debug)]
pub struct BenchOptions {
    pub size: Size,
    pub runs: usize,
    pub warmup: usize,
    pub modes: Vec<Mode>,
    pub java: PathBuf,
    pub crema: PathBuf,
    pub only: Vec<String>,
    pub markdown: Option<PathBuf>,
    pub json: Option<PathBuf>,
    pub svg: Option<PathBuf>,
    pub suite: Option<PathBuf>,
}

pub const USAGE: &str = "Usage: crema-bench [options]

Runs the benchmark suite (tests/bench/suite.txt) under crema, `java -Xint`
and `java`, and prints one table with the ratios and their geometric mean.

options:
  --size small|default|large   the benchmarks' sizes (default: default)
  -n <runs>                    measured runs per runner (default 3)
  --warmup <runs>              unmeasured runs first (default 1)
  --modes <list>               crema modes, as crema-compare's (default: default)
  --only <names>               comma-separated benchmark names
  --java <path>, --crema <path>
  --markdown <file>, --json <file>, --svg <file>
                               also write the table, the results, a chart
  --suite <dir>                the suite directory (default: tests/bench)
";

pub fn parse_args(args: &[String]) -> Result<BenchOptions, String> {
    let mut o = BenchOptions {
        size: Size::Default,
        runs: 3,
        warmup: 1,
        modes: vec![Mode::parse("default")],
        java: "java".into(),
        crema: compare::default_crema(),
        only: Vec::new(),
        markdown: None,
        json: None,
        svg: None,
        suite: None,
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut value = || -> Result<String, String> {
            i += 1;
            args.get(i).cloned().ok_or_else(|| format!("{a} needs a value"))
        };
        match a {
            "--size" => {
                o.size = match value()?.as_str() {
                    "small" => Size::Small,
                    "default" => Size::Default,
                    "large" => Size::Large,
                    s => return Err(format!("unknown size {s} (small, default, large)")),
                }
            }
            "-n" => o.runs = value()?.parse().map_err(|_| "-n needs a number".to_string())?,
            "--warmup" => o.warmup = value()?.parse().map_err(|_| "--warmup needs a number".to_string())?,
            "--modes" => o.modes = value()?.split(',').map(Mode::parse).collect(),
            "--only" => o.only = value()?.split(',').map(str::to_string).collect(),
            "--java" => o.java = value()?.into(),
            "--crema" => o.crema = value()?.into(),
            "--markdown" => o.markdown = Some(value()?.into()),
            "--json" => o.json = Some(value()?.into()),
            "--svg" => o.svg = Some(value()?.into()),
            "--suite" => o.suite = Some(value()?.into()),
            "-h" | "--help" => return Err(USAGE.into()),
            _ => return Err(format!("unknown option {a}\n\n{USAGE}")),
        }
        i += 1;
    }
    if o.runs == 0 {
        return Err("-n must be at least 1".into());
    }
    Ok(o)
}

/// Runs the suite.
pub fn run(o: &BenchOptions, progress: &mut dyn FnMut(&str)) -> Result<SuiteResult, String> {
    compare::check_java(&o.java)?;
    let suite_dir = match &o.suite {
        Some(d) => d.clone(),
        None => find_suite_dir().ok_or("cannot find tests/bench/suite.txt; pass --suite <dir>")?,
    };
    let text = std::fs::read_to_string(suite_dir.join("suite.txt")).map_err(|e| format!("suite.txt: {e}"))?;
    let mut benchmarks = parse_suite(&text)?;
    if !o.only.is_empty() {
        benchmarks.retain(|b| o.only.contains(&b.name));
    }
    let classes = std::env::temp_dir().join(format!("crema-bench-classes-{}", fnv(&suite_dir.display().to_string())));
    compile(&suite_dir, &classes)?;
    let mut results = Vec::new();
    for b in benchmarks {
        progress(&format!("== {} ({} {})", b.name, b.main, b.sizes[o.size as usize].join(" ")));
        let opts = CompareOptions {
            runs: o.runs,
            warmup: o.warmup,
            modes: o.modes.clone(),
            java: o.java.clone(),
            crema: o.crema.clone(),
            json: None,
            svg: None,
            input: None,
            vm_options: Vec::new(),
            target: Target::ClassPath { class_path: classes.display().to_string(), main: b.main.clone() },
            program_args: b.sizes[o.size as usize].clone(),
        };
        let c = compare::compare(&opts, progress)?;
        results.push((b, c));
    }
    Ok(SuiteResult { results })
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suite_lines() {
        let s = parse_suite("# c\nfib | Fib | 20 | 32 | 35\n\nhello | Hello | | |\n").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].sizes[1], vec!["32".to_string()]);
        assert!(s[1].sizes[0].is_empty());
        assert!(parse_suite("fib | Fib | 20").is_err());
    }

    #[test]
    fn the_repository_suite_parses_and_has_every_program() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/bench");
        let suite = parse_suite(&std::fs::read_to_string(dir.join("suite.txt")).unwrap()).unwrap();
        assert!(suite.len() >= 8);
        for b in suite {
            assert!(dir.join(format!("{}.java", b.main)).exists(), "{} has no source", b.main);
            // CI runs each benchmark at its small size through the
            // conformance harness, whose arguments are the .args file.
            let args = std::fs::read_to_string(dir.join(format!("{}.args", b.main))).unwrap_or_default();
            assert_eq!(args.split_whitespace().collect::<Vec<_>>(), b.sizes[0], "{}.args vs suite.txt", b.main);
            assert!(dir.join(format!("{}.expected", b.main)).exists(), "{} has no .expected", b.main);
        }
    }

    #[test]
    fn options() {
        let a: Vec<String> =
            ["--size", "small", "-n", "2", "--only", "fib,sieve"].iter().map(|s| s.to_string()).collect();
        let o = parse_args(&a).unwrap();
        assert_eq!((o.size, o.runs, o.only.len()), (Size::Small, 2, 2));
        assert!(parse_args(&["--size".to_string(), "huge".to_string()]).is_err());
    }
}
