//! Episodes from another app's diary hold only what their source knew: a part of the
//! day or the day alone, no intensity, no place, and where they came from. Shown,
//! exported, edited, counted and printed honestly; a file imported again with another
//! mapping replaces what it brought, and the mapping is remembered.

mod common;

use common::journals::{input, journal_with};
use common::{clock, fixture};
use twinge_app::{AppendixChoice, FileFormat, Journal, ListQuery, PeerMapping, Role};

/// A Twinge export (format 4) with two episodes from another app's diary: one known to
/// the morning, without an intensity or a place; one known to its day only.
fn with_imported_episodes() -> Vec<u8> {
    let a = journal_with(&["logged here".into()], &[60], &[5], false, 0);
    let mut file: serde_json::Value =
        serde_json::from_slice(&a.export_bytes(FileFormat::Json).unwrap()).unwrap();
    let logged = file["episodes"][0].clone();
    let imported = |n: u8, started_at: &str, timing: &str, intensity: Option<i64>| {
        let mut e = logged.clone();
        e["id"] = format!("0193a000-0000-7000-8000-00000000000{n}").into();
        e["started_at"] = started_at.into();
        e["timing"] = timing.into();
        e["intensity"] = serde_json::json!(intensity);
        e["locations"] = serde_json::json!([]);
        e["triggers"] = serde_json::json!([]);
        e["reliefs"] = serde_json::json!([]);
        e["origin"] =
            serde_json::json!({"app": "Flaredown", "file": "f00d", "value": "3", "scale": "0–4"});
        e
    };
    let episodes = file["episodes"].as_array_mut().unwrap();
    episodes.push(imported(1, "2026-11-18T09:00:00+01:00", "morning", None));
    episodes.push(imported(2, "2026-11-17T12:00:00+01:00", "day", Some(8)));
    serde_json::to_vec(&file).unwrap()
}

#[test]
fn an_imported_episode_keeps_what_its_source_knew_through_export_edit_and_insights() {
    let file = with_imported_episodes();
    let mut b = Journal::in_memory(clock()).unwrap();
    let s = b.import(&file, FileFormat::Json).unwrap();
    assert!(s.written && s.new == 3, "{:?}", s.problems);
    let shown = |j: &Journal| {
        let page = j.list(&ListQuery::default()).unwrap();
        page.episodes
            .iter()
            .map(|e| {
                (
                    e.when.clone(),
                    e.intensity,
                    e.place.clone(),
                    e.origin.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    let origin = Some("Imported from Flaredown: 3 on its 0–4 scale".to_string());
    let expected = vec![
        (
            Some("in the morning".into()),
            None,
            "place not recorded".into(),
            origin.clone(),
        ),
        (
            Some("time not recorded".into()),
            Some(8),
            "place not recorded".into(),
            origin.clone(),
        ),
        (None, Some(5), "Calf, left".to_string(), None),
    ];
    assert_eq!(shown(&b), expected);

    // JSON round trips byte for byte; CSV carries the same.
    let json = b.export_bytes(FileFormat::Json).unwrap();
    let mut c = Journal::in_memory(clock()).unwrap();
    c.import(&json, FileFormat::Json).unwrap();
    assert_eq!(c.export_bytes(FileFormat::Json).unwrap(), json);
    let mut d = Journal::in_memory(clock()).unwrap();
    let s = d
        .import(&b.export_bytes(FileFormat::Csv).unwrap(), FileFormat::Csv)
        .unwrap();
    assert!(s.written, "{:?}", s.problems);
    assert_eq!(shown(&d), shown(&b));
    // A German sheet says the part of the day in German, and reads back the same.
    d.force_language(twinge_app::Lang::from_code("de").unwrap());
    let german = d.export_bytes(FileFormat::Csv).unwrap();
    assert!(String::from_utf8_lossy(&german).contains(",morgens,"));
    let mut e = Journal::in_memory(clock()).unwrap();
    assert!(e.import(&german, FileFormat::Csv).unwrap().written);
    assert_eq!(shown(&e), expected);

    // The figures that need an hour or an intensity leave them out, and say so.
    let stats = b.stats_json("2025-12-01", "2026-11-20").unwrap();
    let current = &stats["summary"];
    assert_eq!(
        (current["total"].as_u64(), current["without_hour"].as_u64()),
        (Some(3), Some(2))
    );
    assert_eq!(current["without_intensity"], 1);
    assert_eq!(current["median_intensity"], 6.5, "the median of 5 and 8");
    assert_eq!(
        current["left_out"],
        serde_json::json!([
            "1 episode without an intensity is not in the intensity figures.",
            "2 episodes without a clock time are not counted by hour of day."
        ])
    );

    // Page 1 says what its figures leave out; the appendix gives the part of the day
    // and a dash for the missing intensity.
    let pdf = common::report(&b, "2026-10-22", "2026-11-20", AppendixChoice::All);
    let page_one = common::pdf_words(&pdf, 1, 1);
    for said in [
        "1 episode without an intensity is not in the intensity figures.",
        "2 episodes without a clock time are not counted by hour of day.",
    ] {
        assert!(page_one.contains(said), "{said} — {page_one}");
    }
    let appendix = common::pdf_words(&pdf, 3, 9);
    assert!(appendix.contains("2026-11-18 in the morning"), "{appendix}");
    assert!(appendix.contains("in the morning – "), "{appendix}");

    // An edit that leaves the start alone keeps the part of the day and the origin; a
    // new time is a clock time. Logging one without an intensity is refused.
    let id = "0193a000-0000-7000-8000-000000000001";
    let mut edit = input(0, "remembered now", 60, 2);
    edit.started_at = "2026-11-18T09:00:00+01:00".into();
    edit.intensity = None;
    let kept = b.update(id, &edit).unwrap();
    assert_eq!(
        (kept.when.as_deref(), kept.origin.clone()),
        (Some("in the morning"), origin.clone())
    );
    edit.started_at = "2026-11-18T08:15:00+01:00".into();
    let timed = b.update(id, &edit).unwrap();
    assert_eq!((timed.when, timed.origin), (None, origin));
    assert_eq!(b.log(&edit).unwrap_err().code, "no_intensity");
}

#[test]
fn importing_a_file_again_with_another_mapping_replaces_what_it_brought() {
    let bytes = fixture("migraine-buddy.csv");
    let mut j = Journal::in_memory(clock()).unwrap();
    let as_kind = |role| PeerMapping {
        roles: [("*".to_string(), role)].into(),
        ..PeerMapping::default()
    };
    j.import_peer(&bytes, None, &as_kind(Role::Spasm), &mut |_| {})
        .unwrap();
    let again = j
        .import_peer(&bytes, None, &as_kind(Role::Cramp), &mut |_| {})
        .unwrap();
    assert!(again.import.written);
    let kinds: Vec<twinge_core::Kind> = common::episodes(&j).iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [twinge_core::Kind::Cramp; 2],
        "the spasms it brought first are gone"
    );
    let next_time = j
        .preview_peer(&bytes, None, &PeerMapping::default())
        .unwrap();
    assert_eq!(
        next_time.by_kind[&twinge_core::Kind::Cramp],
        2,
        "the choice is remembered for the app"
    );
    assert_eq!((next_time.import.new, next_time.import.unchanged), (0, 2));
    j.import_peer(&bytes, None, &as_kind(Role::Skip), &mut |_| {})
        .unwrap();
    assert!(common::episodes(&j).is_empty(), "left out now: none stay");
}
