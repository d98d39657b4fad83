//! The doctor's PDF, read back as a person's tools would: pdftotext, pdffonts, pdfinfo.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use twinge_app::{
    DemoOptions, EpisodeInput, FixedClock, Journal, ListQuery, PaperSize, ReportRequest,
};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

fn journal() -> Journal {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 60))).unwrap();
    j.demo(DemoOptions {
        episodes: 400,
        seed: 3,
    })
    .unwrap();
    j
}

fn request(from: &str, to: &str) -> ReportRequest {
    ReportRequest {
        from: from.into(),
        to: to.into(),
        paper: PaperSize::A4,
        questions: "Could magnesium be why the cramps eased?".into(),
        appendix: twinge_app::AppendixChoice::All,
        psfs_frequency: None,
        psfs_severity: None,
        language: None,
    }
}

fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(pdf)
        .args(if name == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| panic!("{name} runs (poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// The page the appendix starts on: the first whose words hold its title's.
fn appendix_from(pdf: &Path, model: &twinge_report::ReportModel) -> usize {
    let (bytes, title) = (
        std::fs::read(pdf).unwrap(),
        &model.appendix.as_ref().expect("an appendix").title,
    );
    let title = title
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    (1..=common::page_count(&bytes))
        .find(|&p| common::pdf_words(&bytes, p, p).contains(&title))
        .expect("the appendix's title") as usize
}

fn pages(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[], pdf);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|n| n.trim().parse().unwrap())
        .unwrap()
}

#[test]
fn page_one_answers_the_doctor_and_the_appendix_lists_every_episode() {
    let mut j = journal();
    let long_note: String = (0..250)
        .map(|i| format!("w{i:03} "))
        .collect::<String>()
        .trim_end()
        .chars()
        .take(2000)
        .collect();
    assert!(long_note.chars().count() <= 2000);
    let mut input = EpisodeInput {
        duration_s: Some(120),
        intensity: Some(8),
        woke_from_sleep: true,
        notes: long_note.clone(),
        ..common::cramp("2026-11-18T03:10:00+01:00")
    };
    let logged = j.log(&input).unwrap();
    input.notes = "Судорога ночью, πόνος στη γάμπα".into();
    input.started_at = "2026-11-18T04:10:00+01:00".into();
    j.log(&input).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let r = request("2026-08-23", "2026-11-20");
    let model = j.report_model(&r).unwrap();
    let pdf_bytes = j.report_pdf(&r).unwrap();
    assert_eq!(
        pdf_bytes,
        j.report_pdf(&r).unwrap(),
        "same data and date, same bytes"
    );
    let pdf = write(dir.path(), "report.pdf", &pdf_bytes);

    let page1 = tool("pdftotext", &["-f", "1", "-l", "1"], &pdf);
    for h in &model.how_often.headline {
        assert!(page1.contains(&h.label), "page 1 has {}: {page1}", h.label);
        assert!(
            page1.contains(&h.value),
            "page 1 has the value {} of {}",
            h.value,
            h.label
        );
    }
    assert!(page1.contains("Penn Spasm Frequency Scale"));
    assert!(page1.contains("Could magnesium be why the cramps eased?"));
    assert!(page1.contains("patient-entered data"));
    assert!(
        page1.contains("Lying down / night"),
        "top trigger on page 1"
    );

    let all = tool("pdftotext", &[], &pdf);
    let squashed: String = all.split_whitespace().collect::<Vec<_>>().join(" ");
    // Every word of the 2,000-character note is printed, in order (it may wrap over lines
    // and pages, with other columns' text in between).
    let words: Vec<&str> = long_note.split(' ').collect();
    let printed: Vec<&str> = squashed
        .split(' ')
        .filter(|w| {
            w.len() == 4 && w.starts_with('w') && w[1..].chars().all(|c| c.is_ascii_digit())
        })
        .collect();
    assert_eq!(printed, words, "the 2,000-character note is printed whole");
    assert!(
        squashed.contains("Судорога ночью, πόνος στη γάμπα"),
        "Cyrillic and Greek are readable"
    );
    assert_eq!(logged.place, "Calf, left");
    assert!(
        squashed.contains(&logged.place),
        "the appendix names the place as History does"
    );
    let episodes = j
        .list(&ListQuery {
            limit: Some(500),
            ..Default::default()
        })
        .unwrap()
        .episodes;
    let in_period: Vec<_> = episodes
        .iter()
        .filter(|e| ("2026-08-23".."2026-11-21").contains(&&e.started_at[..10]))
        .collect();
    assert!(in_period.len() > 50);
    for e in &in_period {
        let when = format!("{} {}", &e.started_at[..10], &e.started_at[11..16]);
        assert!(all.contains(&when), "appendix has {when}");
    }

    let n = pages(&pdf);
    assert!(n >= 4, "{n} pages");
    let first = appendix_from(&pdf, &model);
    // Page 1, the charts, and the day-level comparisons come first.
    assert!(first >= 3, "the appendix from page {first}");
    for p in first..=n {
        let text = tool(
            "pdftotext",
            &["-f", &p.to_string(), "-l", &p.to_string()],
            &pdf,
        );
        assert!(
            text.contains("Triggers") && text.contains("Notes"),
            "header row repeated on page {p}"
        );
        assert!(
            text.contains(&format!("page {p} of {n}")),
            "footer on page {p}"
        );
    }
    let fonts = tool("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert!(
            cols.iter().rev().nth(4) == Some(&"yes"),
            "font embedded: {row}"
        );
    }
}

#[test]
fn more_episodes_more_pages_letter_paper_and_an_empty_period() {
    let j = journal();
    let dir = tempfile::tempdir().unwrap();
    let short = write(
        dir.path(),
        "short.pdf",
        &j.report_pdf(&request("2026-11-06", "2026-11-20")).unwrap(),
    );
    let long = write(
        dir.path(),
        "long.pdf",
        &j.report_pdf(&request("2026-05-01", "2026-11-20")).unwrap(),
    );
    assert!(
        pages(&long) > pages(&short),
        "{} vs {}",
        pages(&long),
        pages(&short)
    );

    let mut letter = request("2026-11-06", "2026-11-20");
    letter.paper = PaperSize::Letter;
    let letter = write(dir.path(), "letter.pdf", &j.report_pdf(&letter).unwrap());
    assert!(
        tool("pdfinfo", &[], &letter).contains("612 x 792"),
        "US Letter"
    );
    assert!(
        tool("pdfinfo", &[], &short).contains("595.276 x 841.89")
            || tool("pdfinfo", &[], &short).contains("595.28 x 841.89"),
        "A4"
    );

    let empty = write(
        dir.path(),
        "empty.pdf",
        &j.report_pdf(&request("2020-01-01", "2020-01-31")).unwrap(),
    );
    assert_eq!(pages(&empty), 1);
    assert!(tool("pdftotext", &[], &empty).contains("No episodes were logged in this period."));

    let mut no_appendix = request("2026-05-01", "2026-11-20");
    no_appendix.appendix = twinge_app::AppendixChoice::None;
    let without = write(
        dir.path(),
        "without.pdf",
        &j.report_pdf(&no_appendix).unwrap(),
    );
    let with_appendix = request("2026-05-01", "2026-11-20");
    let with = write(
        dir.path(),
        "with.pdf",
        &j.report_pdf(&with_appendix).unwrap(),
    );
    // Without its appendix the report ends where the appendix would have begun.
    assert_eq!(
        pages(&without),
        appendix_from(&with, &j.report_model(&with_appendix).unwrap()) - 1
    );
    let bad = j
        .report_pdf(&request("2026-11-20", "2026-11-01"))
        .unwrap_err();
    assert_eq!(bad.code, "bad_period");
}

#[test]
fn page_one_says_suggested_until_confirmed_and_the_same_numbers_as_insights() {
    let j = journal();
    let dir = tempfile::tempdir().unwrap();
    let r = request("2026-08-23", "2026-11-20");
    let page1 = |r: &ReportRequest, name: &str| {
        let pdf = write(dir.path(), name, &j.report_pdf(r).unwrap());
        let text = tool("pdftotext", &["-f", "1", "-l", "1"], &pdf);
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };

    let suggested = page1(&r, "suggested.pdf");
    assert!(
        suggested.contains("Penn Spasm Frequency Scale style, suggested from the log"),
        "{suggested}"
    );
    assert!(!suggested.contains("self-rated"), "{suggested}");

    let mut confirmed = r.clone();
    confirmed.psfs_frequency = Some(2);
    confirmed.psfs_severity = Some(1);
    let rated = page1(&confirmed, "rated.pdf");
    assert!(
        rated.contains("Penn Spasm Frequency Scale style, self-rated"),
        "{rated}"
    );

    // The Insights screen's numbers for the same period read the same on paper.
    let insights = common::insights(&j, &r.from, &r.to);
    let now = &insights.current;
    for (label, value) in [
        (
            "Episodes per logged week",
            format!("{:.1}", now.per_logged_week.unwrap()),
        ),
        (
            "Days with episodes",
            format!("{} of {} logged", now.days_with_episode, now.days_logged),
        ),
        (
            "Days logged",
            format!("{} of {}", now.days_logged, now.days),
        ),
    ] {
        assert!(
            suggested.contains(label) && suggested.contains(&value),
            "{label}: {value} (as Insights says) on page 1: {suggested}"
        );
    }
    // One row per kind, each figure as Insights words it (spaces aside: pdftotext may
    // read "6 / 8" as "6/8").
    let bare = |t: &str| t.split_whitespace().collect::<String>();
    let page = bare(&suggested);
    assert!(insights.kinds.rows.len() >= 3, "{:?}", insights.kinds);
    for k in &insights.kinds.rows {
        assert!(page.contains(&bare(&k.label)) && page.contains(&bare(&k.episodes)));
        for cell in &k.current.cells {
            assert!(
                page.contains(&bare(cell)),
                "{}: {cell} on page 1: {suggested}",
                k.label
            );
        }
    }
}

#[test]
fn the_day_level_comparisons_follow_the_charts_with_their_counts_and_what_they_are() {
    // A longer demo: its check-ins carry one built-in effect, twice the episodes on the
    // day after hard exercise.
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 60))).unwrap();
    j.demo(DemoOptions {
        episodes: 2000,
        seed: 5,
    })
    .unwrap();
    let mut r = request("2025-11-21", "2026-11-20");
    r.appendix = twinge_app::AppendixChoice::None;
    let model = j.report_model(&r).unwrap();
    let after = model
        .factors
        .lines
        .iter()
        .find(|f| f.label == "Days after “Hard exercise”")
        .expect("the built-in effect has enough days");
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(dir.path(), "report.pdf", &j.report_pdf(&r).unwrap());
    // The demo's magnesium trial has its chart on page 2, which sends the hours of day
    // to page 3 ahead of the comparisons, whose table then runs onto page 4.
    assert!(model.how_often.trial.is_some());
    assert_eq!(
        pages(&pdf),
        4,
        "page 1, the charts, the hours and the day-level comparisons"
    );
    let page3 = tool("pdftotext", &["-f", "3", "-l", "3"], &pdf);
    let page3 = page3.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        page3.contains("association in the patient’s own records, not proof of cause"),
        "{page3}"
    );
    for cell in [&after.label, &after.with, &after.without, &after.ratio] {
        assert!(page3.contains(cell.as_str()), "page 3 has {cell}: {page3}");
    }
    // The interval of the built-in 2× covers 2; that of a factor without an effect, 1.
    let stats = j
        .factor_stats(twinge_app::parse_period("2025-11-21", "2026-11-20").unwrap())
        .unwrap();
    let covers = |key: &str, lag: i64, x: f64| {
        let s = stats
            .iter()
            .find(|s| s.factor == key && s.lag_days == lag)
            .unwrap();
        s.rate.low.unwrap() <= x && s.rate.high.is_none_or(|h| h >= x)
    };
    assert!(covers("hard_exercise", 1, 2.0), "{stats:?}");
    assert!(covers("slept_badly", 0, 1.0), "{stats:?}");
}
