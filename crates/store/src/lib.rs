//! Twinge's journal on disk: one SQLite file opened with durable settings
//! (WAL, `synchronous=FULL`, foreign keys on), migrated by the numbered SQL
//! files in the top-level `migrations/` folder (embedded in the binary and
//! tracked by `PRAGMA user_version`), and the queries over it.
//!
//! Invariants: a database written by a newer version is refused and left
//! byte-for-byte untouched; a file that is not a healthy database is reported,
//! never replaced; before any migration of an existing journal a copy is made
//! with the SQLite backup API. This crate never reads the clock: times are passed in.

mod checkins;
mod checkpoint;
mod connect;
mod copy;
mod episodes;
mod import;
mod insights;
mod key;
mod kinds;
pub mod lock;
mod migrations;
mod open;
pub mod private;
mod read;
mod records;
mod rows;
mod summary;
mod table;
mod vocab;

pub use checkins::{Checkin, FactorEntry};
pub use copy::FileCheck;
pub use import::ImportWrite;
pub use key::{Cipher, Key};
pub use lock::{Exclusive, Gate, JournalLock};
pub use migrations::LATEST_VERSION;
pub use open::{Store, BACKUP_SUFFIX, DB_FILE_NAME};
pub use read::ListFilter;
pub use records::{Appointment, MedicationChange};
pub use twinge_core::DayRatings;
pub use vocab::{ReliefEntry, TriggerEntry, VocabKind};

use std::path::PathBuf;

/// What can go wrong with the journal file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "this journal was written by a newer version of Twinge (schema {found}; this version \
         understands up to {supported}). Update Twinge to open it; the file was not changed."
    )]
    TooNew { found: i64, supported: i64 },
    #[error(
        "{path} is not a Twinge journal (it is not an SQLite database). It was left as it is."
    )]
    NotADatabase { path: PathBuf },
    #[error(
        "the journal at {path} is damaged ({detail}). It was left as it is; restore a backup \
         or ask for help."
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error("the passcode does not open the journal at {path}. Nothing was changed.")]
    WrongKey { path: PathBuf },
    #[error("the journal could not be upgraded: {0}")]
    Migration(String),
    /// Another process (or window) has the journal open, or is changing it.
    #[error("{0}")]
    Busy(String),
    #[error("no episode with id {0}")]
    NotFound(String),
    #[error("the journal file could not be read or written: {0}")]
    Io(#[from] std::io::Error),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("a row of the journal could not be read: {0}")]
    Row(String),
}

impl StoreError {
    /// The stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::TooNew { .. } => "database_too_new",
            StoreError::NotADatabase { .. } => "not_a_database",
            StoreError::Corrupt { .. } => "database_corrupt",
            StoreError::WrongKey { .. } => "wrong_passcode",
            StoreError::Migration(_) => "migration_failed",
            StoreError::Busy(_) => "journal_in_use",
            StoreError::NotFound(_) => "not_found",
            StoreError::Io(_) => "io_error",
            _ if self.is_disk_full() => "disk_full",
            StoreError::Sqlite(_) | StoreError::Row(_) => "database_error",
        }
    }

    /// Whether SQLite could not write because the disk is full, or because the system
    /// refused a write (on a full disk that is what the write-ahead log meets first).
    pub fn is_disk_full(&self) -> bool {
        use rusqlite::ErrorCode;
        matches!(self, StoreError::Sqlite(e) if matches!(
            e.sqlite_error_code(),
            Some(ErrorCode::DiskFull | ErrorCode::SystemIoFailure)
        ))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
