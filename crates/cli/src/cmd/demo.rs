//! `twinge demo`: realistic demo data ending today.

use std::path::Path;
use std::sync::Arc;

use twinge_app::{AppError, Clock, DemoOptions, Journal};

use crate::Failure;

#[derive(clap::Args, Debug)]
pub(crate) struct DemoArgs {
    #[arg(long, default_value_t = 500)]
    episodes: u32,
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

pub(crate) fn run(args: &DemoArgs, data_dir: &Path, clock: Arc<dyn Clock>) -> Result<(), Failure> {
    if args.episodes == 0 || args.episodes > 1_000_000 {
        return Err(Failure(AppError::new(
            "invalid_argument",
            "--episodes takes 1 to 1,000,000",
        )));
    }
    let mut journal = Journal::open(data_dir, clock)?;
    let added = journal.demo(DemoOptions {
        episodes: args.episodes,
        seed: args.seed,
    })?;
    println!("Added {added} demo episodes to {}", data_dir.display());
    Ok(())
}
