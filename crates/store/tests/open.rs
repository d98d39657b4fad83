//! Opening journals: new, upgraded, too new, not a database, damaged.

use std::path::Path;

mod common;

use common::{new_journal_file, plain_episode as episode, rusqlite_conn};
use twinge_store::{ListFilter, Store, StoreError, DB_FILE_NAME, LATEST_VERSION};

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_new_journal_is_created_durable_and_at_the_latest_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_dir(dir.path()).unwrap();
    assert_eq!(s.schema_version().unwrap(), LATEST_VERSION);
    s.insert_episode(&episode(1)).unwrap();
    drop(s);
    let s = Store::open_in_dir(dir.path()).unwrap();
    let list = s.list_episodes(&ListFilter::default()).unwrap();
    assert_eq!(list, vec![episode(1)]);
    let conn = rusqlite_conn(&dir.path().join(DB_FILE_NAME));
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert!(s.integrity_check().unwrap().is_empty());
}

#[test]
fn a_newer_journal_is_refused_and_left_byte_for_byte_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    {
        let conn = rusqlite_conn(&path);
        conn.execute_batch(
            "CREATE TABLE future (x INTEGER); INSERT INTO future VALUES (42);
             PRAGMA user_version = 99;",
        )
        .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let files_before = files_in(dir.path());
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::TooNew { found: 99, .. }),
        "{err:?}"
    );
    assert_eq!(err.code(), "database_too_new");
    assert!(err.to_string().contains("newer version of Twinge"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(
        files_in(dir.path()),
        files_before,
        "no -wal, -shm or backup left behind"
    );
}

/// A journal whose newer schema is still in its write-ahead log (a newer Twinge was
/// killed before a checkpoint): the header says an old version, the log says 99.
#[test]
fn a_newer_journal_in_its_write_ahead_log_is_refused_and_both_files_kept() {
    let (src, src_path, conn) = new_journal_file();
    conn.execute_batch(
        "PRAGMA wal_autocheckpoint = 0;
         CREATE TABLE future (x INTEGER); INSERT INTO future VALUES (42);
         PRAGMA user_version = 99;",
    )
    .unwrap();
    // Copy the files as a crash would leave them, while the writer still holds them.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let wal = dir.path().join(format!("{DB_FILE_NAME}-wal"));
    std::fs::copy(&src_path, &path).unwrap();
    std::fs::copy(src.path().join(format!("{DB_FILE_NAME}-wal")), &wal).unwrap();
    drop(conn);
    let (db_before, wal_before) = (std::fs::read(&path).unwrap(), std::fs::read(&wal).unwrap());
    assert!(!wal_before.is_empty());

    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::TooNew { found: 99, .. }),
        "{err:?}"
    );
    assert!(
        std::fs::read(&path).unwrap() == db_before,
        "journal unchanged"
    );
    assert!(
        std::fs::read(&wal).unwrap() == wal_before,
        "its log unchanged"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_reported_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let junk = b"these are my notes, not a database\n".repeat(200);
    std::fs::write(&path, &junk).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.code(), "not_a_database", "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), junk);
    assert_eq!(files_in(dir.path()), vec![DB_FILE_NAME.to_string()]);
}

#[test]
fn a_damaged_database_is_reported_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    {
        let mut s = Store::open(&path).unwrap();
        for n in 0..300 {
            s.insert_episode(&episode(n)).unwrap();
        }
    }
    // Keep the header, scribble over the pages after it.
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 16_384);
    for b in bytes[4096..12_288].iter_mut() {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err.code(), "database_corrupt" | "not_a_database"),
        "{err:?}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the damaged file is kept as it was"
    );
}

#[test]
fn a_version_1_journal_is_backed_up_then_upgraded_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/journal-v1.db");
    std::fs::copy(&fixture, &path).unwrap();
    let original = std::fs::read(&path).unwrap();

    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), LATEST_VERSION);
    let list = s.list_episodes(&ListFilter::default()).unwrap();
    assert_eq!(list.len(), 1);
    let e = &list[0];
    assert_eq!(e.draft.notes, "woke me up");
    assert_eq!(e.draft.started_at.to_rfc3339(), "2026-11-20T03:10:00+01:00");
    assert_eq!(e.draft.triggers, vec!["lying_down".to_string()]);
    assert_eq!(e.draft.reliefs[0].helped, 3);

    let backup = dir.path().join(format!("{DB_FILE_NAME}.v1.bak"));
    assert!(backup.exists(), "files: {:?}", files_in(dir.path()));
    let conn = rusqlite_conn(&backup);
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1);
    let n: i64 = conn
        .query_row("SELECT count(*) FROM episode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    assert!(!original.is_empty());
}
