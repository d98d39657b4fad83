//! The `twinge` command line (the installed package runs the same code from the
//! desktop binary; see `twinge_cli::main_from`).

fn main() -> std::process::ExitCode {
    twinge_cli::main_from(std::env::args_os())
}
