//! The records around episodes: quiet-day check-ins, appointments, medication
//! changes and settings.

use rusqlite::{params, OptionalExtension};

use crate::{table, Result, Store};

/// A doctor's appointment (local date `YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Appointment {
    pub id: String,
    pub date: String,
    pub note: String,
    /// The answer to the Patient Global Impression of Change (its code), if given.
    pub pgic: Option<String>,
}

/// A medication started, changed or stopped on a local date.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct MedicationChange {
    pub id: String,
    pub date: String,
    pub name: String,
    pub dose: String,
    /// `started`, `changed` or `stopped`.
    pub change: String,
    pub note: String,
}

impl Store {
    /// Records "no episodes today" for a local date.
    pub fn set_quiet_day(&mut self, date: &str, now_ms: i64) -> Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO quiet_day (date, created_at) VALUES (?1, ?2)",
            params![date, now_ms],
        )?;
        Ok(())
    }

    /// Records many quiet days in one transaction.
    pub fn set_quiet_days(&mut self, dates: &[String], now_ms: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        for date in dates {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO quiet_day (date, created_at) VALUES (?1, ?2)",
            )?
            .execute(params![date, now_ms])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The dates marked "no episodes" from `from` to `to` (`YYYY-MM-DD`, inclusive),
    /// newest first.
    pub fn quiet_dates(&self, from: &str, to: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT date FROM quiet_day WHERE date BETWEEN ?1 AND ?2 ORDER BY date DESC",
        )?;
        let dates = stmt
            .query_map([from, to], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(dates)
    }

    /// Removes a quiet-day check-in.
    pub fn clear_quiet_day(&mut self, date: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM quiet_day WHERE date = ?1", [date])?;
        Ok(())
    }

    /// Whether a local date is marked as having no episodes.
    pub fn is_quiet_day(&self, date: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM quiet_day WHERE date = ?1",
                [date],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Check-in dates between two local dates (inclusive), ascending.
    pub fn quiet_days_between(&self, from: &str, to: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT date FROM quiet_day WHERE date BETWEEN ?1 AND ?2 ORDER BY date",
        )?;
        let rows = stmt.query_map([from, to], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_appointment(&mut self, a: &Appointment) -> Result<()> {
        self.conn.execute(
            "INSERT INTO appointment (id, date, note, pgic) VALUES (?1, ?2, ?3, ?4)",
            params![a.id, a.date, a.note, a.pgic],
        )?;
        Ok(())
    }

    pub fn delete_appointment(&mut self, id: &str) -> Result<()> {
        table::delete(&self.conn, "appointment", id)
    }

    /// Appointments, newest first.
    pub fn appointments(&self) -> Result<Vec<Appointment>> {
        table::all(
            &self.conn,
            "SELECT id, date, note, pgic FROM appointment ORDER BY date DESC, id DESC",
        )
    }

    pub fn add_medication_change(&mut self, m: &MedicationChange) -> Result<()> {
        self.conn.execute(
            "INSERT INTO medication_change (id, date, name, dose, change, note)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![m.id, m.date, m.name, m.dose, m.change, m.note],
        )?;
        Ok(())
    }

    pub fn delete_medication_change(&mut self, id: &str) -> Result<()> {
        table::delete(&self.conn, "medication_change", id)
    }

    /// Medication changes, newest first.
    pub fn medication_changes(&self) -> Result<Vec<MedicationChange>> {
        table::all(
            &self.conn,
            "SELECT id, date, name, dose, change, note FROM medication_change
             ORDER BY date DESC, id DESC",
        )
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}

impl Store {
    /// Adds or overwrites an appointment by id (import).
    pub fn upsert_appointment(&mut self, a: &Appointment) -> Result<()> {
        self.conn.execute(
            "INSERT INTO appointment (id, date, note, pgic) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET date = excluded.date, note = excluded.note,
                 pgic = excluded.pgic",
            params![a.id, a.date, a.note, a.pgic],
        )?;
        Ok(())
    }

    /// Adds or overwrites a medication change by id (import).
    pub fn upsert_medication_change(&mut self, m: &MedicationChange) -> Result<()> {
        self.conn.execute(
            "INSERT INTO medication_change (id, date, name, dose, change, note)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET date = excluded.date, name = excluded.name,
                 dose = excluded.dose, change = excluded.change, note = excluded.note",
            params![m.id, m.date, m.name, m.dose, m.change, m.note],
        )?;
        Ok(())
    }

    /// Every quiet day, ascending.
    pub fn all_quiet_days(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT date FROM quiet_day ORDER BY date")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
