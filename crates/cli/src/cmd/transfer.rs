//! `twinge export` and `twinge import` of Twinge's own files (another app's: peer.rs).

use std::path::PathBuf;

use twinge_app::{write_atomically, AppError, FileFormat, ImportSummary};

use crate::{Ctx, Failure};

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub(crate) enum Format {
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

#[derive(clap::Args, Debug)]
pub(crate) struct ExportArgs {
    #[arg(long, value_enum)]
    format: Format,
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(clap::Args, Debug)]
pub(crate) struct ImportArgs {
    pub(crate) file: PathBuf,
    #[arg(long)]
    pub(crate) dry_run: bool,
    #[arg(long, value_enum)]
    pub(crate) format: Option<Format>,
    #[arg(long)]
    with_settings: bool,
    /// Another app's export (the header says which when left out).
    #[arg(long, value_name = "APP")]
    pub(crate) from: Option<String>,
    #[arg(long, value_name = "NAME=KIND")]
    pub(crate) kind: Vec<String>,
    #[arg(long, value_name = "NAME")]
    pub(crate) relief: Vec<String>,
    #[arg(long, value_name = "NAME")]
    pub(crate) medication: Vec<String>,
    #[arg(long, value_name = "NAME")]
    pub(crate) factor: Vec<String>,
    #[arg(long, value_name = "NAME")]
    pub(crate) skip: Vec<String>,
    #[arg(long, value_name = "HEADER=FIELD")]
    pub(crate) column: Vec<String>,
    #[arg(long)]
    pub(crate) json: bool,
}

pub(crate) fn export(args: &ExportArgs, ctx: &Ctx) -> Result<(), Failure> {
    let mut journal = ctx.open()?;
    let bytes = journal.export_bytes(args.format.into())?;
    write_atomically(&args.out, &bytes)?;
    journal.remember_written(&args.out)?;
    out!("{}", ctx.tr().cli_exported(args.out.display().to_string()));
    Ok(())
}

pub(crate) fn import(args: &ImportArgs, ctx: &Ctx) -> Result<(), Failure> {
    let format = args.format.map(FileFormat::from);
    let mut journal = ctx.open()?;
    let summary = if args.dry_run {
        journal.preview_import_path(&args.file, format)
    } else {
        journal.import_path(&args.file, format, args.with_settings, &mut |_| {})
    };
    // A spreadsheet given with --format csv: the way in on the command line.
    let summary = summary.map_err(|e| match e.code.as_str() {
        "not_twinge_csv" => AppError::say("not_twinge_csv", |tr| {
            tr.import_bad_file(tr.cli_not_twinge_csv())
        }),
        _ => e,
    })?;
    print_summary(&summary, &ctx.tr());
    if !summary.problems.is_empty() {
        return Err(Failure(AppError::say("import_refused", |tr| {
            tr.cli_import_refused()
        })));
    }
    Ok(())
}

pub(crate) fn print_summary(s: &ImportSummary, tr: &twinge_app::Tr) {
    let stage = match (s.written, s.dry_run) {
        (true, _) => "imported",
        (false, true) => "would",
        (false, false) => "checked",
    };
    out!(
        "{}",
        // The arguments in the order of their names: count, kept, new, rejected, stage,
        // unchanged, updated.
        tr.cli_import_summary(
            s.episodes_in_file,
            s.kept_newer_here,
            s.new,
            s.rejected,
            stage,
            s.unchanged,
            s.updated
        )
    );
    // The message names the field in words; a problem of the whole file has no row.
    for p in &s.problems {
        if p.row == 0 {
            out!("  {}", p.message);
        } else {
            out!("  {}", tr.cli_import_row_problem(p.message.as_str(), p.row));
        }
    }
    if s.problems_not_listed > 0 {
        out!("  {}", tr.cli_import_more_problems(s.problems_not_listed));
    }
    if !s.settings_differ.is_empty() {
        out!(
            "{}",
            if s.settings_taken {
                tr.cli_import_settings_taken()
            } else {
                tr.cli_import_settings_kept()
            }
        );
        for d in &s.settings_differ {
            out!("  {d}");
        }
    }
}
