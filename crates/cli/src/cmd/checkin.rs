//! `twinge checkin`: the daily check-in of a date (the day-level factors present).

use twinge_app::{CheckinDto, CheckinFactor, FactorLevel};

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct CheckinArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    #[arg(long = "factor", value_name = "CODE")]
    factors: Vec<String>,
    #[arg(long, value_name = "none|some|a_lot", default_value = "none")]
    stress: String,
    #[arg(long, value_name = "0-10")]
    stiffness: Option<u8>,
    #[arg(long, value_name = "0-10")]
    sleep_broken: Option<u8>,
    #[arg(long, conflicts_with_all = ["factors", "stress", "stiffness", "sleep_broken"])]
    clear: bool,
}

pub(crate) fn run(args: &CheckinArgs, ctx: &Ctx) -> Result<(), Failure> {
    let mut journal = ctx.open()?;
    let tr = ctx.tr();
    let date = args.date.clone().unwrap_or_else(|| journal.today());
    if args.clear {
        journal.delete_checkin(&date)?;
        out!("{}", ctx.tr().cli_checkin_deleted(date.as_str()));
        return Ok(());
    }
    let mut factors: Vec<CheckinFactor> = args
        .factors
        .iter()
        .map(|key| CheckinFactor {
            key: key.clone(),
            level: FactorLevel::Yes,
        })
        .collect();
    match args.stress.as_str() {
        "none" => {}
        code => {
            let level = FactorLevel::from_code(code)
                .filter(|l| *l != FactorLevel::Yes)
                .ok_or_else(|| {
                    let code = code.to_string();
                    twinge_app::AppError::say("invalid_argument", move |tr| {
                        tr.cli_checkin_bad_stress(code.as_str())
                    })
                })?;
            factors.push(CheckinFactor {
                key: "stress".into(),
                level,
            });
        }
    }
    let saved = journal.save_checkin(&CheckinDto {
        date,
        factors,
        stiffness: args.stiffness,
        sleep_broken: args.sleep_broken,
    })?;
    let names = journal.factors()?;
    let said: Vec<String> = saved
        .factors
        .iter()
        .map(|f| {
            let name = names
                .iter()
                .find(|n| n.key == f.key)
                .map_or(f.key.as_str(), |n| n.name.as_str());
            twinge_app::domain::factor_said(&tr, (&f.key, name), f.level)
        })
        .collect();
    let factors = if said.is_empty() {
        tr.cli_checkin_none()
    } else {
        said.join(", ")
    };
    out!("{}", tr.cli_checkin_saved(saved.date.as_str(), factors));
    for rating in twinge_app::domain::day_ratings(&tr, saved.stiffness, saved.sleep_broken) {
        out!("{rating}");
    }
    Ok(())
}
