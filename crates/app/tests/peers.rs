//! Importing other apps' diaries: for each format, a file built from `peer-formats.md`
//! with the quirks it names imports with the expected counts, and a second import of
//! the same file adds nothing.

mod common;

use std::collections::BTreeMap;

use common::{clock, fixture};
use twinge_app::{Journal, ListQuery, PeerMapping, PeerPreview, Role, Source};
use twinge_core::Kind;

fn kinds(p: &PeerPreview) -> Vec<u32> {
    Kind::ALL.iter().map(|k| p.by_kind[k]).collect()
}

fn counts(pairs: &[(&str, u32)]) -> BTreeMap<String, u32> {
    pairs.iter().map(|(n, c)| (n.to_string(), *c)).collect()
}

/// Imports a fixture, checks it against `expect`, imports it again (nothing new) and
/// gives the journal back.
/// A mapping that reads every row as one kind of episode (`*` names them all).
fn every_row_as(role: Role) -> PeerMapping {
    PeerMapping {
        roles: [("*".to_string(), role)].into(),
        ..PeerMapping::default()
    }
}

fn imported(name: &str, mapping: &PeerMapping, expect: impl Fn(&PeerPreview)) -> Journal {
    let bytes = fixture(name);
    let mut j = Journal::in_memory(clock()).unwrap();
    let preview = j.preview_peer(&bytes, None, mapping).unwrap();
    expect(&preview);
    assert!(
        !preview.import.written && preview.import.problems.is_empty(),
        "{:?}",
        preview.import.problems
    );
    let done = j.import_peer(&bytes, None, mapping, &mut |_| {}).unwrap();
    assert!(done.import.written, "{name}: {:?}", done.import.problems);
    assert_eq!(done.import.new, preview.episodes, "{name}");
    let again = j.import_peer(&bytes, None, mapping, &mut |_| {}).unwrap();
    assert_eq!(
        (again.import.new, again.import.unchanged),
        (0, preview.episodes),
        "{name} twice"
    );
    j
}

#[test]
fn flaredown_day_only_0_to_4_and_not_taken_by_default() {
    let j = imported("flaredown.csv", &PeerMapping::default(), |p| {
        assert_eq!(p.format, Source::Flaredown);
        assert_eq!(
            kinds(p),
            [0, 2, 1, 0],
            "Leg cramps 2 and 4; Twitching, eyelid 1; the 0 is no episode"
        );
        assert_eq!(p.checkin_days, 3);
        assert_eq!(p.factors, counts(&[("slept badly", 1), ("stress", 2)]));
        assert_eq!(
            p.medications,
            counts(&[("Baclofen", 1), ("Magnesium", 2)]),
            "Not Taken is the default"
        );
        let skipped: Vec<&str> = p.skipped.iter().map(|s| s.what.as_str()).collect();
        assert!(
            skipped.contains(&"Fatigue") && skipped.contains(&"Weather humidity"),
            "{skipped:?}"
        );
        assert!(p.rules.iter().any(|r| r.contains("0–4")), "{:?}", p.rules);
    });
    let late = common::episode(&j, |e| e.intensity == Some(3));
    assert!(
        late.started_at.starts_with("2024-03-31"),
        "the local day, not the UTC clock: {}",
        late.started_at
    );
    assert_eq!(late.when.as_deref(), Some("time not recorded"));
    assert_eq!(
        late.origin.as_deref(),
        Some("Imported from Flaredown: 1 on its 0–4 scale")
    );
}

#[test]
fn drip_cramp_days_with_lower_cased_notes_and_doubled_quotes_undone() {
    let j = imported("drip-data.csv", &PeerMapping::default(), |p| {
        assert_eq!(kinds(p), [0, 2, 0, 0]);
        assert_eq!(
            p.factors,
            counts(&[("fatigue", 1), ("happy", 1), ("stressed", 2)])
        );
        assert!(
            p.skipped
                .iter()
                .any(|s| s.what == "headache" && s.rows == [3]),
            "{:?}",
            p.skipped
        );
        assert!(p
            .skipped
            .iter()
            .any(|s| s.what == "Day notes" && s.rows == [2]));
    });
    let notes: Vec<String> = common::episodes(&j).into_iter().map(|e| e.notes).collect();
    assert!(
        notes.contains(&"cramps\närztin sagte \"mehr trinken\"".to_string()),
        "{notes:?}"
    );
}

#[test]
fn bearable_both_layouts_segments_become_parts_of_the_day() {
    let legacy = imported("bearable-legacy.csv", &PeerMapping::default(), |p| {
        assert_eq!(kinds(p), [0, 2, 0, 0]);
        assert_eq!(p.factors, counts(&[("Caffeine", 1), ("Mostly healthy", 1)]));
        assert_eq!(p.medications, counts(&[("Magnesium", 1)]));
        assert!(
            p.skipped.iter().any(|s| s.what == "Sleep" && s.rows == [8]),
            "{:?}",
            p.skipped
        );
    });
    let when: Vec<_> = common::episodes(&legacy)
        .into_iter()
        .map(|e| (e.when, e.intensity))
        .collect();
    assert_eq!(
        when,
        [
            (Some("at night".into()), Some(10)),
            (Some("in the afternoon".into()), Some(5))
        ]
    );
    imported("bearable-current.csv", &PeerMapping::default(), |p| {
        assert_eq!(kinds(p), [0, 0, 2, 0]);
        assert_eq!(
            p.factors,
            counts(&[("Caffeine", 1), ("Stress", 1)]),
            "emoji and level gone"
        );
    });
}

#[test]
fn daylio_entries_with_their_clock_and_activities_split_exactly() {
    let j = imported(
        "daylio_export_2021_09_28.csv",
        &PeerMapping::default(),
        |p| {
            assert_eq!(kinds(p), [0, 2, 0, 0]);
            assert_eq!(p.reliefs, counts(&[("stretching", 1)]));
            assert_eq!(
                p.factors,
                counts(&[
                    ("bad sleep", 1),
                    ("clean", 1),
                    ("movies / tv", 1),
                    ("music", 1)
                ])
            );
            assert_eq!(p.checkin_days, 3);
        },
    );
    let starts: Vec<String> = common::episodes(&j)
        .into_iter()
        .map(|e| e.started_at)
        .collect();
    assert_eq!(
        starts,
        ["2021-09-28T22:00:00+01:00", "2021-09-27T10:04:00+01:00"]
    );
}

#[test]
fn migraine_buddy_attacks_with_places_offsets_and_what_helped() {
    let mapping = every_row_as(Role::Spasm);
    let j = imported("migraine-buddy.csv", &mapping, |p| {
        assert_eq!(kinds(p), [2, 0, 0, 0]);
        assert_eq!(p.places, counts(&[("Neck, left", 1), ("Neck, right", 1)]));
        assert_eq!(p.triggers, counts(&[("Lack of sleep", 1), ("Stress", 2)]));
        assert_eq!(p.medications, counts(&[("Baclofen", 1)]));
        assert_eq!(p.reliefs, counts(&[("Heat", 1), ("Stretching", 1)]));
    });
    let neck = common::episode(&j, |e| e.duration_s == Some(94_500));
    assert_eq!(neck.started_at, "2024-02-05T08:48:00+01:00");
    assert_eq!(neck.intensity, Some(7));
    assert!(
        neck.notes.contains("Massage"),
        "unsure reliefs stay in the note: {}",
        neck.notes
    );
    let head = common::episode(&j, |e| e.duration_s == Some(3600));
    assert!(
        head.notes.contains("Right Back of Head (Lower)"),
        "{}",
        head.notes
    );
    assert!(head.locations.is_empty());
}

#[test]
fn a_german_excel_diary_in_either_encoding_with_its_columns_guessed() {
    for name in ["tagebuch-utf8.csv", "tagebuch-ansi.csv"] {
        let mapping = every_row_as(Role::Cramp);
        let j = imported(name, &mapping, |p| {
            assert_eq!(p.format, Source::Csv);
            assert_eq!(kinds(p), [0, 4, 0, 0], "{name}");
            let guessed: Vec<_> = p
                .columns
                .iter()
                .map(|c| c.column.map(|c| format!("{c:?}")))
                .collect();
            assert_eq!(
                guessed,
                [
                    Some("Date"),
                    Some("Time"),
                    Some("Place"),
                    Some("Intensity"),
                    Some("Triggers"),
                    Some("Reliefs"),
                    Some("Notes"),
                    None
                ]
                .map(|c| c.map(String::from))
            );
            assert!(p.skipped.iter().any(|s| s.what == "Wetter"));
            assert_eq!(
                p.triggers,
                counts(&[("Sport", 1), ("Stress", 1), ("wenig Schlaf", 1)])
            );
        });
        let page = j.list(&ListQuery::default()).unwrap();
        let shown: Vec<_> = page
            .episodes
            .iter()
            .map(|e| {
                (
                    e.started_at[..10].to_string(),
                    e.when.clone(),
                    e.place.clone(),
                    e.intensity,
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                ("2024-02-19".into(), None, "Toes".into(), None),
                (
                    "2024-02-18".into(),
                    Some("time not recorded".into()),
                    "Back of thigh, right".into(),
                    Some(9)
                ),
                ("2024-02-17".into(), None, "Calf, left".into(), Some(7)),
                // "nachts": filed at 03:00 of its day.
                (
                    "2024-02-17".into(),
                    Some("at night".into()),
                    "Calf, right".into(),
                    Some(6)
                ),
            ],
            "{name}"
        );
    }
}

#[test]
fn unreadable_dates_are_left_out_with_their_rows_and_another_format_is_refused() {
    let mut bytes = fixture("tagebuch-utf8.csv");
    bytes.extend_from_slice("30.2.24;10:00;Wade links;3;;;;\r\n".as_bytes());
    let j = Journal::in_memory(clock()).unwrap();
    let p = j
        .preview_peer(&bytes, None, &PeerMapping::default())
        .unwrap();
    assert_eq!(p.episodes, 4);
    assert_eq!(p.problems.len(), 1);
    assert_eq!(p.problems[0].row, 6);
    assert!(
        p.problems[0].message.contains("30.2.24"),
        "{}",
        p.problems[0].message
    );
    let err = j
        .preview_peer(
            &fixture("daylio_export_2021_09_28.csv"),
            Some(Source::Flaredown),
            &PeerMapping::default(),
        )
        .unwrap_err();
    assert_eq!(err.code, "bad_import_file");
    assert!(
        err.message.contains("not a Flaredown export") && err.message.contains("Daylio"),
        "{}",
        err.message
    );
    let header_only = j
        .preview_peer(b"Datum;Wo\r\n", None, &PeerMapping::default())
        .unwrap_err();
    assert!(
        header_only.message.contains("header and no rows"),
        "{}",
        header_only.message
    );
}

#[test]
fn an_excel_workbook_reads_as_its_first_sheet() {
    let mapping = every_row_as(Role::Cramp);
    let j = imported("tagebuch.xlsx", &mapping, |p| {
        assert_eq!((p.format, kinds(p)), (Source::Csv, vec![0, 3, 0, 0]));
    });
    let shown: Vec<_> = common::episodes(&j)
        .iter()
        .map(|e| (e.started_at[..16].to_string(), e.place.clone(), e.intensity))
        .collect();
    assert_eq!(
        shown,
        [
            (
                "2024-02-18T12:00".into(),
                "Back of thigh, right".into(),
                Some(9)
            ),
            ("2024-02-17T06:15".into(), "Calf, left".into(), Some(7)),
            ("2024-02-17T03:00".into(), "Calf, right".into(), Some(6)),
        ]
    );
}
