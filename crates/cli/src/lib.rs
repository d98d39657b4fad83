//! `twinge`: the journal from the command line, for scripting, tests and benchmarks.
//! A library so that the desktop binary can run it too (see [`main_from`]).
//! Every entry goes through the same validation as the app; invalid input exits
//! non-zero with the reason in words and writes nothing.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use twinge_app::{default_data_dir, AppError, Clock, SystemClock};

mod cmd;

use cmd::{add, demo, files, list, report, stats, transfer};

#[derive(Parser, Debug)]
#[command(
    name = "twinge",
    bin_name = "twinge",
    version,
    about = "Twinge: a spasm, cramp and twitch journal",
    after_help = "Installed from the package, `twinge` without a command opens the app."
)]
struct Cli {
    /// The data folder (default: $TWINGE_DATA_DIR, else the platform's app-data folder).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Log an episode.
    Add(Box<add::AddArgs>),
    /// List episodes, newest first.
    List(list::ListArgs),
    /// Check the journal's integrity and schema version.
    Check,
    /// The Insights numbers of a period (local dates, both included).
    Stats(stats::StatsArgs),
    /// Export the whole journal: JSON (every field) or CSV (one row per episode).
    Export(transfer::ExportArgs),
    /// Import a JSON or CSV export: all rows are checked first; all or nothing.
    Import(transfer::ImportArgs),
    /// Write a checked copy of the journal (SQLite backup).
    Backup(files::BackupArgs),
    /// Replace the journal with a backup (the current one is copied aside first).
    Restore(files::RestoreArgs),
    /// Write the doctor's PDF summary of a period.
    Report(report::ReportArgs),
    /// Fill the journal with realistic demo data ending today.
    Demo(demo::DemoArgs),
}

/// An error from a use case, printed with its field messages.
struct Failure(AppError);

impl From<AppError> for Failure {
    fn from(e: AppError) -> Self {
        Failure(e)
    }
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure(AppError::new("invalid_argument", e.to_string()))
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let data_dir = cli.data_dir.unwrap_or_else(default_data_dir);
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    match &cli.command {
        Cmd::Add(args) => add::run(args, &data_dir, clock),
        Cmd::List(args) => list::run(args, &data_dir, clock),
        Cmd::Check => files::check(&data_dir, clock),
        Cmd::Stats(args) => stats::run(args, &data_dir, clock),
        Cmd::Export(args) => transfer::export(args, &data_dir, clock),
        Cmd::Import(args) => transfer::import(args, &data_dir, clock),
        Cmd::Backup(args) => files::backup(args, &data_dir, clock),
        Cmd::Restore(args) => files::restore(args, &data_dir, clock),
        Cmd::Report(args) => report::run(args, &data_dir, clock),
        Cmd::Demo(args) => demo::run(args, &data_dir, clock),
    }
}

/// Whether `args` (the first is the program name) ask for the command line rather
/// than the window: a word first (a subcommand, `help`, or a mistyped one that clap
/// then explains), or `--help`, `--version`, `--data-dir`. No argument, or an option
/// the command line does not know (one a launcher or driver adds), opens the app.
pub fn wants_command_line<T: AsRef<std::ffi::OsStr>>(args: &[T]) -> bool {
    let Some(first) = args.get(1).map(|a| a.as_ref().to_string_lossy()) else {
        return false;
    };
    !first.starts_with('-')
        || matches!(&*first, "-h" | "--help" | "-V" | "--version" | "--data-dir")
        || first.starts_with("--data-dir=")
}

/// Runs the command line on `args` (the first is the program name) and returns the
/// exit code. The `twinge` binary and the desktop app's binary (given a subcommand)
/// both call this, so the installed package ships one binary for both.
pub fn main_from<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print and succeed; usage errors print and fail.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(e)) => {
            eprintln!("twinge: {}", e.message);
            for f in e.fields.iter().skip(1) {
                eprintln!("twinge: {}", f.message);
            }
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::wants_command_line;

    #[test]
    fn subcommands_and_flags_run_the_command_line_anything_else_opens_the_app() {
        for args in [
            &["twinge", "list"][..],
            &["twinge", "check"],
            &["twinge", "help"],
            &["twinge", "--help"],
            &["twinge", "-V"],
            &["twinge", "--version"],
            &["twinge", "--data-dir", "/tmp/x", "list"],
            &["twinge", "--data-dir=/tmp/x", "list"],
            &["twinge", "report", "--from", "2026-01-01"],
            &["twinge", "lists"],
        ] {
            assert!(
                wants_command_line(args),
                "{args:?} should run the command line"
            );
        }
        for args in [
            &["twinge"][..],
            &["twinge", "--automation"],
            &["twinge", "--gapplication-service"],
        ] {
            assert!(!wants_command_line(args), "{args:?} should open the app");
        }
    }
}
