//! Warning symptoms reach the paper: a symptom recorded with an episode is on page 1
//! with its date (weakness and numbness first, marked), and the appendix row says the
//! symptoms, that the episode woke the person, and a burst's count.

mod common;

use std::sync::Arc;

use common::pdf_words;
use twinge_app::AppendixChoice;

use twinge_app::{EpisodeInput, FixedClock, Journal, LocationInput};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

fn episode(kind: &str, at: &str, associated: &[&str]) -> EpisodeInput {
    EpisodeInput {
        kind: kind.to_string(),
        started_at: at.to_string(),
        duration_s: Some(60),
        intensity: Some(6),
        locations: vec![LocationInput {
            region: "foot".into(),
            side: "right".into(),
        }],
        associated: associated.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

#[test]
fn weakness_reaches_page_one_with_its_date_and_the_appendix_row_says_it() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    j.log(&episode(
        "cramp",
        "2026-11-10T03:00:00+00:00",
        &["stiffness"],
    ))
    .unwrap();
    j.log(&episode(
        "cramp",
        "2026-11-12T03:00:00+00:00",
        &["stiffness"],
    ))
    .unwrap();
    let mut foot = episode(
        "cramp",
        "2026-11-18T03:00:00+00:00",
        &["weakness", "numbness_tingling"],
    );
    foot.woke_from_sleep = true;
    j.log(&foot).unwrap();
    let mut burst = episode("twitch", "2026-11-19T08:00:00+00:00", &["muscle_wasting"]);
    burst.count = Some(20);
    j.log(&burst).unwrap();

    let pdf = common::report(&j, "2026-10-22", "2026-11-20", AppendixChoice::All);
    let page1 = pdf_words(&pdf, 1, 1);
    assert!(page1.contains("Symptoms reported with episodes"), "{page1}");
    let warn = page1.find("worth asking about:");
    let weakness = page1.find("Weakness 1 (last: 18 Nov)");
    let stiffness = page1.find("also: Stiffness 2 (last: 12 Nov)");
    assert!(warn.is_some() && warn < weakness, "{page1}");
    assert!(weakness.is_some() && stiffness.is_some(), "{page1}");
    assert!(weakness < stiffness, "warning symptoms first: {page1}");
    assert!(page1.contains("Numbness or tingling 1"), "{page1}");
    // What twitches are screened for is a warning symptom too.
    let wasting = page1.find("Muscle wasting 1 (last: 19 Nov)");
    assert!(wasting.is_some() && wasting < stiffness, "{page1}");
    // Too few episodes for trigger shares: said once, with the counts.
    assert!(
        page1.contains(
            "Not enough data: trigger shares are shown from 10 episodes; this period has 4 episodes."
        ),
        "{page1}"
    );
    assert!(!page1.contains("None in this period"), "{page1}");
    assert!(
        page1.contains("Nothing was marked as helping in this period."),
        "{page1}"
    );
    // Cramps and twitches only: the Penn spasm scale has nothing to rate.
    assert!(!page1.contains("Penn"), "no spasm, no Penn box: {page1}");

    let appendix = pdf_words(&pdf, 3, 3);
    assert!(
        appendix.contains("Weakness · Numbness or tingling · woke from sleep"),
        "{appendix}"
    );
    assert!(appendix.contains("20 in the burst"), "{appendix}");
}

#[test]
fn the_penn_box_rates_spasms_only() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 0))).unwrap();
    // Many cramps on one day, and one mild spasm: the scale sees one spasm.
    for m in 0..30 {
        j.log(&episode(
            "cramp",
            &format!("2026-11-18T03:{m:02}:00+00:00"),
            &[],
        ))
        .unwrap();
    }
    let mut spasm = episode("spasm", "2026-11-19T03:00:00+00:00", &[]);
    spasm.intensity = Some(2);
    j.log(&spasm).unwrap();
    assert_eq!(
        twinge_app::suggest_psfs(&[(0, Some(2), false)]),
        Some((2, 1)),
        "one mild spasm: less than once an hour, mild"
    );
    assert_eq!(
        twinge_app::suggest_psfs(&[(0, Some(5), true), (3, Some(6), true)]),
        Some((1, 2)),
        "every spasm set off by touch or movement: induced only by stimulation"
    );
    assert_eq!(
        twinge_app::suggest_psfs(&[(0, Some(5), true), (0, Some(6), false)]),
        Some((2, 2)),
        "one came on its own: counted by the hour"
    );
    assert_eq!(twinge_app::suggest_psfs(&[]), None);
    let busy: Vec<(i64, Option<u8>, bool)> = (0..40).map(|_| (5, Some(8), false)).collect();
    assert_eq!(
        twinge_app::suggest_psfs(&busy),
        Some((3, 3)),
        "40 on a day: over 1 an hour"
    );
    let pdf = common::report(&j, "2026-10-22", "2026-11-20", AppendixChoice::None);
    let page1 = pdf_words(&pdf, 1, 1);
    assert!(
        page1.contains(
            "frequency 2 — infrequent full spasms occurring less than once per hour; severity 1"
        ),
        "{page1}"
    );
}
