//! Rates and comparisons count logged days only: a previous period logged on a third
//! of its days at the same daily rate is no "rise", on Insights, `stats --json` and
//! page 1 of the PDF alike, and each says how much was logged.
//! A trial read through the store agrees with core's reference (comparison/reference.rs).

mod common;
#[path = "comparison/reference.rs"]
mod reference;

use std::sync::Arc;

use common::{cramp, pdf_words};

use twinge_app::{EpisodeInput, FixedClock, Journal};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

fn cramp_on(day: time::Date, hour: u8) -> EpisodeInput {
    EpisodeInput {
        intensity: Some(5),
        ..cramp(&format!("{day}T{hour:02}:00:00+00:00"))
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

    let insights = common::insights(&j, from, to);
    assert_eq!(insights.rate_change, words, "the same words on Insights");
    assert!(!insights.comparable);
    assert!(insights.caveat.is_empty(), "no change given, no caveat");

    let pdf = common::report(&j, from, to, twinge_app::AppendixChoice::None);
    let page1 = pdf_words(&pdf, 1, 1);
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
    let insights = common::insights(&j, "2026-10-22", "2026-11-20");
    assert!(insights.caveat.contains("natural ups and downs"));

    // One row per kind logged, for the period and the one before.
    let kinds = stats["kinds"].as_array().unwrap();
    assert_eq!(kinds.len(), 1, "only cramps: {kinds:?}");
    let (now, before) = (&kinds[0], &stats["previous"]["kinds"][0]);
    assert_eq!(now["kind"], "cramp");
    assert_eq!(now["episodes"], 60);
    assert_eq!(now["per_week"], 14.0);
    assert_eq!(now["days_with"], 30);
    assert_eq!(now["nights_woken_per_week"], 0.0);
    assert_eq!(now["places"][0]["place"], "Calf, left");
    assert_eq!(now["places"][0]["count"], 60);
    assert_eq!(before["episodes"], 40);
    assert_eq!(before["days_with"], 30);
    assert_eq!(
        insights.kinds.rows[0].current.figures,
        serde_json::from_value(now.clone()).unwrap()
    );
}

/// One cramp in each period, the earlier logged on 27 of its 30 days: 0.23 a logged week
/// against 0.26 is 10% down, and every place prints the two rates so that it reads so.
#[test]
fn a_small_rate_is_printed_as_finely_as_its_change() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    let first = time::macros::date!(2026 - 09 - 22);
    for d in (0..27).chain(30..60) {
        let day = (first + time::Duration::days(d)).to_string();
        if d == 5 || d == 40 {
            j.log(&cramp_on(first + time::Duration::days(d), 3))
                .unwrap();
        } else {
            j.mark_quiet_day(&day).unwrap();
        }
    }
    let (from, to) = ("2026-10-22", "2026-11-20");
    let stats = j.stats_json(from, to).unwrap();
    let words = "previous: 0.26 a logged week (down 10%)";
    assert_eq!(stats["rate_change"], words);
    let insights = common::insights(&j, from, to);
    assert_eq!(insights.headlines[0].value, "0.23");
    assert_eq!(insights.headlines[0].previous, words);
    assert_eq!(insights.kinds.rows[0].current.cells[0], "0.23");
    assert_eq!(insights.kinds.rows[0].previous.cells[0], "0.26");
    let page1 = pdf_words(
        &common::report(&j, from, to, twinge_app::AppendixChoice::None),
        1,
        1,
    );
    assert!(page1.contains("0.23") && page1.contains(words), "{page1}");
}

/// A journal begun in the period: the period before is "nothing logged", never "0 of 0"
/// or a period without symptoms.
#[test]
fn a_period_before_the_journal_began_reads_as_nothing_logged() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    j.log(&cramp_on(time::macros::date!(2026 - 11 - 10), 3))
        .unwrap();
    let (from, to) = ("2026-10-22", "2026-11-20");
    let headlines = common::insights(&j, from, to).headlines;
    let previous: Vec<&str> = headlines.iter().map(|h| h.previous.as_str()).collect();
    assert_eq!(
        previous,
        [
            "not comparable: nothing was logged in the earlier period",
            "previous: nothing logged",
            "previous: 0 of 30",
        ]
    );
    let page1 = pdf_words(
        &common::report(&j, from, to, twinge_app::AppendixChoice::None),
        1,
        1,
    );
    assert!(page1.contains("previous: nothing logged"), "{page1}");
    assert!(!page1.contains("0 of 0"), "{page1}");
}

#[test]
fn nights_woken_count_nights_not_episodes() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    let first = time::macros::date!(2026 - 10 - 22);
    for d in 0..14 {
        let day = first + time::Duration::days(d);
        for hour in [2, 4] {
            let mut cramp = cramp_on(day, hour);
            // Two cramps woke the person on each of the first 7 nights.
            cramp.woke_from_sleep = d < 7;
            j.log(&cramp).unwrap();
        }
    }
    let stats = j.stats_json("2026-10-22", "2026-11-04").unwrap();
    let cramp = &stats["kinds"][0];
    assert_eq!(cramp["episodes"], 28);
    // 7 nights in 14 logged: 3.5 a week (14 waking episodes would say 7).
    assert_eq!(cramp["nights_woken_per_week"], 3.5);
}

/// The demo's built-in treatment: from the day magnesium is started, each night cramp
/// drawn is kept with chance 45%, and cramps are 45% of the draws, so episodes a day
/// fall to 0.55 + 0.45 · 0.45 = 0.7525 of what they were. The trial finds it.
#[test]
fn the_trial_finds_the_demos_built_in_treatment_effect() {
    use twinge_app::{DemoOptions, TrialQuery};
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    j.demo(DemoOptions {
        episodes: 2000,
        seed: 7,
    })
    .unwrap();
    let change = j.medication_changes().unwrap()[0].clone();
    let today = j.today();
    let wide = TrialQuery {
        change: change.date.clone(),
        baseline_days: Some(90),
        trial_from: Some(1),
        trial_days: Some(90),
        dark: false,
    };
    let t = j.trial(&wide, &today).unwrap();
    assert_eq!(t.change.name, "Magnesium");
    assert!(t.compared.rate.enough && !t.running);
    let (low, high) = (t.compared.rate.low.unwrap(), t.compared.rate.high.unwrap());
    assert!(low < 0.7525 && 0.7525 < high, "{low}–{high}");
    assert!(high < 1.0, "a fall the interval is sure of: {low}–{high}");
    let ratio = t.compared.rate.ratio.unwrap();
    let pct = t.compared.per_day_change_pct.unwrap();
    assert!(
        ((ratio - 1.0) * 100.0 - pct).abs() < 1e-9,
        "one figure, two ways"
    );
    assert!(
        t.words.last().unwrap().contains("not proof"),
        "{:?}",
        t.words
    );
    // The night cramps the magnesium is for fall most: 0.45 of what they were.
    let (before, after) = (&t.baseline.figures, &t.trial.figures);
    let cramps = after.cramps_per_week.unwrap() / before.cramps_per_week.unwrap();
    assert!((0.3..0.65).contains(&cramps), "cramps a week {cramps}");
    assert!(after.cramp_days <= before.cramp_days && before.broken_nights > 0);
    // By id the same; the defaults are the 14 days before and days 15–28 after.
    let by_id = j
        .trial(
            &TrialQuery {
                change: change.id.clone(),
                ..TrialQuery::default()
            },
            &today,
        )
        .unwrap();
    let day = |d: &str| {
        time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).unwrap()
    };
    let at = day(&change.date);
    assert_eq!(day(&by_id.baseline.from), at - time::Duration::days(14));
    assert_eq!(day(&by_id.baseline.to), at - time::Duration::days(1));
    assert_eq!(day(&by_id.trial.from), at + time::Duration::days(15));
    assert_eq!(day(&by_id.trial.to), at + time::Duration::days(28));
    // A week a side: a fall past the 20% line whose interval still reaches no change
    // says that chance could give it; the 90 days a side above do not.
    let reaches = |t: &twinge_app::TrialDto| {
        t.words
            .iter()
            .any(|w| w.contains("still reaches 1 (no change)"))
    };
    let week = TrialQuery {
        baseline_days: Some(7),
        trial_days: Some(7),
        ..wide.clone()
    };
    let short = j.trial(&week, &today).unwrap();
    let (fall, high) = (
        -short.compared.per_day_change_pct.unwrap(),
        short.compared.rate.high.unwrap(),
    );
    assert!(fall >= 20.0 && high >= 1.0, "{fall} {high}");
    assert!(reaches(&short), "{:?}", short.words);
    assert!(!reaches(&t), "{:?}", t.words);
    // Bad input is refused in words.
    let none = j
        .trial(
            &TrialQuery {
                change: "1999-01-01".into(),
                ..TrialQuery::default()
            },
            &today,
        )
        .unwrap_err();
    assert!(
        none.message.contains("no medication change or treatment"),
        "{}",
        none.message
    );
    let long = j
        .trial(
            &TrialQuery {
                trial_days: Some(400),
                ..wide
            },
            &today,
        )
        .unwrap_err();
    assert_eq!(long.fields[0].field, "trial_days");
}
