//! Encryption at rest: a journal can be a SQLCipher database, opened with a raw
//! 256-bit key (derived from the passcode elsewhere, so SQLCipher's own key derivation
//! does not run again on every open). Without a key a journal is a plain SQLite file.

use std::path::Path;

use rusqlite::Connection;
use zeroize::{Zeroize, Zeroizing};

use crate::{Result, StoreError};

/// How the pages of an encrypted journal are laid out. Both use SQLCipher 4's AES-256
/// in CBC mode with a random IV and an HMAC per page; a file can only be read with the
/// layout it was written with, so the journal's key header names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cipher {
    /// 2,048-byte pages, HMAC-SHA256: a save (about eight small pages) encrypts and
    /// authenticates half the bytes of SQLCipher's defaults, and SHA-256 is the quicker
    /// hash on processors with SHA extensions. Journals encrypted from key header 2 on.
    Compact,
    /// SQLCipher 4's defaults (4,096-byte pages, HMAC-SHA512): journals encrypted with
    /// key header 1, which stay readable as they are.
    Sqlcipher4,
}

impl Cipher {
    /// The pragmas that select this layout on `schema` ("main" or an attached name),
    /// given after its key.
    fn pragmas(self, schema: &str) -> String {
        match self {
            Cipher::Compact => format!(
                "PRAGMA {schema}.cipher_page_size = 2048; \
                 PRAGMA {schema}.cipher_hmac_algorithm = HMAC_SHA256;"
            ),
            Cipher::Sqlcipher4 => String::new(),
        }
    }
}

/// The raw key of an encrypted journal and the layout of its pages. The key is
/// overwritten with zeros when dropped.
#[derive(Clone)]
pub struct Key([u8; 32], Cipher);

impl Key {
    /// A key for a journal encrypted the current way ([`Cipher::Compact`]).
    pub fn new(bytes: [u8; 32]) -> Key {
        Key(bytes, Cipher::Compact)
    }

    /// A key for a journal whose pages are laid out as `cipher` says.
    pub fn with_cipher(bytes: [u8; 32], cipher: Cipher) -> Key {
        Key(bytes, cipher)
    }

    pub fn cipher(&self) -> Cipher {
        self.1
    }

    /// Appends the key as SQLCipher takes a raw key: `"x'…'"` with 64 hex digits.
    fn push_pragma_value(&self, out: &mut String) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.push_str("\"x'");
        for b in self.0 {
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
        out.push_str("'\"");
    }

    /// `PRAGMA key` and the layout's pragmas, for a connection that has read nothing yet.
    /// The text is wiped when dropped.
    pub(crate) fn pragmas(&self) -> Zeroizing<String> {
        let mut sql = secret_text(256);
        sql.push_str("PRAGMA key = ");
        self.push_pragma_value(&mut sql);
        sql.push_str("; ");
        sql.push_str(&self.1.pragmas("main"));
        sql
    }
}

/// SQLCipher wipes the memory it frees (statement texts holding a key among it) only
/// when asked to: asked before every key is handed over.
pub(crate) const SECURE_MEMORY: &str = "PRAGMA cipher_memory_security = ON;";

/// An empty string with room for `capacity` bytes, wiped when dropped. Text holding key
/// material is built in one such buffer, never grown by reallocating (which would leave
/// a copy behind in freed memory).
fn secret_text(capacity: usize) -> Zeroizing<String> {
    Zeroizing::new(String::with_capacity(capacity))
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.0 == other.0 && self.1 == other.1
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
    // SQLCipher wipes the memory it frees (the statement's text among it) only when
    // asked to; the key's hex text must not linger in the process.
    conn.execute_batch(SECURE_MEMORY)?;
    conn.execute_batch(&key.pragmas())?;
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

/// `ATTACH … KEY` for a copy: encrypted with `key` (and its layout), or plain without one.
/// The text is wiped when dropped.
pub(crate) fn attach_sql(path: &Path, alias: &str, key: Option<&Key>) -> Zeroizing<String> {
    let file = path.to_string_lossy().replace('\'', "''");
    let mut sql = secret_text(file.len() + 4 * alias.len() + 256);
    sql.push_str("ATTACH DATABASE '");
    sql.push_str(&file);
    sql.push_str("' AS ");
    sql.push_str(alias);
    match key {
        Some(key) => {
            sql.push_str(" KEY ");
            key.push_pragma_value(&mut sql);
            sql.push_str("; ");
            sql.push_str(&key.1.pragmas(alias));
        }
        None => sql.push_str(" KEY '';"),
    }
    sql
}
