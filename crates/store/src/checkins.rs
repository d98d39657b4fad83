//! Daily check-ins: for a local date, which day-level factors were present; the
//! factors themselves (a vocabulary like triggers); and the counts behind the
//! day-level statistics (`twinge_core::daystats` is the plain reference).

use rusqlite::{params, OptionalExtension};
use twinge_core::daystats::FactorCounts;
use twinge_core::insights::{DayNumber, Period};
use twinge_core::{DayRatings, SEED_FACTORS};

use crate::summary::KIND;
use crate::{table, Result, Store};

/// A day-level factor.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct FactorEntry {
    pub key: String,
    pub name: String,
    pub archived: bool,
    /// Recorded as none / some / a lot.
    pub levels: bool,
}

/// A check-in: the factors present on a local date, each with its level (1, or 2
/// for "a lot"). A factor not listed was not present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkin {
    pub date: String,
    pub factors: Vec<(String, u8)>,
    pub ratings: DayRatings,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
}

/// A local date's day number in SQL (as for quiet days).
const DAY_OF_DATE: &str = "CAST(julianday(date) - 2440587.5 AS INTEGER)";

impl Store {
    /// Adds the seeded factors a journal lacks (never changes the person's own edits).
    pub(crate) fn seed_factors(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        for f in SEED_FACTORS {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO factor (key, name, seeded, archived, levels)
                 VALUES (?1, ?2, 1, ?3, ?4)",
            )?
            .execute(params![f.key, f.name, !f.on, f.levels])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Every factor, in the order they were added (the seeds first).
    pub fn factors(&self) -> Result<Vec<FactorEntry>> {
        table::all(
            &self.conn,
            "SELECT key, name, archived, levels FROM factor ORDER BY rowid",
        )
    }

    /// Adds a factor, or updates its name and archived flag (a factor keeps the
    /// levels it was made with: its check-ins were recorded so).
    pub fn upsert_factor(&mut self, f: &FactorEntry) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO factor (key, name, archived, levels) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (key) DO UPDATE SET name = excluded.name,
                     archived = excluded.archived",
            )?
            .execute(params![f.key, f.name, f.archived, f.levels])?;
        Ok(())
    }

    /// Renames or (un)archives a factor; false when there is no such factor.
    pub fn edit_factor(&mut self, key: &str, name: &str, archived: bool) -> Result<bool> {
        let n = self.conn.execute(
            "UPDATE factor SET name = ?2, archived = ?3 WHERE key = ?1",
            params![key, name, archived],
        )?;
        Ok(n == 1)
    }

    /// The check-in of a local date, if there is one.
    pub fn checkin(&self, date: &str) -> Result<Option<Checkin>> {
        let head = self
            .conn
            .prepare_cached(
                "SELECT created_at, updated_at, stiffness, sleep_broken FROM checkin WHERE date = ?1",
            )?
            .query_row([date], |r| {
                let ratings = DayRatings {
                    stiffness: r.get(2)?,
                    sleep_broken: r.get(3)?,
                };
                Ok((r.get(0)?, r.get(1)?, ratings))
            })
            .optional()?;
        let Some((created_at_ms, updated_at_ms, ratings)) = head else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT factor_key, level FROM checkin_factor WHERE date = ?1 ORDER BY factor_key",
        )?;
        let factors = stmt
            .query_map([date], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(Checkin {
            date: date.to_string(),
            factors,
            ratings,
            created_at_ms,
            updated_at_ms,
        }))
    }

    /// Every check-in, oldest first (exports).
    pub fn checkins(&self) -> Result<Vec<Checkin>> {
        self.checkins_between("0000-01-01", "9999-12-31")
    }

    /// The check-ins from `from` to `to` (`YYYY-MM-DD`, inclusive), oldest first.
    pub fn checkins_between(&self, from: &str, to: &str) -> Result<Vec<Checkin>> {
        let dates: Vec<String> = self
            .conn
            .prepare_cached("SELECT date FROM checkin WHERE date BETWEEN ?1 AND ?2 ORDER BY date")?
            .query_map([from, to], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::with_capacity(dates.len());
        for d in dates {
            out.extend(self.checkin(&d)?);
        }
        Ok(out)
    }

    /// Saves a check-in, replacing the factors of the same date (its first creation
    /// time is kept), in one transaction.
    pub fn save_checkin(&mut self, c: &Checkin) -> Result<()> {
        let tx = self.conn.transaction()?;
        write_checkin(&tx, c)?;
        tx.commit()?;
        Ok(())
    }

    /// Saves many check-ins in the current transaction (imports).
    pub fn write_checkins(&mut self, checkins: &[Checkin]) -> Result<()> {
        for c in checkins {
            write_checkin(&self.conn, c)?;
        }
        Ok(())
    }

    /// Removes the check-in of a local date; false when there was none.
    pub fn delete_checkin(&mut self, date: &str) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM checkin WHERE date = ?1", [date])?
            == 1)
    }

    /// Whether anything was recorded for `day`: an episode, a quiet day or a check-in.
    pub fn is_recorded(&self, day: DayNumber) -> Result<bool> {
        let date = twinge_core::insights::date_of_day(day)
            .map(|d| d.to_string())
            .unwrap_or_default();
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM day_summary WHERE day = ?1 AND dim = {KIND})
                 OR EXISTS (SELECT 1 FROM quiet_day WHERE date = ?2)
                 OR EXISTS (SELECT 1 FROM checkin WHERE date = ?2)"
            ))?
            .query_row(params![day, date], |r| r.get(0))?)
    }

    /// For every factor not archived and each lag (0 and 1 days): the counts of
    /// [`twinge_core::daystats::factor_counts`] over `period`. Factors without any
    /// counted day are left out.
    pub fn factor_counts(&self, period: Period) -> Result<Vec<(String, i64, FactorCounts)>> {
        let date = |day: DayNumber| {
            twinge_core::insights::date_of_day(day)
                .map(|d| d.to_string())
                .unwrap_or_default()
        };
        // Episodes per day come from the day summary (summary.rs). Check-ins and quiet
        // days are found by their date text (indexed, and no date
        // arithmetic per row); the check-ins of the period and of the day before it
        // are materialized once, so each recorded day finds its day-before check-in by
        // an index SQLite builds on them.
        let sql = format!(
            "WITH ep AS (
                 SELECT day, sum(n) AS n FROM day_summary
                 WHERE day BETWEEN ?1 AND ?2 AND dim = {KIND}
                 GROUP BY day
             ),
             ci AS MATERIALIZED (
                 SELECT {DAY_OF_DATE} AS day, date FROM checkin WHERE date BETWEEN ?3 AND ?4
             ),
             rec AS (
                 SELECT day FROM ep
                 UNION SELECT {DAY_OF_DATE} FROM quiet_day WHERE date BETWEEN ?5 AND ?4
                 UNION SELECT day FROM ci WHERE day BETWEEN ?1 AND ?2
             ),
             lag(lag) AS (VALUES (0), (1)),
             pair AS MATERIALIZED (
                 SELECT rec.day, lag.lag, ci.date, coalesce(ep.n, 0) AS n
                 FROM rec CROSS JOIN lag
                 JOIN ci ON ci.day = rec.day - lag.lag
                 LEFT JOIN ep ON ep.day = rec.day
             )
             SELECT f.key, pair.lag,
                    sum(cf.factor_key IS NOT NULL), sum(cf.factor_key IS NULL),
                    sum(CASE WHEN cf.factor_key IS NOT NULL THEN pair.n ELSE 0 END),
                    sum(CASE WHEN cf.factor_key IS NULL THEN pair.n ELSE 0 END),
                    sum(cf.factor_key IS NOT NULL AND pair.n > 0),
                    sum(cf.factor_key IS NULL AND pair.n > 0)
             FROM factor f CROSS JOIN pair
             LEFT JOIN checkin_factor cf ON cf.date = pair.date AND cf.factor_key = f.key
             WHERE f.archived = 0
             GROUP BY f.key, pair.lag
             ORDER BY f.rowid, pair.lag"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![
                period.first_day,
                period.last_day,
                date(period.first_day - 1),
                date(period.last_day),
                date(period.first_day)
            ],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    FactorCounts {
                        days_with: r.get(2)?,
                        days_without: r.get(3)?,
                        episodes_with: r.get(4)?,
                        episodes_without: r.get(5)?,
                        active_days_with: r.get(6)?,
                        active_days_without: r.get(7)?,
                    },
                ))
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn write_checkin(conn: &rusqlite::Connection, c: &Checkin) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO checkin (date, created_at, updated_at, stiffness, sleep_broken)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (date) DO UPDATE SET updated_at = excluded.updated_at,
             stiffness = excluded.stiffness, sleep_broken = excluded.sleep_broken",
    )?
    .execute(params![
        c.date,
        c.created_at_ms,
        c.updated_at_ms,
        c.ratings.stiffness,
        c.ratings.sleep_broken
    ])?;
    conn.prepare_cached("DELETE FROM checkin_factor WHERE date = ?1")?
        .execute([&c.date])?;
    for (key, level) in &c.factors {
        conn.prepare_cached(
            "INSERT INTO checkin_factor (date, factor_key, level) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![c.date, key, level])?;
    }
    Ok(())
}
