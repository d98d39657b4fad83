//! Intervals that own their limits: when episodes come in bursts the day-level
//! comparison also counts days (the share of days with any episode, with its exact
//! interval) and says the episode interval is too narrow; trigger shares say that the
//! same day's episodes are counted separately.

mod common;

use std::sync::Arc;

use common::{cramp, pdf_words};
use twinge_app::{
    AppendixChoice, CheckinDto, CheckinFactor, EpisodeInput, FactorLevel, FixedClock, Journal,
};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

/// A cramp tagged with dehydration on `day` at 08:`minute`.
fn cramp_on(day: time::Date, minute: u32) -> EpisodeInput {
    EpisodeInput {
        intensity: Some(5),
        triggers: vec!["dehydration".into()],
        ..cramp(&format!("{day}T08:{minute:02}:00+00:00"))
    }
}

/// 60 days with a check-in; alcohol on every third day; `per_day(i)` episodes on day i.
fn journal(per_day: impl Fn(i64) -> u32) -> Journal {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    let first = time::macros::date!(2026 - 09 - 22);
    for i in 0..60 {
        let day = first + time::Duration::days(i);
        let factors = if i % 3 == 0 {
            vec![CheckinFactor {
                key: "alcohol".into(),
                level: FactorLevel::Yes,
            }]
        } else {
            vec![]
        };
        j.save_checkin(&CheckinDto {
            date: day.to_string(),
            factors,
            stiffness: None,
            sleep_broken: None,
        })
        .unwrap();
        for m in 0..per_day(i) {
            j.log(&cramp_on(day, m)).unwrap();
        }
    }
    j
}

fn alcohol(j: &Journal) -> twinge_app::FactorStat {
    j.factor_stats(twinge_app::parse_period("2026-09-22", "2026-11-20").unwrap())
        .unwrap()
        .into_iter()
        .find(|s| s.factor == "alcohol" && s.lag_days == 0)
        .unwrap()
}

#[test]
fn bursts_compare_days_too_and_say_the_episode_interval_is_too_narrow() {
    // 8 episodes on every fifth day, none between.
    let j = journal(|i| if i % 5 == 0 { 8 } else { 0 });
    let s = alcohol(&j);
    assert!(s.bursty && s.rate.enough, "{s:?}");
    let with = s.day_share_with.clone().expect("days with any episode");
    // Days 0, 15, 30, 45 have both alcohol and a burst: 4 of the 20 alcohol days.
    assert_eq!(s.counts.active_days_with, 4);
    assert!((with[0] - 0.2).abs() < 1e-9, "{with:?}");
    assert!(
        with[1] < 0.2 && with[2] > 0.2,
        "an interval around it: {with:?}"
    );
    assert!(s.words.contains("too narrow"), "{}", s.words);
    // Two sentences: the ratio's ends before the bursts' begins.
    assert!(s.words.contains(". Episodes came in bursts"), "{}", s.words);
    assert!(s.words.contains("20% (95% interval"), "{}", s.words);

    let pdf = common::report(&j, "2026-09-22", "2026-11-20", AppendixChoice::None);
    let page1 = pdf_words(&pdf, 1, 1);
    assert!(
        page1.contains("Episodes on the same day are counted separately."),
        "{page1}"
    );
    let all = pdf_words(&pdf, 2, 3);
    assert!(all.contains("Episodes came in bursts"), "{all}");
    assert!(all.contains("any on 20% of days ("), "{all}");
}

#[test]
fn steady_days_keep_the_episode_interval_alone() {
    let j = journal(|_| 1);
    let s = alcohol(&j);
    assert!(!s.bursty && s.rate.enough, "{s:?}");
    assert_eq!(s.day_share_with, None);
    assert!(!s.words.contains("bursts"), "{}", s.words);
}
