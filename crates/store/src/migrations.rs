//! The journal's schema: the numbered files in `migrations/`, applied in order.

use rusqlite_migration::{Migrations, M};

macro_rules! migration {
    ($file:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../migrations/",
            $file
        ))
    };
}

/// The numbered files in `migrations/`, in order. Append only: never edit a released one.
const MIGRATION_FILES: &[&str] = &[
    migration!("0001_initial.sql"),
    migration!("0002_records.sql"),
    migration!("0003_insights_index.sql"),
    migration!("0004_quiet_day.sql"),
    migration!("0005_checkin.sql"),
    migration!("0006_day_summary.sql"),
    migration!("0007_day_ratings.sql"),
    migration!("0008_pgic.sql"),
    migration!("0009_imported_episodes.sql"),
    migration!("0010_quick_checks.sql"),
    migration!("0011_set_off.sql"),
];

/// The migrations; version 6 fills the new day summary from the episodes already there.
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(
        MIGRATION_FILES
            .iter()
            .enumerate()
            .map(|(i, sql)| match i + 1 {
                6 => M::up_with_hook(sql, |tx: &rusqlite::Transaction| {
                    crate::summary::rebuild(tx, crate::summary::Columns::BeforeImports)?;
                    Ok(())
                }),
                // Build the episode table anew: its children's keys are checked
                // before the step commits.
                9 | 10 => M::up(sql).foreign_key_check(),
                _ => M::up(sql),
            })
            .collect(),
    )
}

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATION_FILES.len() as i64;
