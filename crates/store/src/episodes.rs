//! Saving and reading episodes. Every write is one transaction; a function
//! returns only after its commit.

use rusqlite::{params, OptionalExtension, Row, Transaction};
use twinge_core::{
    Associated, Episode, EpisodeDraft, Kind, LocalInstant, Location, Region, ReliefUse, Side,
};
use uuid::Uuid;

use crate::vocab::{ensure, Table};
use crate::{Result, Store, StoreError};

/// Which episodes to list, newest first.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// At most this many (0 means 100).
    pub limit: u32,
    /// Only episodes that started before this one (`started_at` seconds, id): paging.
    pub before: Option<(i64, Uuid)>,
    /// Include soft-deleted episodes.
    pub include_deleted: bool,
    /// Only this kind.
    pub kind: Option<Kind>,
    /// Only episodes at this region (any side).
    pub region: Option<Region>,
    /// Only episodes tagged with this trigger key.
    pub trigger: Option<String>,
    /// Only episodes whose notes contain this text (case-insensitive for ASCII).
    pub text: Option<String>,
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn like_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// A place from a row whose first two columns are region and side codes.
fn location_from_row(r: &Row<'_>) -> rusqlite::Result<Location> {
    let region: String = r.get(0)?;
    let side: String = r.get(1)?;
    Ok(Location {
        region: Region::from_code(&region).ok_or_else(|| bad_value("region", &region))?,
        side: Side::from_code(&side).ok_or_else(|| bad_value("side", &side))?,
    })
}

fn bad_value(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unknown {what} “{value}” in the journal").into(),
    )
}

fn episode_from_row(row: &Row<'_>) -> rusqlite::Result<Episode> {
    let id: String = row.get("id")?;
    let kind: String = row.get("kind")?;
    let started: i64 = row.get("started_at")?;
    let offset: i32 = row.get("utc_offset_min")?;
    Ok(Episode {
        id: Uuid::parse_str(&id).map_err(|_| bad_value("id", &id))?,
        draft: EpisodeDraft {
            kind: Kind::from_code(&kind).ok_or_else(|| bad_value("kind", &kind))?,
            started_at: LocalInstant::new(started, offset)
                .map_err(|_| bad_value("time", &started.to_string()))?,
            duration_s: row.get("duration_s")?,
            count: row.get("count")?,
            intensity: row.get("intensity")?,
            locations: Vec::new(),
            triggers: Vec::new(),
            reliefs: Vec::new(),
            associated: Vec::new(),
            woke_from_sleep: row.get("woke_from_sleep")?,
            notes: row.get("notes")?,
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
    children_plain(tx, id, &d)?;
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

/// Inserts an episode's own row (not its children).
fn insert_row(conn: &rusqlite::Connection, id: &str, e: &Episode) -> Result<()> {
    let d = &e.draft;
    conn.prepare_cached(
        "INSERT INTO episode (id, kind, started_at, utc_offset_min, duration_s, count, intensity,
                              woke_from_sleep, notes, created_at, updated_at, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        id,
        d.kind.code(),
        d.started_at.utc_s(),
        d.started_at.offset_min(),
        d.duration_s,
        d.count,
        d.intensity,
        d.woke_from_sleep,
        d.notes,
        e.created_at_ms,
        e.updated_at_ms,
        e.deleted_at_ms
    ])?;
    Ok(())
}

impl Store {
    /// Saves a new episode durably and returns it as stored (triggers and reliefs given by
    /// name are resolved to vocabulary keys). Returns after the commit.
    pub fn insert_episode(&mut self, e: &Episode) -> Result<Episode> {
        let tx = self.conn.transaction()?;
        let id = e.id.hyphenated().to_string();
        insert_row(&tx, &id, e)?;
        let draft = write_children(&tx, &id, &e.draft, e.updated_at_ms)?;
        tx.commit()?;
        Ok(Episode { draft, ..e.clone() })
    }

    /// Saves many new episodes in one transaction: all of them or none.
    pub fn insert_episodes(&mut self, episodes: &[Episode]) -> Result<usize> {
        let tx = self.conn.transaction()?;
        for e in episodes {
            let id = e.id.hyphenated().to_string();
            insert_row(&tx, &id, e)?;
            write_children(&tx, &id, &e.draft, e.updated_at_ms)?;
        }
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
        let changed = tx.execute(
            "UPDATE episode SET kind = ?2, started_at = ?3, utc_offset_min = ?4, duration_s = ?5,
                    count = ?6, intensity = ?7, woke_from_sleep = ?8, notes = ?9, updated_at = ?10
             WHERE id = ?1",
            params![
                id_s,
                d.kind.code(),
                d.started_at.utc_s(),
                d.started_at.offset_min(),
                d.duration_s,
                d.count,
                d.intensity,
                d.woke_from_sleep,
                d.notes,
                now_ms
            ],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(id_s));
        }
        let draft = write_children(&tx, &id_s, d, now_ms)?;
        tx.commit()?;
        Ok(draft)
    }

    fn set_deleted(&mut self, id: Uuid, deleted_at: Option<i64>, now_ms: i64) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE episode SET deleted_at = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.hyphenated().to_string(), deleted_at, now_ms],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(id.to_string()));
        }
        Ok(())
    }

    /// Marks an episode deleted (it stays in the file so that Undo always works).
    pub fn soft_delete(&mut self, id: Uuid, now_ms: i64) -> Result<()> {
        self.set_deleted(id, Some(now_ms), now_ms)
    }

    /// Brings a deleted episode back.
    pub fn undo_delete(&mut self, id: Uuid, now_ms: i64) -> Result<()> {
        self.set_deleted(id, None, now_ms)
    }

    fn load_children(&self, e: &mut Episode) -> Result<()> {
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

    /// The ids of every episode here, deleted or not (an import compares against them
    /// once instead of looking up each row).
    pub fn episode_ids(&self) -> Result<std::collections::HashSet<Uuid>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM episode")?;
        let ids = stmt.query_map([], |r| {
            let id: String = r.get(0)?;
            Uuid::parse_str(&id).map_err(|_| bad_value("episode id", &id))
        })?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// One episode by id, deleted or not.
    pub fn get_episode(&self, id: Uuid) -> Result<Option<Episode>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT * FROM episode WHERE id = ?1")?;
        let found = stmt
            .query_row([id.hyphenated().to_string()], episode_from_row)
            .optional()?;
        match found {
            Some(mut e) => {
                self.load_children(&mut e)?;
                Ok(Some(e))
            }
            None => Ok(None),
        }
    }

    /// Episodes newest first (by start time, then id).
    pub fn list_episodes(&self, filter: &ListFilter) -> Result<Vec<Episode>> {
        let limit = if filter.limit == 0 { 100 } else { filter.limit };
        let (before_t, before_id) = match filter.before {
            Some((t, id)) => (Some(t), Some(id.hyphenated().to_string())),
            None => (None, None),
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT * FROM episode AS e
             WHERE (?1 OR deleted_at IS NULL)
               AND (?2 IS NULL OR started_at < ?2 OR (started_at = ?2 AND id < ?3))
               AND (?5 IS NULL OR kind = ?5)
               AND (?6 IS NULL OR EXISTS (SELECT 1 FROM episode_location l
                                          WHERE l.episode_id = e.id AND l.region = ?6))
               AND (?7 IS NULL OR EXISTS (SELECT 1 FROM episode_trigger t
                                          WHERE t.episode_id = e.id AND t.trigger_key = ?7))
               AND (?8 IS NULL OR notes LIKE ?8 ESCAPE '\\')
             ORDER BY started_at DESC, id DESC
             LIMIT ?4",
        )?;
        let text = filter
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(like_pattern);
        let mut out: Vec<Episode> = stmt
            .query_map(
                params![
                    filter.include_deleted,
                    before_t,
                    before_id,
                    limit,
                    filter.kind.map(Kind::code),
                    filter.region.map(Region::code),
                    filter.trigger,
                    text
                ],
                episode_from_row,
            )?
            .collect::<rusqlite::Result<_>>()?;
        for e in &mut out {
            self.load_children(e)?;
        }
        Ok(out)
    }

    /// The places of live episodes, most recently used first (by when the episode
    /// started), each (region, side) once: the "recent places" the Log screen offers.
    pub fn recent_places(&self, limit: usize) -> Result<Vec<Location>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.region, l.side FROM episode_location l
             JOIN episode e ON e.id = l.episode_id
             WHERE e.deleted_at IS NULL
             GROUP BY l.region, l.side
             ORDER BY max(e.started_at) DESC, l.region, l.side
             LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], location_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The most recently logged live episode.
    pub fn last_logged_episode(&self) -> Result<Option<Episode>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT * FROM episode WHERE deleted_at IS NULL
             ORDER BY created_at DESC, id DESC LIMIT 1",
        )?;
        let found = stmt.query_row([], episode_from_row).optional()?;
        match found {
            Some(mut e) => {
                self.load_children(&mut e)?;
                Ok(Some(e))
            }
            None => Ok(None),
        }
    }

    /// Number of live (not deleted) episodes.
    pub fn count_episodes(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM episode WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }
}

/// What to write in one import transaction.
#[derive(Debug, Default)]
pub struct ImportWrite<'a> {
    pub new: Vec<&'a Episode>,
    pub replace: Vec<&'a Episode>,
}

impl Store {
    /// Runs `f` inside one transaction: everything it writes lands, or nothing does.
    pub fn in_transaction<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        match f(self) {
            Ok(v) => {
                self.conn.execute_batch("COMMIT")?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Writes imported episodes: new ones inserted, others replaced whole (content,
    /// times and deletion mark), keeping ids. Call inside [`Store::in_transaction`].
    /// `progress` hears how many have been written, every 1,000.
    pub fn write_imported(
        &mut self,
        w: &ImportWrite<'_>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<()> {
        let mut written = 0usize;
        let mut tick = |progress: &mut dyn FnMut(usize)| {
            if written % 1000 == 0 {
                progress(written);
            }
            written += 1;
        };
        for e in &w.new {
            tick(progress);
            let id = e.id.hyphenated().to_string();
            insert_row(&self.conn, &id, e)?;
            children_plain(&self.conn, &id, &e.draft)?;
        }
        for e in &w.replace {
            tick(progress);
            let id = e.id.hyphenated().to_string();
            let d = &e.draft;
            self.conn
                .prepare_cached(
                    "UPDATE episode SET kind = ?2, started_at = ?3, utc_offset_min = ?4, duration_s = ?5,
                            count = ?6, intensity = ?7, woke_from_sleep = ?8, notes = ?9,
                            created_at = ?10, updated_at = ?11, deleted_at = ?12
                     WHERE id = ?1",
                )?
                .execute(params![
                    id,
                    d.kind.code(),
                    d.started_at.utc_s(),
                    d.started_at.offset_min(),
                    d.duration_s,
                    d.count,
                    d.intensity,
                    d.woke_from_sleep,
                    d.notes,
                    e.created_at_ms,
                    e.updated_at_ms,
                    e.deleted_at_ms
                ])?;
            children_plain(&self.conn, &id, d)?;
        }
        Ok(())
    }

    /// Every episode, deleted ones included, ordered by id (for exports).
    pub fn all_episodes(&self) -> Result<Vec<Episode>> {
        let mut v = self.list_episodes(&ListFilter {
            limit: u32::MAX,
            include_deleted: true,
            ..Default::default()
        })?;
        v.sort_by_key(|e| e.id);
        Ok(v)
    }
}

/// Writes an episode's child rows exactly as given (keys must exist); no vocabulary
/// resolution, no usage stamps: an import keeps the file's state.
fn children_plain(conn: &rusqlite::Connection, id: &str, d: &EpisodeDraft) -> Result<()> {
    for table in [
        "episode_location",
        "episode_trigger",
        "episode_relief",
        "episode_associated",
    ] {
        conn.prepare_cached(&format!("DELETE FROM {table} WHERE episode_id = ?1"))?
            .execute([id])?;
    }
    for (i, loc) in d.locations.iter().enumerate() {
        conn.prepare_cached(
            "INSERT INTO episode_location (episode_id, position, region, side) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id, i as i64, loc.region.code(), loc.side.code()])?;
    }
    for (i, key) in d.triggers.iter().enumerate() {
        conn.prepare_cached(
            "INSERT INTO episode_trigger (episode_id, position, trigger_key) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, i as i64, key])?;
    }
    for (i, r) in d.reliefs.iter().enumerate() {
        conn.prepare_cached(
            "INSERT INTO episode_relief (episode_id, position, relief_key, helped) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id, i as i64, r.relief, r.helped])?;
    }
    for (i, a) in d.associated.iter().enumerate() {
        conn.prepare_cached(
            "INSERT INTO episode_associated (episode_id, position, tag) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, i as i64, a.code()])?;
    }
    Ok(())
}
