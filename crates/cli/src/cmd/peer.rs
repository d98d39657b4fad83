//! `twinge import --from APP FILE`: a diary kept in another app, with the person's
//! choices of what each name and column means (`--kind`, `--relief`, `--medication`,
//! `--factor`, `--skip`, `--column`); names not given keep the first guess.

use std::path::Path;

use twinge_app::{AppError, Column, PeerMapping, PeerPreview, Role, Source};

use super::transfer::{print_summary, ImportArgs};
use crate::{Ctx, Failure};

/// Whether the command asks for another app's import (or the file is one).
pub(crate) fn wanted(args: &ImportArgs) -> bool {
    args.from.is_some()
        || !(args.kind.is_empty() && args.column.is_empty() && args.relief.is_empty())
        || !(args.medication.is_empty() && args.factor.is_empty() && args.skip.is_empty())
        || twinge_app::Journal::peer_source_of_path(&args.file).is_some()
}

fn bad(code: &'static str, text: String) -> Failure {
    Failure(AppError::say(code, move |tr| {
        tr.cli_peer_bad_choice(text.as_str())
    }))
}

/// The choices given on the command line, as a mapping.
fn mapping(args: &ImportArgs) -> Result<PeerMapping, Failure> {
    let mut m = PeerMapping::default();
    for given in &args.kind {
        let (name, kind) = given
            .rsplit_once('=')
            .ok_or_else(|| bad("bad_kind", given.clone()))?;
        let role = Role::from_code(kind)
            .filter(|r| r.kind().is_some())
            .ok_or_else(|| bad("bad_kind", given.clone()))?;
        m.roles.insert(name.trim().to_string(), role);
    }
    for (names, role) in [
        (&args.relief, Role::Relief),
        (&args.medication, Role::Medication),
        (&args.factor, Role::Factor),
        (&args.skip, Role::Skip),
    ] {
        for name in names {
            m.roles.insert(name.trim().to_string(), role);
        }
    }
    for given in &args.column {
        let (header, field) = given
            .rsplit_once('=')
            .ok_or_else(|| bad("bad_column", given.clone()))?;
        let column = Column::from_code(field).ok_or_else(|| bad("bad_column", given.clone()))?;
        m.columns.insert(header.trim().to_string(), column);
    }
    Ok(m)
}

pub(crate) fn import(args: &ImportArgs, ctx: &Ctx) -> Result<(), Failure> {
    let source = match &args.from {
        Some(code) => Some(Source::from_code(code).ok_or_else(|| {
            let code = code.clone();
            Failure(AppError::say("bad_source", move |tr| {
                tr.cli_peer_bad_source(code.as_str())
            }))
        })?),
        None => None,
    };
    let mapping = mapping(args)?;
    let mut journal = ctx.open()?;
    let p = journal.peer_path(&args.file, (source, &mapping), args.dry_run, &mut |_| {})?;
    if args.json {
        crate::print_json(&p)?;
    } else {
        describe(&p, &args.file, &ctx.tr());
    }
    if !p.import.problems.is_empty() {
        return Err(Failure(AppError::say("import_refused", |tr| {
            tr.cli_import_refused()
        })));
    }
    Ok(())
}

/// The preview in words: what the file holds, what each name becomes, what is left out.
fn describe(p: &PeerPreview, file: &Path, tr: &twinge_app::Tr) {
    // The arguments in the order of their names: app, days, episodes, file.
    out!(
        "{}",
        tr.cli_peer_read(
            p.app.as_str(),
            p.checkin_days,
            p.episodes,
            file.display().to_string()
        )
    );
    for n in &p.names {
        let name = if n.name.is_empty() {
            "*".to_string()
        } else {
            n.name.clone()
        };
        out!("  {}", tr.cli_peer_name(name, role_code(n.role), n.rows));
    }
    for rule in &p.rules {
        out!("{rule}");
    }
    for s in &p.skipped {
        let rows: Vec<String> = s.rows.iter().map(u32::to_string).collect();
        let (what, why) = (s.what.as_str(), s.why.as_str());
        match rows.is_empty() {
            true => out!("  {}", tr.cli_peer_skipped(what, why)),
            false => out!(
                "  {}",
                tr.cli_peer_skipped_rows(rows.len(), rows.join(", "), what, why)
            ),
        }
    }
    for problem in &p.problems {
        out!(
            "  {}",
            tr.cli_peer_left_out(problem.message.as_str(), problem.row)
        );
    }
    print_summary(&p.import, tr);
}

fn role_code(role: Role) -> String {
    serde_json::to_value(role)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}
