//! A journal encrypted with a passcode: locked at start, a wrong passcode changes
//! nothing, the right one opens everything; changing and removing the passcode.

mod common;

use common::clock;

use std::path::Path;
use std::sync::Arc;

use twinge_app::{EpisodeInput, FixedClock, Journal, KEY_FILE};

fn cramp() -> EpisodeInput {
    common::woken_cramp("a private note about my calf")
}

/// Every file under `dir` with its bytes, by path.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(d) = folders.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                folders.push(p);
            } else if name != twinge_app::TRIES_FILE {
                // (The count of wrong tries is the one file a wrong passcode writes.)
                out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_passcode_locks_the_journal_and_only_the_right_one_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    assert!(!j.privacy_status().encrypted);
    j.log(&cramp()).unwrap();
    j.start_daily_backup().unwrap().join().unwrap().unwrap();
    let short = j.set_passcode(None, "12345").unwrap_err();
    assert_eq!(short.code, "weak_passcode");
    j.set_passcode(None, "correct horse mossy teapot").unwrap();
    assert!(j.privacy_status().encrypted);
    j.log(&cramp()).unwrap();
    assert_eq!(common::episode_count(&j), 2);
    // A backup of an encrypted journal is encrypted too.
    let backup = dir.path().join("manual-backup.db");
    j.backup_to(&backup).unwrap();
    drop(j);

    let locked = Journal::open(dir.path(), clock()).unwrap_err();
    assert_eq!(locked.code, "locked");
    let journal_files: Vec<_> = ["twinge.db", "manual-backup.db"]
        .iter()
        .map(|n| std::fs::read(dir.path().join(n)).unwrap())
        .collect();
    for bytes in &journal_files {
        assert!(!bytes.starts_with(b"SQLite format 3"));
        for needle in [&b"calf"[..], b"private note"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle));
        }
    }

    let before = snapshot(dir.path());
    let wrong = Journal::unlock(dir.path(), "wrong horse", clock()).unwrap_err();
    assert_eq!(wrong.code, "wrong_passcode");
    assert!(
        wrong.message.contains("Nothing was changed"),
        "{}",
        wrong.message
    );
    assert_eq!(
        snapshot(dir.path()),
        before,
        "a wrong passcode changed a file"
    );

    let j = Journal::unlock(dir.path(), "correct horse mossy teapot", clock()).unwrap();
    assert_eq!(common::episode_count(&j), 2);
    assert!(j.privacy_status().encrypted);
}

#[test]
fn the_passcode_can_be_changed_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = common::encrypted_with(dir.path(), &cramp(), "first passcode mossy teapot");
    j.set_passcode(
        Some("first passcode mossy teapot"),
        "second passcode mossy teapot",
    )
    .unwrap();
    drop(j);
    assert_eq!(
        common::refusal(dir.path(), "first passcode mossy teapot"),
        "wrong_passcode"
    );
    let mut j = Journal::unlock(dir.path(), "second passcode mossy teapot", clock()).unwrap();
    assert_eq!(common::episode_count(&j), 1);
    j.remove_passcode("second passcode mossy teapot").unwrap();
    assert!(!j.privacy_status().encrypted);
    j.log(&cramp()).unwrap();
    drop(j);
    assert!(!dir.path().join(KEY_FILE).exists());
    let bytes = std::fs::read(dir.path().join("twinge.db")).unwrap();
    assert!(bytes.starts_with(b"SQLite format 3"), "plain again");
    let j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(common::episode_count(&j), 2);
    // Nothing of the swap is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("swap"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn a_swap_cut_short_is_finished_or_forgotten_on_the_next_open() {
    // Undecided (no mark): the copies are thrown away, the journal is as it was.
    let dir = tempfile::tempdir().unwrap();
    drop(common::logged(dir.path(), &cramp()));
    std::fs::write(dir.path().join("twinge.db.swap"), b"half written").unwrap();
    std::fs::write(dir.path().join("twinge.key.swap"), b"{}").unwrap();
    let j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(common::episode_count(&j), 1);
    assert!(!dir.path().join("twinge.db.swap").exists());
    assert!(!dir.path().join("twinge.key.swap").exists());
    drop(j);

    // Decided (the mark is there) but cut before the renames: finished on open.
    let other = tempfile::tempdir().unwrap();
    let mut e = common::logged(other.path(), &cramp());
    e.log(&cramp()).unwrap();
    e.set_passcode(None, "the new one mossy teapot").unwrap();
    drop(e);
    // Stage the encrypted journal and its header as a swap of the first journal would.
    std::fs::copy(
        other.path().join("twinge.db"),
        dir.path().join("twinge.db.swap"),
    )
    .unwrap();
    std::fs::copy(
        other.path().join(KEY_FILE),
        dir.path().join("twinge.key.swap"),
    )
    .unwrap();
    std::fs::write(dir.path().join("twinge.swap"), "encrypted\n").unwrap();
    assert_eq!(
        Journal::open(dir.path(), clock()).unwrap_err().code,
        "locked",
        "the decided swap was finished"
    );
    let j = Journal::unlock(dir.path(), "the new one mossy teapot", clock()).unwrap();
    assert_eq!(common::episode_count(&j), 2);
    assert!(!dir.path().join("twinge.swap").exists());
}

#[test]
fn after_three_wrong_passcodes_each_try_waits_longer_and_a_restart_does_not_reset_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    j.set_passcode(None, "right passcode mossy teapot").unwrap();
    drop(j);
    let at = |ms: i64| Arc::new(FixedClock::new(1_795_165_200_000 + ms, 60));
    // Each unlock is a new start: the count lives beside the journal, not in memory.
    for _ in 0..3 {
        let e = Journal::unlock(dir.path(), "wrong passcode", at(0)).unwrap_err();
        assert_eq!(e.code, "wrong_passcode");
    }
    let refused = Journal::unlock(dir.path(), "right passcode mossy teapot", at(500)).unwrap_err();
    assert_eq!(refused.code, "too_many_tries");
    assert!(refused.message.contains("wait 1 s"), "{}", refused.message);
    let e = Journal::unlock(dir.path(), "wrong again", at(1000)).unwrap_err();
    assert_eq!(e.code, "wrong_passcode");
    let doubled = Journal::unlock(dir.path(), "right passcode mossy teapot", at(2999));
    assert_eq!(
        doubled.unwrap_err().code,
        "too_many_tries",
        "the wait doubles"
    );
    Journal::unlock(dir.path(), "right passcode mossy teapot", at(3000)).unwrap();
    // The right passcode starts the count again.
    assert!(!dir.path().join(twinge_app::TRIES_FILE).exists());
    Journal::unlock(dir.path(), "wrong passcode", at(3000)).unwrap_err();
    Journal::unlock(dir.path(), "right passcode mossy teapot", at(3000)).unwrap();
}

#[test]
fn a_journal_encrypted_under_key_header_1_still_unlocks_and_moves_on_with_a_new_passcode() {
    use twinge_store::{Cipher, Key, Store};
    // A journal as Twinge encrypted it before key header 2: SQLCipher 4's default page
    // layout, and a header without the layout's fields (cheap Argon2 for the test).
    let dir = tempfile::tempdir().unwrap();
    drop(common::logged(dir.path(), &cramp()));
    let salt = [0x5au8; 16];
    let mut raw = [0u8; 32];
    argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(8192, 1, 1, Some(32)).unwrap(),
    )
    .hash_password_into(b"old passcode mossy teapot", &salt, &mut raw)
    .unwrap();
    let db = dir.path().join("twinge.db");
    let encrypted = dir.path().join("encrypted.db");
    Store::open(&db)
        .unwrap()
        .export_to(&encrypted, Some(&Key::with_cipher(raw, Cipher::Sqlcipher4)))
        .unwrap();
    for name in ["twinge.db-wal", "twinge.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(name));
    }
    std::fs::rename(&encrypted, &db).unwrap();
    let header = serde_json::json!({
        "format": "twinge-key", "version": 1, "kdf": "argon2id",
        "memory_kib": 8192, "passes": 1, "lanes": 1, "salt": "5a".repeat(16),
    });
    std::fs::write(dir.path().join(KEY_FILE), header.to_string()).unwrap();

    assert_eq!(
        common::refusal(dir.path(), "not it at all"),
        "wrong_passcode"
    );
    let mut j = Journal::unlock(dir.path(), "old passcode mossy teapot", clock()).unwrap();
    assert_eq!(
        common::episode_count(&j),
        1,
        "the old journal opens as it is"
    );
    j.log(&cramp()).unwrap();
    // A new passcode writes the journal again in the current layout, under header 2.
    j.set_passcode(
        Some("old passcode mossy teapot"),
        "new passcode mossy teapot",
    )
    .unwrap();
    drop(j);
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join(KEY_FILE)).unwrap()).unwrap();
    assert_eq!(written["version"], 2);
    assert_eq!(written["page_size"], 2048);
    assert_eq!(written["hmac"], "sha256");
    let j = Journal::unlock(dir.path(), "new passcode mossy teapot", clock()).unwrap();
    assert_eq!(common::episode_count(&j), 2);
    drop(j);

    // A header that names a layout its version does not use, or a newer version, is
    // refused in words and changes nothing.
    let before = snapshot(dir.path());
    let key_bytes = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
    for (bad, words) in [
        (
            serde_json::json!({"version": 1, "page_size": 2048, "hmac": "sha256"}),
            "page layout",
        ),
        (
            serde_json::json!({"version": 2, "page_size": 1024}),
            "page layout",
        ),
        (serde_json::json!({"version": 3}), "newer Twinge"),
    ] {
        let mut h = written.clone();
        for (k, v) in bad.as_object().unwrap() {
            h[k] = v.clone();
        }
        if bad.get("page_size") == Some(&serde_json::json!(1024)) {
            h.as_object_mut().unwrap().remove("hmac");
        }
        std::fs::write(dir.path().join(KEY_FILE), h.to_string()).unwrap();
        let e = Journal::unlock(dir.path(), "new passcode mossy teapot", clock()).unwrap_err();
        assert_eq!(e.code, "bad_key_file", "{h}");
        assert!(e.message.contains(words), "{}", e.message);
    }
    std::fs::write(dir.path().join(KEY_FILE), key_bytes).unwrap();
    assert!(snapshot(dir.path()) == before, "refusing changed nothing");
}

#[test]
fn a_key_file_asking_for_too_much_is_refused_in_words_and_quickly() {
    let dir = tempfile::tempdir().unwrap();
    drop(common::encrypted_with(
        dir.path(),
        &cramp(),
        "right passcode mossy teapot",
    ));

    let good = std::fs::read_to_string(dir.path().join(KEY_FILE)).unwrap();
    for (field, value, words) in [
        ("memory_kib", serde_json::json!(4_294_967_295u32), "memory"),
        ("passes", serde_json::json!(4_294_967_295u32), "passes"),
        ("lanes", serde_json::json!(64), "lanes"),
        ("salt", serde_json::json!("ab"), "salt"),
    ] {
        let mut header: serde_json::Value = serde_json::from_str(&good).unwrap();
        header[field] = value;
        std::fs::write(dir.path().join(KEY_FILE), header.to_string()).unwrap();
        let began = std::time::Instant::now();
        let e = Journal::unlock(dir.path(), "right passcode mossy teapot", clock()).unwrap_err();
        assert_eq!(e.code, "bad_key_file", "{field}: {}", e.message);
        assert!(e.message.contains(words), "{field}: {}", e.message);
        assert!(
            began.elapsed() < std::time::Duration::from_secs(5),
            "{field}"
        );
    }
    std::fs::write(dir.path().join(KEY_FILE), good).unwrap();
    Journal::unlock(dir.path(), "right passcode mossy teapot", clock()).unwrap();
}
