//! Saving episodes, and reading one from its rows. Every write is one transaction; a
//! function returns only after its commit. Queries are in read.rs, imports in import.rs.

use rusqlite::{params, Row, Transaction};
use twinge_core::{
    Associated, Episode, EpisodeDraft, Kind, LocalInstant, Location, Origin, Region, ReliefUse,
    Side, Timing,
};
use uuid::Uuid;

use crate::rows::{children_plain, write_row, Children, RowWrite};
use crate::summary::{shift, SummaryDelta};
use crate::vocab::{ensure, Table};
use crate::{Result, Store, StoreError};

/// A place from a row whose first two columns are region and side codes.
pub(crate) fn location_from_row(r: &Row<'_>) -> rusqlite::Result<Location> {
    let region: String = r.get(0)?;
    let side: String = r.get(1)?;
    Ok(Location {
        region: Region::from_code(&region).ok_or_else(|| bad_value("region", &region))?,
        side: Side::from_code(&side).ok_or_else(|| bad_value("side", &side))?,
    })
}

pub(crate) fn bad_value(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unknown {what} “{value}” in the journal").into(),
    )
}

pub(crate) fn episode_from_row(row: &Row<'_>) -> rusqlite::Result<Episode> {
    let id: String = row.get("id")?;
    let kind: String = row.get("kind")?;
    let started: i64 = row.get("started_at")?;
    let offset: i32 = row.get("utc_offset_min")?;
    let timing: String = row.get("timing")?;
    let origin = match row.get::<_, Option<String>>("origin_app")? {
        Some(app) => Some(Origin {
            app,
            file: row.get("origin_file")?,
            value: row.get("origin_value")?,
            scale: row.get("origin_scale")?,
        }),
        None => None,
    };
    Ok(Episode {
        id: Uuid::parse_str(&id).map_err(|_| bad_value("id", &id))?,
        draft: EpisodeDraft {
            kind: Kind::from_code(&kind).ok_or_else(|| bad_value("kind", &kind))?,
            started_at: LocalInstant::new(started, offset)
                .map_err(|_| bad_value("time", &started.to_string()))?,
            duration_s: row.get("duration_s")?,
            count: row.get("count")?,
            intensity: row.get("intensity")?,
            timing: Timing::from_code(&timing).ok_or_else(|| bad_value("timing", &timing))?,
            locations: Vec::new(),
            triggers: Vec::new(),
            reliefs: Vec::new(),
            associated: Vec::new(),
            woke_from_sleep: row.get("woke_from_sleep")?,
            set_off: row.get("set_off")?,
            notes: row.get("notes")?,
            origin,
        },
        created_at_ms: row.get("created_at")?,
        updated_at_ms: row.get("updated_at")?,
        deleted_at_ms: row.get("deleted_at")?,
    })
}

/// Writes locations, triggers, reliefs and symptoms. Triggers and reliefs may be given by
/// key or by name; new names join the vocabulary in the same transaction. Returns the
/// draft with keys, duplicates (after resolving) dropped.
fn write_children(
    tx: &Transaction<'_>,
    id: &str,
    d: &EpisodeDraft,
    now_ms: i64,
    had: Children,
) -> Result<EpisodeDraft> {
    let mut d = d.clone();
    let mut keys: Vec<String> = Vec::new();
    for t in &d.triggers {
        let key = ensure(tx, Table::Trigger, t)?;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    d.triggers = keys;
    let mut reliefs: Vec<ReliefUse> = Vec::new();
    for r in &d.reliefs {
        let key = ensure(tx, Table::Relief, &r.relief)?;
        if !reliefs.iter().any(|x| x.relief == key) {
            reliefs.push(ReliefUse {
                relief: key,
                helped: r.helped,
            });
        }
    }
    d.reliefs = reliefs;
    // A day with an episode is no longer a quiet day.
    tx.prepare_cached("DELETE FROM quiet_day WHERE date = ?1")?
        .execute([d.started_at.local_date().to_string()])?;
    children_plain(tx, id, &d, had)?;
    for key in &d.triggers {
        tx.prepare_cached(
            "UPDATE trigger_vocab SET last_used_at = max(coalesce(last_used_at, 0), ?2) WHERE key = ?1",
        )?
        .execute(params![key, now_ms])?;
    }
    for r in &d.reliefs {
        tx.prepare_cached(
            "UPDATE relief_vocab SET last_used_at = max(coalesce(last_used_at, 0), ?2) WHERE key = ?1",
        )?
        .execute(params![r.relief, now_ms])?;
    }
    Ok(d)
}

impl Store {
    /// Saves a new episode durably and returns it as stored (triggers and reliefs given by
    /// name are resolved to vocabulary keys). Returns after the commit.
    pub fn insert_episode(&mut self, e: &Episode) -> Result<Episode> {
        let tx = self.conn.transaction()?;
        let id = e.id.hyphenated().to_string();
        write_row(&tx, &id, e, RowWrite::New)?;
        let draft = write_children(&tx, &id, &e.draft, e.updated_at_ms, Children::None)?;
        shift(&tx, &id, 1)?;
        tx.commit()?;
        Ok(Episode { draft, ..e.clone() })
    }

    /// Saves many new episodes in one transaction: all of them or none.
    pub fn insert_episodes(&mut self, episodes: &[Episode]) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let mut summary = SummaryDelta::default();
        for e in episodes {
            let id = e.id.hyphenated().to_string();
            write_row(&tx, &id, e, RowWrite::New)?;
            let draft = write_children(&tx, &id, &e.draft, e.updated_at_ms, Children::None)?;
            summary.add(&Episode { draft, ..e.clone() });
        }
        summary.write(&tx)?;
        tx.commit()?;
        Ok(episodes.len())
    }

    /// Replaces an episode's content (its id and `created_at` stay). Returns after the commit.
    pub fn update_episode(
        &mut self,
        id: Uuid,
        d: &EpisodeDraft,
        now_ms: i64,
    ) -> Result<EpisodeDraft> {
        let tx = self.conn.transaction()?;
        let id_s = id.hyphenated().to_string();
        shift(&tx, &id_s, -1)?;
        let edited = Episode::saved(id, d.clone(), now_ms);
        if write_row(&tx, &id_s, &edited, RowWrite::Edit)? == 0 {
            return Err(StoreError::NotFound(id_s));
        }
        let draft = write_children(&tx, &id_s, d, now_ms, Children::Some)?;
        shift(&tx, &id_s, 1)?;
        tx.commit()?;
        Ok(draft)
    }

    fn set_deleted(&mut self, id: Uuid, deleted_at: Option<i64>, now_ms: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        let id_s = id.hyphenated().to_string();
        shift(&tx, &id_s, -1)?;
        let changed = tx
            .prepare_cached("UPDATE episode SET deleted_at = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id_s, deleted_at, now_ms])?;
        if changed == 0 {
            return Err(StoreError::NotFound(id.to_string()));
        }
        shift(&tx, &id_s, 1)?;
        tx.commit()?;
        Ok(())
    }

    /// Marks an episode deleted (it stays in the file so that Undo always works).
    pub fn soft_delete(&mut self, id: Uuid, now_ms: i64) -> Result<()> {
        self.set_deleted(id, Some(now_ms), now_ms)
    }

    /// Removes for good the episodes deleted before `before_ms` (their Undo window has
    /// passed); with `secure_delete` on, their text is overwritten in the file. Returns
    /// how many went.
    pub fn purge_deleted(&mut self, before_ms: i64) -> Result<usize> {
        // Only deleted episodes go, and those have no rows in the day summary.
        let n = self.conn.execute(
            "DELETE FROM episode WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
            [before_ms],
        )?;
        Ok(n)
    }

    /// Brings a deleted episode back.
    pub fn undo_delete(&mut self, id: Uuid, now_ms: i64) -> Result<()> {
        self.set_deleted(id, None, now_ms)
    }

    pub(crate) fn load_children(&self, e: &mut Episode) -> Result<()> {
        let id = e.id.hyphenated().to_string();
        let mut stmt = self.conn.prepare_cached(
            "SELECT region, side FROM episode_location WHERE episode_id = ?1 ORDER BY position",
        )?;
        let mut rows = stmt.query([&id])?;
        while let Some(r) = rows.next()? {
            e.draft.locations.push(location_from_row(r)?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT trigger_key FROM episode_trigger WHERE episode_id = ?1 ORDER BY position",
        )?;
        e.draft.triggers = stmt
            .query_map([&id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT relief_key, helped FROM episode_relief WHERE episode_id = ?1 ORDER BY position",
        )?;
        e.draft.reliefs = stmt
            .query_map([&id], |r| {
                Ok(ReliefUse {
                    relief: r.get(0)?,
                    helped: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT tag FROM episode_associated WHERE episode_id = ?1 ORDER BY position",
        )?;
        let mut rows = stmt.query([&id])?;
        while let Some(r) = rows.next()? {
            let tag: String = r.get(0)?;
            e.draft
                .associated
                .push(Associated::from_code(&tag).ok_or_else(|| bad_value("symptom", &tag))?);
        }
        Ok(())
    }
}
