//! The records around episodes against a real journal file: vocabulary, settings,
//! appointments and medication changes, backups, "Delete everything" and file modes.

mod common;

use common::{clock, detailed_cramp as cramp};

use twinge_app::{Journal, ReliefInput};

#[test]
fn vocabulary_entries_are_renamed_and_archived_never_lost() {
    use twinge_app::{VocabAddInput, VocabEditInput, VocabKindDto};
    let mut j = Journal::in_memory(clock()).unwrap();
    let med = j
        .add_vocab(&VocabAddInput {
            kind: VocabKindDto::Relief,
            name: "Magnesium".into(),
            is_medication: true,
            dose: Some("300 mg".into()),
        })
        .unwrap();
    assert!(med.is_medication);
    assert_eq!(med.dose.as_deref(), Some("300 mg"));
    let mut input = cramp();
    input.reliefs.push(ReliefInput {
        relief: med.key.clone(),
        helped: 2,
    });
    let saved = j.log(&input).unwrap();

    let renamed = j
        .edit_vocab(&VocabEditInput {
            kind: VocabKindDto::Trigger,
            key: "lying_down".into(),
            name: Some("In bed".into()),
            archived: Some(true),
        })
        .unwrap();
    assert!(renamed.archived);
    let e = common::episode(&j, |e| e.id == saved.id);
    assert_eq!(
        e.triggers[0].name, "In bed",
        "old episodes show the new name"
    );
    assert_eq!(e.reliefs[1].name, "Magnesium");

    let taken = j
        .edit_vocab(&VocabEditInput {
            kind: VocabKindDto::Trigger,
            key: "stress".into(),
            name: Some("in bed".into()),
            archived: None,
        })
        .unwrap_err();
    assert_eq!(taken.code, "name_taken");
    let empty = j
        .add_vocab(&VocabAddInput {
            kind: VocabKindDto::Trigger,
            name: "   ".into(),
            is_medication: false,
            dose: None,
        })
        .unwrap_err();
    assert_eq!(empty.code, "bad_name");
}

#[test]
fn settings_appointments_and_medication_changes_round_trip() {
    use twinge_app::{MedChange, MedicationChangeInput, Pgic, Settings, Theme, WeekStart};
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(j.settings().unwrap(), Settings::default());
    let s = Settings {
        display_name: "Alex Example".into(),
        theme: Theme::Dark,
        week_start: WeekStart::Sunday,
        auto_lock_minutes: 15,
        date_of_birth: "1961-03-12".into(),
    };
    assert_eq!(j.update_settings(&s).unwrap(), s);
    for (born, code) in [
        ("2099-01-01", "bad_date_of_birth"),
        ("1850-01-01", "bad_date_of_birth"),
        ("12/03/1961", "bad_date"),
    ] {
        let err = j
            .update_settings(&Settings {
                date_of_birth: born.into(),
                ..s.clone()
            })
            .unwrap_err();
        assert_eq!(
            (err.code.as_str(), err.fields[0].field.as_str()),
            (code, "date_of_birth")
        );
    }
    assert_eq!(j.settings().unwrap(), s, "a refused date changes nothing");
    let too_long = j
        .update_settings(&Settings {
            auto_lock_minutes: 24 * 60 + 1,
            ..s.clone()
        })
        .unwrap_err();
    assert_eq!(too_long.fields[0].field, "auto_lock_minutes");
    let a = j
        .add_appointment(&common::appointment("2026-12-01", "neurology"))
        .unwrap();
    j.add_medication_change(&MedicationChangeInput {
        date: "2026-11-01".into(),
        name: "Magnesium".into(),
        dose: "300 mg".into(),
        change: MedChange::Started,
        note: String::new(),
    })
    .unwrap();
    assert_eq!(
        j.add_appointment(&common::appointment("soon", ""))
            .unwrap_err()
            .fields[0]
            .field,
        "date"
    );
    drop(j);
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    assert_eq!(j.settings().unwrap(), s);
    assert_eq!(j.appointments().unwrap()[0].note, "neurology");
    assert_eq!(
        j.medication_changes().unwrap()[0].change,
        MedChange::Started
    );
    // On its day the Log tab asks the PGIC; the answer is kept on the appointment.
    let home = j.log_home("2026-12-01").unwrap();
    assert_eq!(home.appointment_today.as_ref().map(|x| &x.id), Some(&a.id));
    assert_eq!(home.appointment_today.unwrap().pgic, None);
    assert!(j
        .log_home("2026-12-02")
        .unwrap()
        .appointment_today
        .is_none());
    let answered = j.answer_pgic(&a.id, Pgic::MuchImproved).unwrap();
    assert_eq!(answered.pgic, Some(Pgic::MuchImproved));
    let again = j.answer_pgic(&a.id, Pgic::NoChange).unwrap();
    assert_eq!(
        again.pgic,
        Some(Pgic::NoChange),
        "a new answer replaces the first"
    );
    assert_eq!(
        j.log_home("2026-12-01")
            .unwrap()
            .appointment_today
            .unwrap()
            .pgic,
        Some(Pgic::NoChange)
    );
    assert_eq!(
        j.answer_pgic("no-such-id", Pgic::MuchWorse)
            .unwrap_err()
            .code,
        "not_found"
    );
    j.delete_appointment(&a.id).unwrap();
    assert!(j.appointments().unwrap().is_empty());
    assert_eq!(j.delete_appointment(&a.id).unwrap_err().code, "not_found");
}

#[test]
fn delete_everything_removes_the_journal_and_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("unrelated.txt"), "mine").unwrap();
    let mut j = common::logged(dir.path(), &cramp());
    j.start_daily_backup().unwrap().join().unwrap().unwrap();
    j.backup_to(&dir.path().join("twinge.db.manual.bak"))
        .unwrap();
    assert!(dir.path().join("backups").read_dir().unwrap().count() == 1);
    // What the window's web view keeps there (caches, storage) goes too.
    let webview = dir.path().join(twinge_app::WEBVIEW_DIR);
    std::fs::create_dir_all(webview.join("storage")).unwrap();
    std::fs::write(webview.join("storage/localstorage.sqlite3"), "x").unwrap();
    // An export saved elsewhere is remembered, so deleting can say it is still there.
    let elsewhere = tempfile::tempdir().unwrap();
    let export = elsewhere.path().join("my-journal.json");
    std::fs::write(
        &export,
        j.export_bytes(twinge_app::FileFormat::Json).unwrap(),
    )
    .unwrap();
    j.remember_written(&export).unwrap();
    let gone = elsewhere.path().join("deleted-by-hand.pdf");
    j.remember_written(&gone).unwrap();
    let report = j.delete_everything().unwrap();
    assert!(report.removed >= 2);
    assert_eq!(
        report.left,
        vec![
            dir.path().join("unrelated.txt").display().to_string(),
            export.display().to_string()
        ],
        "what is left: a file not Twinge's and the export; not the file already gone"
    );
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    // The two empty lock files stay: a command waiting on one must find it there.
    assert_eq!(left, ["twinge.change.lock", "twinge.lock", "unrelated.txt"]);
    for lock in ["twinge.change.lock", "twinge.lock"] {
        assert_eq!(std::fs::metadata(dir.path().join(lock)).unwrap().len(), 0);
    }
    let j = Journal::open(dir.path(), clock()).unwrap();
    assert!(common::episodes(&j).is_empty());
}

#[test]
fn daily_backups_keep_the_last_seven_and_an_empty_journal_makes_none() {
    let dir = tempfile::tempdir().unwrap();
    let c = clock();
    let mut j = Journal::open(dir.path(), c.clone()).unwrap();
    // Nothing to keep yet: its copy would only push a real backup out of the seven.
    assert!(j.start_daily_backup().is_none());
    j.log(&cramp()).unwrap();
    for _ in 0..10 {
        j.start_daily_backup().unwrap().join().unwrap().unwrap();
        c.advance_ms(86_400_000);
    }
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 7, "{names:?}");
    assert_eq!(names[6], "twinge-2026-11-29.db");
    let check =
        twinge_store::Store::check_file(&dir.path().join("backups").join(&names[6])).unwrap();
    assert_eq!(check.episodes, 1);
}

#[test]
fn every_file_twinge_writes_is_the_users_alone() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let mut j = Journal::open(&data, clock()).unwrap();
    j.log(&cramp()).unwrap();
    j.start_daily_backup().unwrap().join().unwrap().unwrap();
    let out = home.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o755)).unwrap();
    j.backup_to(&out.join("manual.db")).unwrap();
    let export = j.export_bytes(twinge_app::FileFormat::Csv).unwrap();
    twinge_app::write_atomically(&out.join("export.csv"), &export).unwrap();
    let pdf = common::report(
        &j,
        "2026-11-01",
        "2026-11-20",
        twinge_app::AppendixChoice::All,
    );
    twinge_app::write_atomically(&out.join("report.pdf"), &pdf).unwrap();
    j.restore_from(&out.join("manual.db")).unwrap();

    let mut seen = 0;
    let mut folders = vec![data.clone()];
    while let Some(dir) = folders.pop() {
        assert_eq!(mode(&dir), 0o700, "{}", dir.display());
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                assert_eq!(mode(&path), 0o600, "{}", path.display());
                seen += 1;
            }
        }
    }
    // The journal, its -wal and -shm, a daily backup and the copy made before the restore.
    assert!(seen >= 5, "{seen} files in the data folder");
    for name in ["manual.db", "export.csv", "report.pdf"] {
        assert_eq!(mode(&out.join(name)), 0o600, "{name}");
    }
    // Nothing temporary is left beside what was written.
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");

    // A journal from before, with wider permissions, is narrowed when opened.
    drop(j);
    let db = data.join("twinge.db");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    let _j = Journal::open(&data, clock()).unwrap();
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&data), 0o700);
}
