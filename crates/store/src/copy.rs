//! Copies of the journal: backups (the backup API, with the journal's key when it is
//! encrypted), exports to a file with another key or none (setting, changing or
//! removing a passcode), and checks of a file before it is restored or imported.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::connect::{connect, harden, map_check_error, map_open_error, read_header};
use crate::{Key, Result, Store, StoreError, LATEST_VERSION};

/// Copies every page of `source` into a new file at `target` (readable by the user
/// only) with the backup API; the copy is encrypted with `key` when there is one, and
/// is one self-contained file (no write-ahead log beside it).
fn copy_pages(source: &Connection, target: &Path, key: Option<&Key>) -> Result<()> {
    crate::private::create_file(target)?;
    let mut copy = connect(target, OpenFlags::default())?;
    harden(&copy)?;
    if let Some(key) = key {
        copy.execute_batch(crate::key::SECURE_MEMORY)?;
        copy.execute_batch(&key.pragmas())?;
    }
    {
        let backup = rusqlite::backup::Backup::new(source, &mut copy)?;
        backup.run_to_completion(256, std::time::Duration::ZERO, None)?;
    }
    copy.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
    Ok(())
}

impl Store {
    /// Writes a consistent copy of the whole journal to `target` with the SQLite backup API.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        copy_pages(&self.conn, target, self.key())
    }

    /// Writes the whole journal to a new file at `target`, encrypted with `key` or plain
    /// without one (`sqlcipher_export`): how a passcode is set, changed or removed.
    pub fn export_to(&self, target: &Path, key: Option<&Key>) -> Result<()> {
        export(&self.conn, target, key)
    }

    /// Writes a copy of the journal file at `source` (read with `source_key`, or plain)
    /// to a new file at `target`, encrypted with `key` or plain: how the copies Twinge
    /// keeps follow a passcode that is set, changed or removed. The source is read as it
    /// is (never migrated, nothing written to it).
    pub fn rekey_file(
        source: &Path,
        source_key: Option<&Key>,
        target: &Path,
        key: Option<&Key>,
    ) -> Result<()> {
        let conn = connect(source, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .map_err(|e| map_open_error(source, e))?;
        harden(&conn)?;
        if let Some(k) = source_key {
            crate::key::apply(&conn, k, source)?;
        }
        export(&conn, target, key).map_err(|e| match e {
            StoreError::Sqlite(e) => map_open_error(source, e),
            other => other,
        })
    }
}

/// `sqlcipher_export` of the connection's main database into a new file at `target`,
/// keeping its schema version.
fn export(conn: &Connection, target: &Path, key: Option<&Key>) -> Result<()> {
    crate::private::create_file(target)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if key.is_some() {
        conn.execute_batch(crate::key::SECURE_MEMORY)?;
    }
    let attach = crate::key::attach_sql(target, "copy", key);
    conn.execute_batch(&attach)?;
    let exported = conn
        .query_row("SELECT sqlcipher_export('copy')", [], |_| Ok(()))
        .and_then(|()| conn.execute_batch(&format!("PRAGMA copy.user_version = {version};")));
    conn.execute_batch("DETACH DATABASE copy;")?;
    exported?;
    Ok(())
}

/// What a checked journal file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCheck {
    pub schema_version: i64,
    pub episodes: i64,
}

impl Store {
    /// Checks a journal file without changing it: an SQLite database of a schema this
    /// version understands, passing `integrity_check`. Used for backups and restores.
    pub fn check_file(path: &Path) -> Result<FileCheck> {
        Self::check_file_with_key(path, None)
    }

    /// [`Store::check_file`] of a file encrypted with `key` (or plain without one).
    pub fn check_file_with_key(path: &Path, key: Option<&Key>) -> Result<FileCheck> {
        match read_header(path, key)? {
            None => {
                return Err(StoreError::NotADatabase {
                    path: path.to_path_buf(),
                })
            }
            Some((false, _)) => {
                return Err(StoreError::NotADatabase {
                    path: path.to_path_buf(),
                })
            }
            Some((true, v)) if v > LATEST_VERSION => {
                return Err(StoreError::TooNew {
                    found: v,
                    supported: LATEST_VERSION,
                })
            }
            Some(_) => {}
        }
        let conn =
            connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| map_open_error(path, e))?;
        harden(&conn)?;
        if let Some(key) = key {
            crate::key::apply(&conn, key, path)?;
        }
        // Twinge's schema has no triggers and no views: a file with any was not made by
        // Twinge (or was altered), and is not restored or imported.
        let foreign = || -> rusqlite::Result<Vec<String>> {
            conn.prepare(
                "SELECT type || ' ' || name FROM sqlite_schema WHERE type IN ('trigger', 'view')",
            )?
            .query_map([], |r| r.get(0))?
            .collect()
        };
        let foreign = foreign().map_err(|e| map_check_error(path, e))?;
        if !foreign.is_empty() {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: format!(
                    "it holds what a Twinge journal never has ({})",
                    foreign.join(", ")
                ),
            });
        }
        let check = || -> rusqlite::Result<(Vec<String>, i64, i64)> {
            let mut stmt = conn.prepare("PRAGMA integrity_check")?;
            let problems = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let episodes: i64 = if version >= 1 {
                conn.query_row(
                    "SELECT count(*) FROM episode WHERE deleted_at IS NULL",
                    [],
                    |r| r.get(0),
                )?
            } else {
                0
            };
            Ok((problems, version, episodes))
        };
        let (problems, version, episodes) = check().map_err(|e| map_check_error(path, e))?;
        let problems: Vec<String> = problems.into_iter().filter(|p| p != "ok").collect();
        if !problems.is_empty() {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: problems.join("; "),
            });
        }
        Ok(FileCheck {
            schema_version: version,
            episodes,
        })
    }

    /// Copies the journal file at `source` (encrypted with `key`, or plain) to `target`
    /// with the SQLite backup API; the copy has the same key and no log beside it.
    pub fn copy_database(source: &Path, target: &Path, key: Option<&Key>) -> Result<()> {
        let conn = connect(source, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| map_open_error(source, e))?;
        harden(&conn)?;
        if let Some(key) = key {
            crate::key::apply(&conn, key, source)?;
        }
        copy_pages(&conn, target, key)
    }
}
