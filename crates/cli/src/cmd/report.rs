//! `twinge report`: the doctor's PDF of a period.

use std::path::PathBuf;

use twinge_app::{write_atomically, PaperSize, ReportRequest};

use crate::{Ctx, Failure};

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub(crate) enum Paper {
    A4,
    Letter,
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
    /// Leave out the appendix listing every episode.
    #[arg(long)]
    no_appendix: bool,
    /// Questions for the doctor, printed on page 1.
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
        include_appendix: !args.no_appendix,
        psfs_frequency: None,
        psfs_severity: None,
    })?;
    write_atomically(&args.out, &pdf)?;
    journal.remember_written(&args.out)?;
    out!("Wrote {} ({} KB)", args.out.display(), pdf.len() / 1024);
    Ok(())
}
