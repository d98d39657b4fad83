//! The CSV export speaks the person's language, its column names and its values; a sheet
//! in any of Twinge's languages reads back into the same episodes and check-ins, whatever
//! language the journal that imports it speaks.

mod common;

use common::clock;
use common::journals::journal_with;
use twinge_app::{domain, FileFormat, Journal, Lang, Tr};
use twinge_core::{Associated, Kind, Region, Side};

fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap()
}

/// Each episode as codes and keys, in no language: what a round trip must keep.
fn episodes_in_codes(j: &Journal) -> Vec<String> {
    common::episodes(j)
        .iter()
        .map(|e| {
            let triggers: Vec<&str> = e.triggers.iter().map(|t| t.key.as_str()).collect();
            let reliefs: Vec<(&str, u8)> = e
                .reliefs
                .iter()
                .map(|r| (r.key.as_str(), r.helped))
                .collect();
            format!(
                "{} {:?} {} {:?} {:?} {:?} {:?} {triggers:?} {reliefs:?} {:?} {} {} {:?}",
                e.id,
                e.kind,
                e.started_at,
                e.duration_s,
                e.count,
                e.intensity,
                e.locations,
                e.associated,
                e.woke_from_sleep,
                e.set_off,
                e.notes
            )
        })
        .collect()
}

#[test]
fn a_csv_in_each_language_reads_back_the_same_in_any_other() {
    let notes: Vec<String> = (0..12).map(|i| format!("note {i}")).collect();
    let mut a = journal_with(&notes, &[60, -300], &[2, 9], false, 0);
    let expected = episodes_in_codes(&a);
    let dates = ["2026-11-01", "2026-11-03", "2026-11-04"];
    for (from, into) in [("de", "en"), ("es", "fr"), ("fr", "de"), ("en", "es")] {
        a.force_language(lang(from));
        let csv = a.export_bytes(FileFormat::Csv).unwrap();
        let mut b = Journal::in_memory(clock()).unwrap();
        b.force_language(lang(into));
        let s = b.import(&csv, FileFormat::Csv).unwrap();
        assert!(s.written, "{from} into {into}: {:?}", s.problems);
        assert_eq!(episodes_in_codes(&b), expected, "{from} into {into}");
        for date in dates {
            assert_eq!(
                a.checkin(date).unwrap(),
                b.checkin(date).unwrap(),
                "{from}: {date}"
            );
        }
        // No name became a new entry: the built-in ones came back as themselves.
        let vocab = b.vocabularies().unwrap();
        assert!(
            vocab
                .reliefs
                .iter()
                .all(|r| r.key != "wärme" && r.key != "calor"),
            "{from}: {:?}",
            vocab.reliefs
        );
        assert_eq!(
            b.factors().unwrap().len(),
            a.factors().unwrap().len(),
            "{from}"
        );
    }
}

#[test]
fn a_german_csv_is_in_german_words() {
    let notes: Vec<String> = (0..4).map(|i| format!("note {i}")).collect();
    let mut j = journal_with(&notes, &[60], &[5], false, 0);
    j.force_language(lang("de"));
    let text = String::from_utf8(j.export_bytes(FileFormat::Csv).unwrap()).unwrap();
    let header = text.lines().next().unwrap();
    assert!(
        header.starts_with("Id,Art,Beginn,Dauer (s),Zuckungen in der Serie,Stärke 0–10,Wo,"),
        "{header}"
    );
    let tr = Tr::new(&lang("de"));
    for words in [
        domain::kind(&tr, Kind::Cramp),
        domain::place(&tr, Region::Calf, Side::Left),
        domain::symptom(&tr, Associated::Weakness),
        "Wärme:".into(),
        "Stress: Viel".into(),
        ",ja,".into(),
    ] {
        assert!(text.contains(&words), "{words} in: {text}");
    }
    for english in ["Cramp", "Calf, left", "Heat:", "A lot", ",yes,"] {
        assert!(!text.contains(english), "{english} in: {text}");
    }
    // An empty journal's sheet is its header line alone, in the same words.
    let mut empty = Journal::in_memory(clock()).unwrap();
    empty.force_language(lang("de"));
    let bytes = empty.export_bytes(FileFormat::Csv).unwrap();
    assert_eq!(String::from_utf8(bytes).unwrap(), format!("{header}\n"));
}

#[test]
fn a_sheet_with_one_translated_column_is_not_taken_for_a_twinge_export() {
    // "Art" alone (German for kind) is a column any diary may have: only a sheet with
    // both the kind and the start in one of Twinge's languages is read as Twinge's.
    let mut j = Journal::in_memory(clock()).unwrap();
    let diary = "Datum,Art,Notiz\n2026-11-01,Krampf,nachts\n";
    let err = j.import(diary.as_bytes(), FileFormat::Csv).unwrap_err();
    assert_eq!(err.code, "not_twinge_csv", "{}", err.message);
}

#[test]
fn a_sheet_typed_without_accents_reads_back_the_same() {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let notes: Vec<String> = (0..12).map(|i| format!("note {i}")).collect();
    let mut a = journal_with(&notes, &[60, -300], &[2, 9], false, 0);
    let expected = episodes_in_codes(&a);
    for from in ["de", "es", "fr"] {
        a.force_language(lang(from));
        let csv = String::from_utf8(a.export_bytes(FileFormat::Csv).unwrap()).unwrap();
        // As someone types it again by hand: "Starke", "Pantorrilla", "si", "fievre".
        let plain: String = csv.nfd().filter(|c| !is_combining_mark(*c)).collect();
        assert_ne!(plain, csv, "{from}: the sheet has accents to leave out");
        let mut b = Journal::in_memory(clock()).unwrap();
        let s = b.import(plain.as_bytes(), FileFormat::Csv).unwrap();
        assert!(s.written, "{from}: {:?}", s.problems);
        assert_eq!(episodes_in_codes(&b), expected, "{from}");
        // The person's own factor, its name typed without its accent too, is a name of
        // its own; the built-in ones are themselves.
        let keys = |j: &Journal| -> Vec<(String, String)> {
            let c = j.checkin("2026-11-03").unwrap().unwrap();
            c.factors
                .iter()
                .map(|f| {
                    (
                        f.key.nfd().filter(|c| !is_combining_mark(*c)).collect(),
                        format!("{:?}", f.level),
                    )
                })
                .collect()
        };
        assert_eq!(keys(&b), keys(&a), "{from}");
        assert!(keys(&b).iter().any(|(k, _)| k == "stress"), "{from}");
    }
}
