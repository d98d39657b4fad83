//! `twinge stats`: the Insights numbers of a period.

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct StatsArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: String,
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &StatsArgs, ctx: &Ctx) -> Result<(), Failure> {
    let journal = ctx.open()?;
    let stats = journal.stats_json(&args.from, &args.to)?;
    if args.json {
        return Ok(crate::print_json(&stats)?);
    }
    let tr = ctx.tr();
    let s = &stats["summary"];
    let n = |key: &str| s[key].as_u64().unwrap_or(0);
    let date = |d: &str| twinge_app::date_in(&tr, d);
    // The rate and its change as Insights and page 1 give them: over logged days only.
    let rate = twinge_app::rate_words(&tr, s["per_logged_week"].as_f64());
    out!(
        "{}",
        tr.cli_stats_period(n("total"), date(&args.from), rate, date(&args.to))
    );
    out!("{}", stats["rate_change"].as_str().unwrap_or_default());
    if stats["comparable"] == true {
        out!("{}", tr.change_caveat());
    }
    out!(
        "{}",
        tr.cli_stats_days(n("days_covered"), n("days"), n("days_with_episode"))
    );
    let intensity = |key: &str| match s[key].as_f64() {
        Some(x) => tr.formats().number(x, if x.fract() == 0.0 { 0 } else { 1 }),
        None => "–".to_string(),
    };
    out!(
        "{}",
        tr.cli_stats_intensity(intensity("median_intensity"), intensity("max_intensity"))
    );
    // Rates from fewer logged days than a week say so.
    if let Some(note) = s["few_days"].as_str() {
        out!("{note}");
    }
    // What the intensity and hour figures leave out: imported episodes without them.
    for note in s["left_out"].as_array().into_iter().flatten() {
        out!("{}", note.as_str().unwrap_or_default());
    }
    // Day-level factors: the comparisons with enough days, in words.
    let rows: Vec<twinge_app::FactorStat> =
        serde_json::from_value(stats["by_factor"].clone()).unwrap_or_default();
    let enough: Vec<_> = rows.iter().filter(|r| r.rate.enough).collect();
    for r in &enough {
        out!("{}", r.words);
    }
    let waiting = rows.len() - enough.len();
    if waiting > 0 {
        out!(
            "{}",
            tr.cli_stats_waiting(waiting, twinge_app::MIN_DAYS_EACH_SIDE)
        );
    }
    if let Some(note) = twinge_app::chance_note(&tr, enough.len()) {
        out!("{note}");
    }
    Ok(())
}
