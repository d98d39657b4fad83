//! `twinge demo`: realistic demo data ending today.

use twinge_app::{AppError, DemoOptions};

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct DemoArgs {
    #[arg(long, default_value_t = 500)]
    episodes: u32,
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

pub(crate) fn run(args: &DemoArgs, ctx: &Ctx) -> Result<(), Failure> {
    if args.episodes == 0 || args.episodes > 1_000_000 {
        return Err(Failure(AppError::say("invalid_argument", |tr| {
            tr.cli_demo_episodes()
        })));
    }
    let mut journal = ctx.open()?;
    let added = journal.demo(DemoOptions {
        episodes: args.episodes,
        seed: args.seed,
    })?;
    out!(
        "{}",
        ctx.tr()
            .cli_demo_added(added, ctx.data_dir.display().to_string())
    );
    Ok(())
}
