//! A passcode protects every copy Twinge keeps in the journal's folder, and a restore
//! never leaves a journal that cannot be opened.

mod common;

use std::path::Path;
use std::sync::Arc;

use twinge_app::{EpisodeInput, FixedClock, Journal};

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::new(1_795_165_200_000, 60))
}

const NOTE: &str = "zebrapineapple twitched all evening";

fn cramp() -> EpisodeInput {
    EpisodeInput {
        duration_s: Some(120),
        intensity: Some(7),
        woke_from_sleep: true,
        notes: NOTE.into(),
        ..common::cramp("2026-11-20T03:10:00+01:00")
    }
}

/// Every file under `dir`, recursively.
fn every_file(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(d) = folders.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                folders.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

fn holding_the_note(dir: &Path) -> Vec<String> {
    every_file(dir)
        .into_iter()
        .filter(|p| {
            let bytes = std::fs::read(p).unwrap();
            bytes.windows(14).any(|w| w == &NOTE.as_bytes()[..14])
        })
        .map(|p| p.display().to_string())
        .collect()
}

const FIRST: &str = "first passcode mossy teapot";
const SECOND: &str = "second passcode mossy teapot";

#[test]
fn after_a_passcode_is_set_no_file_in_the_folder_holds_a_note_in_plain() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = common::logged(dir.path(), &cramp());
    j.start_daily_backup().unwrap().join().unwrap().unwrap();
    // A restore keeps the journal as it was aside: one more plain copy.
    let manual = tempfile::tempdir().unwrap();
    j.backup_to(&manual.path().join("b.db")).unwrap();
    j.restore_from(&manual.path().join("b.db")).unwrap();
    let before = holding_the_note(dir.path());
    assert!(before.len() >= 3, "plain copies to begin with: {before:?}");

    let change = j.set_passcode(None, FIRST).unwrap();
    assert!(change.copies >= 2, "{change:?}");
    assert!(change.left.is_empty() && change.plain.is_empty());
    assert_eq!(holding_the_note(dir.path()), Vec::<String>::new());
    assert_eq!(common::episodes(&j).len(), 1);
    // Today's backup was made again, encrypted, with its key header beside it.
    let today = dir.path().join("backups/twinge-2026-11-20.db");
    assert!(!std::fs::read(&today)
        .unwrap()
        .starts_with(b"SQLite format 3"));
    assert!(dir.path().join("backups/twinge-2026-11-20.db.key").exists());
}

#[test]
fn after_a_change_the_old_passcode_opens_no_copy_and_removing_decrypts_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = common::logged(dir.path(), &cramp());
    j.set_passcode(None, FIRST).unwrap();
    let wrong = j
        .set_passcode(Some("not the passcode"), SECOND)
        .unwrap_err();
    assert_eq!(wrong.code, "wrong_passcode");
    let missing = j.set_passcode(None, SECOND).unwrap_err();
    assert_eq!(missing.code, "current_passcode_needed");
    let change = j.set_passcode(Some(FIRST), SECOND).unwrap();
    assert!(change.copies >= 1, "{change:?}");

    // Every copy restores with the new passcode only.
    let copies: Vec<_> = every_file(dir.path())
        .into_iter()
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().into_owned();
            n.ends_with(".db") && n.starts_with("twinge-") || n.ends_with(".bak")
        })
        .collect();
    assert!(!copies.is_empty());
    for copy in &copies {
        let other = tempfile::tempdir().unwrap();
        let mut fresh = Journal::open(other.path(), clock()).unwrap();
        let old = fresh.restore_with_passcode(copy, FIRST).unwrap_err();
        assert_eq!(old.code, "wrong_passcode", "{}", copy.display());
        fresh.restore_with_passcode(copy, SECOND).unwrap();
    }

    let removed = j.remove_passcode(SECOND).unwrap();
    assert!(!removed.encrypted);
    assert!(removed.copies >= 1);
    for copy in &copies {
        let bytes = std::fs::read(copy).unwrap();
        assert!(bytes.starts_with(b"SQLite format 3"), "{}", copy.display());
        assert!(!twinge_app_key_beside(copy).exists());
    }
}

#[test]
fn a_damaged_journal_started_over_keeps_its_backups_out_of_the_rotation_and_protected() {
    let dir = tempfile::tempdir().unwrap();
    let backups = dir.path().join("backups");
    let j = common::logged(dir.path(), &cramp());
    // Eight days of daily backups, one more than the rotation keeps.
    j.start_daily_backup().unwrap().join().unwrap().unwrap();
    for day in 12..=18 {
        j.backup_to(&backups.join(format!("twinge-2026-11-{day}.db")))
            .unwrap();
    }
    drop(j);
    let damaged = common::damage(dir.path());
    // A crash left pages in the write-ahead log: they hold the note in plain too.
    std::fs::write(dir.path().join("twinge.db-wal"), NOTE).unwrap();

    let aside = twinge_app::set_aside_damaged_journal(dir.path(), 0, None).unwrap();
    assert!(std::fs::read(&aside).unwrap() == damaged);
    let kept = backups.join(aside.file_stem().unwrap());
    let names = |folder: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".db"))
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&kept).len(), 8, "{:?}", names(&kept));
    assert!(names(&backups).is_empty(), "{:?}", names(&backups));

    // The new journal's daily backup and its rotation leave them alone …
    let mut fresh = common::logged(dir.path(), &cramp());
    fresh.start_daily_backup().unwrap().join().unwrap().unwrap();
    assert_eq!(names(&backups), ["twinge-2026-11-20.db"]);
    assert_eq!(names(&kept).len(), 8);
    // … and its passcode protects them too: the note stays in plain only in the
    // damaged file, which cannot be read to be encrypted.
    let change = fresh.set_passcode(None, FIRST).unwrap();
    assert!(change.copies >= 9, "{change:?}");
    let aside_name = aside.file_name().unwrap().to_string_lossy().into_owned();
    let wal_name = format!("{aside_name}-wal");
    assert_eq!(
        change.plain,
        [aside_name, wal_name],
        "said to be left in plain"
    );
    let mut plain = holding_the_note(dir.path());
    plain.sort();
    let aside_wal = format!("{}-wal", aside.display());
    assert_eq!(plain, [aside.display().to_string(), aside_wal]);
    let other = tempfile::tempdir().unwrap();
    let mut elsewhere = Journal::open(other.path(), clock()).unwrap();
    let oldest = kept.join("twinge-2026-11-12.db");
    elsewhere.restore_with_passcode(&oldest, FIRST).unwrap();
    assert_eq!(common::episodes(&elsewhere).len(), 1);
}

fn twinge_app_key_beside(copy: &Path) -> std::path::PathBuf {
    let mut name = copy.as_os_str().to_owned();
    name.push(".key");
    name.into()
}

#[test]
fn a_backup_that_fails_to_upgrade_or_is_cut_in_half_leaves_the_journal_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = common::logged(dir.path(), &cramp());
    j.log(&cramp()).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();

    // A version 1 journal with a table the next migration creates: it passes the
    // checks, and its upgrade fails.
    let bad = elsewhere.path().join("bad.db");
    {
        let conn = rusqlite::Connection::open(&bad).unwrap();
        conn.execute_batch(include_str!("../../../migrations/0001_initial.sql"))
            .unwrap();
        conn.execute_batch("CREATE TABLE appointment(x); PRAGMA user_version = 1;")
            .unwrap();
    }
    let e = j.restore_from(&bad).unwrap_err();
    assert_eq!(e.code, "restore_failed", "{e:?}");
    assert!(e.message.contains("bad.db"), "{}", e.message);
    assert!(j.closed().is_none());
    assert_eq!(common::episodes(&j).len(), 2);
    j.log(&cramp()).unwrap();

    // A good backup cut in half.
    let good = elsewhere.path().join("good.db");
    j.backup_to(&good).unwrap();
    let bytes = std::fs::read(&good).unwrap();
    let half = elsewhere.path().join("half.db");
    std::fs::write(&half, &bytes[..bytes.len() / 2]).unwrap();
    assert!(j.restore_from(&half).is_err());
    assert_eq!(common::episodes(&j).len(), 3);
    drop(j);
    let j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(common::episodes(&j).len(), 3);
}
