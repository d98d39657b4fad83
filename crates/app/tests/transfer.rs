//! Export → import round trips, idempotence, conflicts, all-or-nothing; the older
//! format versions and the CSV read back (refusals are in transfer_refusals.rs).

mod common;

use common::journals::{input, journal_with};
use common::{clock, NOW_MS};
use proptest::prelude::*;
use twinge_app::{CheckinDto, CheckinFactor, FactorLevel, FileFormat, Journal, ListQuery};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn json_export_import_export_is_byte_identical(
        notes in proptest::collection::vec("\\PC{0,40}", 0..6),
        offsets in proptest::collection::vec(-840i32..=840, 1..3),
        intensities in proptest::collection::vec(0i64..=10, 1..3),
        archive in any::<bool>(),
        delete_every in 0usize..4,
    ) {
        let a = journal_with(&notes, &offsets, &intensities, archive, delete_every);
        let first = a.export_bytes(FileFormat::Json).unwrap();
        let mut b = Journal::in_memory(clock()).unwrap();
        // The person chose to take the file's settings too (they differ from new ones).
        let summary = b.import_with_progress(&first, FileFormat::Json, true, &mut |_| {}).unwrap();
        prop_assert!(summary.written, "{:?}", summary.problems);
        prop_assert!(summary.settings_taken);
        prop_assert_eq!(summary.new as usize, notes.len());
        prop_assert_eq!(summary.checkins_in_file, 3);
        let second = b.export_bytes(FileFormat::Json).unwrap();
        prop_assert_eq!(String::from_utf8(first).unwrap(), String::from_utf8(second).unwrap());
    }
}

#[test]
fn importing_twice_adds_nothing_and_the_newer_version_wins() {
    let notes: Vec<String> = (0..8).map(|i| format!("note {i}")).collect();
    let a = journal_with(&notes, &[60], &[5, 9], false, 0);
    let file = a.export_bytes(FileFormat::Json).unwrap();
    let c = clock();
    let mut b = Journal::in_memory(c.clone()).unwrap();
    assert_eq!(b.import(&file, FileFormat::Json).unwrap().new, 8);
    let again = b.import(&file, FileFormat::Json).unwrap();
    assert_eq!((again.new, again.unchanged, again.updated), (0, 8, 0));

    // Edit one episode here (newer), then import the older file: ours is kept.
    let page = b.list(&ListQuery::default()).unwrap();
    let target = &page.episodes[0];
    c.advance_ms(60_000);
    let mut edit = input(0, "edited here", 60, 2);
    edit.started_at = target.started_at.clone();
    b.update(&target.id, &edit).unwrap();
    let s = b.preview_import(&file, FileFormat::Json).unwrap();
    assert_eq!(s.kept_newer_here, 1);
    assert!(!s.written && s.dry_run);

    // A file with a newer version of it replaces ours.
    let mut newer: serde_json::Value = serde_json::from_slice(&file).unwrap();
    for e in newer["episodes"].as_array_mut().unwrap() {
        if e["id"] == target.id.as_str() {
            e["notes"] = "newer in the file".into();
            e["updated_at_ms"] = (NOW_MS + 10 * 60_000).into();
        }
    }
    let s = b
        .import(&serde_json::to_vec(&newer).unwrap(), FileFormat::Json)
        .unwrap();
    assert_eq!((s.updated, s.unchanged), (1, 7));
    let page = b.list(&ListQuery::default()).unwrap();
    assert!(page.episodes.iter().any(|e| e.notes == "newer in the file"));
}

#[test]
fn one_bad_row_refuses_the_whole_import_and_names_row_and_field() {
    let notes: Vec<String> = (0..5).map(|i| format!("n{i}")).collect();
    let a = journal_with(&notes, &[60], &[5], false, 0);
    let mut v: serde_json::Value =
        serde_json::from_slice(&a.export_bytes(FileFormat::Json).unwrap()).unwrap();
    v["episodes"][3]["intensity"] = 11.into();
    v["episodes"][1]["locations"][0]["region"] = "tail".into();
    let mut b = Journal::in_memory(clock()).unwrap();
    let s = b
        .import(&serde_json::to_vec(&v).unwrap(), FileFormat::Json)
        .unwrap();
    assert!(!s.written);
    assert_eq!(s.rejected, 2);
    let rows: Vec<(u32, String)> = s
        .problems
        .iter()
        .map(|p| (p.row, p.field.clone()))
        .collect();
    assert!(
        rows.contains(&(4, "intensity".into())) && rows.contains(&(2, "locations".into())),
        "{rows:?}"
    );
    assert!(common::episodes(&b).is_empty());
    assert!(
        b.appointments().unwrap().is_empty(),
        "nothing else was written either"
    );
}

#[test]
fn a_bad_csv_row_is_named_by_its_line_as_a_spreadsheet_numbers_it() {
    let notes: Vec<String> = (0..5).map(|i| format!("n{i}")).collect();
    let a = journal_with(&notes, &[60], &[5], false, 0);
    let csv = String::from_utf8(a.export_bytes(FileFormat::Csv).unwrap()).unwrap();
    // The header is line 1; the third episode's intensity goes off the scale.
    let mut lines: Vec<String> = csv.lines().map(String::from).collect();
    lines[3] = lines[3].replacen(",5,", ",11,", 1);
    let mut b = Journal::in_memory(clock()).unwrap();
    let s = b
        .import(lines.join("\n").as_bytes(), FileFormat::Csv)
        .unwrap();
    assert!(!s.written);
    let rows: Vec<(u32, &str)> = s
        .problems
        .iter()
        .map(|p| (p.row, p.field.as_str()))
        .collect();
    assert_eq!(rows, [(4, "intensity")]);
}

#[test]
fn csv_round_trips_every_field_it_carries() {
    let notes: Vec<String> = vec![
        "plain".into(),
        "comma, \"quotes\" and\nnewline".into(),
        "émoji 🦵".into(),
        String::new(),
        // Would start a formula in a spreadsheet: written with a leading ', read without.
        "=HYPERLINK(\"http://x\", \"click\")".into(),
        "-5 °C outside".into(),
        "+1 since yesterday".into(),
        "@SUM(A1)".into(),
        "'tis the season".into(),
        "'=already quoted".into(),
    ];
    let a = journal_with(&notes, &[-300, 330], &[0, 10], false, 0);
    let csv = a.export_bytes(FileFormat::Csv).unwrap();
    let text = String::from_utf8(csv.clone()).unwrap();
    for cell in [
        "'=HYPERLINK(",
        "'-5 °C",
        "'+1 since",
        "'@SUM(A1)",
        "''=already",
    ] {
        assert!(text.contains(cell), "{cell} is guarded: {text}");
    }
    assert!(
        !text.contains("''tis"),
        "an apostrophe before a letter is left alone"
    );
    // The header and the values are in words a spreadsheet user reads.
    assert!(
        text.starts_with(
            "Id,Kind,Start,Duration (s),Twitches in the burst,Intensity 0–10,Where,Triggers,What helped (0–3),Symptoms"
        ),
        "{text}"
    );
    assert!(
        text.contains("Trigger 0") && text.contains("Heat:"),
        "names are readable: {text}"
    );
    let mut b = Journal::in_memory(clock()).unwrap();
    let s = b.import(&csv, FileFormat::Csv).unwrap();
    assert!(s.written, "{:?}", s.problems);
    let ea = common::episodes(&a);
    let eb = common::episodes(&b);
    assert_eq!(ea.len(), eb.len());
    for (x, y) in ea.iter().zip(eb.iter()) {
        assert_eq!(x.id, y.id);
        assert_eq!(
            (x.kind, &x.started_at, x.duration_s, x.count, x.intensity),
            (y.kind, &y.started_at, y.duration_s, y.count, y.intensity)
        );
        assert_eq!(
            (
                &x.locations,
                &x.associated,
                x.woke_from_sleep,
                x.set_off,
                &x.notes
            ),
            (
                &y.locations,
                &y.associated,
                y.woke_from_sleep,
                y.set_off,
                &y.notes
            )
        );
        let names = |e: &twinge_app::EpisodeDto| {
            e.triggers
                .iter()
                .map(|t| t.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(x), names(y));
        let rel = |e: &twinge_app::EpisodeDto| {
            e.reliefs
                .iter()
                .map(|r| (r.name.clone(), r.helped))
                .collect::<Vec<_>>()
        };
        assert_eq!(rel(x), rel(y));
        assert_eq!(
            (x.created_at_ms, x.updated_at_ms),
            (y.created_at_ms, y.updated_at_ms)
        );
    }
    // A sheet with the older header and codes still imports.
    let older = "kind,started_at,intensity,locations,associated\n\
                 cramp,2026-11-10T03:00:00+00:00,6,calf:left; foot:right,weakness\n";
    let mut c = Journal::in_memory(clock()).unwrap();
    let s = c.import(older.as_bytes(), FileFormat::Csv).unwrap();
    assert!(s.written, "{:?}", s.problems);
    let e = &common::episodes(&c)[0];
    assert_eq!(e.place, "Calf, left; Foot, right");
    assert_eq!(e.associated, [twinge_core::Associated::Weakness]);
    // The check-ins, by name in the sheet, come back with the same keys and levels.
    assert!(text.contains("Hard exercise; Stress: A lot"), "{text}");
    for date in ["2026-11-01", "2026-11-03", "2026-11-04"] {
        assert_eq!(a.checkin(date).unwrap(), b.checkin(date).unwrap(), "{date}");
    }
    assert!(b
        .factors()
        .unwrap()
        .iter()
        .any(|f| f.name == "Long drive, “Ünicode”"));
}

#[test]
fn a_version_1_export_still_imports_and_check_ins_follow_the_newer_wins_rule() {
    let notes: Vec<String> = vec!["a".into(), "b".into()];
    let a = journal_with(&notes, &[60], &[5], false, 0);
    let v2 = String::from_utf8(a.export_bytes(FileFormat::Json).unwrap()).unwrap();
    // A version 1 file: the same without check-ins and factors.
    let mut value: serde_json::Value = serde_json::from_str(&v2).unwrap();
    let object = value.as_object_mut().unwrap();
    object.remove("factors");
    object.remove("checkins");
    object.insert("version".into(), 1.into());
    let v1 = serde_json::to_vec(&value).unwrap();
    let mut b = Journal::in_memory(clock()).unwrap();
    let s = b.import(&v1, FileFormat::Json).unwrap();
    assert!(s.written && s.new == 2, "{s:?}");
    assert_eq!(b.checkin("2026-11-01").unwrap(), None);

    // This journal's own newer check-in of a day is kept; the file's older one is not
    // written over it, and importing twice changes nothing.
    let c = clock();
    let mut here = Journal::in_memory(c.clone()).unwrap();
    c.advance_ms(86_400_000);
    here.save_checkin(&CheckinDto {
        date: "2026-11-01".into(),
        factors: vec![CheckinFactor {
            key: "alcohol".into(),
            level: FactorLevel::Yes,
        }],
        stiffness: None,
        sleep_broken: None,
    })
    .unwrap();
    for _ in 0..2 {
        assert!(
            here.import(v2.as_bytes(), FileFormat::Json)
                .unwrap()
                .written
        );
        assert_eq!(
            here.checkin("2026-11-01").unwrap().unwrap().factors[0].key,
            "alcohol"
        );
        assert_eq!(
            here.checkin("2026-11-03").unwrap(),
            a.checkin("2026-11-03").unwrap()
        );
    }

    // Bad check-ins refuse the whole import, in words.
    for (from, to, words) in [
        (
            "\"date\": \"2026-11-04\"",
            "\"date\": \"2026-13-04\"",
            "not a date",
        ),
        (
            "\"date\": \"2026-11-04\"",
            "\"date\": \"2099-11-04\"",
            "has not started",
        ),
        (
            "\"key\": \"hard_exercise\"",
            "\"key\": \"skydiving\"",
            "no factor",
        ),
        ("\"level\": \"a_lot\"", "\"level\": \"yes\"", "cannot be"),
    ] {
        let mut fresh = Journal::in_memory(clock()).unwrap();
        // The last match: check-ins come after the factors list in the file.
        let at = v2.rfind(from).unwrap();
        let bad = format!("{}{to}{}", &v2[..at], &v2[at + from.len()..]);
        assert_ne!(bad, v2, "{from}");
        let s = fresh.import(bad.as_bytes(), FileFormat::Json).unwrap();
        assert!(!s.written, "{to}");
        assert!(
            s.problems
                .iter()
                .any(|p| p.field == "checkins" && p.message.contains(words)),
            "{to}: {:?}",
            s.problems
        );
        assert!(common::episodes(&fresh).is_empty());
    }
}

#[test]
fn a_csv_export_saved_again_by_a_spreadsheet_in_a_german_locale_reads_the_same() {
    let notes: Vec<String> = vec![
        "Wade, nachts".into(),
        "Füße; kalt".into(),
        "\"zitiert\"".into(),
    ];
    let csv = journal_with(&notes, &[60], &[3, 8], false, 0)
        .export_bytes(FileFormat::Csv)
        .unwrap();
    // What Excel's "CSV (Trennzeichen-getrennt)" writes: `;`, CRLF, Windows-1252; and
    // its "CSV UTF-8": the same with a BOM.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&csv[..]);
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in reader.records() {
        writer.write_record(&row.unwrap()).unwrap();
    }
    let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    let ansi = encoding_rs::WINDOWS_1252.encode(&text).0.into_owned();
    let bom = [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat();
    let mut plain = Journal::in_memory(clock()).unwrap();
    assert!(plain.import(&csv, FileFormat::Csv).unwrap().written);
    for (what, bytes) in [("Windows-1252", ansi), ("UTF-8 with a BOM", bom)] {
        let mut j = Journal::in_memory(clock()).unwrap();
        let s = j.import(&bytes, FileFormat::Csv).unwrap();
        assert!(s.written && s.new == 3, "{what}: {:?}", s.problems);
        assert_eq!(
            j.export_bytes(FileFormat::Json).unwrap(),
            plain.export_bytes(FileFormat::Json).unwrap(),
            "{what}"
        );
    }
}
