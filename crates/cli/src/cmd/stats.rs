//! `twinge stats`: the Insights numbers of a period.

use twinge_app::AppError;

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct StatsArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: String,
    /// Print JSON instead of a summary.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &StatsArgs, ctx: &Ctx) -> Result<(), Failure> {
    let journal = ctx.open()?;
    let stats = journal.stats_json(&args.from, &args.to)?;
    if args.json {
        let text = serde_json::to_string_pretty(&stats)
            .map_err(|e| AppError::new("internal", e.to_string()))?;
        out!("{text}");
        return Ok(());
    }
    let s = &stats["summary"];
    out!(
        "{} to {}: {} episodes, {:.1} per week",
        args.from,
        args.to,
        s["total"],
        s["per_week"].as_f64().unwrap_or(0.0)
    );
    out!(
        "days with episodes: {}, days covered by logging: {} of {}",
        s["days_with_episode"],
        s["days_covered"],
        s["days"]
    );
    out!(
        "median intensity: {}, worst: {}",
        s["median_intensity"],
        s["max_intensity"]
    );
    // Day-level factors: the comparisons with enough days, in words.
    let rows: Vec<twinge_app::FactorStat> =
        serde_json::from_value(stats["by_factor"].clone()).unwrap_or_default();
    let enough: Vec<_> = rows.iter().filter(|r| r.enough).collect();
    for r in &enough {
        out!("{}", r.words);
    }
    let waiting = rows.len() - enough.len();
    if waiting > 0 {
        out!("{waiting} factor comparisons need more days with a check-in (7 with and 7 without).");
    }
    if let Some(note) = twinge_app::chance_note(enough.len()) {
        out!("{note}");
    }
    Ok(())
}
