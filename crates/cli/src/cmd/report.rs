//! `twinge report`: the doctor's PDF of a period.

use std::path::PathBuf;

use twinge_app::{write_atomically, AppendixChoice, PaperSize, ReportRequest};

use crate::{Ctx, Failure};

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub(crate) enum Paper {
    A4,
    Letter,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub(crate) enum Appendix {
    All,
    Notable,
    None,
}

#[derive(clap::Args, Debug)]
pub(crate) struct ReportArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: String,
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[arg(long, value_enum, default_value = "a4")]
    paper: Paper,
    #[arg(long, value_enum, default_value = "notable")]
    appendix: Appendix,
    #[arg(long, conflicts_with = "appendix")]
    no_appendix: bool,
    #[arg(long, default_value = "")]
    questions: String,
}

pub(crate) fn run(args: &ReportArgs, ctx: &Ctx) -> Result<(), Failure> {
    let mut journal = ctx.open()?;
    let pdf = journal.report_pdf(&ReportRequest {
        from: args.from.clone(),
        to: args.to.clone(),
        paper: match args.paper {
            Paper::A4 => PaperSize::A4,
            Paper::Letter => PaperSize::Letter,
        },
        questions: args.questions.clone(),
        appendix: match (args.no_appendix, args.appendix) {
            (true, _) | (_, Appendix::None) => AppendixChoice::None,
            (_, Appendix::All) => AppendixChoice::All,
            (_, Appendix::Notable) => AppendixChoice::Notable,
        },
        psfs_frequency: None,
        psfs_severity: None,
        // `--lang` for this PDF; else the one kept for the journal, else the system's.
        language: ctx.asked.as_ref().map(|l| l.code()),
    })?;
    write_atomically(&args.out, &pdf)?;
    journal.remember_written(&args.out)?;
    let tr = ctx.tr();
    out!(
        "{}",
        tr.cli_wrote(args.out.display().to_string(), pdf.len() / 1024)
    );
    Ok(())
}
