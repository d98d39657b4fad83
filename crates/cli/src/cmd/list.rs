//! `twinge list`: every episode, newest first, as lines or JSON.

use twinge_app::{domain, AppError, EpisodeDto, Journal, ListQuery};

use crate::{Ctx, Failure};

#[derive(clap::Args, Debug)]
pub(crate) struct ListArgs {
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &ListArgs, ctx: &Ctx) -> Result<(), Failure> {
    let journal = ctx.open()?;
    let episodes = all_episodes(&journal)?;
    if args.json {
        crate::print_json(&episodes)?;
    } else if episodes.is_empty() {
        out!("{}", ctx.tr().cli_no_episodes());
    } else {
        let tr = ctx.tr();
        let rows: Vec<([String; 4], Vec<String>)> =
            episodes.iter().map(|e| describe(&tr, e)).collect();
        // Each column as wide as its widest cell, so that the columns line up whatever
        // the language and however an imported episode's time reads.
        let mut widths = [0; 4];
        for (cells, _) in &rows {
            for (w, cell) in widths.iter_mut().zip(cells) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let [a, b, c, d] = widths;
        for ([when, kind, place, intensity], extras) in rows {
            let extras = extras.iter().map(|x| format!("  {x}")).collect::<String>();
            out!("{when:<a$}  {kind:<b$}  {place:<c$}  {intensity:>d$}{extras}");
        }
    }
    Ok(())
}

fn all_episodes(journal: &Journal) -> Result<Vec<EpisodeDto>, AppError> {
    let mut out = Vec::new();
    let mut query = ListQuery {
        limit: Some(500),
        ..Default::default()
    };
    loop {
        let page = journal.list(&query)?;
        out.extend(page.episodes);
        match page.next {
            Some(next) => query.before = Some(next),
            None => return Ok(out),
        }
    }
}

/// One line per episode: when, kind, places and intensity in the words every screen
/// and the PDF use, then the notes and, for an imported one, where it came from.
fn describe(tr: &twinge_app::Tr, e: &EpisodeDto) -> ([String; 4], Vec<String>) {
    let cells = [
        when(e),
        domain::kind(tr, e.kind),
        domain::places(tr, &e.locations),
        domain::intensity(tr, e.intensity),
    ];
    let extras = [Some(&e.notes).filter(|n| !n.is_empty()), e.origin.as_ref()]
        .into_iter()
        .flatten()
        .map(|extra| extra.replace('\n', " "))
        .collect();
    (cells, extras)
}

/// When an episode started, as the command line says it: the day and the clock time
/// where it happened, as History shows them (`list --json` keeps the offset), or the
/// part of the day an imported diary kept.
pub(crate) fn when(e: &EpisodeDto) -> String {
    match &e.when {
        Some(part) => format!("{} {part}", &e.started_at[..10]),
        None => format!("{} {}", &e.started_at[..10], &e.started_at[11..16]),
    }
}
