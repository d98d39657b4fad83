//! `twinge`: the journal from the command line, for scripting, tests and benchmarks.
//! A library so that the desktop binary can run it too (see [`main_from`]).
//! Every entry goes through the same validation as the app; invalid input exits
//! non-zero with the reason in words and writes nothing.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use twinge_app::{default_data_dir, AppError, Clock, Journal, Lang, SystemClock};
use zeroize::Zeroizing;

/// `println!` that does not panic: when the reader of the output has gone (`twinge list
/// | head`) the program ends quietly, as other command-line tools do (every command
/// prints after its work is done); another failure to write is said in words.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::print_line(format_args!($($arg)*))
    };
}

pub(crate) fn print_line(line: std::fmt::Arguments) {
    use std::io::Write;
    if let Err(e) = writeln!(std::io::stdout().lock(), "{line}") {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            let tr = twinge_app::Tr::new(&Lang::from_env());
            eprintln!("twinge: {}", tr.cli_output_failed(e.to_string()));
            std::process::exit(1);
        }
        std::process::exit(0);
    }
}

/// Prints `value` as indented JSON: what `--json` asks of every command.
pub(crate) fn print_json(value: &impl serde::Serialize) -> Result<(), twinge_app::AppError> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| twinge_app::AppError::new("internal", e.to_string()))?;
    out!("{text}");
    Ok(())
}

mod cmd;
mod help;

use cmd::{
    add, appointment, checkin, demo, files, list, passcode, peer, remind, report, stats, transfer,
    treatment, trial,
};

#[derive(Parser, Debug)]
#[command(name = "twinge", bin_name = "twinge", version)]
struct Cli {
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[arg(long, global = true, value_name = "FILE")]
    passcode_file: Option<PathBuf>,
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    Add(Box<add::AddArgs>),
    Checkin(checkin::CheckinArgs),
    Appointment(appointment::AppointmentArgs),
    Treatment(treatment::TreatmentArgs),
    Trial(trial::TrialArgs),
    List(list::ListArgs),
    Check,
    Stats(stats::StatsArgs),
    Export(transfer::ExportArgs),
    Import(transfer::ImportArgs),
    Backup(files::BackupArgs),
    Restore(files::RestoreArgs),
    Report(report::ReportArgs),
    Demo(demo::DemoArgs),
    Remind(remind::RemindArgs),
    #[command(subcommand)]
    Passcode(passcode::PasscodeCmd),
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

/// Whether the journal opened, and the passcode given to unlock it (if one was asked).
pub(crate) type Opened = (Result<Journal, AppError>, Option<Zeroizing<String>>);

/// Where the journal is and how to open it, for every subcommand.
pub(crate) struct Ctx {
    pub(crate) data_dir: PathBuf,
    pub(crate) clock: Arc<dyn Clock>,
    passcode_file: Option<PathBuf>,
    /// The language of the command line's sentences (and the journal's words).
    pub(crate) lang: Lang,
    /// The language asked for with `--lang`, when Twinge has it.
    pub(crate) asked: Option<Lang>,
}

impl Ctx {
    /// Opens the journal; an encrypted one with the passcode from `--passcode-file` or
    /// asked for in the terminal.
    pub(crate) fn open(&self) -> Result<Journal, Failure> {
        Ok(self.open_with_passcode()?.0)
    }

    /// Words in the command line's language.
    pub(crate) fn tr(&self) -> twinge_app::Tr {
        twinge_app::Tr::new(&self.lang)
    }

    /// [`Ctx::open`], also giving the passcode that opened an encrypted journal (the
    /// current passcode a change or removal asks for).
    pub(crate) fn open_with_passcode(
        &self,
    ) -> Result<(Journal, Option<Zeroizing<String>>), Failure> {
        let (journal, passcode) = self.try_open()?;
        Ok((journal?, passcode))
    }

    /// Tries to open the journal, asking an encrypted one's passcode once: whether it
    /// opened (in the command line's language), and the passcode given, if any — a
    /// journal found damaged needs it again to be set aside.
    pub(crate) fn try_open(&self) -> Result<Opened, Failure> {
        let (opened, passcode) = match Journal::open(&self.data_dir, self.clock.clone()) {
            Err(e) if e.code == "locked" => {
                let passcode = self.passcode()?;
                let opened = Journal::unlock(&self.data_dir, &passcode, self.clock.clone());
                (opened, Some(passcode))
            }
            other => (other, None),
        };
        // The command line follows the environment or `--lang`, not the app's Settings.
        let opened = opened.map(|mut journal| {
            journal.force_language(self.lang.clone());
            journal
        });
        Ok((opened, passcode))
    }

    /// The journal's passcode: from `--passcode-file`, or typed in the terminal.
    pub(crate) fn passcode(&self) -> Result<Zeroizing<String>, Failure> {
        self.secret(
            self.passcode_file.as_deref(),
            &self.tr().cli_prompt_passcode(),
            "--passcode-file",
        )
    }

    /// A secret: the first line of `file`, or typed in the terminal without echo.
    pub(crate) fn secret(
        &self,
        file: Option<&Path>,
        prompt: &str,
        option: &str,
    ) -> Result<Zeroizing<String>, Failure> {
        let mut text = match file {
            Some(path) => read_secret_file(path).map_err(|e| {
                let kind = e.kind();
                AppError::say("io_error", move |tr| {
                    tr.cli_passcode_file_unreadable(twinge_app::io_words(tr, kind))
                })
                .with_details(format!("{}: {e}", path.display()))
            })?,
            None if std::io::stdin().is_terminal() => {
                Zeroizing::new(rpassword::prompt_password(prompt).map_err(|e| {
                    AppError::say("io_error", |tr| tr.cli_passcode_terminal())
                        .with_details(e.to_string())
                })?)
            }
            None => {
                let option = option.to_string();
                return Err(Failure(AppError::say("locked", move |tr| {
                    tr.cli_passcode_needed(option.as_str())
                })));
            }
        };
        let first = text.lines().next().unwrap_or("").len();
        text.truncate(first);
        Ok(text)
    }
}

/// The text of a passcode file, read into one buffer sized first and wiped when dropped
/// (a buffer grown while reading would leave copies in freed memory).
fn read_secret_file(path: &Path) -> std::io::Result<Zeroizing<String>> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let size = file.metadata()?.len().min(64 * 1024) as usize;
    let mut bytes = Zeroizing::new(Vec::with_capacity(size + 1));
    file.by_ref().take(64 * 1024).read_to_end(&mut bytes)?;
    let text =
        std::str::from_utf8(&bytes).map_err(|_| std::io::Error::other("it is not UTF-8 text"))?;
    let mut out = Zeroizing::new(String::with_capacity(text.len()));
    out.push_str(text);
    Ok(out)
}

/// Turns core dumps off for this process (and, on Linux, makes it not dumpable): a
/// crash must not hand the key or decrypted pages to a core-dump collector. Best
/// effort: a system that refuses leaves the process as it was.
pub fn no_core_dumps() {
    use rustix::process::{setrlimit, Resource, Rlimit};
    let _ = setrlimit(
        Resource::Core,
        Rlimit {
            current: Some(0),
            maximum: Some(0),
        },
    );
    #[cfg(target_os = "linux")]
    let _ = rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
}

/// Where the first word that is not an option (or an option's value) is: the command.
fn first_word(args: &[std::ffi::OsString]) -> Option<usize> {
    let mut i = 1;
    while let Some(arg) = args.get(i).and_then(|a| a.to_str()) {
        match arg {
            "--data-dir" | "--passcode-file" | "--lang" => i += 2,
            a if a.starts_with('-') => i += 1,
            _ => return Some(i),
        }
    }
    None
}

/// The language of `--help`, before the arguments are parsed: `--lang`'s, or the
/// environment's.
fn asked_language(args: &[std::ffi::OsString]) -> Lang {
    let mut words = args.iter().filter_map(|a| a.to_str());
    let mut code = None;
    while let Some(word) = words.next() {
        match word.strip_prefix("--lang") {
            Some("") => code = words.next(),
            Some(rest) if rest.starts_with('=') => code = Some(&rest[1..]),
            _ => {}
        }
    }
    code.and_then(|c| Lang::from_code(c.trim()).ok())
        .unwrap_or_else(Lang::from_env)
}

/// The language of the command line's sentences: `--lang`, or the environment's
/// (`report --lang` sets the PDF's language alone).
fn speaking(cli: &Cli) -> Lang {
    match (&cli.command, cli.lang.as_deref()) {
        (Cmd::Report(_), _) | (_, None) => Lang::from_env(),
        (_, Some(code)) => Lang::from_code(code.trim()).unwrap_or_else(|_| Lang::english()),
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    // A language Twinge does not have: English, and one line that says so.
    let asked = cli.lang.as_deref().map(|code| {
        let (lang, notice) = Lang::or_english(code, &twinge_app::Tr::new(&Lang::from_env()));
        if let Some(notice) = notice {
            eprintln!("twinge: {notice}");
        }
        lang
    });
    let ctx = Ctx {
        data_dir: cli.data_dir.clone().unwrap_or_else(default_data_dir),
        clock: Arc::new(SystemClock),
        passcode_file: cli.passcode_file.clone(),
        lang: speaking(&cli),
        asked,
    };
    let ctx = &ctx;
    match &cli.command {
        Cmd::Add(args) => add::run(args, ctx),
        Cmd::Checkin(args) => checkin::run(args, ctx),
        Cmd::Appointment(args) => appointment::run(args, ctx),
        Cmd::Treatment(args) => treatment::run(args, ctx),
        Cmd::Trial(args) => trial::run(args, ctx),
        Cmd::List(args) => list::run(args, ctx),
        Cmd::Check => files::check(ctx),
        Cmd::Stats(args) => stats::run(args, ctx),
        Cmd::Export(args) => transfer::export(args, ctx),
        // Another app's diary when asked for or when the header says so.
        Cmd::Import(args) if args.format.is_none() && peer::wanted(args) => peer::import(args, ctx),
        Cmd::Import(args) => transfer::import(args, ctx),
        Cmd::Backup(args) => files::backup(args, ctx),
        Cmd::Restore(args) => files::restore(args, ctx),
        Cmd::Report(args) => report::run(args, ctx),
        Cmd::Demo(args) => demo::run(args, ctx),
        Cmd::Passcode(action) => passcode::run(action, ctx),
        Cmd::Remind(args) => remind::run(args, ctx),
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
        || matches!(
            &*first,
            "-h" | "--help" | "-V" | "--version" | "--data-dir" | "--passcode-file"
        )
        || first.starts_with("--data-dir=")
        || first.starts_with("--passcode-file=")
}

/// Runs the command line on `args` (the first is the program name) and returns the
/// exit code. The `twinge` binary and the desktop app's binary (given a subcommand)
/// both call this, so the installed package ships one binary for both.
pub fn main_from<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    no_core_dumps();
    let mut args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    // `twinge help [COMMAND]` is `twinge [COMMAND] --help`.
    if let Some(at) = first_word(&args).filter(|i| args[*i] == "help") {
        args.remove(at);
        args.push("--help".into());
    }
    // The words of --help and of usage errors are made only when they are shown:
    // a command line that parses never needs them.
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(_) => {
            let tr = twinge_app::Tr::new(&asked_language(&args));
            let said = help::in_language(Cli::command(), &tr)
                .try_get_matches_from(&args)
                .and_then(|m| Cli::from_arg_matches(&m));
            match said {
                Ok(cli) => cli,
                Err(e) if e.exit_code() == 0 => {
                    // --help and --version print and succeed.
                    let _ = e.print();
                    return ExitCode::SUCCESS;
                }
                Err(e) => {
                    eprintln!("twinge: {}", help::usage_error(&e, &tr));
                    return ExitCode::from(2);
                }
            }
        }
    };
    let speaks = speaking(&cli);
    // A damaged file met by a restore is the backup, not the journal.
    let restoring = matches!(cli.command, Cmd::Restore(_));
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(e)) => {
            let tr = twinge_app::Tr::new(&speaks);
            let e = e.in_language(&tr);
            eprintln!("twinge: {}", e.message);
            for f in e.fields.iter().skip(1) {
                eprintln!("twinge: {}", f.message);
            }
            if e.is_damaged_journal() && !restoring {
                eprintln!("twinge: {}", tr.cli_damaged_ways_back());
            }
            if let Some(details) = &e.details {
                eprintln!("twinge: details: {details}");
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
