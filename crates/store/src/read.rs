//! Reading episodes: one by id, pages of a filtered list, recent places, counts.

use rusqlite::{params, OptionalExtension};
use twinge_core::{Episode, Kind, Location, Region};
use uuid::Uuid;

use crate::episodes::{bad_value, episode_from_row, location_from_row};
use crate::{Result, Store};

/// Which episodes to list, newest first.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// At most this many (0 means 100).
    pub limit: u32,
    /// Only episodes that started before this one (`started_at` seconds, id): paging.
    pub before: Option<(i64, Uuid)>,
    /// Only episodes that started at or after this instant (`started_at` seconds).
    pub since: Option<i64>,
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

impl Store {
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
               AND (?9 IS NULL OR started_at >= ?9)
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
                    text,
                    filter.since
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
    ///
    /// The day summary says, newest day first, on which day the `limit`-th place was
    /// last used (or the oldest place, when there are fewer); only the episodes from
    /// that day on are read, through the index by start, instead of every place of
    /// every episode (150 ms at 200,000 episodes, now well under a millisecond).
    pub fn recent_places(&self, limit: usize) -> Result<Vec<Location>> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let mut days = self.conn.prepare_cached(&format!(
            "SELECT day, key FROM day_summary WHERE dim = {} ORDER BY day DESC",
            crate::summary::PLACE
        ))?;
        let mut rows = days.query([])?;
        let mut seen = std::collections::HashSet::new();
        let mut since_day = None;
        while let Some(row) = rows.next()? {
            if seen.insert(row.get::<_, String>(1)?) {
                since_day = Some(row.get::<_, i64>(0)?);
                if seen.len() == limit {
                    break;
                }
            }
        }
        let Some(since_day) = since_day else {
            return Ok(Vec::new());
        };
        // A local day starts at most 14 hours before midnight UTC of its date.
        let since = since_day * 86_400 - 14 * 3_600;
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.region, l.side FROM episode e
             JOIN episode_location l ON l.episode_id = e.id
             WHERE e.deleted_at IS NULL AND e.started_at >= ?2
             GROUP BY l.region, l.side
             ORDER BY max(e.started_at) DESC, l.region, l.side
             LIMIT ?1",
        )?;
        let rows = stmt.query_map(params![limit as i64, since], location_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The most recently logged live episode (logged here: an imported one is not "the
    /// last one logged").
    pub fn last_logged_episode(&self) -> Result<Option<Episode>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT * FROM episode WHERE deleted_at IS NULL AND origin_app IS NULL
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
