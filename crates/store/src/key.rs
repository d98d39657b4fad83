//! Encryption at rest: a journal can be a SQLCipher database, opened with a raw
//! 256-bit key (derived from the passcode elsewhere, so SQLCipher's own key derivation
//! does not run again on every open). Without a key a journal is a plain SQLite file.

use std::path::Path;

use rusqlite::Connection;
use zeroize::Zeroize;

use crate::{Result, StoreError};

/// The raw key of an encrypted journal. Overwritten with zeros when dropped.
#[derive(Clone)]
pub struct Key([u8; 32]);

impl Key {
    pub fn new(bytes: [u8; 32]) -> Key {
        Key(bytes)
    }

    /// The key as SQLCipher takes a raw key: `x'…'` with 64 hex digits.
    pub(crate) fn pragma_value(&self) -> String {
        let hex: String = self.0.iter().map(|b| format!("{b:02x}")).collect();
        format!("\"x'{hex}'\"")
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.0 == other.0
    }
}

impl Eq for Key {}

impl Drop for Key {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// Hands the key to a connection that has not read anything yet, then proves it is
/// the right one by reading the schema; a wrong key reads nothing and writes nothing.
pub(crate) fn apply(conn: &Connection, key: &Key, path: &Path) -> Result<()> {
    conn.execute_batch(&format!("PRAGMA key = {};", key.pragma_value()))?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(StoreError::WrongKey {
                path: path.to_path_buf(),
            })
        }
        Err(e) => Err(e.into()),
    }
}

/// `ATTACH … KEY` for a copy: encrypted with `key`, or plain without one.
pub(crate) fn attach_sql(path: &Path, alias: &str, key: Option<&Key>) -> String {
    let file = path.to_string_lossy().replace('\'', "''");
    let key = key.map_or_else(|| "''".to_string(), Key::pragma_value);
    format!("ATTACH DATABASE '{file}' AS {alias} KEY {key};")
}
