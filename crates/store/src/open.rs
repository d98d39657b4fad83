//! Opening, checking, migrating and backing up the journal file.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use std::sync::Arc;

use crate::connect::{
    check_on, check_read_only, connect, harden, map_open_error, needs_recovery, problems_of,
    read_header,
};
use crate::migrations::{migrations, LATEST_VERSION};
use crate::{JournalLock, Key, Result, StoreError};

/// The journal's file name inside the data folder.
pub const DB_FILE_NAME: &str = "twinge.db";
/// Suffix of the copies made before a migration.
pub const BACKUP_SUFFIX: &str = ".bak";

/// Whether a file about to be opened was already checked with `quick_check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Checked {
    NotYet,
    /// Opened and checked before, written only by this process since.
    Already,
}

/// An open journal.
pub struct Store {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    /// The key of an encrypted journal (kept to reopen it and to key its copies).
    key: Option<Key>,
    /// Runs the checkpoints of a journal file off the save path.
    checkpointer: Option<crate::checkpoint::Checkpointer>,
    /// The shared hold on the data folder's journal (a journal opened in its folder).
    lock: Option<Arc<JournalLock>>,
}

impl Drop for Store {
    fn drop(&mut self) {
        if let Some(c) = self.checkpointer.take() {
            c.stop(&self.conn);
        }
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating if missing) the journal in `data_dir`, migrating it to the latest
    /// schema, with a shared hold on it for as long as the store is open.
    pub fn open_in_dir(data_dir: &Path) -> Result<Store> {
        Self::open_locked(Arc::new(JournalLock::shared(data_dir)?), None)
    }

    /// Opens (creating if missing) the encrypted journal in `data_dir` with its key. A
    /// wrong key is [`StoreError::WrongKey`] and leaves every file as it was.
    pub fn open_in_dir_with_key(data_dir: &Path, key: &Key) -> Result<Store> {
        Self::open_locked(Arc::new(JournalLock::shared(data_dir)?), Some(key))
    }

    /// Opens the journal of the folder `lock` holds, encrypted with `key` or plain: a
    /// journal reopened after a structural change keeps the hold it had.
    pub fn open_locked(lock: Arc<JournalLock>, key: Option<&Key>) -> Result<Store> {
        let path = lock.dir().join(DB_FILE_NAME);
        Self::open_with(&path, Checked::NotYet, key, Some(lock))
    }

    /// The shared hold on the journal's folder (none for a file opened elsewhere).
    pub fn lock(&self) -> Option<&Arc<JournalLock>> {
        self.lock.as_ref()
    }

    /// Opens (creating if missing) the journal at `path`, migrating it to the latest schema.
    /// An existing file is first checked with `PRAGMA quick_check`.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, Checked::NotYet, None, None)
    }

    /// Opens (creating if missing) the journal file at `path`, encrypted with `key` or
    /// plain, checking and migrating it like any journal.
    pub fn open_file(path: &Path, key: Option<&Key>) -> Result<Store> {
        Self::open_with(path, Checked::NotYet, key, None)
    }

    /// Whether `path` is a plain (not encrypted) SQLite database, from its header alone.
    pub fn is_plain_database(path: &Path) -> Result<bool> {
        Ok(matches!(read_header(path, None)?, Some((true, _))))
    }

    /// Whether this journal is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// The key of an encrypted journal, for copies of it (backups, restores).
    pub fn key(&self) -> Option<&Key> {
        self.key.as_ref()
    }

    fn open_with(
        path: &Path,
        checked: Checked,
        key: Option<&Key>,
        lock: Option<Arc<JournalLock>>,
    ) -> Result<Store> {
        let quick_check = checked == Checked::NotYet;
        let existing = match read_header(path, key)? {
            None => None,
            Some((false, _)) => {
                return Err(StoreError::NotADatabase {
                    path: path.to_path_buf(),
                })
            }
            Some((true, version)) => {
                if version > LATEST_VERSION {
                    return Err(StoreError::TooNew {
                        found: version,
                        supported: LATEST_VERSION,
                    });
                }
                Some(version)
            }
        };

        let mut recover_then_check = false;
        if existing.is_some() && quick_check {
            // Checked through a read-only connection first: closing a read-write one
            // would checkpoint a write-ahead log left beside the file into it, so a
            // file refused here would no longer be the file the user had.
            match check_read_only(path, key) {
                Ok(()) => {}
                // After a crash the log is recovered by the read-write connection, and
                // the same checks run there, before anything is written.
                Err(e) if needs_recovery(&e) => recover_then_check = true,
                Err(e) => return Err(e),
            }
        }
        if existing.is_none() {
            // SQLite would create the file (and then its -wal and -shm, with the same
            // permissions) as the umask says; made here first, it is the user's alone.
            crate::private::create_file(path)?;
        }
        let conn = connect(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| map_open_error(path, e))?;
        harden(&conn)?;
        if let Some(key) = key {
            crate::key::apply(&conn, key, path)?;
        }
        if recover_then_check {
            check_on(&conn, path)?;
        }
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
            key: key.cloned(),
            checkpointer: None,
            lock,
        };
        store.prepare_existing(path).map_err(|e| match e {
            StoreError::Sqlite(e) => map_open_error(path, e),
            other => other,
        })?;
        // A journal from before files were private: narrow it and its log now (best
        // effort: a read-only copy still opens).
        let _ = crate::private::narrow_journal(path);
        store.checkpointer = Some(crate::checkpoint::Checkpointer::start(
            &store.conn,
            path,
            key,
        )?);
        Ok(store)
    }

    fn prepare_existing(&mut self, path: &Path) -> Result<()> {
        self.configure()?;
        let version = self.schema_version()?;
        if version > 0 && version < LATEST_VERSION {
            // Copy and upgrade with the journal to this process alone: another process
            // must not write to the old schema while it is copied and changed.
            let lock = self.lock.clone();
            let _alone = lock.as_deref().map(JournalLock::exclusive).transpose()?;
            self.backup_before_migration(path, version)?;
            self.migrate()?;
        } else {
            self.migrate()?;
        }
        self.seed_vocabularies()?;
        Ok(())
    }

    /// A store that stands in while the journal's file is closed for a structural
    /// change: a connection to nothing, read-only, with no schema, so that any use of
    /// it fails rather than saving anywhere.
    pub fn closed_stand_in() -> Store {
        let conn = Connection::open_in_memory_with_flags(
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .or_else(|_| Connection::open_in_memory())
        .expect("SQLite opens an empty in-memory database");
        Store {
            conn,
            path: None,
            key: None,
            checkpointer: None,
            lock: None,
        }
    }

    /// A journal in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = connect(
            Path::new(":memory:"),
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_MEMORY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        harden(&conn)?;
        let mut store = Store {
            conn,
            path: None,
            key: None,
            checkpointer: None,
            lock: None,
        };
        store.configure()?;
        store.migrate()?;
        store.seed_vocabularies()?;
        Ok(store)
    }

    fn configure(&self) -> Result<()> {
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if self.path.is_some() && !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Migration(format!(
                "the journal could not be switched to write-ahead logging (mode {mode})"
            )));
        }
        self.conn.set_prepared_statement_cache_capacity(64);
        // secure_delete: a purged episode's text is overwritten in the file, not left
        // in a free page.
        self.conn.execute_batch(
            "PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA secure_delete = ON;
             PRAGMA busy_timeout = 5000;
             PRAGMA journal_size_limit = 4194304;",
        )?;
        Ok(())
    }

    fn migrate(&mut self) -> Result<()> {
        // Foreign keys are off while the schema changes (a step may build a table anew,
        // and dropping the old one must not take its children along); a step that does
        // checks them before it commits.
        self.conn.execute_batch("PRAGMA foreign_keys = OFF")?;
        let migrated = migrations()
            .to_latest(&mut self.conn)
            .map_err(|e| StoreError::Migration(e.to_string()));
        self.conn.execute_batch("PRAGMA foreign_keys = ON")?;
        migrated
    }

    /// Copies the journal next to itself (`twinge.db.v1.bak`, or `.v1.2.bak` … when taken)
    /// with the SQLite backup API.
    fn backup_before_migration(&self, path: &Path, from_version: i64) -> Result<PathBuf> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| DB_FILE_NAME.to_string());
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut target = dir.join(format!("{name}.v{from_version}{BACKUP_SUFFIX}"));
        let mut n = 2;
        while target.exists() {
            target = dir.join(format!("{name}.v{from_version}.{n}{BACKUP_SUFFIX}"));
            n += 1;
        }
        self.backup_to(&target)?;
        Ok(target)
    }

    /// Closes and reopens the connection to a journal file, after a bulk write: a
    /// connection that has just written hundreds of thousands of rows was measured
    /// three times slower at the Insights queries than a fresh one.
    pub fn reconnect(&mut self) -> Result<()> {
        if let Some(path) = self.path.clone() {
            self.checkpoint()?;
            // The file was checked when first opened and written only by us since.
            let key = self.key.clone();
            let lock = self.lock.clone();
            *self = Store::open_with(&path, Checked::Already, key.as_ref(), lock)?;
        }
        Ok(())
    }

    /// Copies the write-ahead log into the database file and empties it; worth doing
    /// after a bulk write so that later reads do not wade through a large log.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// The schema version recorded in the file (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Runs `PRAGMA integrity_check`; an empty list means the file is healthy.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        self.check_with("PRAGMA integrity_check")
    }

    fn check_with(&self, sql: &str) -> Result<Vec<String>> {
        problems_of(&self.conn, sql)
    }

    /// Where the journal lives, `None` in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}
