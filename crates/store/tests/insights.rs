//! The SQL aggregates agree with core's plain reference implementation on random
//! journals: mixed UTC offsets, daylight-saving-like jumps, deleted episodes,
//! quiet days and periods of any length.

mod common;

use common::{episode, spec, Spec, BASE_DAY};
use proptest::prelude::*;
use twinge_core::insights::{aggregate, Period};
use twinge_core::kinds::{facts_in, kind_figures};
use twinge_core::LocalInstant;
use twinge_store::{ListFilter, Store};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn sql_aggregates_equal_the_reference(
        specs in proptest::collection::vec(spec(), 0..120),
        quiet_days in proptest::collection::btree_set(-3i64..75, 0..10),
        first in -2i64..40,
        len in 1i64..45,
        week_start in 0u8..7,
    ) {
        let mut store = Store::open_in_memory().unwrap();
        for (i, s) in specs.iter().enumerate() {
            let e = episode(i, s);
            store.insert_episode(&e).unwrap();
            if s.deleted {
                store.soft_delete(e.id, 1).unwrap();
            }
        }
        for d in &quiet_days {
            let date = twinge_core::insights::date_of_day(BASE_DAY + d).unwrap();
            store.set_quiet_day(&date.to_string(), 0).unwrap();
        }
        let period = Period { first_day: BASE_DAY + first, last_day: BASE_DAY + first + len - 1 };
        let all = store
            .list_episodes(&ListFilter { limit: u32::MAX, include_deleted: true, ..Default::default() })
            .unwrap();
        let quiet_day_numbers = store.quiet_day_numbers(period).unwrap();
        prop_assert_eq!(quiet_day_numbers.len(), quiet_days.iter().filter(|d| (first..first + len).contains(d)).count());
        let reference = aggregate(&all, &quiet_day_numbers, period, week_start);
        let sql = store.aggregates(period, week_start).unwrap();
        prop_assert_eq!(&sql, &reference);
        // Each kind's row: the facts read in SQL give the reference's figures.
        let facts = store.kind_facts(period).unwrap();
        prop_assert_eq!(facts.len() as u32, reference.total);
        prop_assert_eq!(
            kind_figures(&facts, reference.days_covered),
            kind_figures(&facts_in(&all, period), reference.days_covered)
        );
    }
}

#[test]
fn an_episode_counts_on_its_own_local_day_and_hour() {
    let mut store = Store::open_in_memory().unwrap();
    // 2026-01-10 23:30 in UTC−05:00 is 04:30 UTC on the 11th: it belongs to the 10th, 23 h.
    let mut e = episode(
        1,
        &Spec {
            kind: 1,
            t: 0,
            offset: 0,
            intensity: Some(5),
            timing: 0,
            duration: None,
            regions: vec![(19, 0)],
            triggers: vec![],
            reliefs: vec![],
            woke: false,
            deleted: false,
        },
    );
    e.draft.started_at = LocalInstant::parse_rfc3339("2026-01-10T23:30:00-05:00").unwrap();
    store.insert_episode(&e).unwrap();
    let day10 = BASE_DAY + 9;
    let a = store
        .aggregates(
            Period {
                first_day: day10,
                last_day: day10,
            },
            0,
        )
        .unwrap();
    assert_eq!(a.total, 1);
    // 2026-01-10 is a Saturday (Monday = 0 → 5).
    assert_eq!(a.hour_weekday[5][23], 1);
    assert_eq!(a.figures.night_share, Some(1.0));
    let next = store
        .aggregates(
            Period {
                first_day: day10 + 1,
                last_day: day10 + 1,
            },
            0,
        )
        .unwrap();
    assert_eq!(next.total, 0);
}
