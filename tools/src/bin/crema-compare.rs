//! `crema-compare`: run a program under crema, `java -Xint` and `java`,
//! check the outputs agree, and report times and ratios.

use crema_tools::compare::{self, report};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match compare::parse_args(&args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            std::process::exit(2);
        }
    };
    let result = compare::compare(&opts, &mut |line| eprintln!("{line}"));
    let comparison = match result {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("crema-compare: {msg}");
            std::process::exit(2);
        }
    };
    print!("{}", report::text(&comparison));
    if let Some(path) = &opts.json
        && let Err(e) = std::fs::write(path, report::json(&comparison))
    {
        eprintln!("crema-compare: cannot write {}: {e}", path.display());
    }
    if let Some(path) = &opts.svg
        && let Err(e) = std::fs::write(path, report::comparison_svg(&comparison))
    {
        eprintln!("crema-compare: cannot write {}: {e}", path.display());
    }
    let all_match = comparison.crema.iter().all(|&k| comparison.matches_java(k));
    std::process::exit(if all_match { 0 } else { 1 });
}
