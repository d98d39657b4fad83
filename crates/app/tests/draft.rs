//! The Log form's episode not yet saved is kept with the journal: it outlives closing
//! Twinge, is forgotten once saved, is encrypted with the journal, and anything that is
//! not a form the app wrote is refused in words without touching what was kept.

mod common;

use common::clock;

use twinge_app::{Journal, MAX_DRAFT_BYTES};

const DRAFT: &str = r#"{"v":1,"began":"2026-11-20T03:12:00+01:00","form":{"kind":"cramp","notes":"woke with a cramp in the arch"}}"#;

#[test]
fn a_draft_outlives_a_restart_until_it_is_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(j.log_home("2026-11-20").unwrap().draft, "");
    j.keep_log_draft(DRAFT).unwrap();
    drop(j);

    let mut j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(j.log_home("2026-11-20").unwrap().draft, DRAFT);
    for (bad, code) in [
        ("woke with a cramp", "draft_not_form"),
        ("[1, 2]", "draft_not_form"),
        (r#"{"form": "#, "draft_not_form"),
    ] {
        let e = j.keep_log_draft(bad).unwrap_err();
        assert_eq!(e.code, code, "{bad}");
        assert!(e.message.contains("not an episode form"), "{}", e.message);
    }
    let huge = format!(r#"{{"notes":"{}"}}"#, "a".repeat(MAX_DRAFT_BYTES));
    let e = j.keep_log_draft(&huge).unwrap_err();
    assert_eq!(e.code, "draft_too_large");
    assert!(e.message.contains("16 KB"), "{}", e.message);
    // What was kept is still there after each refusal.
    assert_eq!(j.log_home("2026-11-20").unwrap().draft, DRAFT);

    // Saved (or cleared): the form forgets it, and so does the journal.
    j.keep_log_draft("").unwrap();
    drop(j);
    let j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(j.log_home("2026-11-20").unwrap().draft, "");
}

#[test]
fn an_encrypted_journal_keeps_its_draft_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let passcode = "correct horse mossy teapot";
    let mut j = common::encrypted_with(
        dir.path(),
        &common::cramp("2026-11-19T22:00:00+01:00"),
        passcode,
    );
    j.keep_log_draft(DRAFT).unwrap();
    drop(j);

    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            let needle = b"cramp in the arch";
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{} holds the draft in the clear",
                path.display()
            );
        }
    }
    let j = Journal::unlock(dir.path(), passcode, clock()).unwrap();
    assert_eq!(j.log_home("2026-11-20").unwrap().draft, DRAFT);
}
