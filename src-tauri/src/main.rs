// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

/// One binary for the window and the command line: the package installs it as
/// `/usr/bin/twinge`. With a subcommand (or `--help`, `--version`) it is the `twinge`
/// command line; otherwise it opens the app.
fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().collect();
    if twinge_cli::wants_command_line(&args) {
        return twinge_cli::main_from(args);
    }
    twinge_cli::no_core_dumps();
    match twinge_desktop::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let tr = twinge_app::Tr::new(&twinge_app::Lang::from_env());
            eprintln!("{}", tr.cli_app_not_started(e.to_string()));
            ExitCode::FAILURE
        }
    }
}
