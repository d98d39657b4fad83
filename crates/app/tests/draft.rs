//! The Log form's episode not yet saved, History's edit and the check-in are kept with
//! the journal:
//! they outlive closing Twinge, are forgotten once saved, are encrypted with the journal,
//! and anything that is not a form the app wrote is refused in words without touching
//! what was kept.

mod common;

use common::clock;

use twinge_app::{Journal, MAX_DRAFT_BYTES};

const CHECKIN: &str = r#"{"v":1,"date":"2026-11-19","chosen":["long_drive"],"stress":"some"}"#;
const DRAFT: &str = r#"{"v":1,"began":"2026-11-20T03:12:00+01:00","form":{"kind":"cramp","notes":"woke with a cramp in the arch"}}"#;

#[test]
fn a_draft_outlives_a_restart_until_it_is_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.log, "");
    j.keep_log_draft(DRAFT).unwrap();
    drop(j);

    let mut j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.log, DRAFT);
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
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.log, DRAFT);

    // Saved (or cleared): the form forgets it, and so does the journal.
    j.keep_log_draft("").unwrap();
    drop(j);
    let j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.log, "");
}

#[test]
fn an_edit_left_open_comes_back_with_its_episode_until_it_is_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = common::logged(dir.path(), &common::cramp("2026-11-19T22:00:00+01:00"));
    let id = common::episodes(&j)[0].id.clone();
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.edit, None);
    let edit = format!(r#"{{"v":1,"id":"{id}","form":{{"notes":"it was the left calf"}}}}"#);
    j.keep_edit_draft(&edit).unwrap();
    drop(j);

    let mut j = twinge_app::Journal::open(dir.path(), clock()).unwrap();
    let kept = j
        .log_home("2026-11-20")
        .unwrap()
        .kept
        .edit
        .expect("the edit is kept");
    assert_eq!(
        (kept.episode.id.as_str(), kept.draft.as_str()),
        (id.as_str(), edit.as_str())
    );
    // The episode comes as it is now, with the unsaved changes beside it.
    assert_eq!(kept.episode.kind, twinge_core::Kind::Cramp);
    for bad in [DRAFT, r#"{"id": 7}"#, r#"{"id": "not an id"}"#, "[]"] {
        let e = j.keep_edit_draft(bad).unwrap_err();
        assert_eq!(e.code, "draft_not_form", "{bad}");
    }
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.edit, Some(kept));
    // The new episode's draft and the edit are kept apart.
    j.keep_log_draft(DRAFT).unwrap();
    let home = j.log_home("2026-11-20").unwrap();
    assert_eq!(
        (home.kept.log.as_str(), home.kept.edit.is_some()),
        (DRAFT, true)
    );

    // An edit whose episode was deleted since does not come back.
    j.delete(&id).unwrap();
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.edit, None);
    j.undo_delete(&id).unwrap();
    assert!(j.log_home("2026-11-20").unwrap().kept.edit.is_some());
    // Saved or cancelled: forgotten.
    j.keep_edit_draft("").unwrap();
    drop(j);
    let j = twinge_app::Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.edit, None);
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.log, DRAFT);
}

#[test]
fn a_check_in_left_open_outlives_a_restart_until_it_is_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    j.keep_log_draft(DRAFT).unwrap();
    j.keep_checkin_draft(CHECKIN).unwrap();
    drop(j);
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    let kept = j.log_home("2026-11-20").unwrap().kept;
    assert_eq!((kept.log.as_str(), kept.checkin.as_str()), (DRAFT, CHECKIN));
    // A check-in needs the day it is for; anything else is refused and changes nothing.
    for bad in [
        r#"{"v":1,"chosen":[]}"#,
        r#"{"v":1,"date":"yesterday"}"#,
        r#"{"v":1,"date":"2026-02-30"}"#,
        r#"{"v":1,"date":20261119}"#,
        "[1, 2]",
    ] {
        let e = j.keep_checkin_draft(bad).unwrap_err();
        assert_eq!(e.code, "draft_not_form", "{bad}");
    }
    let huge = format!(
        r#"{{"date":"2026-11-19","own":"{}"}}"#,
        "a".repeat(MAX_DRAFT_BYTES)
    );
    assert_eq!(
        j.keep_checkin_draft(&huge).unwrap_err().code,
        "draft_too_large"
    );
    assert_eq!(j.log_home("2026-11-20").unwrap().kept.checkin, CHECKIN);
    // Saved or cancelled, it is forgotten, and the episode's draft stays.
    j.keep_checkin_draft("").unwrap();
    drop(j);
    let j = Journal::open(dir.path(), clock()).unwrap();
    let kept = j.log_home("2026-11-20").unwrap().kept;
    assert_eq!((kept.log.as_str(), kept.checkin.as_str()), (DRAFT, ""));
}

#[test]
fn an_encrypted_journal_keeps_its_drafts_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let passcode = "correct horse mossy teapot";
    let mut j = common::encrypted_with(
        dir.path(),
        &common::cramp("2026-11-19T22:00:00+01:00"),
        passcode,
    );
    j.keep_log_draft(DRAFT).unwrap();
    let id = common::episodes(&j)[0].id.clone();
    let edit = format!(r#"{{"v":1,"id":"{id}","form":{{"notes":"after the long stairs"}}}}"#);
    j.keep_edit_draft(&edit).unwrap();
    j.keep_checkin_draft(CHECKIN).unwrap();
    drop(j);

    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            for needle in [
                &b"cramp in the arch"[..],
                b"after the long stairs",
                b"long_drive",
            ] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{} holds a draft in the clear",
                    path.display()
                );
            }
        }
    }
    let j = Journal::unlock(dir.path(), passcode, clock()).unwrap();
    let home = j.log_home("2026-11-20").unwrap();
    assert_eq!(home.kept.log, DRAFT);
    assert_eq!(home.kept.edit.map(|e| e.draft), Some(edit));
    assert_eq!(home.kept.checkin, CHECKIN);
}
