//! `crema-unload-stress`: class-unloading stress (see
//! `crema_tools::unload_stress`).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(crema_tools::unload_stress::main(args));
}
