//! Importing other apps' diaries: a cell the source filled in that the import cannot
//! read leaves its field unknown, stays in the episode's note as written, and is listed
//! in the preview by column with its rows; no row is left out for it.

mod common;

use common::{clock, fixture};
use twinge_app::{Journal, PeerMapping, PeerPreview, Role};

/// The preview's columns with cells that could not be read, with their rows.
fn unread(p: &PeerPreview) -> Vec<(&str, Vec<u32>)> {
    p.skipped
        .iter()
        .filter(|s| s.why.contains("could not be read"))
        .map(|s| (s.what.as_str(), s.rows.clone()))
        .collect()
}

#[test]
fn a_spreadsheets_cells_that_cannot_be_read_stay_in_the_note() {
    let mut bytes = fixture("tagebuch-utf8.csv");
    bytes.extend_from_slice("20.2.24;25:00;Wade links;sehr stark;;;;\r\n".as_bytes());
    bytes.extend_from_slice("21.2.24;nachts;Wade links;12;;;Krampf;\r\n".as_bytes());
    let mut j = Journal::in_memory(clock()).unwrap();
    let mapping = PeerMapping {
        roles: [("*".to_string(), Role::Cramp)].into(),
        ..PeerMapping::default()
    };
    let p = j.preview_peer(&bytes, None, &mapping).unwrap();
    assert_eq!(p.episodes, 6);
    assert_eq!(
        unread(&p),
        [("Uhrzeit", vec![6]), ("Wie schlimm", vec![6, 7])]
    );
    assert!(
        p.problems.is_empty(),
        "no row is left out: {:?}",
        p.problems
    );

    j.import_peer(&bytes, None, &mapping, &mut |_| {}).unwrap();
    let again = j.import_peer(&bytes, None, &mapping, &mut |_| {}).unwrap();
    assert_eq!((again.import.new, again.import.unchanged), (0, 6));
    let episodes = common::episodes(&j);
    let on = |day: &str| {
        episodes
            .iter()
            .find(|e| e.started_at.starts_with(day))
            .unwrap()
    };
    let (late, high) = (on("2024-02-20"), on("2024-02-21"));
    assert_eq!(late.when.as_deref(), Some("time not recorded"));
    assert_eq!((late.intensity, high.intensity), (None, None));
    assert!(
        late.notes
            .contains("Could not be read: Uhrzeit “25:00”, Wie schlimm “sehr stark”"),
        "{}",
        late.notes
    );
    assert_eq!(
        high.when.as_deref(),
        Some("at night"),
        "what was read is kept"
    );
    assert!(high.notes.contains("Krampf") && high.notes.contains("Wie schlimm “12”"));
}

#[test]
fn an_apps_cells_that_cannot_be_read_are_listed_too() {
    // A Bearable symptom rated off its 1–4 scale, in a segment that is not one of its
    // four.
    let mut bytes = fixture("bearable-current.csv");
    let row = r#""3rd Feb 2024","2024-02-03","Saturday","late","Symptom","5","Muscle twitching (Severe)","""#;
    bytes.extend_from_slice(format!("\n{row}\n").as_bytes());
    let j = Journal::in_memory(clock()).unwrap();
    let p = j
        .preview_peer(&bytes, None, &PeerMapping::default())
        .unwrap();
    assert_eq!(
        unread(&p),
        [("rating/amount", vec![7]), ("time of day", vec![7])]
    );
    assert_eq!(p.episodes, 3, "the episode is kept");
}

#[test]
fn a_flaredown_rating_off_its_scale_is_an_entry_whose_rating_is_unknown() {
    let mut bytes = fixture("flaredown.csv");
    bytes.extend_from_slice(b"2024-04-02T08:00:00+00:00,7,,,,,,,,,,,,\n");
    let mut j = Journal::in_memory(clock()).unwrap();
    let p = j
        .preview_peer(&bytes, None, &PeerMapping::default())
        .unwrap();
    assert_eq!(unread(&p), [("Leg cramps", vec![5])]);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    j.import_peer(&bytes, None, &PeerMapping::default(), &mut |_| {})
        .unwrap();
    let off = common::episode(&j, |e| e.started_at.starts_with("2024-04-02"));
    assert_eq!(off.intensity, None);
    assert!(
        off.notes.contains("Could not be read: Leg cramps “7”"),
        "{}",
        off.notes
    );
}
