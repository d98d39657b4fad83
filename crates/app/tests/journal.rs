//! Use cases against a real journal file and a fixed clock.

use std::sync::Arc;

use twinge_app::{
    AppError, EpisodeInput, FixedClock, Input, Journal, ListQuery, LocationInput, ReliefInput,
};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::new(NOW_MS, 60))
}

fn cramp() -> EpisodeInput {
    EpisodeInput {
        kind: "cramp".into(),
        started_at: "2026-11-20T03:10:00+01:00".into(),
        duration_s: Some(120),
        count: None,
        intensity: 7,
        locations: vec![LocationInput {
            region: "calf".into(),
            side: "left".into(),
        }],
        triggers: vec!["Lying down / night".into()],
        reliefs: vec![ReliefInput {
            relief: "stretching".into(),
            helped: 3,
        }],
        associated: vec!["stiffness".into()],
        woke_from_sleep: true,
        notes: "woke me up".into(),
    }
}

#[test]
fn log_list_update_delete_undo_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let c = clock();
    let mut j = Journal::open(dir.path(), c.clone()).unwrap();
    let saved = j.log(&cramp()).unwrap();
    assert_eq!(saved.triggers[0].key, "lying_down");
    assert_eq!(saved.triggers[0].name, "Lying down / night");
    assert_eq!(saved.reliefs[0].name, "Stretching");
    assert_eq!(saved.created_at_ms, NOW_MS);
    assert_eq!(&saved.id[14..15], "7", "UUID version 7: {}", saved.id);
    drop(j);

    let mut j = Journal::open(dir.path(), c.clone()).unwrap();
    let page = j.list(&ListQuery::default()).unwrap();
    assert_eq!(page.episodes, vec![saved.clone()]);

    c.advance_ms(60_000);
    let mut edit = cramp();
    edit.intensity = 4;
    edit.triggers = vec!["lying_down".into(), "Red wine".into()];
    let updated = j.update(&saved.id, &edit).unwrap();
    assert_eq!(updated.id, saved.id);
    assert_eq!(updated.intensity, 4);
    assert_eq!(updated.created_at_ms, saved.created_at_ms);
    assert_eq!(updated.updated_at_ms, NOW_MS + 60_000);
    assert_eq!(updated.triggers.len(), 2);

    j.delete(&saved.id).unwrap();
    assert!(j.list(&ListQuery::default()).unwrap().episodes.is_empty());
    let back = j.undo_delete(&saved.id).unwrap();
    assert_eq!(back.intensity, 4);
    assert_eq!(j.list(&ListQuery::default()).unwrap().episodes.len(), 1);
    assert!(j.check().unwrap().problems.is_empty());
}

fn field_codes(e: &AppError) -> Vec<(String, String)> {
    e.fields
        .iter()
        .map(|f| (f.field.clone(), f.code.clone()))
        .collect()
}

#[test]
fn invalid_input_is_refused_with_field_errors_and_writes_nothing() {
    let mut j = Journal::in_memory(clock()).unwrap();
    let vocab_before = j.vocabularies().unwrap();
    type Case = (fn(&mut EpisodeInput), &'static str, &'static str);
    let cases: Vec<Case> = vec![
        (|i| i.intensity = 11, "intensity", "intensity_out_of_range"),
        (|i| i.intensity = -1, "intensity", "intensity_out_of_range"),
        (|i| i.kind = "hiccup".into(), "kind", "unknown_kind"),
        (
            |i| i.locations[0].region = "tail".into(),
            "locations",
            "unknown_region",
        ),
        (
            |i| i.started_at = "2026-11-21T09:00:00+00:00".into(),
            "started_at",
            "started_in_future",
        ),
        (|i| i.started_at = "soon".into(), "started_at", "bad_time"),
        (|i| i.notes = "n".repeat(2001), "notes", "notes_too_long"),
        (
            |i| i.reliefs[0].helped = 9,
            "reliefs",
            "helped_out_of_range",
        ),
    ];
    for (change, field, code) in cases {
        let mut input = cramp();
        input.triggers.push("Brand new trigger".into());
        change(&mut input);
        let err = j.log(&input).unwrap_err();
        assert_eq!(err.code, code);
        assert_eq!(field_codes(&err)[0], (field.to_string(), code.to_string()));
        assert!(
            err.message.len() > 10 && !err.message.contains(code),
            "{}",
            err.message
        );
    }
    assert!(j.list(&ListQuery::default()).unwrap().episodes.is_empty());
    assert_eq!(
        j.vocabularies().unwrap(),
        vocab_before,
        "no trigger was added"
    );
}

#[test]
fn requests_with_unknown_fields_or_wrong_types_become_app_errors() {
    let ok: Input<EpisodeInput> =
        serde_json::from_value(serde_json::to_value(cramp()).unwrap()).unwrap();
    assert!(ok.into_inner().is_ok());

    let mut v = serde_json::to_value(cramp()).unwrap();
    v["sneaky"] = serde_json::json!(true);
    let err = serde_json::from_value::<Input<EpisodeInput>>(v)
        .unwrap()
        .into_inner()
        .unwrap_err();
    assert_eq!(err.code, "invalid_input");
    assert!(err.message.contains("sneaky"), "{}", err.message);

    let mut v = serde_json::to_value(cramp()).unwrap();
    v["intensity"] = serde_json::json!("very");
    let err = serde_json::from_value::<Input<EpisodeInput>>(v)
        .unwrap()
        .into_inner()
        .unwrap_err();
    assert_eq!(err.code, "invalid_input");

    let mut v = serde_json::to_value(cramp()).unwrap();
    v["notes"] = serde_json::json!("x".repeat(300_000));
    let err = serde_json::from_value::<Input<EpisodeInput>>(v)
        .unwrap()
        .into_inner()
        .unwrap_err();
    assert_eq!(err.code, "request_too_large");
}

#[test]
fn paging_walks_every_episode_once() {
    let c = clock();
    let mut j = Journal::in_memory(c.clone()).unwrap();
    for minute in 0..23 {
        let mut i = cramp();
        i.started_at = format!("2026-11-19T10:{minute:02}:00+01:00");
        j.log(&i).unwrap();
    }
    let mut seen = Vec::new();
    let mut q = ListQuery {
        limit: Some(10),
        before: None,
        ..Default::default()
    };
    loop {
        let page = j.list(&q).unwrap();
        seen.extend(page.episodes.iter().map(|e| e.started_at.clone()));
        match page.next {
            Some(next) => q.before = Some(next),
            None => break,
        }
    }
    assert_eq!(seen.len(), 23);
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(seen, sorted, "newest first");
    assert_eq!(
        j.list(&ListQuery {
            limit: Some(0),
            ..Default::default()
        })
        .unwrap_err()
        .code,
        "bad_limit"
    );
}

#[test]
fn a_missing_episode_is_reported_in_words() {
    let mut j = Journal::in_memory(clock()).unwrap();
    let err = j
        .delete("019a0000-0000-7000-8000-000000000000")
        .unwrap_err();
    assert_eq!(err.code, "not_found");
    assert_eq!(j.delete("nonsense").unwrap_err().code, "bad_id");
}

#[test]
fn filters_narrow_history_by_kind_region_trigger_and_notes() {
    let mut j = Journal::in_memory(clock()).unwrap();
    j.log(&cramp()).unwrap();
    let mut twitch = cramp();
    twitch.kind = "twitch".into();
    twitch.locations[0].region = "eyelid".into();
    twitch.triggers = vec!["Stress".into()];
    twitch.notes = "during the 100% busy meeting".into();
    j.log(&twitch).unwrap();
    let count = |q: ListQuery| j.list(&q).unwrap().episodes.len();
    assert_eq!(count(ListQuery::default()), 2);
    let by = |f: fn(&mut ListQuery)| {
        let mut q = ListQuery::default();
        f(&mut q);
        q
    };
    assert_eq!(count(by(|q| q.kind = Some("twitch".into()))), 1);
    assert_eq!(count(by(|q| q.region = Some("calf".into()))), 1);
    assert_eq!(count(by(|q| q.trigger = Some("stress".into()))), 1);
    assert_eq!(count(by(|q| q.text = Some("100%".into()))), 1);
    assert_eq!(
        count(by(|q| q.text = Some("WOKE".into()))),
        1,
        "case-insensitive"
    );
    assert_eq!(count(by(|q| q.text = Some("%".into()))), 1, "% is literal");
    assert_eq!(
        j.list(&by(|q| q.region = Some("tail".into())))
            .unwrap_err()
            .code,
        "unknown_region"
    );
}

#[test]
fn repeat_last_copies_kind_places_and_intensity_at_the_given_time() {
    let mut j = Journal::in_memory(clock()).unwrap();
    assert_eq!(
        j.repeat_last("2026-11-20T09:00:00+01:00").unwrap_err().code,
        "nothing_to_repeat"
    );
    let first = j.log(&cramp()).unwrap();
    let home = j.log_home("2026-11-20").unwrap();
    assert_eq!(home.last.as_ref().unwrap().id, first.id);
    let again = j.repeat_last("2026-11-20T09:30:00+01:00").unwrap();
    assert_ne!(again.id, first.id);
    assert_eq!(again.kind, first.kind);
    assert_eq!(again.locations, first.locations);
    assert_eq!(again.intensity, first.intensity);
    assert_eq!(again.started_at, "2026-11-20T09:30:00+01:00");
    assert!(again.notes.is_empty() && again.triggers.is_empty());
}

#[test]
fn recent_places_are_the_latest_distinct_places_of_live_episodes() {
    let mut j = Journal::in_memory(clock()).unwrap();
    assert!(j.vocabularies().unwrap().recent_places.is_empty());
    let at = |region: &str, side: &str, when: &str| {
        let mut e = cramp();
        e.started_at = when.into();
        e.locations = vec![LocationInput {
            region: region.into(),
            side: side.into(),
        }];
        e
    };
    j.log(&at("calf", "left", "2026-11-18T03:00:00+01:00"))
        .unwrap();
    j.log(&at("eyelid", "right", "2026-11-19T10:00:00+01:00"))
        .unwrap();
    j.log(&at("calf", "left", "2026-11-20T01:00:00+01:00"))
        .unwrap();
    j.log(&at("neck", "centre", "2026-11-17T08:00:00+01:00"))
        .unwrap();
    let newest_foot = j
        .log(&at("foot", "both", "2026-11-20T02:00:00+01:00"))
        .unwrap();
    for toes in ["2026-11-10T08:00:00+01:00", "2026-11-11T08:00:00+01:00"] {
        j.log(&at("toes", "left", toes)).unwrap();
    }
    let places = |j: &Journal| -> Vec<String> {
        j.vocabularies()
            .unwrap()
            .recent_places
            .iter()
            .map(|l| format!("{}/{}", l.region.code(), l.side.code()))
            .collect()
    };
    // The latest start of each place decides; the same place comes once; at most four.
    assert_eq!(
        places(&j),
        ["foot/both", "calf/left", "eyelid/right", "neck/centre"]
    );
    // A deleted episode's place is no longer offered.
    j.delete(&newest_foot.id).unwrap();
    assert_eq!(
        places(&j),
        ["calf/left", "eyelid/right", "neck/centre", "toes/left"]
    );
}

#[test]
fn a_quiet_day_is_cleared_when_an_episode_is_logged_that_day() {
    let mut j = Journal::in_memory(clock()).unwrap();
    j.mark_quiet_day("2026-11-20").unwrap();
    j.mark_quiet_day("2026-11-19").unwrap();
    assert!(j.log_home("2026-11-20").unwrap().quiet_today);
    j.log(&cramp()).unwrap(); // 2026-11-20 03:10 local
    assert!(!j.is_quiet_day("2026-11-20").unwrap());
    assert!(j.is_quiet_day("2026-11-19").unwrap());
    assert_eq!(
        j.mark_quiet_day("2026-11-23").unwrap_err().code,
        "date_in_future"
    );
    assert_eq!(j.mark_quiet_day("20/11/2026").unwrap_err().code, "bad_date");
    // A day with episodes cannot be marked as without them.
    j.log(&cramp()).unwrap();
    let err = j.mark_quiet_day("2026-11-20").unwrap_err();
    assert_eq!(err.code, "day_has_episodes");
    assert_eq!(
        err.message,
        "You logged 2 episodes today: a day with episodes cannot be marked “no episodes”."
    );
    assert!(!j.is_quiet_day("2026-11-20").unwrap(), "nothing changed");
    j.clear_quiet_day("2026-11-19").unwrap();
    assert!(!j.is_quiet_day("2026-11-19").unwrap());
}

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
    let page = j.list(&ListQuery::default()).unwrap();
    let e = page.episodes.iter().find(|e| e.id == saved.id).unwrap();
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
    use twinge_app::{
        AppointmentInput, MedChange, MedicationChangeInput, Settings, Theme, WeekStart,
    };
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
        .add_appointment(&AppointmentInput {
            date: "2026-12-01".into(),
            note: "neurology".into(),
        })
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
        j.add_appointment(&AppointmentInput {
            date: "soon".into(),
            note: String::new()
        })
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
    j.delete_appointment(&a.id).unwrap();
    assert!(j.appointments().unwrap().is_empty());
    assert_eq!(j.delete_appointment(&a.id).unwrap_err().code, "not_found");
}

#[test]
fn delete_everything_removes_the_journal_and_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("unrelated.txt"), "mine").unwrap();
    let mut j = Journal::open(dir.path(), clock()).unwrap();
    j.log(&cramp()).unwrap();
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
    assert!(j.list(&ListQuery::default()).unwrap().episodes.is_empty());
}

#[test]
fn daily_backups_keep_the_last_seven() {
    let dir = tempfile::tempdir().unwrap();
    let c = clock();
    let mut j = Journal::open(dir.path(), c.clone()).unwrap();
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
    let pdf = j
        .report_pdf(&twinge_app::ReportRequest {
            from: "2026-11-01".into(),
            to: "2026-11-20".into(),
            paper: twinge_app::PaperSize::A4,
            questions: String::new(),
            appendix: twinge_app::AppendixChoice::All,
            psfs_frequency: None,
            psfs_severity: None,
            language: None,
        })
        .unwrap();
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
