//! Files an import refuses, never panicking and never writing, in words; progress of a
//! large import, deleted episodes left out and purged, and the settings a file brings;
//! hostile diaries from other apps.

mod common;

use common::journals::{input, journal_with};
use common::{clock, fixture};
use twinge_app::{FileFormat, Journal, PeerMapping, Role, Settings, Theme, WeekStart};

#[test]
fn hostile_files_never_panic_never_write_and_explain_in_words() {
    let notes: Vec<String> = (0..3).map(|i| format!("n{i}")).collect();
    let good = journal_with(&notes, &[60], &[5], false, 0)
        .export_bytes(FileFormat::Json)
        .unwrap();
    let good_csv = journal_with(&notes, &[60], &[5], false, 0)
        .export_bytes(FileFormat::Csv)
        .unwrap();
    let mut j = Journal::in_memory(clock()).unwrap();
    let before = j.export_bytes(FileFormat::Json).unwrap();
    let mut next = common::xorshift(0x2545_f491_4f6c_dd1du64);
    let mut cases = 0;
    for i in 0..10_000 {
        let (base, format) = if i % 2 == 0 {
            (&good, FileFormat::Json)
        } else {
            (&good_csv, FileFormat::Csv)
        };
        let mut bytes = base.clone();
        match i % 5 {
            0 => bytes.truncate((next() as usize) % bytes.len()),
            1 => {
                for _ in 0..1 + next() % 8 {
                    let at = (next() as usize) % bytes.len();
                    bytes[at] = next() as u8;
                }
            }
            2 => bytes = (0..(next() % 512)).map(|_| next() as u8).collect(),
            3 => {
                let text = String::from_utf8_lossy(&bytes)
                    .replace("\"version\": 2", "\"version\": 9")
                    .replace("stress", "sterss")
                    .replace("intensity", "intensität");
                bytes = text.into_bytes();
            }
            _ => {
                let at = (next() as usize) % bytes.len();
                bytes.splice(
                    at..at,
                    std::iter::repeat_n(b'[', 1 + (next() % 64) as usize),
                );
            }
        }
        match j.import(&bytes, format) {
            Ok(s) if s.written => {
                // A mutation that still forms a valid file may import; undo that by starting over.
                j = Journal::in_memory(clock()).unwrap();
            }
            Ok(s) => assert!(!s.problems.is_empty(), "refused without a reason"),
            Err(e) => {
                assert!(
                    e.message.contains("Nothing was changed") || e.message.len() > 20,
                    "{}",
                    e.message
                );
                cases += 1;
            }
        }
    }
    assert!(
        cases > 1000,
        "most hostile files are refused outright ({cases})"
    );
    assert_eq!(
        j.export_bytes(FileFormat::Json).unwrap(),
        before,
        "the journal is as it was"
    );
    let huge = vec![b' '; 300 * 1024 * 1024];
    assert_eq!(
        j.import(&huge, FileFormat::Json).unwrap_err().code,
        "import_too_large"
    );
}

#[test]
fn a_large_import_reports_its_progress() {
    let c = clock();
    let mut a = Journal::in_memory(c.clone()).unwrap();
    a.demo(twinge_app::DemoOptions {
        episodes: 2500,
        seed: 2,
    })
    .unwrap();
    let bytes = a.export_bytes(FileFormat::Json).unwrap();
    let mut b = Journal::in_memory(clock()).unwrap();
    let mut seen = Vec::new();
    let s = b
        .import_with_progress(&bytes, FileFormat::Json, false, &mut |p| {
            seen.push((p.stage, p.done, p.total))
        })
        .unwrap();
    assert!(s.written);
    let stages: Vec<(&str, u32)> = seen.iter().map(|(s, d, _)| (s.as_str(), *d)).collect();
    assert_eq!(
        stages,
        vec![
            ("checking", 0),
            ("checking", 1000),
            ("checking", 2000),
            ("writing", 0),
            ("writing", 1000),
            ("writing", 2000)
        ]
    );
    assert!(seen.iter().all(|(_, _, t)| *t == 2500));
}

#[test]
fn csv_exports_leave_out_deleted_episodes_and_deleted_ones_are_purged_after_the_undo_window() {
    let c = clock();
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path(), c.clone()).unwrap();
    let keep = j.log(&input(1, "kept", 60, 5)).unwrap();
    let gone = j
        .log(&input(2, "secret note about my calf", 60, 5))
        .unwrap();
    j.delete(&gone.id).unwrap();
    let csv = String::from_utf8(j.export_bytes(FileFormat::Csv).unwrap()).unwrap();
    assert!(csv.contains(&keep.id) && !csv.contains(&gone.id), "{csv}");
    // Within the Undo window it can still come back (and the JSON export still has it).
    j.undo_delete(&gone.id).unwrap();
    j.delete(&gone.id).unwrap();
    assert!(String::from_utf8(j.export_bytes(FileFormat::Json).unwrap())
        .unwrap()
        .contains(&gone.id));
    // After the window it is gone from the file for good, its text overwritten.
    c.advance_ms(twinge_app::UNDO_WINDOW_MS + 1);
    drop(j);
    let mut j = Journal::open(dir.path(), c.clone()).unwrap();
    assert!(j.undo_delete(&gone.id).is_err());
    assert!(
        !String::from_utf8(j.export_bytes(FileFormat::Json).unwrap())
            .unwrap()
            .contains(&gone.id)
    );
    drop(j);
    let mut bytes = std::fs::read(dir.path().join("twinge.db")).unwrap();
    let mut wal = dir.path().join("twinge.db").into_os_string();
    wal.push("-wal");
    bytes.extend(std::fs::read(wal).unwrap_or_default());
    let needle = b"secret note about my calf";
    assert!(
        !bytes.windows(needle.len()).any(|w| w == needle),
        "the purged note's text is not left in the journal's files"
    );
}

#[test]
fn an_import_shows_the_settings_that_differ_and_keeps_the_journals_unless_asked() {
    let a = journal_with(&["one".to_string()], &[60], &[5], false, 0);
    let file = a.export_bytes(FileFormat::Json).unwrap();
    let mut b = Journal::in_memory(clock()).unwrap();
    let mine = Settings {
        display_name: "Ana".into(),
        theme: Theme::Light,
        week_start: WeekStart::Monday,
        auto_lock_minutes: 15,
        date_of_birth: String::new(),
    };
    b.update_settings(&mine).unwrap();
    let preview = b.preview_import(&file, FileFormat::Json).unwrap();
    assert!(
        preview
            .settings_differ
            .contains(&"Lock when not used: after 5 minutes (here: after 15 minutes)".to_string()),
        "{:?}",
        preview.settings_differ
    );
    assert!(preview
        .settings_differ
        .contains(&"Name on the report: “Zoë Ünicode” (here: “Ana”)".to_string()));
    let s = b.import(&file, FileFormat::Json).unwrap();
    assert!(s.written && !s.settings_taken);
    assert_eq!(b.settings().unwrap(), mine, "the journal's settings stay");
    // Importing again, choosing the file's settings.
    let s = b
        .import_with_progress(&file, FileFormat::Json, true, &mut |_| {})
        .unwrap();
    assert!(s.settings_taken);
    assert_eq!(b.settings().unwrap().auto_lock_minutes, 5);
}

#[test]
fn hostile_diaries_never_panic_and_a_refused_one_writes_nothing() {
    let fixtures = [
        "flaredown.csv",
        "drip-data.csv",
        "bearable-legacy.csv",
        "bearable-current.csv",
        "daylio_export_2021_09_28.csv",
        "migraine-buddy.csv",
        "tagebuch-utf8.csv",
        "tagebuch-ansi.csv",
    ];
    let mut next = common::xorshift(0x9e37_79b9_7f4a_7c15u64);
    let mut j = Journal::in_memory(clock()).unwrap();
    let mut refused = 0;
    for i in 0..600 {
        let mut bytes = fixture(fixtures[i % fixtures.len()]);
        match i % 6 {
            0 => bytes.truncate(next() as usize % bytes.len()),
            1 => (0..1 + next() % 6).for_each(|_| {
                let at = next() as usize % bytes.len();
                bytes[at] = next() as u8;
            }),
            2 => bytes = (0..next() % 400).map(|_| next() as u8).collect(),
            3 => bytes.extend_from_slice(format!("\n{}\n", ",x".repeat(10_000)).as_bytes()),
            4 => {
                bytes.extend_from_slice("\n2024-01-02,=HYPERLINK(\"http://x\"),\u{1}\n".as_bytes())
            }
            _ => bytes = bytes.repeat(1 + next() as usize % 3),
        }
        let before = j.export_bytes(FileFormat::Json).unwrap();
        let roles = [("*".to_string(), Role::Cramp)].into();
        let mapping = PeerMapping {
            roles,
            ..PeerMapping::default()
        };
        match j.import_peer(&bytes, None, &mapping, &mut |_| {}) {
            Ok(p) if p.import.written => {}
            Ok(_) | Err(_) => {
                refused += 1;
                assert_eq!(
                    j.export_bytes(FileFormat::Json).unwrap(),
                    before,
                    "case {i}"
                );
            }
        }
        if let Err(e) = j.preview_peer(&bytes, None, &mapping) {
            assert!(
                e.message.split(' ').count() > 4 && !e.message.contains("Error"),
                "{}",
                e.message
            );
        }
    }
    assert!(
        refused > 150,
        "most hostile diaries are refused ({refused})"
    );
    let huge = vec![b'a'; 65 * 1024 * 1024];
    let err = j
        .preview_peer(&huge, None, &PeerMapping::default())
        .unwrap_err();
    assert_eq!(err.code, "import_too_large");
}

#[test]
fn another_apps_diary_given_as_a_twinge_csv_is_sent_to_the_import_from_another_app() {
    let mut j = Journal::in_memory(clock()).unwrap();
    let before = j.export_bytes(FileFormat::Json).unwrap();
    for name in [
        "bearable-current.csv",
        "tagebuch-utf8.csv",
        "daylio_export_2021_09_28.csv",
    ] {
        let err = j.import(&fixture(name), FileFormat::Csv).unwrap_err();
        assert_eq!(err.code, "not_twinge_csv", "{name}");
        assert!(
            err.message.contains("“Import from another app…”"),
            "{name}: {}",
            err.message
        );
    }
    // A Twinge export that lost a column is still told which one.
    let csv = String::from_utf8(
        journal_with(&["n".into()], &[60], &[5], false, 0)
            .export_bytes(FileFormat::Csv)
            .unwrap(),
    )
    .unwrap();
    let err = j
        .import(
            csv.replacen("Where", "Body part", 1).as_bytes(),
            FileFormat::Csv,
        )
        .unwrap_err();
    assert!(err.message.contains("no “Where” column"), "{}", err.message);
    assert_eq!(j.export_bytes(FileFormat::Json).unwrap(), before);
}
