//! Writing an import: the episodes exactly as the file has them, in one transaction.

use twinge_core::Episode;

use crate::rows::{children_plain, write_row, Children, RowWrite};
use crate::summary::{shift, SummaryDelta};
use crate::{Result, Store};

/// The page cache while an import writes: 64 MiB (SQLite's default is 2 MiB).
const IMPORT_CACHE: &str = "PRAGMA cache_size = -65536;";

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
            if written.is_multiple_of(1000) {
                progress(written);
            }
            written += 1;
        };
        // New rows and replacements are written alike: the file's version of the row.
        // A replaced episode's old rows leave the day summary first; the written
        // versions' rows are added together at the end.
        let mut summary = SummaryDelta::default();
        // In the order of their ids, so that the id index and the child tables (keyed
        // by episode id) grow at one end instead of at random pages, with room in the
        // page cache for a large import (the connection is opened afresh after it).
        let mut all: Vec<(&Episode, bool)> = w.new.iter().map(|e| (*e, false)).collect();
        all.extend(w.replace.iter().map(|e| (*e, true)));
        all.sort_unstable_by_key(|(e, _)| e.id);
        self.conn.execute_batch(IMPORT_CACHE)?;
        for (e, replaces) in all {
            tick(progress);
            let id = e.id.hyphenated().to_string();
            if replaces {
                shift(&self.conn, &id, -1)?;
            }
            write_row(&self.conn, &id, e, RowWrite::Put)?;
            let had = if replaces {
                Children::Some
            } else {
                Children::None
            };
            children_plain(&self.conn, &id, &e.draft, had)?;
            summary.add(e);
        }
        summary.write(&self.conn)?;
        Ok(())
    }

    /// Removes the episodes an earlier import of the file `origin_file` brought that are
    /// not among `keep` (the ids its new import writes): importing a file again with
    /// another mapping replaces what it brought. Call inside [`Store::in_transaction`].
    /// Returns how many went.
    pub fn remove_imported_from(
        &mut self,
        origin_file: &str,
        keep: &std::collections::HashSet<String>,
    ) -> Result<usize> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached("SELECT id FROM episode WHERE origin_file = ?1")?
            .query_map([origin_file], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut removed = 0;
        for id in ids.iter().filter(|id| !keep.contains(*id)) {
            shift(&self.conn, id, -1)?;
            removed += self
                .conn
                .prepare_cached("DELETE FROM episode WHERE id = ?1")?
                .execute([id])?;
        }
        Ok(removed)
    }
}
