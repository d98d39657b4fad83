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
    /// Which episodes the appendix lists: all (those with notes or symptoms marked),
    /// notable (those with notes or symptoms, and a count of the rest), or none.
    #[arg(long, value_enum, default_value = "notable")]
    appendix: Appendix,
    /// The same as --appendix none.
    #[arg(long, conflicts_with = "appendix")]
    no_appendix: bool,
    /// Questions for the doctor, printed on page 1.
    #[arg(long, default_value = "")]
    questions: String,
    /// The report's language, for a doctor who reads another (en, de, es, fr; so far
    /// its headings and fixed words).
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
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
        language: args.lang.clone(),
    })?;
    write_atomically(&args.out, &pdf)?;
    journal.remember_written(&args.out)?;
    out!("Wrote {} ({} KB)", args.out.display(), pdf.len() / 1024);
    Ok(())
}
