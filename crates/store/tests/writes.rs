//! Writing to a journal: update, delete and undo, paging, new vocabulary with its
//! episode, all-or-nothing saves, the write-ahead log, and what a killed process left.

mod common;

use common::{new_journal_file, plain_episode as episode, rusqlite_conn};
use twinge_core::{Location, Region, Side};
use twinge_store::{ListFilter, Store, DB_FILE_NAME, LATEST_VERSION};
use uuid::Uuid;

#[test]
fn update_delete_and_undo() {
    let mut s = Store::open_in_memory().unwrap();
    let e = episode(7);
    s.insert_episode(&e).unwrap();
    let mut d = e.draft.clone();
    d.intensity = Some(3);
    d.locations.push(Location {
        region: Region::Foot,
        side: Side::Right,
    });
    s.update_episode(e.id, &d, 1_795_200_000_000).unwrap();
    let got = s.get_episode(e.id).unwrap().unwrap();
    assert_eq!(got.draft, d);
    assert_eq!(got.created_at_ms, e.created_at_ms);
    assert_eq!(got.updated_at_ms, 1_795_200_000_000);

    s.soft_delete(e.id, 1_795_200_000_001).unwrap();
    assert!(s.list_episodes(&ListFilter::default()).unwrap().is_empty());
    assert_eq!(s.count_episodes().unwrap(), 0);
    s.undo_delete(e.id, 1_795_200_000_002).unwrap();
    assert_eq!(s.list_episodes(&ListFilter::default()).unwrap().len(), 1);

    let missing = Uuid::from_u128(1);
    assert_eq!(s.soft_delete(missing, 0).unwrap_err().code(), "not_found");
}

#[test]
fn listing_is_newest_first_and_pages() {
    let mut s = Store::open_in_memory().unwrap();
    for n in 0..25 {
        s.insert_episode(&episode(n)).unwrap();
    }
    let first = s
        .list_episodes(&ListFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(first.len(), 10);
    assert_eq!(first[0].draft.notes, "episode 24");
    let last = first.last().unwrap();
    let second = s
        .list_episodes(&ListFilter {
            limit: 10,
            before: Some((last.draft.started_at.utc_s(), last.id)),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(second[0].draft.notes, "episode 14");
    assert_eq!(second.len(), 10);
}

#[test]
fn new_trigger_names_join_the_vocabulary_with_the_episode() {
    let mut s = Store::open_in_memory().unwrap();
    let mut e = episode(1);
    e.draft.triggers = vec![
        "Red wine".into(),
        "Lying down / night".into(),
        "lying_down".into(),
    ];
    let saved = s.insert_episode(&e).unwrap();
    assert_eq!(
        saved.draft.triggers,
        vec!["red_wine".to_string(), "lying_down".to_string()]
    );
    let stored = s.get_episode(e.id).unwrap().unwrap();
    assert_eq!(stored, saved);
    let names: Vec<String> = s.triggers().unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(
        &names[..2],
        &["Lying down / night".to_string(), "Red wine".to_string()][..]
    );
}

#[test]
fn a_failed_save_writes_nothing_not_even_new_vocabulary() {
    let mut s = Store::open_in_memory().unwrap();
    let e = episode(1);
    s.insert_episode(&e).unwrap();
    let mut again = episode(1); // same id: refused by the primary key
    again.draft.triggers = vec!["Brand new trigger".into()];
    assert!(s.insert_episode(&again).is_err());
    assert_eq!(s.count_episodes().unwrap(), 1);
    assert!(!s
        .triggers()
        .unwrap()
        .iter()
        .any(|t| t.key == "brand_new_trigger"));
}

/// Checkpoints run off the save path (a thread of the store's own), yet after a pause
/// the log starts over and is cut back to its size limit, and a closed journal leaves
/// no log behind.
#[test]
fn the_write_ahead_log_starts_over_after_a_pause_and_goes_when_the_journal_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let wal = dir.path().join(format!("{DB_FILE_NAME}-wal"));
    let mut s = Store::open(&path).unwrap();
    for n in 0..1280 {
        s.insert_episode(&episode(n)).unwrap();
    }
    // 1,280 saves without a pause leave a long log (the checkpoint thread copies it
    // back meanwhile). Once it has caught up, the next save starts the log over and
    // cuts the file back to its 4 MiB limit.
    let wal_size = || std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    let long = wal_size();
    assert!(long > 8 * 1024 * 1024, "{long}");
    let limit = 4 * 1024 * 1024 + 65_536;
    let mut size = long;
    for n in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(200));
        s.insert_episode(&episode(5000 + n)).unwrap();
        size = wal_size();
        if size <= limit {
            break;
        }
    }
    assert!(size <= limit, "the log file is still {size} bytes");
    drop(s);
    assert!(!wal.exists(), "the log is folded in and removed on close");
    let s = Store::open(&path).unwrap();
    let all = ListFilter {
        limit: 2000,
        ..Default::default()
    };
    assert!(s.list_episodes(&all).unwrap().len() > 1280);
    assert!(s.integrity_check().unwrap().is_empty());
}

/// A journal left by a killed process (its log and shared-memory index beside it) opens
/// with everything committed in the log: the read-only check cannot recover the log,
/// so the read-write connection recovers it and runs the same checks first.
#[test]
fn a_journal_left_by_a_killed_process_opens_with_its_log() {
    let (src, src_path, conn) = new_journal_file();
    conn.execute_batch("PRAGMA wal_autocheckpoint = 0;")
        .unwrap();
    let mut writer = Store::open(&src_path).unwrap();
    for n in 0..20 {
        writer.insert_episode(&episode(n)).unwrap();
    }
    // The files as a SIGKILL would leave them, while both connections hold them.
    let dir = tempfile::tempdir().unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let name = format!("{DB_FILE_NAME}{suffix}");
        std::fs::copy(src.path().join(&name), dir.path().join(&name)).unwrap();
    }
    drop(writer);
    drop(conn);
    // Killed before its shared-memory index was written: the log must be recovered.
    let shm = dir.path().join(format!("{DB_FILE_NAME}-shm"));
    let len = std::fs::metadata(&shm).unwrap().len() as usize;
    std::fs::write(&shm, vec![0u8; len]).unwrap();
    let s = Store::open(&dir.path().join(DB_FILE_NAME)).unwrap();
    let all = ListFilter {
        limit: 100,
        ..Default::default()
    };
    assert_eq!(s.list_episodes(&all).unwrap().len(), 20);
    assert!(s.integrity_check().unwrap().is_empty());
}

/// A version 1 journal (rollback journal mode) whose writer was killed mid-transaction:
/// its hot rollback journal can only be rolled back by a read-write connection, so the
/// read-only check hands over to it; the journal opens as it was before that write.
#[test]
fn a_hot_rollback_journal_left_by_a_killed_writer_is_rolled_back_on_open() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/journal-v1.db");
    let src = tempfile::tempdir().unwrap();
    let src_path = src.path().join(DB_FILE_NAME);
    std::fs::copy(&fixture, &src_path).unwrap();
    let before = std::fs::read(&src_path).unwrap();
    let conn = rusqlite_conn(&src_path);
    conn.execute_batch(
        "PRAGMA cache_size = 1; BEGIN; UPDATE episode SET notes = notes || ' changed';
         CREATE TABLE filler (x); INSERT INTO filler SELECT randomblob(4000) FROM episode;",
    )
    .unwrap();
    let journal = src.path().join(format!("{DB_FILE_NAME}-journal"));
    assert!(
        journal.exists(),
        "a hot journal while the write is under way"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    std::fs::copy(&src_path, &path).unwrap();
    std::fs::copy(&journal, dir.path().join(format!("{DB_FILE_NAME}-journal"))).unwrap();
    drop(conn);
    assert!(
        std::fs::read(&path).unwrap() != before,
        "the file was written mid-transaction"
    );
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), LATEST_VERSION);
    assert!(s.integrity_check().unwrap().is_empty());
    let all = ListFilter {
        limit: 100,
        ..Default::default()
    };
    assert!(s
        .list_episodes(&all)
        .unwrap()
        .iter()
        .all(|e| !e.draft.notes.ends_with(" changed")));
}
