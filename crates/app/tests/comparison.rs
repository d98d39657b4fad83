//! Rates and comparisons count logged days only: a previous period logged on a third
//! of its days at the same daily rate is no "rise", on Insights, `stats --json` and
//! page 1 of the PDF alike, and each says how much was logged.

use std::process::Command;
use std::sync::Arc;

use twinge_app::{
    EpisodeInput, FixedClock, InsightsQuery, Journal, LocationInput, PaperSize, ReportRequest,
};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

fn cramp_on(day: time::Date, hour: u8) -> EpisodeInput {
    EpisodeInput {
        kind: "cramp".into(),
        started_at: format!("{day}T{hour:02}:00:00+00:00"),
        duration_s: Some(60),
        count: None,
        intensity: 5,
        locations: vec![LocationInput {
            region: "calf".into(),
            side: "left".into(),
        }],
        triggers: vec![],
        reliefs: vec![],
        associated: vec![],
        woke_from_sleep: false,
        notes: String::new(),
    }
}

/// Two episodes a day: on 10 of the 30 days before the period, and on all 30 of it.
fn journal() -> Journal {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    let first = time::macros::date!(2026 - 09 - 22);
    let days = (0..10).chain(30..60);
    for d in days {
        let day = first + time::Duration::days(d);
        for hour in [2, 7] {
            j.log(&cramp_on(day, hour)).unwrap();
        }
    }
    j
}

#[test]
fn a_previous_period_logged_on_a_third_of_its_days_is_not_compared() {
    let j = journal();
    let (from, to) = ("2026-10-22", "2026-11-20");
    let stats = j.stats_json(from, to).unwrap();
    let (now, before) = (&stats["summary"], &stats["previous"]);
    assert_eq!(now["days_logged"], 30);
    assert_eq!(before["days_logged"], 10);
    assert_eq!(now["per_logged_week"], 14.0);
    assert_eq!(
        before["per_logged_week"], 14.0,
        "the same rate per logged day"
    );
    assert_eq!(stats["comparable"], false);
    let words = stats["rate_change"].as_str().unwrap();
    assert!(words.contains("logged on 10 of 30 days"), "{words}");

    let insights = j
        .insights(&InsightsQuery {
            from: from.into(),
            to: to.into(),
            dark: false,
        })
        .unwrap();
    assert_eq!(insights.rate_change, words, "the same words on Insights");
    assert!(!insights.comparable);
    assert!(insights.caveat.is_empty(), "no change given, no caveat");

    let pdf = j
        .report_pdf(&ReportRequest {
            from: from.into(),
            to: to.into(),
            paper: PaperSize::A4,
            questions: String::new(),
            include_appendix: false,
            psfs_frequency: None,
            psfs_severity: None,
        })
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-f", "1", "-l", "1"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let page1 = String::from_utf8_lossy(&out.stdout).replace('\n', " ");
    let page1 = page1.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(page1.contains("Episodes per logged week"), "{page1}");
    assert!(
        page1.contains("not comparable: the earlier period was logged on 10 of 30 days"),
        "{page1}"
    );
    assert!(page1.contains("30 of 30"), "how much was logged: {page1}");
    assert!(!page1.contains("up "), "no rise is claimed: {page1}");
}

#[test]
fn comparable_periods_give_the_change_per_logged_week_with_its_caveat() {
    let mut j = journal();
    // Log the rest of the earlier period: now 30 of 30 days, 2 a day on 10, 1 on 20.
    let first = time::macros::date!(2026 - 10 - 02);
    for d in 0..20 {
        j.log(&cramp_on(first + time::Duration::days(d), 12))
            .unwrap();
    }
    let stats = j.stats_json("2026-10-22", "2026-11-20").unwrap();
    assert_eq!(stats["comparable"], true);
    // 40 episodes in 30 logged days before (9.3 a week), 60 now (14.0): up 50%.
    assert_eq!(stats["rate_change"], "previous: 9.3 a logged week (up 50%)");
    let insights = j
        .insights(&InsightsQuery {
            from: "2026-10-22".into(),
            to: "2026-11-20".into(),
            dark: false,
        })
        .unwrap();
    assert!(insights.caveat.contains("natural ups and downs"));
}
