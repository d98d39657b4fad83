//! Which language Twinge speaks (the system's, or one chosen in Settings), which the
//! PDF is in (kept per journal), and the pseudo-language that finds words written in
//! code: every message and every date comes bracketed in en-XA, so a word of the PDF
//! outside brackets that the person did not type is one that does not come from the
//! catalogue.

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use common::{pdf_words, request};
use twinge_app::{AppendixChoice, DemoOptions, FixedClock, Journal, Lang, ReportRequest};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

/// The words `text` has outside brackets that are not in `typed` (numbers, signs and
/// single letters aside).
fn stray_words(text: &str, typed: &BTreeSet<String>) -> BTreeSet<String> {
    twinge_app::unbracketed(text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 1 && !typed.contains(*w))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_word_of_the_pdf_in_the_pseudo_language_comes_from_the_catalogue_or_the_person() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    j.demo(DemoOptions {
        episodes: 400,
        seed: 3,
    })
    .unwrap();
    // What the person typed (notes, names of their own, medications) stays as typed.
    let mut typed = BTreeSet::new();
    let export = serde_json::to_value(j.export_file().unwrap())
        .unwrap()
        .to_string();
    for key in ["notes", "name", "dose", "display_name"] {
        let pattern = format!("\"{key}\":\"");
        for part in export.split(&pattern).skip(1) {
            let value = part.split('"').next().unwrap_or_default();
            typed.extend(
                value
                    .split(|c: char| !c.is_alphabetic())
                    .map(str::to_string),
            );
        }
    }
    let pdf = j
        .report_pdf(&ReportRequest {
            language: Some("en-XA".into()),
            questions: "Should I keep the magnesium?".into(),
            ..request("2026-08-23", "2026-11-20", AppendixChoice::All)
        })
        .unwrap();
    typed.extend(["Should", "I", "keep", "the", "magnesium"].map(String::from));
    let text = pdf_words(&pdf, 1, 99);
    assert!(
        text.contains('['),
        "the pseudo-language is bracketed: {text}"
    );
    let stray = stray_words(&text, &typed);
    assert!(
        stray.is_empty(),
        "words from code, not the catalogue: {stray:?}"
    );
}

#[test]
fn the_system_speaks_until_settings_choose_and_the_pdf_keeps_its_own_language() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    j.set_system_language(Lang::from_code("fr").unwrap());
    let s = j.language_settings().unwrap();
    assert_eq!(
        (s.language.as_str(), s.chosen.as_str(), s.system.as_str()),
        ("fr", "", "fr")
    );
    assert_eq!(s.languages.len(), 4);
    // The forms' words follow: kinds, places, built-in names.
    let vocab = j.vocabularies().unwrap();
    assert_eq!(vocab.kinds[1].label, "Crampe");
    assert!(vocab
        .triggers
        .iter()
        .any(|t| t.key == "cold" && t.name == "Froid"));
    // Chosen in Settings: German, whatever the system says; kept with the journal.
    assert_eq!(j.choose_language("de").unwrap().language, "de");
    j.set_system_language(Lang::english());
    assert_eq!(j.language().code(), "de");
    // A language Twinge does not have is refused in words, and nothing changes.
    let err = j.choose_language("tlh").unwrap_err();
    assert_eq!(err.fields[0].code, "unknown_language");
    assert!(err.fields[0].message.contains("tlh"), "{err:?}");
    assert_eq!(j.language().code(), "de");
    // The PDF: the person's language until another is kept for this journal.
    let defaults = |j: &Journal| j.report_defaults("2026-11-20").unwrap().language;
    assert_eq!(defaults(&j), "de");
    j.keep_report_language("es").unwrap();
    assert_eq!(defaults(&j), "es");
    let model = j
        .report_model(&request("2026-10-22", "2026-11-20", AppendixChoice::None))
        .unwrap();
    assert_eq!(model.lang, "es");
    assert!(j.keep_report_language("xx").is_err());
    assert_eq!(defaults(&j), "es");
    j.keep_report_language("").unwrap();
    j.choose_language("").unwrap();
    assert_eq!(
        (defaults(&j), j.language().code()),
        ("en".to_string(), "en".to_string())
    );
}

#[test]
fn the_same_number_reads_the_same_on_insights_and_in_the_pdf_in_every_language() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    j.demo(DemoOptions {
        episodes: 300,
        seed: 9,
    })
    .unwrap();
    let (from, to) = ("2026-08-23", "2026-11-20");
    let mut seen = BTreeSet::new();
    for lang in ["en", "de", "es", "fr"] {
        j.choose_language(lang).unwrap();
        let insights = common::insights(&j, from, to);
        let model = j
            .report_model(&request(from, to, AppendixChoice::None))
            .unwrap();
        assert_eq!(model.lang, lang);
        let on_screen: Vec<(String, String, String)> = insights
            .headlines
            .iter()
            .map(|h| (h.label.clone(), h.value.clone(), h.previous.clone()))
            .collect();
        let on_paper: Vec<(String, String, String)> = model
            .how_often
            .headline
            .iter()
            .map(|h| (h.label.clone(), h.value.clone(), h.previous.clone()))
            .collect();
        assert_eq!(on_screen, on_paper, "{lang}");
        // The rows per kind too: the same cells, word for word.
        let cells = |rows: Vec<Vec<String>>| rows.concat();
        assert_eq!(
            cells(
                insights
                    .kinds
                    .rows
                    .iter()
                    .map(|k| k.current.cells.clone())
                    .collect()
            ),
            cells(
                model
                    .how_often
                    .kinds
                    .rows
                    .iter()
                    .map(|k| k.cells.clone())
                    .collect()
            ),
            "{lang}"
        );
        // The triggers and what helped by the same names, the built-in ones translated.
        let chart_names = |id: &str| -> Vec<String> {
            let chart = insights.charts.iter().find(|c| c.id == id).unwrap();
            chart.table.iter().map(|row| row[0].clone()).collect()
        };
        for (id, lines) in [
            ("triggers", &model.triggers.lines),
            ("helped", &model.reliefs),
        ] {
            let on_screen = chart_names(id);
            assert!(!lines.is_empty(), "{lang} {id}");
            // ("and 5 more triggers" has no count.)
            for line in lines.iter().filter(|l| !l.count.is_empty()) {
                assert!(
                    on_screen.contains(&line.label),
                    "{lang} {id}: {} not in {on_screen:?}",
                    line.label
                );
            }
        }
        // And each language writes them its own way (a decimal comma in German).
        seen.insert(on_screen[0].1.clone());
    }
    assert!(seen.iter().any(|v| v.contains(',')), "{seen:?}");
    assert!(seen.iter().any(|v| v.contains('.')), "{seen:?}");
}

#[test]
fn what_is_wrong_with_an_entry_is_said_in_the_persons_language() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    let bad = twinge_app::EpisodeInput {
        intensity: Some(11),
        ..common::detailed_cramp()
    };
    let english = j.log(&bad).unwrap_err();
    assert!(
        english.fields.iter().any(|f| f.field == "intensity"
            && f.message == "Intensity must be a whole number from 0 to 10, not 11."),
        "{english:?}"
    );
    j.choose_language("de").unwrap();
    let german = j.log(&bad).unwrap_err();
    let fields: Vec<(&str, &str)> = german
        .fields
        .iter()
        .map(|f| (f.field.as_str(), f.message.as_str()))
        .collect();
    assert!(
        fields.contains(&(
            "intensity",
            "Die Intensität ist eine ganze Zahl von 0 bis 10, nicht 11."
        )),
        "{fields:?}"
    );
    let nowhere = twinge_app::EpisodeInput {
        locations: Vec::new(),
        ..common::detailed_cramp()
    };
    let err = j.log(&nowhere).unwrap_err();
    assert_eq!(err.message, "Wählen Sie mindestens eine Stelle am Körper.");
    // The codes stay as they were: the screens place each sentence by them.
    assert_eq!(
        english.fields.iter().map(|f| &f.code).collect::<Vec<_>>(),
        german.fields.iter().map(|f| &f.code).collect::<Vec<_>>()
    );
    assert_eq!(j.list(&Default::default()).unwrap().episodes.len(), 0);
}
