//! `twinge backup`, `twinge restore` and `twinge check`: the journal file itself.

use std::path::PathBuf;

use twinge_app::{AppError, Journal};

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct BackupArgs {
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(clap::Args, Debug)]
pub(crate) struct RestoreArgs {
    file: PathBuf,
    #[arg(long, value_name = "FILE")]
    backup_passcode_file: Option<PathBuf>,
}

pub(crate) fn backup(args: &BackupArgs, ctx: &Ctx) -> Result<(), Failure> {
    let mut journal = ctx.open()?;
    let report = journal.backup_to(&args.out)?;
    journal.remember_written(&args.out)?;
    out!(
        "{}",
        ctx.tr()
            .screen_data_backed_up(report.episodes, report.path.as_str())
    );
    Ok(())
}

pub(crate) fn restore(args: &RestoreArgs, ctx: &Ctx) -> Result<(), Failure> {
    let (opened, passcode) = ctx.try_open()?;
    let mut journal = match opened {
        // A journal too damaged to open is set aside, and the backup takes its place (an
        // encrypted one's passcode, given once, checks it and encrypts the new one).
        Err(e) if e.is_damaged_journal() => {
            let (_, report, aside) = Journal::restore_over_damaged(
                &ctx.data_dir,
                &args.file,
                (passcode.as_deref().map(|p| p.as_str()), ctx.clock.clone()),
            )?;
            let tr = ctx.tr();
            out!("{}", tr.cli_damaged_set_aside(aside.display().to_string()));
            out!(
                "{}",
                tr.cli_restored(report.episodes, args.file.display().to_string())
            );
            return Ok(());
        }
        other => other?,
    };
    let report = match journal.restore_from(&args.file) {
        Err(e) if e.code == "backup_passcode_needed" => {
            eprintln!("{}", e.in_language(&ctx.tr()).message);
            let passcode = ctx.secret(
                args.backup_passcode_file.as_deref(),
                &ctx.tr().cli_prompt_backup_passcode(),
                "--backup-passcode-file",
            )?;
            journal.restore_with_passcode(&args.file, &passcode)?
        }
        other => other?,
    };
    let tr = ctx.tr();
    out!(
        "{}",
        tr.cli_restored(report.episodes, args.file.display().to_string())
    );
    if let Some(prev) = report.previous_copy {
        out!("{}", tr.cli_kept_at(prev));
    }
    Ok(())
}

pub(crate) fn check(ctx: &Ctx) -> Result<(), Failure> {
    let mut journal = ctx.open()?;
    let report = journal.check()?;
    let tr = ctx.tr();
    out!("{}", tr.cli_check_journal(report.path.as_str()));
    out!(
        "{}",
        tr.cli_check_schema(report.supported_version, report.schema_version)
    );
    out!("{}", tr.cli_check_episodes(report.episodes));
    if !report.problems.is_empty() {
        let problems = report.problems.join("; ");
        return Err(Failure(AppError::say("database_corrupt", move |tr| {
            tr.cli_check_problems(problems.as_str())
        })));
    }
    out!("{}", tr.cli_check_integrity_ok());
    if report.summary_drift == 0 {
        out!("{}", tr.cli_check_summary_ok());
    } else {
        journal.rebuild_summary()?;
        out!("{}", tr.cli_check_summary_rebuilt(report.summary_drift));
    }
    Ok(())
}
