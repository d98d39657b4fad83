//! `twinge add`: log an episode from arguments.

use anyhow::{anyhow, Context};
use twinge_app::{Clock, EpisodeInput, LocationInput, ReliefInput};

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct AddArgs {
    #[arg(long)]
    kind: String,
    #[arg(long, value_name = "TIME")]
    at: Option<String>,
    #[arg(long = "where", value_name = "REGION:SIDE", required = true)]
    locations: Vec<String>,
    #[arg(long, allow_negative_numbers = true)]
    intensity: i64,
    #[arg(long)]
    duration: Option<String>,
    #[arg(long)]
    count: Option<u32>,
    #[arg(long = "trigger", value_name = "NAME")]
    triggers: Vec<String>,
    #[arg(long = "relief", value_name = "NAME:HELPED")]
    reliefs: Vec<String>,
    #[arg(long = "symptom", value_name = "CODE")]
    associated: Vec<String>,
    #[arg(long)]
    woke: bool,
    #[arg(long)]
    set_off: bool,
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
        intensity: Some(args.intensity),
        locations,
        triggers: args.triggers.clone(),
        reliefs,
        associated: args.associated.clone(),
        woke_from_sleep: args.woke,
        set_off: args.set_off,
        notes: args.notes.clone(),
    })
}

pub(crate) fn run(args: &AddArgs, ctx: &Ctx) -> Result<(), Failure> {
    // Read the arguments before touching the journal.
    let input = input_from(args, ctx.clock.as_ref())?;
    let mut journal = ctx.open()?;
    let saved = journal.log(&input)?;
    let tr = ctx.tr();
    out!(
        "{}",
        tr.cli_saved(
            super::list::when(&saved),
            saved.id.as_str(),
            twinge_app::domain::kind(&tr, saved.kind),
            saved.place.as_str()
        )
    );
    Ok(())
}
