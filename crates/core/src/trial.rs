//! Did a treatment help? A baseline window before a change (a medication started,
//! changed or stopped, or another treatment) and a trial window after it, compared over
//! *recorded* days only (a day with an episode, a quiet-day mark or a check-in, as the
//! day-level statistics count them): episodes a day and their rate ratio with the exact
//! conditional interval of [`crate::daystats::rate_ratio`], days with episodes, episodes
//! that woke the person, the median episode intensity, and the median daily stiffness
//! and sleep-broken ratings with how many days were rated; each change in percent of
//! the baseline, read against the 20% and 30% lines prescribers use. This module is the
//! plain reference every screen, the PDF and the command line take their figures from.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::daystats::{rate_ratio, FactorCounts, RateRatio};
use crate::insights::{DayNumber, Period};
use crate::model::DayRatings;
use crate::stats::median_sorted;

/// The default windows: the 14 days before the change, and days 15–28 after it (day 1
/// is the day after the change).
pub const BASELINE_DAYS: u32 = 14;
pub const TRIAL_FROM: u32 = 15;
pub const TRIAL_DAYS: u32 = 14;

/// What is known of one day for a trial.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrialDay {
    /// One entry per episode: its intensity (none for an imported one without).
    pub intensities: Vec<Option<u8>>,
    /// Episodes that woke the person.
    pub woke: u32,
    /// Of the episodes, the cramps.
    pub cramps: u32,
    /// Marked as a day without episodes.
    pub quiet: bool,
    /// The day's check-in, with its ratings; none when the day has none.
    pub checkin: Option<DayRatings>,
}

impl TrialDay {
    /// Whether anything was recorded for the day.
    pub fn recorded(&self) -> bool {
        !self.intensities.is_empty() || self.quiet || self.checkin.is_some()
    }
}

/// The two windows of a trial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialWindows {
    pub baseline: Period,
    /// Cut at today while the trial runs (empty, `first_day > last_day`, before it starts).
    pub trial: Period,
    /// The trial window reaches past today: its figures are "so far".
    pub running: bool,
}

impl TrialWindows {
    /// The windows around a change on `change_day`: the `baseline_days` before it, and
    /// days `trial_from` to `trial_from + trial_days - 1` after it, cut at `today`.
    pub fn around(
        change_day: DayNumber,
        (baseline_days, trial_from, trial_days): (u32, u32, u32),
        today: DayNumber,
    ) -> TrialWindows {
        let last = change_day + i64::from(trial_from) + i64::from(trial_days) - 1;
        TrialWindows {
            baseline: Period {
                first_day: change_day - i64::from(baseline_days),
                last_day: change_day - 1,
            },
            trial: Period {
                first_day: change_day + i64::from(trial_from),
                last_day: last.min(today),
            },
            running: last > today,
        }
    }
}

/// The figures of one window.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WindowFigures {
    pub recorded_days: u32,
    pub episodes: u32,
    /// Episodes a recorded day; none without recorded days.
    pub per_day: Option<f64>,
    /// The median of the recorded days' episode counts (the line the chart draws).
    pub median_per_day: Option<f64>,
    pub days_with_episodes: u32,
    pub woke_episodes: u32,
    /// Over the episodes with an intensity.
    pub median_intensity: Option<f64>,
    pub stiffness_median: Option<f64>,
    pub stiffness_days: u32,
    pub sleep_broken_median: Option<f64>,
    pub sleep_broken_days: u32,
    /// Night cramps: cramps, cramps a week of recorded days, days with a cramp, and nights
    /// with sleep broken (an episode woke the person, or the day's rating is above 0).
    pub cramps: u32,
    pub cramps_per_week: Option<f64>,
    pub cramp_days: u32,
    pub broken_nights: u32,
}

/// A trial: both windows and how the trial window compares with the baseline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrialFigures {
    pub windows: TrialWindows,
    pub baseline: WindowFigures,
    pub trial: WindowFigures,
    #[serde(flatten)]
    pub compared: Compared,
}

/// How the trial window compares with the baseline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Compared {
    /// Episodes a day in the trial window over the baseline's, with its 95% exact
    /// conditional interval, as a factor's (the trial window is the side "with"), and
    /// whether both sides have at least [`crate::daystats::MIN_DAYS_EACH_SIDE`] recorded
    /// days.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub rate: RateRatio,
    /// Changes in percent of the baseline (negative: fewer, less).
    pub per_day_change_pct: Option<f64>,
    pub stiffness_change_pct: Option<f64>,
    pub sleep_broken_change_pct: Option<f64>,
}

/// The median of some values, and how many there were.
fn median<T: Into<f64>>(values: impl Iterator<Item = T>) -> (Option<f64>, u32) {
    let mut v: Vec<f64> = values.map(Into::into).collect();
    v.sort_by(f64::total_cmp);
    (median_sorted(&v), v.len() as u32)
}

/// The figures of the recorded days of `period`.
pub fn window(days: &BTreeMap<DayNumber, TrialDay>, period: Period) -> WindowFigures {
    if period.first_day > period.last_day {
        return WindowFigures::default();
    }
    let recorded: Vec<&TrialDay> = days
        .range(period.first_day..=period.last_day)
        .map(|(_, d)| d)
        .filter(|d| d.recorded())
        .collect();
    let episodes: u32 = recorded.iter().map(|d| d.intensities.len() as u32).sum();
    let cramps: u32 = recorded.iter().map(|d| d.cramps).sum();
    let n = recorded.len() as u32;
    let (median_intensity, _) = median(
        recorded
            .iter()
            .flat_map(|d| d.intensities.iter().flatten().copied()),
    );
    let (stiffness_median, stiffness_days) =
        median(recorded.iter().filter_map(|d| d.checkin?.stiffness));
    let (sleep_broken_median, sleep_broken_days) =
        median(recorded.iter().filter_map(|d| d.checkin?.sleep_broken));
    WindowFigures {
        recorded_days: n,
        episodes,
        per_day: (n > 0).then(|| f64::from(episodes) / f64::from(n)),
        median_per_day: median(recorded.iter().map(|d| d.intensities.len() as u32)).0,
        days_with_episodes: recorded
            .iter()
            .filter(|d| !d.intensities.is_empty())
            .count() as u32,
        woke_episodes: recorded.iter().map(|d| d.woke).sum(),
        median_intensity,
        stiffness_median,
        stiffness_days,
        sleep_broken_median,
        sleep_broken_days,
        cramps,
        cramps_per_week: (n > 0).then(|| f64::from(cramps) * 7.0 / f64::from(n)),
        cramp_days: recorded.iter().filter(|d| d.cramps > 0).count() as u32,
        broken_nights: recorded
            .iter()
            .filter(|d| {
                d.woke > 0
                    || d.checkin
                        .and_then(|c| c.sleep_broken)
                        .is_some_and(|r| r > 0)
            })
            .count() as u32,
    }
}

/// A change in percent of `before` (none when either is unknown or `before` is 0).
pub fn change_pct(before: Option<f64>, after: Option<f64>) -> Option<f64> {
    match (before, after) {
        (Some(b), Some(a)) if b > 0.0 => Some((a - b) / b * 100.0),
        _ => None,
    }
}

/// The trial of `windows` over `days`.
pub fn trial_figures(days: &BTreeMap<DayNumber, TrialDay>, windows: TrialWindows) -> TrialFigures {
    let baseline = window(days, windows.baseline);
    let trial = window(days, windows.trial);
    let rr = rate_ratio(FactorCounts {
        days_with: trial.recorded_days,
        days_without: baseline.recorded_days,
        episodes_with: trial.episodes,
        episodes_without: baseline.episodes,
        active_days_with: trial.days_with_episodes,
        active_days_without: baseline.days_with_episodes,
    });
    TrialFigures {
        windows,
        compared: Compared {
            per_day_change_pct: change_pct(baseline.per_day, trial.per_day),
            stiffness_change_pct: change_pct(baseline.stiffness_median, trial.stiffness_median),
            sleep_broken_change_pct: change_pct(
                baseline.sleep_broken_median,
                trial.sleep_broken_median,
            ),
            rate: rr,
        },
        baseline,
        trial,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(episodes: &[u8], woke: u32, stiffness: Option<u8>) -> TrialDay {
        TrialDay {
            intensities: episodes.iter().map(|i| Some(*i)).collect(),
            woke,
            checkin: stiffness.map(|s| DayRatings {
                stiffness: Some(s),
                sleep_broken: None,
            }),
            ..TrialDay::default()
        }
    }

    #[test]
    fn windows_sit_before_and_after_the_change_and_stop_at_today() {
        let w = TrialWindows::around(100, (BASELINE_DAYS, TRIAL_FROM, TRIAL_DAYS), 200);
        assert_eq!((w.baseline.first_day, w.baseline.last_day), (86, 99));
        assert_eq!((w.trial.first_day, w.trial.last_day), (115, 128));
        assert!(!w.running);
        let so_far = TrialWindows::around(100, (14, 15, 14), 120);
        assert_eq!((so_far.trial.first_day, so_far.trial.last_day), (115, 120));
        assert!(so_far.running);
        let not_yet = TrialWindows::around(100, (14, 15, 14), 105);
        assert!(not_yet.trial.first_day > not_yet.trial.last_day);
        assert_eq!(
            window(&BTreeMap::new(), not_yet.trial),
            WindowFigures::default()
        );
    }

    #[test]
    fn only_recorded_days_count_and_each_figure_is_worked_out() {
        let mut days = BTreeMap::new();
        // Baseline 86–99: ten recorded days, 3 episodes a day, stiffness 6.
        for d in 86..96 {
            let cramps = if d < 91 { 2 } else { 0 };
            days.insert(
                d,
                TrialDay {
                    cramps,
                    ..day(&[6, 7, 8], 1, Some(6))
                },
            );
        }
        days.insert(96, TrialDay::default()); // nothing recorded: not a day without episodes
                                              // Trial 115–128: ten recorded days, two with 3 episodes, eight quiet; stiffness 4.
        for d in 115..125 {
            let e: &[u8] = if d < 117 { &[3, 4, 5] } else { &[] };
            days.insert(
                d,
                TrialDay {
                    quiet: e.is_empty(),
                    ..day(e, 0, Some(4))
                },
            );
        }
        let w = TrialWindows::around(100, (14, 15, 14), 200);
        let t = trial_figures(&days, w);
        assert_eq!(t.baseline.recorded_days, 10);
        assert_eq!(t.baseline.episodes, 30);
        assert_eq!(t.baseline.per_day, Some(3.0));
        assert_eq!(t.baseline.woke_episodes, 10);
        // Two cramps a day on the first five baseline days.
        assert_eq!((t.baseline.cramps, t.baseline.cramp_days), (10, 5));
        assert_eq!(t.baseline.cramps_per_week, Some(7.0));
        assert_eq!(t.baseline.broken_nights, 10, "each woke the person once");
        assert_eq!((t.trial.cramps, t.trial.broken_nights), (0, 0));
        assert_eq!(t.baseline.median_intensity, Some(7.0));
        assert_eq!(
            (t.baseline.stiffness_median, t.baseline.stiffness_days),
            (Some(6.0), 10)
        );
        assert_eq!(t.trial.recorded_days, 10);
        assert_eq!((t.trial.episodes, t.trial.days_with_episodes), (6, 2));
        assert_eq!(t.trial.per_day, Some(0.6));
        assert_eq!(
            t.trial.median_per_day,
            Some(0.0),
            "eight of ten days had none"
        );
        assert_eq!(t.baseline.median_per_day, Some(3.0));
        assert_eq!(t.trial.median_intensity, Some(4.0));
        assert!(
            (t.compared.rate.ratio.unwrap() - 0.2).abs() < 1e-12,
            "{:?}",
            t.compared.rate.ratio
        );
        assert!((t.compared.per_day_change_pct.unwrap() + 80.0).abs() < 1e-9);
        assert!((t.compared.stiffness_change_pct.unwrap() + 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(t.compared.sleep_broken_change_pct, None, "never rated");
        assert!(t.compared.rate.enough);
    }

    /// The interval is the factor statistics' own, against a case computed independently
    /// with SciPy 1.17.1 (see `daystats`): 24 episodes on 30 trial days against 18 on 60
    /// baseline days give a ratio of 2.666667 with 95% interval 1.387599–5.214832.
    #[test]
    fn the_interval_matches_an_independent_computation() {
        // Each window: one episode a day until its quiet days begin.
        let mut days = BTreeMap::new();
        for (window, quiet_from) in [(0..60, 18), (100..130, 124)] {
            for d in window {
                let quiet = d >= quiet_from;
                days.insert(
                    d,
                    TrialDay {
                        quiet,
                        ..day(if quiet { &[] } else { &[5] }, 0, None)
                    },
                );
            }
        }
        let w = TrialWindows {
            baseline: Period {
                first_day: 0,
                last_day: 59,
            },
            trial: Period {
                first_day: 100,
                last_day: 129,
            },
            running: false,
        };
        let t = trial_figures(&days, w);
        let close = |a: f64, b: f64| (a - b).abs() < 5e-6 * b;
        assert!(
            close(t.compared.rate.ratio.unwrap(), 2.666_667),
            "{:?}",
            t.compared.rate.ratio
        );
        assert!(
            close(t.compared.rate.low.unwrap(), 1.387_599),
            "{:?}",
            t.compared.rate.low
        );
        assert!(
            close(t.compared.rate.high.unwrap(), 5.214_832),
            "{:?}",
            t.compared.rate.high
        );
    }

    #[test]
    fn under_seven_recorded_days_a_side_is_not_enough() {
        let mut days = BTreeMap::new();
        for d in 0..6 {
            days.insert(d, day(&[5], 0, None));
            days.insert(20 + d, day(&[5], 0, None));
        }
        let w = TrialWindows::around(10, (14, 10, 14), 100);
        let t = trial_figures(&days, w);
        assert_eq!((t.baseline.recorded_days, t.trial.recorded_days), (6, 6));
        assert!(!t.compared.rate.enough);
        assert_eq!(
            change_pct(Some(0.0), Some(1.0)),
            None,
            "no baseline to compare with"
        );
    }
}
