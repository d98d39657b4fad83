//! A trial read from the store agrees with core's plain reference on random journals:
//! episodes in UTC offsets from −14:00 to +14:00 (some deleted, some cramps, some that
//! woke the person), quiet days, check-ins with or without ratings, a change on any day,
//! and windows of any length, the trial window running or over. The reference is built
//! from what the test logged, day by day, without the store.

use std::collections::BTreeMap;

use proptest::prelude::*;
use twinge_app::{CheckinDto, Journal, MedicationChangeInput, TrialQuery};
use twinge_core::insights::{day_of_date, DayNumber};
use twinge_core::trial::{trial_figures, TrialDay, TrialWindows};
use twinge_core::MedChange;

const OFFSETS_MIN: &[i32] = &[-840, -600, -300, 0, 60, 330, 600, 840];

fn base() -> time::Date {
    time::macros::date!(2026 - 07 - 01)
}

fn offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

#[derive(Debug, Clone)]
struct Logged {
    day: i64,
    hour: u8,
    offset: usize,
    intensity: u8,
    cramp: bool,
    woke: bool,
    deleted: bool,
}

fn logged() -> impl Strategy<Value = Logged> {
    (
        0i64..120,
        0u8..24,
        0..OFFSETS_MIN.len(),
        0u8..=10,
        any::<bool>(),
        proptest::bool::weighted(0.3),
        proptest::bool::weighted(0.1),
    )
        .prop_map(
            |(day, hour, offset, intensity, cramp, woke, deleted)| Logged {
                day,
                hour,
                offset,
                intensity,
                cramp,
                woke,
                deleted,
            },
        )
}

fn ratings() -> impl Strategy<Value = (Option<u8>, Option<u8>)> {
    (
        proptest::option::of(0u8..=10),
        proptest::option::of(0u8..=10),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn the_stored_trial_equals_the_reference(
        episodes in proptest::collection::vec(logged(), 0..90),
        quiet in proptest::collection::btree_set(0i64..120, 0..12),
        checkins in proptest::collection::btree_map(0i64..120, ratings(), 0..40),
        change in 20i64..100,
        windows in (1u32..40, 1u32..30, 1u32..45),
        today_after in 0i64..80,
    ) {
        let mut j = Journal::in_memory(crate::common::clock()).unwrap();
        let mut days: BTreeMap<DayNumber, TrialDay> = BTreeMap::new();
        let day_number = |d: i64| day_of_date(base() + time::Duration::days(d));
        // Besides the random ones, an episode at each far edge of the span in the
        // farthest offsets: early on the baseline's first day at +14:00 (the day before
        // in UTC) and late on the trial's last day at −14:00 (the day after).
        let (baseline_days, trial_from, trial_days) = windows;
        let edge = |day: i64, hour: u8, offset: usize| Logged {
            day,
            hour,
            offset,
            intensity: 4,
            cramp: true,
            woke: false,
            deleted: false,
        };
        let last = change + i64::from(trial_from + trial_days) - 1;
        let mut edges = vec![edge(change - i64::from(baseline_days), 0, OFFSETS_MIN.len() - 1)];
        if last <= 130 {
            edges.push(edge(last, 23, 0));
        }
        for e in episodes.iter().chain(&edges) {
            let date = base() + time::Duration::days(e.day);
            let at = format!("{date}T{:02}:20:00{}", e.hour, offset(OFFSETS_MIN[e.offset]));
            let logged = j
                .log(&twinge_app::EpisodeInput {
                    kind: if e.cramp { "cramp" } else { "spasm" }.into(),
                    intensity: Some(e.intensity.into()),
                    woke_from_sleep: e.woke,
                    ..crate::common::cramp(&at)
                })
                .unwrap();
            if e.deleted {
                j.delete(&logged.id).unwrap();
            } else {
                let d = days.entry(day_number(e.day)).or_default();
                d.intensities.push(Some(e.intensity));
                d.woke += u32::from(e.woke);
                d.cramps += u32::from(e.cramp);
            }
        }
        for &q in &quiet {
            let d = days.entry(day_number(q)).or_default();
            if d.intensities.is_empty() {
                j.mark_quiet_day(&(base() + time::Duration::days(q)).to_string()).unwrap();
                d.quiet = true;
            }
        }
        for (&c, &(stiffness, sleep_broken)) in &checkins {
            j.save_checkin(&CheckinDto {
                date: (base() + time::Duration::days(c)).to_string(),
                factors: vec![],
                stiffness,
                sleep_broken,
            })
            .unwrap();
            let d = days.entry(day_number(c)).or_default();
            d.checkin = Some(twinge_core::DayRatings {
                stiffness,
                sleep_broken,
            });
        }
        let change_date = base() + time::Duration::days(change);
        j.add_medication_change(&MedicationChangeInput {
            date: change_date.to_string(),
            name: "Baclofen".into(),
            dose: String::new(),
            change: MedChange::Started,
            note: String::new(),
        })
        .unwrap();
        let today = change_date + time::Duration::days(today_after);

        let stored = j
            .trial(
                &TrialQuery {
                    change: change_date.to_string(),
                    baseline_days: Some(baseline_days),
                    trial_from: Some(trial_from),
                    trial_days: Some(trial_days),
                    dark: false,
                },
                &today.to_string(),
            )
            .unwrap();
        let reference = trial_figures(
            &days,
            TrialWindows::around(day_of_date(change_date), windows, day_of_date(today)),
        );
        prop_assert_eq!(&stored.baseline.figures, &reference.baseline);
        prop_assert_eq!(&stored.trial.figures, &reference.trial);
        prop_assert_eq!(stored.compared, reference.compared);
        prop_assert_eq!(stored.running, reference.windows.running);
    }
}
