//! The SQL day-level counts agree with core's plain reference on random journals:
//! episodes in mixed UTC offsets (some deleted), quiet days, check-ins with random
//! factors (stress at "some" or "a lot"), an archived factor, and periods of any
//! length, for both lags.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use twinge_core::daystats::{factor_counts, DayFacts, LAGS};
use twinge_core::insights::{date_of_day, local_day_hour_weekday, DayNumber, Period};
use twinge_core::{Episode, EpisodeDraft, Kind, LocalInstant, Location, Region, Side};
use twinge_store::{Checkin, Store};
use uuid::Uuid;

/// 2026-01-01 00:00 UTC, and its day number.
const BASE_S: i64 = 1_767_225_600;
const BASE_DAY: i64 = BASE_S / 86_400;
const OFFSETS: &[i32] = &[-600, -300, 0, 60, 330, 840];
const FACTORS: &[&str] = &[
    "slept_badly",
    "hard_exercise",
    "alcohol",
    "stress",
    "period",
];

fn episode(i: usize, t: i64, offset: usize) -> Episode {
    let at = LocalInstant::new(BASE_S + t, OFFSETS[offset]).unwrap();
    let draft = EpisodeDraft {
        intensity: Some(5),
        locations: vec![Location {
            region: Region::Calf,
            side: Side::Left,
        }],
        ..EpisodeDraft::new(Kind::Cramp, at)
    };
    Episode::saved(
        Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + i as u128),
        draft,
        0,
    )
}

fn date(day: DayNumber) -> String {
    date_of_day(day).unwrap().to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn sql_day_counts_equal_the_reference(
        episodes in proptest::collection::vec((0i64..(40 * 86_400), 0..OFFSETS.len(), proptest::bool::weighted(0.1)), 0..80),
        quiet in proptest::collection::btree_set(-2i64..42, 0..8),
        checkins in proptest::collection::btree_map(
            -2i64..42,
            proptest::collection::btree_map(0..FACTORS.len(), 1u8..=2, 0..4),
            0..30,
        ),
        first in -1i64..30,
        len in 1i64..30,
    ) {
        let mut store = Store::open_in_memory().unwrap();
        let mut days: BTreeMap<DayNumber, DayFacts> = BTreeMap::new();
        for (i, &(t, offset, deleted)) in episodes.iter().enumerate() {
            let e = episode(i, t, offset);
            store.insert_episode(&e).unwrap();
            if deleted {
                store.soft_delete(e.id, 1).unwrap();
            } else {
                days.entry(local_day_hour_weekday(&e).0).or_default().episodes += 1;
            }
        }
        for d in &quiet {
            store.set_quiet_day(&date(BASE_DAY + d), 0).unwrap();
            days.entry(BASE_DAY + d).or_default().quiet = true;
        }
        for (d, factors) in &checkins {
            let levels: Vec<(String, u8)> = factors
                .iter()
                .map(|(&f, &level)| (FACTORS[f].to_string(), if FACTORS[f] == "stress" { level } else { 1 }))
                .collect();
            store
                .save_checkin(&Checkin { date: date(BASE_DAY + d), factors: levels.clone(), ratings: Default::default(), created_at_ms: 0, updated_at_ms: 0 })
                .unwrap();
            days.entry(BASE_DAY + d).or_default().checkin =
                Some(levels.into_iter().map(|(k, _)| k).collect::<BTreeSet<_>>());
        }
        // An archived factor is not compared.
        store.edit_factor("alcohol", "Alcohol", true).unwrap();
        let period = Period { first_day: BASE_DAY + first, last_day: BASE_DAY + first + len - 1 };

        let sql: BTreeMap<(String, i64), _> = store
            .factor_counts(period)
            .unwrap()
            .into_iter()
            .map(|(k, lag, c)| ((k, lag), c))
            .collect();
        let mut reference = BTreeMap::new();
        for f in store.factors().unwrap().into_iter().filter(|f| !f.archived) {
            for lag in LAGS {
                let c = factor_counts(&days, &f.key, lag, period);
                if c.days_with + c.days_without > 0 {
                    reference.insert((f.key.clone(), lag), c);
                }
            }
        }
        prop_assert_eq!(sql, reference);
    }
}

#[test]
fn a_day_is_recorded_by_an_episode_a_quiet_day_or_a_check_in() {
    let mut store = Store::open_in_memory().unwrap();
    let day = BASE_DAY + 3;
    assert!(!store.is_recorded(day).unwrap());
    // 23:30 local in UTC−05:00 on day 3 is already day 4 in UTC.
    let mut e = episode(1, 0, 0);
    e.draft.started_at = LocalInstant::new((day + 1) * 86_400 + 4 * 3600 + 1800, -300).unwrap();
    store.insert_episode(&e).unwrap();
    assert!(store.is_recorded(day).unwrap());
    assert!(!store.is_recorded(day + 1).unwrap());
    store.set_quiet_day(&date(day + 1), 0).unwrap();
    assert!(store.is_recorded(day + 1).unwrap());
    let rated = Checkin {
        date: date(day + 2),
        factors: vec![],
        ratings: twinge_store::DayRatings {
            stiffness: Some(6),
            sleep_broken: Some(0),
        },
        created_at_ms: 0,
        updated_at_ms: 0,
    };
    store.save_checkin(&rated).unwrap();
    assert!(store.is_recorded(day + 2).unwrap());
    assert_eq!(
        store.checkin(&date(day + 2)).unwrap().unwrap(),
        rated,
        "ratings kept"
    );
    // The schema itself refuses a rating off the scale, and the day keeps its own.
    let mut off = rated.clone();
    off.ratings.stiffness = Some(11);
    assert!(store.save_checkin(&off).is_err());
    assert_eq!(store.checkin(&date(day + 2)).unwrap().unwrap(), rated);
    assert!(store.delete_checkin(&date(day + 2)).unwrap());
    assert!(!store.is_recorded(day + 2).unwrap());
}
