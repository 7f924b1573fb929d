//! `crema`: run a Java program, with `java`'s command line.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = crema_tools::launcher::main(args);
    std::process::exit(code);
}
