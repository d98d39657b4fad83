//! Encrypted journals (SQLCipher with a raw key): what is written is unreadable without
//! the key, a wrong key changes nothing, and copies keep the key.

use std::path::Path;

mod common;

use common::plain_episode;
use twinge_core::Episode;
use twinge_store::{Cipher, Key, ListFilter, Store, StoreError, DB_FILE_NAME};
use uuid::Uuid;

/// The one episode these tests write.
fn episode() -> Episode {
    plain_episode(1)
}

fn key(n: u8) -> Key {
    Key::new([n; 32])
}

/// Every byte of every file in `dir`, by name.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn contains(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn an_encrypted_journal_is_unreadable_without_its_key_and_a_wrong_key_changes_nothing() {
    let plain_dir = tempfile::tempdir().unwrap();
    let mut plain = Store::open_in_dir(plain_dir.path()).unwrap();
    plain.insert_episode(&episode()).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DB_FILE_NAME);
    plain.export_to(&db, Some(&key(7))).unwrap();
    drop(plain);

    let s = Store::open_in_dir_with_key(dir.path(), &key(7)).unwrap();
    assert!(s.is_encrypted());
    assert_eq!(
        s.list_episodes(&ListFilter::default()).unwrap(),
        vec![episode()]
    );
    drop(s);

    for (name, bytes) in snapshot(dir.path()) {
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "{name} has a plain header"
        );
        assert!(!contains(&bytes, b"calf"), "{name} shows a place in clear");
        assert!(
            !contains(&bytes, b"private note"),
            "{name} shows a note in clear"
        );
    }

    let before = snapshot(dir.path());
    let wrong = Store::open_in_dir_with_key(dir.path(), &key(8)).unwrap_err();
    assert!(matches!(wrong, StoreError::WrongKey { .. }), "{wrong}");
    assert_eq!(wrong.code(), "wrong_passcode");
    let without = Store::open_in_dir(dir.path()).unwrap_err();
    assert!(
        matches!(without, StoreError::NotADatabase { .. }),
        "{without}"
    );
    assert_eq!(snapshot(dir.path()), before, "refusing changed a file");
}

#[test]
fn copies_keep_the_key_and_export_can_decrypt() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_dir_with_key(dir.path(), &key(3)).unwrap();
    s.insert_episode(&episode()).unwrap();

    // A backup of an encrypted journal is encrypted with the same key.
    let backup = dir.path().join("backup.db");
    Store::copy_database(&dir.path().join(DB_FILE_NAME), &backup, Some(&key(3))).unwrap();
    let bytes = std::fs::read(&backup).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3") && !contains(&bytes, b"private note"));
    assert_eq!(
        Store::check_file_with_key(&backup, Some(&key(3)))
            .unwrap()
            .episodes,
        1
    );
    assert!(Store::check_file(&backup).is_err());

    // Removing the passcode: a plain copy, readable without a key.
    let plain = dir.path().join("plain.db");
    s.export_to(&plain, None).unwrap();
    let check = Store::check_file(&plain).unwrap();
    assert_eq!(check.episodes, 1);
    let reopened = Store::open(&plain).unwrap();
    assert_eq!(
        reopened.schema_version().unwrap(),
        twinge_store::LATEST_VERSION,
        "the schema version is carried over"
    );
}

#[test]
fn a_journal_keeps_the_page_layout_it_was_encrypted_with() {
    let bytes = [9u8; 32];
    let compact = Key::with_cipher(bytes, Cipher::Compact);
    let classic = Key::with_cipher(bytes, Cipher::Sqlcipher4);
    assert_eq!(Key::new(bytes), compact, "new journals are compact");

    let plain_dir = tempfile::tempdir().unwrap();
    let mut plain = Store::open_in_dir(plain_dir.path()).unwrap();
    plain.insert_episode(&episode()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (name, key, other) in [
        ("compact", &compact, &classic),
        ("classic", &classic, &compact),
    ] {
        let db = dir.path().join(format!("{name}.db"));
        plain.export_to(&db, Some(key)).unwrap();
        {
            let mut s = Store::open_file(&db, Some(key)).unwrap();
            // Enough episodes that the file has many pages.
            for i in 0..40 {
                let mut e = episode();
                e.id = Uuid::from_u128(0x019a_0000_0000_7000_8000_0000_0000_1000 + i);
                e.draft.notes = "x".repeat(900);
                s.insert_episode(&e).unwrap();
            }
            assert_eq!(s.list_episodes(&ListFilter::default()).unwrap().len(), 41);
        }
        let files = |_: ()| {
            let mut all: Vec<_> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            all.sort();
            all.iter()
                .map(|p| std::fs::read(p).unwrap())
                .collect::<Vec<_>>()
        };
        let before = files(());
        // The same key bytes with the other layout read nothing and change nothing.
        let wrong = Store::open_file(&db, Some(other)).unwrap_err();
        assert!(
            matches!(wrong, StoreError::WrongKey { .. }),
            "{name}: {wrong}"
        );
        assert_eq!(files(()), before, "{name}: refusing changed a file");

        // A backup keeps the layout and opens with the same key.
        let backup = dir.path().join(format!("{name}.backup"));
        Store::copy_database(&db, &backup, Some(key)).unwrap();
        assert_eq!(
            Store::check_file_with_key(&backup, Some(key))
                .unwrap()
                .episodes,
            41,
            "{name} backup"
        );
        assert!(Store::check_file_with_key(&backup, Some(other)).is_err());
        std::fs::remove_file(&backup).unwrap();
    }
    // A classic journal moves to the compact layout by an export with the new key,
    // as a change of passcode does.
    let classic_db = dir.path().join("classic.db");
    let moved = dir.path().join("moved.db");
    Store::open_file(&classic_db, Some(&classic))
        .unwrap()
        .export_to(&moved, Some(&compact))
        .unwrap();
    assert_eq!(
        Store::check_file_with_key(&moved, Some(&compact))
            .unwrap()
            .episodes,
        41
    );
}
