//! No chart text runs off its chart, in any language: every line of every chart on
//! Insights, in the trial and in the PDF stays inside the chart's width, by the same
//! estimate of a text's width that the charts lay themselves out with. The
//! pseudo-language, English 40% longer, stands for a language still to come.

mod common;

use std::sync::Arc;

use twinge_app::{AppendixChoice, DemoOptions, FixedClock, Journal, TrialQuery};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

/// The texts of `svg` that run past its left or right edge: (text, from, to).
fn overflowing(svg: &str) -> Vec<(String, f64, f64)> {
    let (width, texts) = common::svg_texts(svg);
    texts
        .into_iter()
        .filter(|t| !t.turned)
        .filter_map(|t| {
            let w = twinge_charts::text_width(&t.words, t.size);
            let (from, to) = match t.anchor.as_str() {
                "middle" => (t.x - w / 2.0, t.x + w / 2.0),
                "end" => (t.x - w, t.x),
                _ => (t.x, t.x + w),
            };
            (from < -0.5 || to > width + 0.5).then_some((t.words, from, to))
        })
        .collect()
}

#[test]
fn no_chart_text_runs_off_its_chart_in_any_language() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    j.demo(DemoOptions {
        episodes: 2000,
        seed: 5,
    })
    .unwrap();
    let change = j.medication_changes().unwrap()[0].id.clone();
    // A cramp every ninth day: over 90 days, weeks logged in part and weeks not at all,
    // so the week chart's legend carries both of its notes.
    let mut sparse = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    for d in (0..90).step_by(9) {
        let day = time::macros::date!(2026 - 08 - 23) + time::Duration::days(d);
        sparse
            .log(&common::cramp(&format!("{day}T03:00:00+00:00")))
            .unwrap();
    }
    let mut off = Vec::new();
    for lang in ["en", "de", "es", "fr", "en-XA"] {
        j.choose_language(lang).unwrap();
        sparse.choose_language(lang).unwrap();
        let insights = common::insights(&j, "2026-10-22", "2026-11-20");
        let weeks = common::insights(&sparse, "2026-08-23", "2026-11-20");
        let mut charts: Vec<(String, String)> = insights
            .charts
            .into_iter()
            .chain([insights.factors_chart])
            .chain(weeks.charts)
            .map(|c| (c.id, c.svg))
            .collect();
        let trial = TrialQuery {
            change: change.clone(),
            baseline_days: None,
            trial_from: None,
            trial_days: None,
            dark: false,
        };
        charts.push((
            "trial".into(),
            j.trial_view(&trial, "2026-11-20").unwrap().chart,
        ));
        let model = j
            .report_model(&twinge_app::ReportRequest {
                language: Some(lang.into()),
                ..common::request("2025-11-21", "2026-11-20", AppendixChoice::None)
            })
            .unwrap();
        let c = model.charts;
        for (name, svg) in [
            ("pdf frequency", c.frequency),
            ("pdf intensity", c.intensity),
            ("pdf heatmap", c.heatmap),
            ("pdf body", c.body),
            ("pdf factors", c.factors),
            ("pdf trial", c.trial),
        ] {
            charts.push((name.into(), svg));
        }
        for (name, svg) in charts.iter().filter(|(_, svg)| !svg.is_empty()) {
            for (words, from, to) in overflowing(svg) {
                off.push(format!(
                    "{lang} {name}: {words:?} from {from:.0} to {to:.0}"
                ));
            }
        }
    }
    assert!(off.is_empty(), "{}", off.join("\n"));
}

/// The bars of the frequency chart are days up to 60 days and weeks beyond, and its
/// title and the sentence that explains it say which; its text alternative gives the
/// headline's rate.
#[test]
fn the_frequency_chart_says_whether_its_bars_are_days_or_weeks() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    j.demo(DemoOptions {
        episodes: 200,
        seed: 5,
    })
    .unwrap();
    for (from, title, explain) in [
        ("2026-10-22", "Episodes per day", "Each bar is a day"),
        (
            "2026-08-23",
            "Episodes per logged week",
            "Each bar is a week",
        ),
    ] {
        let insights = common::insights(&j, from, "2026-11-20");
        let chart = insights
            .charts
            .iter()
            .find(|c| c.id == "frequency")
            .unwrap();
        assert_eq!(chart.title, title);
        assert!(
            chart.explain.starts_with(explain),
            "{from}: {}",
            chart.explain
        );
        // Its sentence gives the rate as the headline does, over the logged days.
        let rate = format!("({} a logged week)", insights.headlines[0].value);
        assert!(chart.summary.contains(&rate), "{rate}: {}", chart.summary);
    }
}
