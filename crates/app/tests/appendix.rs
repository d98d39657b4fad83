//! The Report screen's choices: the appendix (episodes with notes or symptoms by default,
//! with a count of the rest; every episode with those marked; or none), the default
//! period and the ratings the preview suggests for the period shown.

mod common;

use std::sync::Arc;

use common::{all_words, cramp, page_count, pdf_lines};

use twinge_app::{AppendixChoice, DemoOptions, EpisodeInput, FixedClock, Journal, ReportRequest};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

fn journal() -> Journal {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    for (day, notes, symptoms) in [
        (10, "woke with the calf in a knot", vec![]),
        (12, "", vec!["weakness".to_string()]),
        (14, "", vec![]),
        (15, "  ", vec![]),
    ] {
        j.log(&EpisodeInput {
            associated: symptoms,
            notes: notes.into(),
            ..cramp(&format!("2026-11-{day}T03:00:00+00:00"))
        })
        .unwrap();
    }
    j
}

fn request(appendix: AppendixChoice) -> ReportRequest {
    common::request("2026-10-22", "2026-11-20", appendix)
}

/// The appendix's months; none when the report has no appendix.
fn months(m: &twinge_report::ReportModel) -> &[twinge_report::AppendixMonth] {
    m.appendix.as_ref().map_or(&[], |a| &a.months)
}

fn listed(j: &Journal, choice: AppendixChoice) -> (Vec<(String, bool)>, String, bool) {
    let m = j.report_model(&request(choice)).unwrap();
    let rows = months(&m)
        .iter()
        .flat_map(|month| &month.rows)
        .map(|r| (r.when.clone(), r.marked))
        .collect();
    let rest = m
        .appendix
        .as_ref()
        .map(|a| a.rest.clone())
        .unwrap_or_default();
    (rows, rest, m.appendix.is_some())
}

#[test]
fn notable_lists_episodes_with_notes_or_symptoms_and_counts_the_rest() {
    let j = journal();
    let (rows, rest, shown) = listed(&j, AppendixChoice::Notable);
    assert!(shown);
    assert_eq!(
        rows,
        [
            ("2026-11-10 03:00".to_string(), false),
            ("2026-11-12 03:00".to_string(), false)
        ]
    );
    assert_eq!(
        rest,
        "2 episodes without notes or symptoms are not listed; page 1 counts every episode."
    );
    // A request that does not choose gets this one.
    let unchosen: ReportRequest =
        serde_json::from_str(r#"{"from": "2026-10-22", "to": "2026-11-20"}"#).unwrap();
    assert_eq!(unchosen.appendix, AppendixChoice::Notable);
}

#[test]
fn all_marks_the_episodes_with_notes_or_symptoms_and_none_leaves_it_out() {
    let j = journal();
    let (rows, rest, _) = listed(&j, AppendixChoice::All);
    let marked: Vec<bool> = rows.iter().map(|r| r.1).collect();
    assert_eq!(marked, [true, true, false, false]);
    assert_eq!(rest, "");
    let (rows, _, shown) = listed(&j, AppendixChoice::None);
    assert!(rows.is_empty() && !shown);

    let text = all_words(&j.report_pdf(&request(AppendixChoice::All)).unwrap());
    assert_eq!(text.matches("● 2026-11-1").count(), 2, "{text}");
}

#[test]
fn the_appendix_goes_month_by_month_and_a_full_month_starts_a_page() {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 60))).unwrap();
    j.demo(DemoOptions {
        episodes: 400,
        seed: 3,
    })
    .unwrap();
    let mut r = request(AppendixChoice::All);
    r.from = "2026-05-01".into();
    let model = j.report_model(&r).unwrap();
    let labels: Vec<&str> = months(&model).iter().map(|m| m.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "August 2026",
            "September 2026",
            "October 2026",
            "November 2026"
        ],
        "the demo's 100 days, oldest month first"
    );
    let mut rows = 0;
    let mut previous = String::new();
    for month in months(&model) {
        for row in &month.rows {
            let number: usize = row.when[5..7].parse().unwrap();
            let label = format!("{} {}", MONTHS[number - 1], &row.when[..4]);
            assert_eq!(label, month.label, "{} is under its own month", row.when);
            assert!(
                row.when >= previous,
                "oldest first: {} after {previous}",
                row.when
            );
            previous.clone_from(&row.when);
            rows += 1;
        }
    }
    assert_eq!(rows, model.how_often.total as usize, "every episode once");
    // August's 19 days and the full months each fill pages: the three full months
    // start a page, August (the first) does not need to.
    let starts: Vec<bool> = months(&model).iter().map(|m| m.new_page).collect();
    assert_eq!(starts, [false, true, true, true], "{labels:?}");

    let pdf = j.report_pdf(&r).unwrap();
    let first_page = if model.factors.lines.is_empty() { 3 } else { 4 };
    let mut page_of = Vec::new();
    for p in first_page..=page_count(&pdf) {
        let text = pdf_lines(&pdf, p);
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        for month in months(&model) {
            if text.lines().any(|l| l.trim() == month.label) {
                page_of.push((month.label.clone(), p));
                assert_eq!(
                    first.trim() == month.label,
                    month.new_page,
                    "{} heads page {p} only when it starts a page: {first:?}",
                    month.label
                );
            }
        }
    }
    assert_eq!(
        page_of.len(),
        4,
        "each month's heading printed once: {page_of:?}"
    );
    assert!(page_of.windows(2).all(|w| w[0].1 < w[1].1), "{page_of:?}");
}

#[test]
fn the_default_period_starts_at_an_appointment_only_when_it_leaves_two_weeks() {
    let mut j = journal();
    let today = "2026-11-20";
    let none = j.report_defaults(today).unwrap();
    assert_eq!(
        (none.from.as_str(), none.to.as_str()),
        ("2026-08-23", today)
    );
    assert!(
        none.period_reason.contains("no past appointment"),
        "{}",
        none.period_reason
    );
    // Two days ago: too short a period, and the hint says why. Three weeks ago (and the
    // recent one gone): since that appointment.
    for (appointment, from, reason) in [
        (
            "2026-11-18",
            "2026-08-23",
            "the last 90 days: your last appointment (18 November 2026) leaves fewer than 14 days",
        ),
        (
            "2026-10-30",
            "2026-10-30",
            "since your last appointment (30 October 2026)",
        ),
    ] {
        for earlier in j.appointments().unwrap() {
            j.delete_appointment(&earlier.id).unwrap();
        }
        j.add_appointment(&common::appointment(appointment, ""))
            .unwrap();
        let defaults = j.report_defaults(today).unwrap();
        assert_eq!(
            (defaults.from.as_str(), defaults.period_reason.as_str()),
            (from, reason)
        );
    }
}

#[test]
fn the_preview_carries_the_suggestion_for_its_own_period() {
    let mut j = journal();
    // Forty spasms of intensity 8 on one day in October: over one an hour, severe.
    for m in 0..40 {
        let mut e = twinge_app::EpisodeInput {
            kind: "spasm".into(),
            ..cramp(&format!("2026-10-05T08:{m:02}:00+00:00"))
        };
        e.intensity = Some(8);
        j.log(&e).unwrap();
    }
    let mut r = request(AppendixChoice::None);
    r.from = "2026-10-01".into();
    let october = j.report_preview(&r).unwrap();
    assert_eq!((october.psfs_frequency, october.psfs_severity), (3, 3));
    assert!(october.svg.starts_with("<svg"));
    r.from = "2026-11-01".into();
    let november = j.report_preview(&r).unwrap();
    assert_eq!(
        (november.psfs_frequency, november.psfs_severity),
        (0, 1),
        "no spasm in November"
    );
}
