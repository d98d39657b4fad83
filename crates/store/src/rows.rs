//! An episode's rows as written: its own row and its child rows (places, triggers,
//! reliefs, symptoms). Shared by a save (episodes.rs) and an import (import.rs).

use rusqlite::params;
use twinge_core::{Episode, EpisodeDraft};

use crate::Result;

/// How an episode's own row is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowWrite {
    /// A new episode: a row with its id already there is an error.
    New,
    /// An import's version: a new row, or every column of the row with its id replaced.
    Put,
    /// An edit: the content and `updated_at` of the row with its id replaced; its
    /// `created_at`, `deleted_at` and origin stay.
    Edit,
}

/// Every column of an episode's row, bound as `?1` … `?18` in this order by each write.
const INSERT: &str = "INSERT INTO episode (id, kind, started_at, utc_offset_min, duration_s,
                              count, intensity, woke_from_sleep, notes, created_at,
                              updated_at, deleted_at, timing, origin_app, origin_file,
                              origin_value, origin_scale, set_off)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18)";

/// An edit names only the columns it changes; the others' values are bound and unused.
const EDIT: &str = "UPDATE episode SET kind = ?2, started_at = ?3, utc_offset_min = ?4,
                duration_s = ?5, count = ?6, intensity = ?7, woke_from_sleep = ?8,
                notes = ?9, updated_at = ?11, timing = ?13, set_off = ?18
         WHERE id = ?1";

/// Writes an episode's own row (not its children); returns how many rows changed (an
/// edit of an id that is not there changes none).
pub(crate) fn write_row(
    conn: &rusqlite::Connection,
    id: &str,
    e: &Episode,
    how: RowWrite,
) -> Result<usize> {
    let sql = match how {
        RowWrite::New => INSERT.to_string(),
        RowWrite::Edit => EDIT.to_string(),
        RowWrite::Put => {
            INSERT.to_string()
                + " ON CONFLICT (id) DO UPDATE SET
               kind = excluded.kind, started_at = excluded.started_at,
               utc_offset_min = excluded.utc_offset_min, duration_s = excluded.duration_s,
               count = excluded.count, intensity = excluded.intensity,
               woke_from_sleep = excluded.woke_from_sleep, notes = excluded.notes,
               created_at = excluded.created_at, updated_at = excluded.updated_at,
               deleted_at = excluded.deleted_at, timing = excluded.timing,
               origin_app = excluded.origin_app, origin_file = excluded.origin_file,
               origin_value = excluded.origin_value, origin_scale = excluded.origin_scale,
               set_off = excluded.set_off"
        }
    };
    let d = &e.draft;
    let origin = d.origin.as_ref();
    Ok(conn.prepare_cached(&sql)?.execute(params![
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
        e.deleted_at_ms,
        d.timing.code(),
        origin.map(|o| &o.app),
        origin.map(|o| &o.file),
        origin.and_then(|o| o.value.as_ref()),
        origin.and_then(|o| o.scale.as_ref()),
        d.set_off
    ])?)
}

/// Whether an episode being written may already have child rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Children {
    /// A new episode: there is nothing to remove first.
    None,
    /// An edited or replaced one: its old places, triggers, reliefs and symptoms go.
    Some,
}

/// Writes an episode's child rows exactly as given (keys must exist); no vocabulary
/// resolution, no usage stamps: an import keeps the file's state.
pub(crate) fn children_plain(
    conn: &rusqlite::Connection,
    id: &str,
    d: &EpisodeDraft,
    had: Children,
) -> Result<()> {
    if had == Children::Some {
        for table in [
            "episode_location",
            "episode_trigger",
            "episode_relief",
            "episode_associated",
        ] {
            conn.prepare_cached(&format!("DELETE FROM {table} WHERE episode_id = ?1"))?
                .execute([id])?;
        }
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
