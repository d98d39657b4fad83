//! Page 1 holds what it promises on both papers: the longest questions allowed, every
//! kind, 24 places and 30 triggers leave the questions and every table on page 1; and
//! no chart prints text under 7 pt at the width the report prints it.

mod common;

use std::sync::Arc;

use common::{pdf_words, request};

use twinge_app::{
    AppendixChoice, DemoOptions, EpisodeInput, FixedClock, Journal, LocationInput,
    MedicationChangeInput, PaperSize, ReliefInput, ReportRequest, Settings, VocabAddInput,
    VocabKindDto, MAX_QUESTIONS_CHARS,
};
use twinge_core::{MedChange, Region, Side};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

/// A crowded journal: every kind, 24 places, 30 triggers, medication changes, and the
/// same in the period before.
fn crowded() -> Journal {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    let triggers: Vec<String> = (0..30)
        .map(|i| {
            j.add_vocab(&VocabAddInput {
                kind: VocabKindDto::Trigger,
                name: format!("Suspected trigger number {i:02}"),
                is_medication: false,
                dose: None,
            })
            .unwrap()
            .key
        })
        .collect();
    let kinds = ["spasm", "cramp", "twitch", "other"];
    let sides = [Side::Left, Side::Right];
    // The period before has as many, so every figure has one beside it.
    for i in 0..192usize {
        let region = Region::ALL[i % 12];
        let month = if i < 96 { 11 } else { 10 };
        j.log(&EpisodeInput {
            kind: kinds[i % 4].into(),
            started_at: format!("2026-{month}-{:02}T{:02}:10:00+00:00", 1 + i % 19, i % 24),
            duration_s: Some(60 + i as u32),
            count: None,
            intensity: Some((i % 11) as i64),
            locations: vec![LocationInput {
                region: region.code().into(),
                side: sides[(i / 12) % 2].code().into(),
            }],
            triggers: vec![triggers[i % 30].clone(), triggers[(i + 7) % 30].clone()],
            reliefs: [
                "heat",
                "cold",
                "stretching",
                "massage",
                "rest",
                "water",
                "magnesium",
            ]
            .iter()
            .skip(i % 3)
            .take(3)
            .map(|r| ReliefInput {
                relief: r.to_string(),
                helped: (i % 4) as i64,
            })
            .collect(),
            associated: match i % 5 {
                0 => vec!["weakness".into(), "stiffness".into()],
                1 => vec!["numbness_tingling".into(), "lasting_pain".into()],
                2 => vec!["muscle_wasting".into(), "fatigue".into()],
                _ => vec!["swallowing_speaking".into(), "spreading".into()],
            },
            woke_from_sleep: i % 3 == 0,
            set_off: false,
            notes: String::new(),
        })
        .unwrap();
    }
    // Physiotherapy's trial window (days 15–28 after) lies in the period with its days:
    // its box joins page 1.
    for (date, name) in [
        ("2026-10-15", "Physiotherapy"),
        ("2026-11-03", "Baclofen"),
        ("2026-11-10", "Magnesium"),
    ] {
        j.add_medication_change(&MedicationChangeInput {
            date: date.into(),
            name: name.into(),
            dose: "10 mg".into(),
            change: MedChange::Started,
            note: String::new(),
        })
        .unwrap();
    }
    j.update_settings(&Settings {
        display_name: "Alex Example".into(),
        date_of_birth: "1961-03-12".into(),
        ..Settings::default()
    })
    .unwrap();
    j
}

#[test]
fn the_longest_questions_every_kind_24_places_and_30_triggers_stay_on_page_one() {
    let j = crowded();
    // Six long questions, line by line, up to the limit.
    let question = |n: usize| {
        format!("{n}. Could the cramps at night and the twitching in the eyelid be related to the new tablets, or to something else entirely?")
    };
    let questions: String = (1..=6)
        .map(question)
        .collect::<Vec<_>>()
        .join("\n")
        .chars()
        .take(MAX_QUESTIONS_CHARS)
        .collect();
    assert_eq!(questions.chars().count(), MAX_QUESTIONS_CHARS);
    for paper in [PaperSize::A4, PaperSize::Letter] {
        let pdf = j
            .report_pdf(&ReportRequest {
                from: "2026-10-22".into(),
                to: "2026-11-20".into(),
                paper,
                questions: questions.clone(),
                appendix: AppendixChoice::Notable,
                psfs_frequency: None,
                psfs_severity: None,
                language: None,
            })
            .unwrap();
        let (one, two) = (pdf_words(&pdf, 1, 1), pdf_words(&pdf, 2, 2));
        let flat: String = questions.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            one.contains(&flat),
            "{paper:?}: the questions whole on page 1: {one}"
        );
        assert!(
            one.contains("Alex Example · born 12 Mar 1961"),
            "{paper:?}: {one}"
        );
        // One row per kind: its name and its count of episodes.
        for kind in ["Spasm", "Cramp", "Twitch", "Other"] {
            assert!(one.contains(kind), "{paper:?}: {one}");
        }
        assert_eq!(one.matches("24 episodes").count(), 4, "{paper:?}: {one}");
        assert!(one.contains("more places"), "{paper:?}: {one}");
        assert!(one.contains("Muscle wasting"), "{paper:?}: {one}");
        assert!(
            one.contains("Physiotherapy started on 15 October 2026: episodes a recorded day"),
            "{paper:?}: the trial box: {one}"
        );
        assert!(one.contains("not proof"), "{paper:?}: its caveat: {one}");
        // The last things page 1 carries are there, and page 2 starts with its charts.
        // Each list gives two lines to the trial's box.
        assert!(one.contains("and 27 more triggers"), "{paper:?}: {one}");
        assert!(
            one.contains("What helped") && one.contains("Stretching"),
            "{paper:?}: {one}"
        );
        assert!(
            two.starts_with("How often"),
            "{paper:?}: nothing spilled onto page 2: {two}"
        );
        assert!(
            two.contains("10 Nov 2026: Magnesium 10 mg started"),
            "{paper:?}: {two}"
        );
        // Page 2 holds the trial's chart under its heading, and the hours move on.
        assert!(
            two.contains("Did it help? Physiotherapy started on 15 October 2026"),
            "{paper:?}: the trial's chart on page 2: {two}"
        );
        assert!(
            !two.contains("When: local hour") && pdf_words(&pdf, 3, 3).contains("When: local hour"),
            "{paper:?}: the hours on page 3"
        );
    }
}

#[test]
fn page_one_holds_in_every_language_and_the_appendix_starts_on_page_three() {
    let j = crowded();
    let questions: String = "Could the cramps at night be related to the new tablets? "
        .repeat(12)
        .chars()
        .take(MAX_QUESTIONS_CHARS)
        .collect();
    for lang in ["en", "de", "es", "fr"] {
        let tr = twinge_app::Tr::new(&twinge_app::Lang::from_code(lang).unwrap());
        for paper in [PaperSize::A4, PaperSize::Letter] {
            let pdf = j
                .report_pdf(&ReportRequest {
                    paper,
                    questions: questions.clone(),
                    language: Some(lang.into()),
                    ..request("2026-10-22", "2026-11-20", AppendixChoice::Notable)
                })
                .unwrap();
            let (one, two) = (pdf_words(&pdf, 1, 1), pdf_words(&pdf, 2, 2));
            let what = format!("{lang} {paper:?}");
            assert!(one.contains(&tr.report_what_helped()), "{what}: {one}");
            assert!(
                two.starts_with(&tr.report_how_often()),
                "{what}: nothing spilled onto page 2: {two}"
            );
            // A medication change reads as the language writes it ("10 nov. 2026 : …").
            let change = tr.report_medication_line(
                "10 nov. 2026",
                format!("Magnesium 10 mg {}", tr.med_started()),
            );
            let change = change.split_whitespace().collect::<Vec<_>>().join(" ");
            let change = change.trim_start_matches("10 nov. ");
            assert!(two.contains(change), "{what}: {change:?} in {two}");
            // So does a list: French puts a space before its semicolons.
            let list = format!("){} ", tr.report_separator());
            let list = list.split_whitespace().collect::<Vec<_>>().join(" ") + " ";
            assert!(one.contains(&list), "{what}: {list:?} in {one}");
            let appendix = tr.report_appendix_notable();
            let first_words: String = appendix
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                !one.contains(&first_words) && !two.contains(&first_words),
                "{what}"
            );
            assert!(
                pdf_words(&pdf, 3, 9).contains(&first_words),
                "{what}: the appendix from page 3"
            );
        }
    }
}

#[test]
fn questions_longer_than_page_one_keeps_room_for_are_refused_in_words() {
    let j = crowded();
    let err = j
        .report_pdf(&ReportRequest {
            questions: "a".repeat(MAX_QUESTIONS_CHARS + 1),
            ..request("2026-10-22", "2026-11-20", AppendixChoice::None)
        })
        .unwrap_err();
    assert_eq!(err.code, "questions_too_long");
    assert!(
        err.message.contains("at most 600 characters"),
        "{}",
        err.message
    );
}

/// The smallest text a chart prints, in points, at `width_pt`.
fn smallest_text_pt(svg: &str, width_pt: f64) -> Option<f64> {
    let (width, texts) = common::svg_texts(svg);
    texts
        .into_iter()
        .map(|t| t.size * width_pt / width)
        .reduce(f64::min)
}

#[test]
fn no_chart_prints_text_under_seven_points() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    j.demo(DemoOptions {
        episodes: 2000,
        seed: 5,
    })
    .unwrap();
    let model = j
        .report_model(&request("2025-11-21", "2026-11-20", AppendixChoice::None))
        .unwrap();
    let w = model.chart_widths;
    let c = &model.charts;
    for (name, svg, width) in [
        ("frequency", &c.frequency, w.frequency),
        ("intensity", &c.intensity, w.intensity),
        ("heatmap", &c.heatmap, w.heatmap),
        ("body", &c.body, w.body),
        ("factors", &c.factors, w.factors),
        ("trial", &c.trial, w.trial),
    ] {
        let smallest = smallest_text_pt(svg, width).unwrap_or_else(|| panic!("{name} has text"));
        assert!(
            smallest >= twinge_report::MIN_CHART_TEXT_PT,
            "{name}: text at {smallest:.2} pt"
        );
    }
}
