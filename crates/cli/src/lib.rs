//! `twinge`: the journal from the command line, for scripting, tests and benchmarks.
//! A library so that the desktop binary can run it too (see [`main_from`]).
//! Every entry goes through the same validation as the app; invalid input exits
//! non-zero with the reason in words and writes nothing.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{anyhow, Context};
use clap::{Parser, Subcommand};
use twinge_app::{
    default_data_dir, write_atomically, AppError, Clock, EpisodeDto, EpisodeInput, FileFormat,
    ImportSummary, Journal, ListQuery, LocationInput, PaperSize, ReliefInput, ReportRequest,
    SystemClock,
};

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
    Add(Box<AddArgs>),
    /// List episodes, newest first.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check the journal's integrity and schema version.
    Check,
    /// The Insights numbers of a period (local dates, both included).
    Stats {
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
        /// Print JSON instead of a summary.
        #[arg(long)]
        json: bool,
    },
    /// Export the whole journal: JSON (every field) or CSV (one row per episode).
    Export {
        #[arg(long, value_enum)]
        format: Format,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Import a JSON or CSV export: all rows are checked first; all or nothing.
    Import {
        file: PathBuf,
        /// Only report what would happen.
        #[arg(long)]
        dry_run: bool,
        /// json or csv (default: from the file name).
        #[arg(long, value_enum)]
        format: Option<Format>,
    },
    /// Write a checked copy of the journal (SQLite backup).
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Replace the journal with a backup (the current one is copied aside first).
    Restore { file: PathBuf },
    /// Write the doctor's PDF summary of a period.
    Report {
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "a4")]
        paper: Paper,
        /// Leave out the appendix listing every episode.
        #[arg(long)]
        no_appendix: bool,
        /// Questions for the doctor, printed on page 1.
        #[arg(long, default_value = "")]
        questions: String,
    },
    /// Fill the journal with realistic demo data ending today.
    Demo {
        #[arg(long, default_value_t = 500)]
        episodes: u32,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum Format {
    Json,
    Csv,
}

impl From<Format> for FileFormat {
    fn from(f: Format) -> Self {
        match f {
            Format::Json => FileFormat::Json,
            Format::Csv => FileFormat::Csv,
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum Paper {
    A4,
    Letter,
}

#[derive(clap::Args, Debug)]
struct AddArgs {
    /// spasm, cramp, twitch or other.
    #[arg(long)]
    kind: String,
    /// When it started: RFC 3339 (2026-11-20T03:10:00+01:00), or local time
    /// without an offset (2026-11-20T03:10). Default: now.
    #[arg(long, value_name = "TIME")]
    at: Option<String>,
    /// Where, as region:side (calf:left). Repeat for several places.
    #[arg(long = "where", value_name = "REGION:SIDE", required = true)]
    locations: Vec<String>,
    /// 0 (none) to 10 (worst imaginable).
    #[arg(long, allow_negative_numbers = true)]
    intensity: i64,
    /// How long it lasted: 30s, 2m, 1h 30m.
    #[arg(long)]
    duration: Option<String>,
    /// Number of twitches in a burst.
    #[arg(long)]
    count: Option<u32>,
    /// A suspected trigger, by name; new names join the vocabulary. Repeatable.
    #[arg(long = "trigger", value_name = "NAME")]
    triggers: Vec<String>,
    /// What helped, as name:0-3 (stretching:3). Repeatable.
    #[arg(long = "relief", value_name = "NAME:HELPED")]
    reliefs: Vec<String>,
    /// An associated symptom code (numbness_tingling, weakness, stiffness, fatigue, lasting_pain).
    #[arg(long = "symptom", value_name = "CODE")]
    associated: Vec<String>,
    /// It woke me from sleep.
    #[arg(long)]
    woke: bool,
    /// Free text, at most 2,000 characters.
    #[arg(long, default_value = "")]
    notes: String,
}

/// Reads `--at`: RFC 3339 as is; a local time without offset gets this machine's offset.
fn started_at(at: Option<&str>, clock: &dyn Clock) -> anyhow::Result<String> {
    use time::format_description::well_known::Rfc3339;
    use time::macros::format_description;
    let offset = time::UtcOffset::from_whole_seconds(clock.local_offset_min() * 60)
        .unwrap_or(time::UtcOffset::UTC);
    match at {
        None => {
            let now = time::OffsetDateTime::from_unix_timestamp(clock.now_ms().div_euclid(1000))
                .context("the clock is out of range")?
                .to_offset(offset);
            Ok(now.format(&Rfc3339)?)
        }
        Some(text) if text.len() <= 16 => {
            let local = time::PrimitiveDateTime::parse(
                text,
                format_description!("[year]-[month]-[day]T[hour]:[minute]"),
            )
            .map_err(|_| anyhow!("“{text}” is not a date and time like 2026-11-20T03:10"))?;
            Ok(local.assume_offset(offset).format(&Rfc3339)?)
        }
        Some(text) => Ok(text.to_string()),
    }
}

fn input_from(args: &AddArgs, clock: &dyn Clock) -> anyhow::Result<EpisodeInput> {
    let mut locations = Vec::new();
    for w in &args.locations {
        locations.push(
            LocationInput::parse(w, None)
                .ok_or_else(|| anyhow!("--where takes region:side, like calf:left (got “{w}”)"))?,
        );
    }
    let mut reliefs = Vec::new();
    for r in &args.reliefs {
        reliefs
            .push(ReliefInput::parse(r).ok_or_else(|| {
                anyhow!("--relief takes name:0-3, like stretching:3 (got “{r}”)")
            })?);
    }
    let duration_s = match &args.duration {
        None => None,
        Some(text) => {
            let d = humantime::parse_duration(text).map_err(|_| {
                anyhow!("“{text}” is not a duration; write it like 30s, 2m or 1h 30m")
            })?;
            Some(u32::try_from(d.as_secs()).map_err(|_| anyhow!("the duration is too long"))?)
        }
    };
    Ok(EpisodeInput {
        kind: args.kind.clone(),
        started_at: started_at(args.at.as_deref(), clock)?,
        duration_s,
        count: args.count,
        intensity: args.intensity,
        locations,
        triggers: args.triggers.clone(),
        reliefs,
        associated: args.associated.clone(),
        woke_from_sleep: args.woke,
        notes: args.notes.clone(),
    })
}

fn all_episodes(journal: &Journal) -> Result<Vec<EpisodeDto>, AppError> {
    let mut out = Vec::new();
    let mut query = ListQuery {
        limit: Some(500),
        before: None,
        ..Default::default()
    };
    loop {
        let page = journal.list(&query)?;
        out.extend(page.episodes);
        match page.next {
            Some(next) => query.before = Some(next),
            None => return Ok(out),
        }
    }
}

fn describe(e: &EpisodeDto) -> String {
    let places: Vec<String> = e
        .locations
        .iter()
        .map(|l| format!("{}:{}", l.region, l.side))
        .collect();
    let mut line = format!(
        "{}  {:<6}  {:<24}  {:>2}/10",
        e.started_at,
        e.kind.to_string(),
        places.join(","),
        e.intensity
    );
    if !e.notes.is_empty() {
        line.push_str("  ");
        line.push_str(&e.notes.replace('\n', " "));
    }
    line
}

fn print_summary(s: &ImportSummary) {
    let verb = if s.written {
        "Imported"
    } else if s.dry_run {
        "Would import"
    } else {
        "Checked"
    };
    println!(
        "{verb}: {} episodes in the file: {} new, {} unchanged, {} updated (newer in the file), {} kept (newer here), {} rejected",
        s.episodes_in_file, s.new, s.unchanged, s.updated, s.kept_newer_here, s.rejected
    );
    for p in &s.problems {
        if p.row == 0 {
            println!("  {}: {}", p.field, p.message);
        } else {
            println!("  row {}, {}: {}", p.row, p.field, p.message);
        }
    }
    if s.problems_not_listed > 0 {
        println!("  … and {} more problems", s.problems_not_listed);
    }
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
    match cli.command {
        Cmd::Add(args) => {
            // Read the arguments before touching the journal.
            let input = input_from(&args, clock.as_ref())?;
            let mut journal = Journal::open(&data_dir, clock)?;
            let saved = journal.log(&input)?;
            println!("Saved {} {} ({})", saved.kind, saved.started_at, saved.id);
        }
        Cmd::List { json } => {
            let journal = Journal::open(&data_dir, clock)?;
            let episodes = all_episodes(&journal)?;
            if json {
                let text = serde_json::to_string_pretty(&episodes)
                    .map_err(|e| AppError::new("internal", e.to_string()))?;
                println!("{text}");
            } else if episodes.is_empty() {
                println!("No episodes yet.");
            } else {
                for e in &episodes {
                    println!("{}", describe(e));
                }
            }
        }
        Cmd::Stats { from, to, json } => {
            let journal = Journal::open(&data_dir, clock)?;
            let stats = journal.stats_json(&from, &to)?;
            if json {
                let text = serde_json::to_string_pretty(&stats)
                    .map_err(|e| AppError::new("internal", e.to_string()))?;
                println!("{text}");
            } else {
                let s = &stats["summary"];
                println!(
                    "{} to {}: {} episodes, {:.1} per week",
                    from,
                    to,
                    s["total"],
                    s["per_week"].as_f64().unwrap_or(0.0)
                );
                println!(
                    "days with episodes: {}, days covered by logging: {} of {}",
                    s["days_with_episode"], s["days_covered"], s["days"]
                );
                println!(
                    "median intensity: {}, worst: {}",
                    s["median_intensity"], s["max_intensity"]
                );
            }
        }
        Cmd::Demo { episodes, seed } => {
            if episodes == 0 || episodes > 1_000_000 {
                return Err(Failure(AppError::new(
                    "invalid_argument",
                    "--episodes takes 1 to 1,000,000",
                )));
            }
            let mut journal = Journal::open(&data_dir, clock)?;
            let added = journal.demo(twinge_app::DemoOptions { episodes, seed })?;
            println!("Added {added} demo episodes to {}", data_dir.display());
        }
        Cmd::Report {
            from,
            to,
            out,
            paper,
            no_appendix,
            questions,
        } => {
            let journal = Journal::open(&data_dir, clock)?;
            let pdf = journal.report_pdf(&ReportRequest {
                from,
                to,
                paper: match paper {
                    Paper::A4 => PaperSize::A4,
                    Paper::Letter => PaperSize::Letter,
                },
                questions,
                include_appendix: !no_appendix,
                psfs_frequency: None,
                psfs_severity: None,
            })?;
            write_atomically(&out, &pdf)?;
            println!("Wrote {} ({} KB)", out.display(), pdf.len() / 1024);
        }
        Cmd::Export { format, out } => {
            let journal = Journal::open(&data_dir, clock)?;
            let bytes = journal.export_bytes(format.into())?;
            write_atomically(&out, &bytes)?;
            println!("Exported to {}", out.display());
        }
        Cmd::Import {
            file,
            dry_run,
            format,
        } => {
            let format = format.map(FileFormat::from);
            let mut journal = Journal::open(&data_dir, clock)?;
            let summary = if dry_run {
                journal.preview_import_path(&file, format)?
            } else {
                journal.import_path(&file, format, &mut |_| {})?
            };
            print_summary(&summary);
            if !summary.problems.is_empty() {
                return Err(Failure(AppError::new(
                    "import_refused",
                    "Nothing was imported: fix the rows above and try again.",
                )));
            }
        }
        Cmd::Backup { out } => {
            let journal = Journal::open(&data_dir, clock)?;
            let report = journal.backup_to(&out)?;
            println!("Backed up {} episodes to {}", report.episodes, report.path);
        }
        Cmd::Restore { file } => {
            let mut journal = Journal::open(&data_dir, clock)?;
            let report = journal.restore_from(&file)?;
            println!(
                "Restored {} episodes from {}",
                report.episodes,
                file.display()
            );
            if let Some(prev) = report.previous_copy {
                println!("The journal as it was is kept at {prev}");
            }
        }
        Cmd::Check => {
            let journal = Journal::open(&data_dir, clock)?;
            let report = journal.check()?;
            println!("journal: {}", report.path);
            println!(
                "schema version: {} (this Twinge writes {})",
                report.schema_version, report.supported_version
            );
            println!("episodes: {}", report.episodes);
            if report.problems.is_empty() {
                println!("integrity: ok");
            } else {
                return Err(Failure(AppError::new(
                    "database_corrupt",
                    format!(
                        "integrity check found problems: {}",
                        report.problems.join("; ")
                    ),
                )));
            }
        }
    }
    Ok(())
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
