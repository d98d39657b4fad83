//! Restoring backups across passcodes: a backup made under an earlier passcode asks
//! for that passcode, plain backups restore into an encrypted journal and the other
//! way round, and the journal keeps its own passcode (or lack of one) throughout.

mod common;

use common::clock;

use std::path::Path;

use twinge_app::{EpisodeInput, Journal};

fn cramp() -> EpisodeInput {
    common::woken_cramp("")
}

/// Every file in `dir` (not below) with its bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        // (The count of wrong tries is the one file a wrong passcode writes.)
        .filter(|p| p.is_file() && !p.ends_with(twinge_app::TRIES_FILE))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".twinge-"))
        .collect()
}

#[test]
fn a_backup_from_before_a_passcode_change_asks_for_its_own_passcode() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = common::encrypted_with(dir.path(), &cramp(), "first passcode mossy teapot");
    let backup = dir.path().join("old.db");
    j.backup_to(&backup).unwrap();
    assert!(
        dir.path().join("old.db.key").exists(),
        "the key header is kept beside the backup"
    );
    j.log(&cramp()).unwrap();
    j.set_passcode(
        Some("first passcode mossy teapot"),
        "second passcode mossy teapot",
    )
    .unwrap();
    assert_eq!(common::episode_count(&j), 2);

    let before = files(dir.path());
    let asked = j.restore_from(&backup).unwrap_err();
    assert_eq!(asked.code, "backup_passcode_needed", "{}", asked.message);
    assert!(asked.message.contains("old.db"), "{}", asked.message);
    let wrong = j
        .restore_with_passcode(&backup, "second passcode mossy teapot")
        .unwrap_err();
    assert_eq!(wrong.code, "wrong_passcode", "{}", wrong.message);
    assert!(
        files(dir.path()) == before,
        "a refused restore changed a file"
    );
    assert_eq!(common::episode_count(&j), 2);

    let report = j
        .restore_with_passcode(&backup, "first passcode mossy teapot")
        .unwrap();
    assert_eq!(report.episodes, 1);
    assert_eq!(common::episode_count(&j), 1);
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
    drop(j);
    // The journal keeps the passcode it had, not the backup's.
    assert_eq!(
        common::refusal(dir.path(), "first passcode mossy teapot"),
        "wrong_passcode"
    );
    let j = Journal::unlock(dir.path(), "second passcode mossy teapot", clock()).unwrap();
    assert_eq!(common::episode_count(&j), 1);
}

#[test]
fn a_plain_backup_restores_into_an_encrypted_journal_which_stays_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    for _ in 0..3 {
        j.log(&cramp()).unwrap();
    }
    let backup = dir.path().join("plain.db");
    j.backup_to(&backup).unwrap();
    assert!(!dir.path().join("plain.db.key").exists());
    j.set_passcode(None, "a passcode mossy teapot").unwrap();
    j.log(&cramp()).unwrap();
    let report = j.restore_from(&backup).unwrap();
    assert_eq!(report.episodes, 3);
    drop(j);
    let bytes = std::fs::read(dir.path().join("twinge.db")).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3"), "still encrypted");
    let j = Journal::unlock(dir.path(), "a passcode mossy teapot", clock()).unwrap();
    assert_eq!(common::episode_count(&j), 3);
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn an_encrypted_backup_restores_into_a_plain_journal_with_its_passcode() {
    let from = tempfile::tempdir().unwrap();
    let mut j = common::logged(from.path(), &cramp());
    j.log(&cramp()).unwrap();
    j.set_passcode(None, "backup passcode mossy teapot")
        .unwrap();
    j.start_daily_backup().unwrap().join().unwrap().unwrap();
    let daily: Vec<_> = std::fs::read_dir(from.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(daily.len(), 2, "the daily backup and its key: {daily:?}");
    let backup = from.path().join("elsewhere.db");
    j.backup_to(&backup).unwrap();
    drop(j);

    let dir = tempfile::tempdir().unwrap();
    let mut plain = common::logged(dir.path(), &cramp());
    let asked = plain.restore_from(&backup).unwrap_err();
    assert_eq!(asked.code, "backup_passcode_needed", "{}", asked.message);
    plain
        .restore_with_passcode(&backup, "backup passcode mossy teapot")
        .unwrap();
    assert_eq!(common::episode_count(&plain), 2);
    drop(plain);
    let bytes = std::fs::read(dir.path().join("twinge.db")).unwrap();
    assert!(
        bytes.starts_with(b"SQLite format 3"),
        "the journal stays plain"
    );
    assert_eq!(
        common::episode_count(&Journal::open(dir.path(), clock()).unwrap()),
        2
    );
}

#[test]
fn starting_over_sets_the_locked_journal_aside_where_its_passcode_still_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = common::logged(dir.path(), &cramp());
    assert_eq!(
        twinge_app::set_aside_locked_journal(dir.path(), 0)
            .unwrap_err()
            .code,
        "not_locked",
        "a journal without a passcode is never set aside"
    );
    j.set_passcode(None, "remembered later mossy teapot")
        .unwrap();
    j.log(&cramp()).unwrap();
    j.log(&cramp()).unwrap();
    drop(j);

    let now_ms = 1_795_165_200_000;
    let aside = twinge_app::set_aside_locked_journal(dir.path(), now_ms).unwrap();
    assert_eq!(
        aside.file_name().unwrap().to_string_lossy(),
        "twinge-locked-20261120-090000.db"
    );
    assert!(dir
        .path()
        .join("twinge-locked-20261120-090000.db.key")
        .exists());
    assert!(!dir.path().join("twinge.key").exists());
    assert!(!dir.path().join("twinge.db").exists());

    // A new, empty journal without a passcode starts in the same folder …
    let mut fresh = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(common::episode_count(&fresh), 0);
    assert!(!fresh.privacy_status().encrypted);
    // … and the set-aside journal opens with its passcode once remembered.
    assert_eq!(
        fresh.restore_from(&aside).unwrap_err().code,
        "backup_passcode_needed"
    );
    fresh
        .restore_with_passcode(&aside, "remembered later mossy teapot")
        .unwrap();
    assert_eq!(common::episode_count(&fresh), 3);
}

#[test]
fn a_file_that_is_not_a_backup_is_named_by_its_file_name_with_the_path_in_the_details() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = common::logged(dir.path(), &cramp());
    let junk = dir.path().join("holiday-photos.db");
    std::fs::write(&junk, b"not a journal at all, just some bytes".repeat(50)).unwrap();
    let before = files(dir.path());
    let e = j.restore_from(&junk).unwrap_err();
    assert_eq!(e.code, "not_a_database");
    let folder = dir.path().display().to_string();
    assert!(e.message.contains("holiday-photos.db"), "{}", e.message);
    assert!(!e.message.contains(&folder), "{}", e.message);
    let details = e.details.expect("the whole path is in the details");
    assert!(details.contains(&junk.display().to_string()), "{details}");
    assert!(files(dir.path()) == before, "nothing changed");
    assert_eq!(common::episode_count(&j), 1);
    // A damaged backup is called a damaged backup, not a damaged journal.
    let broken = dir.path().join("broken.db");
    j.backup_to(&broken).unwrap();
    let mut bytes = std::fs::read(&broken).unwrap();
    let at = bytes.len() / 2 / 4096 * 4096;
    bytes[at..at + 4096].fill(0xde);
    std::fs::write(&broken, &bytes).unwrap();
    let before = files(dir.path());
    let e = j.restore_from(&broken).unwrap_err();
    assert_eq!(e.code, "backup_damaged", "{}", e.message);
    assert!(
        e.message.starts_with("The backup broken.db is damaged")
            && e.message.ends_with("Choose another backup."),
        "{}",
        e.message
    );
    assert!(files(dir.path()) == before, "nothing changed");
    // A backup that is not there (moved, or a typo) is said so, not called damaged.
    let e = j.restore_from(&dir.path().join("gone.db")).unwrap_err();
    assert_eq!(e.code, "io_error");
    assert_eq!(
        e.message,
        "Could not read gone.db: it is not there (moved or deleted?)."
    );
    assert!(files(dir.path()) == before, "nothing changed");
}

/// The damaged journal, set aside under a name of its own, byte for byte as it was; no
/// copy is left of the empty journal the backup replaced.
fn kept_aside(aside: &Path, bytes: &[u8]) {
    let name = aside.file_name().unwrap().to_string_lossy();
    assert!(name.starts_with(twinge_app::DAMAGED_PREFIX), "{name}");
    assert!(
        std::fs::read(aside).unwrap() == bytes,
        "{name} is as it was"
    );
    let names: Vec<_> = files(aside.parent().unwrap())
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert!(
        !names.iter().any(|n| n.contains("before-restore")),
        "{names:?}"
    );
}

#[test]
fn a_damaged_journal_is_set_aside_only_when_damaged_and_a_backup_takes_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let backups = tempfile::tempdir().unwrap();
    let backup = backups.path().join("backup.db");
    let mut j = common::logged(dir.path(), &cramp());
    j.log(&cramp()).unwrap();
    j.backup_to(&backup).unwrap();
    drop(j);
    let refused = twinge_app::set_aside_damaged_journal(dir.path(), 0, None).unwrap_err();
    assert_eq!(refused.code, "not_damaged", "{}", refused.message);
    let stays = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(
        common::episode_count(&stays),
        2,
        "a journal that reads stays"
    );
    drop(stays);

    let bytes = common::damage(dir.path());
    let err = Journal::open(dir.path(), clock()).unwrap_err();
    assert_eq!(err.code, "database_corrupt", "{}", err.message);

    // A backup that does not read changes nothing.
    let bad = backups.path().join("bad.db");
    std::fs::write(&bad, b"not a journal").unwrap();
    let damaged = files(dir.path());
    assert!(Journal::restore_over_damaged(dir.path(), &bad, (None, clock())).is_err());
    assert!(
        files(dir.path()) == damaged,
        "the damaged journal stays as it was"
    );

    let (restored, report, aside) =
        Journal::restore_over_damaged(dir.path(), &backup, (None, clock())).unwrap();
    assert_eq!((report.episodes, common::episode_count(&restored)), (2, 2));
    kept_aside(&aside, &bytes);
}

#[test]
fn an_encrypted_damaged_journal_is_restored_with_its_passcode_and_stays_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    let backup = saved.path().join("backup.db");
    let passcode = "quiet harbour lantern seven";
    let mut j = common::encrypted_with(dir.path(), &cramp(), passcode);
    j.log(&cramp()).unwrap();
    j.backup_to(&backup).unwrap();
    drop(j);
    let bytes = common::damage(dir.path());
    let err = Journal::unlock(dir.path(), passcode, clock()).unwrap_err();
    assert_eq!(err.code, "database_corrupt", "{}", err.message);
    // Without its passcode an encrypted journal is not set aside, nor with another.
    let refused = twinge_app::set_aside_damaged_journal(dir.path(), 0, None).unwrap_err();
    assert_eq!(refused.code, "locked");
    let wrong = twinge_app::set_aside_damaged_journal(dir.path(), 0, Some("not it")).unwrap_err();
    assert_eq!(wrong.code, "wrong_passcode");

    let (restored, report, aside) =
        Journal::restore_over_damaged(dir.path(), &backup, (Some(passcode), clock())).unwrap();
    assert_eq!(report.episodes, 2);
    assert!(restored.privacy_status().encrypted, "it keeps its passcode");
    drop(restored);
    let reopened = Journal::unlock(dir.path(), passcode, clock()).unwrap();
    assert_eq!(common::episode_count(&reopened), 2);
    kept_aside(&aside, &bytes);
    assert!(twinge_app::set_aside_damaged_journal(dir.path(), 0, Some(passcode)).is_err());
}
