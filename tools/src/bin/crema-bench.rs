//! `crema-bench`: the benchmark suite, crema vs `java -Xint` vs `java`.

use crema_tools::bench;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match bench::parse_args(&args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            std::process::exit(2);
        }
    };
    let suite = match bench::run(&opts, &mut |line| eprintln!("{line}")) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("crema-bench: {msg}");
            std::process::exit(2);
        }
    };
    print!("{}", suite.text());
    let writes = [(&opts.markdown, suite.markdown()), (&opts.json, suite.json()), (&opts.svg, suite.svg())];
    for (path, text) in writes {
        if let Some(p) = path
            && let Err(e) = std::fs::write(p, text)
        {
            eprintln!("crema-bench: cannot write {}: {e}", p.display());
        }
    }
}
