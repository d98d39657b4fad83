//! `twinge trial`: did a treatment help? The weeks before a medication change or another
//! treatment against the weeks after it, in words or as JSON (the same figures as
//! Insights and the PDF).

use twinge_app::TrialQuery;

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct TrialArgs {
    #[arg(long, value_name = "YYYY-MM-DD|ID")]
    change: String,
    #[arg(long, value_name = "N")]
    baseline_days: Option<u32>,
    #[arg(long, value_name = "N")]
    trial_from: Option<u32>,
    #[arg(long, value_name = "N")]
    trial_days: Option<u32>,
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &TrialArgs, ctx: &Ctx) -> Result<(), Failure> {
    let journal = ctx.open()?;
    let trial = journal.trial(
        &TrialQuery {
            change: args.change.clone(),
            baseline_days: args.baseline_days,
            trial_from: args.trial_from,
            trial_days: args.trial_days,
            dark: false,
        },
        &journal.today(),
    )?;
    if args.json {
        return Ok(crate::print_json(&trial)?);
    }
    let tr = ctx.tr();
    let date = |d: &str| twinge_app::date_in(&tr, d);
    let (b, t) = (&trial.baseline, &trial.trial);
    let mut words = trial.words.iter();
    if let Some(what) = words.next() {
        out!("{what}");
    }
    out!(
        "{}",
        tr.cli_trial_windows(date(&t.from), date(&t.to), date(&b.from), date(&b.to))
    );
    for line in words {
        out!("{line}");
    }
    Ok(())
}
