//! Connecting to a journal file: every connection hardened, the header read without
//! opening the file, and the too-new and damaged checks made before anything writes.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use crate::migrations::LATEST_VERSION;
use crate::{Key, Result, StoreError};

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Reads the SQLite header without opening the database, so that nothing is
/// written to a file we may refuse. Returns `None` for a missing or empty file. A file
/// opened with a `key` is encrypted, header included: it counts as a database whose
/// version SQLite tells once the key has opened it (reported here as 0).
pub(crate) fn read_header(path: &Path, key: Option<&Key>) -> Result<Option<(bool, i64)>> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let mut header = [0u8; 100];
    let mut read = 0;
    while read < header.len() {
        let n = file.read(&mut header[read..])?;
        if n == 0 {
            break;
        }
        read += n;
    }
    if read == 0 {
        return Ok(None);
    }
    if key.is_some() {
        return Ok(Some((true, 0)));
    }
    if read < header.len() || &header[..16] != SQLITE_MAGIC {
        return Ok(Some((false, 0)));
    }
    let user_version = i32::from_be_bytes([header[60], header[61], header[62], header[63]]);
    Ok(Some((true, i64::from(user_version))))
}

/// Opens a connection, after SQLite (and SQLCipher's extras) finished starting up.
///
/// SQLite marks itself started before SQLCipher registers its own functions
/// (`sqlcipher_export` among them), so a connection opened by a second thread in that
/// moment lacked them (seen in the test suite: "no such function: sqlcipher_export").
/// The first connection of the process is therefore opened alone.
pub(crate) fn connect(path: &Path, flags: OpenFlags) -> rusqlite::Result<Connection> {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let _ = Connection::open_in_memory();
    });
    Connection::open_with_flags(path, flags)
}

/// Every connection distrusts the file's schema: SQLite's defensive mode (no writes to
/// the schema or shadow tables by plain SQL) and `trusted_schema` off (views and
/// triggers in a file cannot call functions with side effects).
pub(crate) fn harden(conn: &Connection) -> Result<()> {
    // SQLCipher would print its own lines on a wrong key; the caller says it in words.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    Ok(())
}

pub(crate) fn map_open_error(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
        _ => StoreError::Sqlite(e),
    }
}

/// What an integrity check that could not run says of the file: a page that cannot be
/// read at all fails the check itself, and SQLCipher says "SQL logic error" of a page
/// whose authentication code does not match.
pub(crate) fn map_check_error(path: &Path, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::Unknown) => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: "a page of it cannot be read".into(),
        },
        _ => map_open_error(path, e),
    }
}

/// The lines of a check pragma that are not "ok".
pub(crate) fn problems_of(conn: &Connection, sql: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().filter(|r| r != "ok").collect())
}

/// The too-new and damaged checks of an existing file, on a read-only connection that
/// is closed before anything may write. The schema version is asked of SQLite itself:
/// the header can lag behind a write-ahead log left by a crash.
pub(crate) fn check_read_only(path: &Path, key: Option<&Key>) -> Result<()> {
    let conn = connect(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| map_open_error(path, e))?;
    harden(&conn)?;
    if let Some(key) = key {
        crate::key::apply(&conn, key, path)?;
    }
    check_on(&conn, path)
}

/// The too-new and damaged checks on an open connection.
pub(crate) fn check_on(conn: &Connection, path: &Path) -> Result<()> {
    let checks = || -> Result<()> {
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > LATEST_VERSION {
            return Err(StoreError::TooNew {
                found: version,
                supported: LATEST_VERSION,
            });
        }
        let problems = problems_of(conn, "PRAGMA quick_check").map_err(|e| match e {
            StoreError::Sqlite(e) => map_check_error(path, e),
            other => other,
        })?;
        if !problems.is_empty() {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: problems.join("; "),
            });
        }
        Ok(())
    };
    checks().map_err(|e| match e {
        StoreError::Sqlite(e) => map_open_error(path, e),
        other => other,
    })
}

/// Whether a read-only connection could not read the file because its write-ahead
/// log must first be recovered (a process was killed with the journal open), which
/// only a read-write connection may do.
pub(crate) fn needs_recovery(e: &StoreError) -> bool {
    matches!(e, StoreError::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly))
}
