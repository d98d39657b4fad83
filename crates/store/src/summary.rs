//! The per-day summary of the live episodes (`day_summary`, migration 0006): for each
//! local day, dimension and value, how many episodes and a sum. Insights read a
//! period's days from it instead of its episodes.
//!
//! It is kept in the transaction of every write: a single episode's write takes its
//! old rows away and adds its new ones ([`shift`], from the episode as stored); bulk
//! writes of new episodes add theirs in one pass ([`SummaryDelta`]). `rows` is the
//! one definition in SQL; [`SummaryDelta::add`] is the same in Rust, and
//! [`Store::summary_drift`] compares the table with a fresh computation.

use std::collections::HashMap;

use rusqlite::types::{ToSqlOutput, Value};
use rusqlite::{params, Connection, ToSql};
use twinge_core::insights::local_day_hour_weekday;
use twinge_core::Episode;

use crate::{Result, Store};

/// Dimension codes of `day_summary.dim`.
pub(crate) const KIND: i64 = 0;
pub(crate) const HOUR: i64 = 1;
pub(crate) const INTENSITY: i64 = 2;
pub(crate) const DURATION: i64 = 3;
pub(crate) const PLACE: i64 = 4;
pub(crate) const TRIGGER: i64 = 5;
pub(crate) const RELIEF: i64 = 6;

/// An episode's local day (seconds shifted by 30,000 days, back to 1888, so that
/// SQLite's integer division floors) and local hour.
pub(crate) const DAY: &str =
    "((e.started_at + e.utc_offset_min * 60 + 2592000000) / 86400 - 30000)";
const HOUR_OF: &str = "(((e.started_at + e.utc_offset_min * 60 + 2592000000) % 86400) / 3600)";

/// The summary rows `(episode_id, day, dim, key, s)` of the live episodes; `{only}`
/// narrows every part to the episodes a condition on `e` keeps.
fn rows(only: &str) -> String {
    rows_of(only, Columns::Imported)
}

/// Which episode columns the schema has: the summary of version 6 was first built
/// before version 9 gave episodes a timing and an unknown intensity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Columns {
    /// Versions 6–8: every episode has a clock time and an intensity.
    BeforeImports,
    /// Version 9 on.
    Imported,
}

fn rows_of(only: &str, columns: Columns) -> String {
    let live = format!("e.deleted_at IS NULL{only}");
    let (hour_known, intensity_known) = match columns {
        Columns::BeforeImports => ("", ""),
        Columns::Imported => (" AND e.timing = 'exact'", " AND e.intensity IS NOT NULL"),
    };
    format!(
        "SELECT e.id AS episode_id, {DAY} AS day, {KIND} AS dim, e.kind AS key,
                e.woke_from_sleep AS s FROM episode e WHERE {live}
         UNION ALL SELECT e.id, {DAY}, {HOUR}, {HOUR_OF}, 0 FROM episode e
                   WHERE {live}{hour_known}
         UNION ALL SELECT e.id, {DAY}, {INTENSITY}, e.intensity, 0 FROM episode e
                   WHERE {live}{intensity_known}
         UNION ALL SELECT e.id, {DAY}, {DURATION}, e.duration_s, 0 FROM episode e
                   WHERE {live} AND e.duration_s IS NOT NULL
         UNION ALL SELECT e.id, {DAY}, {PLACE}, l.region || ' ' || l.side, 0
                   FROM episode e JOIN episode_location l ON l.episode_id = e.id WHERE {live}
         UNION ALL SELECT e.id, {DAY}, {TRIGGER}, t.trigger_key, 0
                   FROM episode e JOIN episode_trigger t ON t.episode_id = e.id WHERE {live}
         UNION ALL SELECT e.id, {DAY}, {RELIEF}, r.relief_key, r.helped
                   FROM episode e JOIN episode_relief r ON r.episode_id = e.id WHERE {live}"
    )
}

/// Adds (`sign` 1) or takes away (`sign` -1) one episode's rows as the journal holds
/// it now (nothing when it is deleted or absent). Taking away also drops the rows of
/// its day that reach zero. A write of one episode is `shift(-1)`, the write, `shift(1)`.
pub(crate) fn shift(conn: &Connection, id: &str, sign: i64) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO day_summary (day, dim, key, n, s)
         SELECT day, dim, key, ?2, ?2 * s FROM ({}) WHERE true
         ON CONFLICT (day, dim, key) DO UPDATE SET n = n + excluded.n, s = s + excluded.s",
        rows(" AND e.id = ?1")
    ))?
    .execute(params![id, sign])?;
    if sign < 0 {
        conn.prepare_cached(&format!(
            "DELETE FROM day_summary
             WHERE day = (SELECT {DAY} FROM episode e WHERE e.id = ?1) AND n <= 0"
        ))?
        .execute([id])?;
    }
    Ok(())
}

/// Builds the whole summary again from the episodes (the migration, and after a
/// bulk write that replaced episodes).
pub(crate) fn rebuild(conn: &Connection, columns: Columns) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM day_summary", [])?;
    conn.execute(
        &format!(
            "INSERT INTO day_summary (day, dim, key, n, s)
             SELECT day, dim, key, count(*), sum(s) FROM ({}) GROUP BY day, dim, key",
            rows_of("", columns)
        ),
        [],
    )?;
    Ok(())
}

/// A summary value: a code or key (text) or a number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Int(i64),
    Text(String),
}

impl ToSql for Key {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Key::Int(v) => ToSqlOutput::Owned(Value::Integer(*v)),
            Key::Text(t) => ToSqlOutput::Borrowed(t.as_str().into()),
        })
    }
}

/// The summary rows of many new episodes, gathered in memory and written at once.
#[derive(Debug, Default)]
pub(crate) struct SummaryDelta {
    rows: HashMap<(i64, i64, Key), (i64, i64)>,
}

impl SummaryDelta {
    fn put(&mut self, day: i64, dim: i64, key: Key, s: i64) {
        let row = self.rows.entry((day, dim, key)).or_default();
        row.0 += 1;
        row.1 += s;
    }

    /// Adds an episode as it is written (triggers and reliefs by key); a deleted one
    /// adds nothing. The same rows as `rows` gives in SQL.
    pub(crate) fn add(&mut self, e: &Episode) {
        if e.deleted_at_ms.is_some() {
            return;
        }
        let (day, hour, _) = local_day_hour_weekday(e);
        let d = &e.draft;
        let kind = Key::Text(d.kind.code().to_string());
        self.put(day, KIND, kind, i64::from(d.woke_from_sleep));
        if d.timing.has_hour() {
            self.put(day, HOUR, Key::Int(i64::from(hour)), 0);
        }
        if let Some(i) = d.intensity {
            self.put(day, INTENSITY, Key::Int(i64::from(i)), 0);
        }
        if let Some(s) = d.duration_s {
            self.put(day, DURATION, Key::Int(i64::from(s)), 0);
        }
        for l in &d.locations {
            let place = format!("{} {}", l.region.code(), l.side.code());
            self.put(day, PLACE, Key::Text(place), 0);
        }
        for t in &d.triggers {
            self.put(day, TRIGGER, Key::Text(t.clone()), 0);
        }
        for r in &d.reliefs {
            self.put(
                day,
                RELIEF,
                Key::Text(r.relief.clone()),
                i64::from(r.helped),
            );
        }
    }

    /// Adds the gathered rows to the table.
    pub(crate) fn write(self, conn: &Connection) -> Result<()> {
        let mut stmt = conn.prepare_cached(
            "INSERT INTO day_summary (day, dim, key, n, s) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (day, dim, key) DO UPDATE SET n = n + excluded.n, s = s + excluded.s",
        )?;
        let mut rows: Vec<_> = self.rows.into_iter().collect();
        // In key order, so that the table's pages are filled in turn.
        rows.sort_unstable_by_key(|((day, dim, _), _)| (*day, *dim));
        for ((day, dim, key), (n, s)) in rows {
            stmt.execute(params![day, dim, key, n, s])?;
        }
        Ok(())
    }
}

impl Store {
    /// How many rows of the summary differ from one computed afresh from the episodes
    /// (missing, extra, or with other counts): 0 when it has not drifted.
    pub fn summary_drift(&self) -> Result<u64> {
        let fresh = format!(
            "SELECT day, dim, key, count(*) AS n, sum(s) AS s FROM ({}) GROUP BY day, dim, key",
            rows("")
        );
        let n: i64 = self.conn.query_row(
            &format!(
                "SELECT (SELECT count(*) FROM ({fresh} EXCEPT SELECT day, dim, key, n, s FROM day_summary))
                      + (SELECT count(*) FROM (SELECT day, dim, key, n, s FROM day_summary EXCEPT {fresh}))"
            ),
            [],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// Builds the summary again from the episodes.
    pub fn rebuild_summary(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        rebuild(&tx, Columns::Imported)?;
        tx.commit()?;
        Ok(())
    }
}
