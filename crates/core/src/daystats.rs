//! Day-level statistics: does a daily factor (slept badly, hard exercise …) go with
//! more episodes on the same day, or on the next? Counted over *recorded* days only
//! (a day with an episode, a quiet-day mark or a check-in) that have a check-in, so
//! that a day nobody wrote anything about never counts as a day without episodes.
//!
//! For each factor: days with it (n1) and without it (n0), the episodes on those days
//! (e1, e0), the rates e1/n1 and e0/n0, and their ratio with a 95% exact conditional
//! interval: given e1 + e0 episodes in all, e1 is binomial with share
//! p = n1·r / (n1·r + n0) where r is the rate ratio; the Clopper–Pearson interval of p
//! turned into r. This module is the plain reference; `twinge-store` counts the same
//! days in SQL, and a property test checks that both agree.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use statrs::distribution::{Beta, ContinuousCDF};

use crate::insights::{DayNumber, Period};

/// Fewest days on each side (with and without) before a ratio is shown.
pub const MIN_DAYS_EACH_SIDE: u32 = 7;

/// The lags compared: the factor on the same day, and on the day before.
pub const LAGS: [i64; 2] = [0, 1];

/// What is known of one day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayFacts {
    pub episodes: u32,
    pub quiet: bool,
    /// The factors present on the day's check-in (a levelled factor such as stress
    /// counts as present at "some" and "a lot"); `None` without a check-in.
    pub checkin: Option<BTreeSet<String>>,
}

impl DayFacts {
    /// Whether anything was recorded for the day.
    pub fn recorded(&self) -> bool {
        self.episodes > 0 || self.quiet || self.checkin.is_some()
    }
}

/// The counts for one factor and lag.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FactorCounts {
    pub days_with: u32,
    pub days_without: u32,
    pub episodes_with: u32,
    pub episodes_without: u32,
    /// Days with at least one episode, on each side.
    pub active_days_with: u32,
    pub active_days_without: u32,
}

/// Counts the recorded days `d` of `period` whose day `d - lag` has a check-in,
/// split by whether that check-in has `factor` (the day before may be outside the
/// period).
pub fn factor_counts(
    days: &BTreeMap<DayNumber, DayFacts>,
    factor: &str,
    lag: i64,
    period: Period,
) -> FactorCounts {
    let mut c = FactorCounts::default();
    for (&day, facts) in days.range(period.first_day..=period.last_day) {
        if !facts.recorded() {
            continue;
        }
        let Some(checkin) = days.get(&(day - lag)).and_then(|d| d.checkin.as_ref()) else {
            continue;
        };
        let active = u32::from(facts.episodes > 0);
        if checkin.contains(factor) {
            c.days_with += 1;
            c.episodes_with += facts.episodes;
            c.active_days_with += active;
        } else {
            c.days_without += 1;
            c.episodes_without += facts.episodes;
            c.active_days_without += active;
        }
    }
    c
}

/// The comparison of the two sides of a factor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RateRatio {
    /// Episodes per day with the factor, and without (`None` without such days).
    pub rate_with: Option<f64>,
    pub rate_without: Option<f64>,
    /// `rate_with / rate_without`; `None` when it cannot be computed (no days on a
    /// side, no episodes at all, or none on the days without).
    pub ratio: Option<f64>,
    /// The 95% exact conditional interval; `high` is `None` when unbounded.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Both sides have at least [`MIN_DAYS_EACH_SIDE`] days.
    pub enough: bool,
}

/// Fewest logged days before day-to-day spread is judged.
pub const MIN_DAYS_FOR_DISPERSION: usize = 14;

/// A variance this many times the mean (a Poisson count has 1) means episodes come in
/// bursts.
pub const BURSTY_DISPERSION: f64 = 1.5;

/// The dispersion index of episodes a day (sample variance over mean) across the logged
/// days given; `None` with fewer than [`MIN_DAYS_FOR_DISPERSION`] days or no episode.
pub fn dispersion(per_day: &[u32]) -> Option<f64> {
    let n = per_day.len();
    if n < MIN_DAYS_FOR_DISPERSION {
        return None;
    }
    let mean = per_day.iter().map(|&c| f64::from(c)).sum::<f64>() / n as f64;
    if mean == 0.0 {
        return None;
    }
    let variance = per_day
        .iter()
        .map(|&c| (f64::from(c) - mean).powi(2))
        .sum::<f64>()
        / (n - 1) as f64;
    Some(variance / mean)
}

/// Whether episodes come in bursts: more spread between days than chance alone would
/// give, so an interval that counts episodes as independent is too narrow.
pub fn bursty(per_day: &[u32]) -> bool {
    dispersion(per_day).is_some_and(|d| d > BURSTY_DISPERSION)
}

/// The Clopper–Pearson 95% interval of a binomial share: `k` of `n`.
pub fn clopper_pearson(k: u32, n: u32) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let (k, n) = (f64::from(k), f64::from(n));
    let quantile = |a: f64, b: f64, q: f64| Beta::new(a, b).map_or(f64::NAN, |d| d.inverse_cdf(q));
    let low = if k == 0.0 {
        0.0
    } else {
        quantile(k, n - k + 1.0, 0.025)
    };
    let high = if k == n {
        1.0
    } else {
        quantile(k + 1.0, n - k, 0.975)
    };
    (low, high)
}

/// Rates, their ratio and its interval for `c`.
pub fn rate_ratio(c: FactorCounts) -> RateRatio {
    let rate = |e: u32, n: u32| (n > 0).then(|| f64::from(e) / f64::from(n));
    let rate_with = rate(c.episodes_with, c.days_with);
    let rate_without = rate(c.episodes_without, c.days_without);
    let ratio = match (rate_with, rate_without) {
        (Some(w), Some(wo)) if wo > 0.0 => Some(w / wo),
        _ => None,
    };
    let sides = c.days_with > 0 && c.days_without > 0;
    let total = c.episodes_with + c.episodes_without;
    let (low, high) = if sides && total > 0 {
        let (p_low, p_high) = clopper_pearson(c.episodes_with, total);
        // r = p·n0 / ((1 − p)·n1), increasing in p.
        let to_ratio = |p: f64| {
            (p < 1.0).then(|| p * f64::from(c.days_without) / ((1.0 - p) * f64::from(c.days_with)))
        };
        (to_ratio(p_low), to_ratio(p_high))
    } else {
        (None, None)
    };
    RateRatio {
        rate_with,
        rate_without,
        ratio,
        low,
        high,
        enough: c.days_with >= MIN_DAYS_EACH_SIDE && c.days_without >= MIN_DAYS_EACH_SIDE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(n1: u32, n0: u32, e1: u32, e0: u32) -> FactorCounts {
        FactorCounts {
            days_with: n1,
            days_without: n0,
            episodes_with: e1,
            episodes_without: e0,
            ..FactorCounts::default()
        }
    }

    /// Known answers computed independently with SciPy 1.17.1:
    /// `binomtest(e1, e1 + e0).proportion_ci(confidence_level=0.95, method='exact')`
    /// (Clopper–Pearson), each end p turned into p·n0 / ((1 − p)·n1).
    #[test]
    fn the_interval_matches_an_independent_computation() {
        // (n1, n0, e1, e0, ratio, low, high); `None`: unbounded or undefined.
        type Case = (u32, u32, u32, u32, Option<f64>, f64, Option<f64>);
        let cases: [Case; 6] = [
            (30, 60, 24, 18, Some(2.666_667), 1.387_599, Some(5.214_832)),
            (10, 20, 0, 5, Some(0.0), 0.0, Some(2.182_558)),
            (14, 14, 7, 0, None, 1.441_309, None),
            (50, 100, 30, 60, Some(1.0), 0.622_718, Some(1.574_936)),
            (21, 49, 9, 6, Some(3.5), 1.112_582, Some(11.949_671)),
            (8, 8, 3, 3, Some(1.0), 0.133_938, Some(7.466_164)),
        ];
        for (n1, n0, e1, e0, ratio, low, high) in cases {
            let r = rate_ratio(counts(n1, n0, e1, e0));
            let close = |a: f64, b: f64| (a - b).abs() < 5e-6 * b.max(1.0);
            assert_eq!(r.ratio.is_some(), ratio.is_some(), "{n1} {n0} {e1} {e0}");
            if let (Some(a), Some(b)) = (r.ratio, ratio) {
                assert!(close(a, b), "ratio {a} vs {b}");
            }
            assert!(close(r.low.unwrap(), low), "low {:?} vs {low}", r.low);
            match (r.high, high) {
                (Some(a), Some(b)) => assert!(close(a, b), "high {a} vs {b}"),
                (a, b) => assert_eq!(a.is_none(), b.is_none(), "high {a:?} vs {b:?}"),
            }
        }
    }

    #[test]
    fn bursts_are_told_from_steady_days() {
        // Two a day, every day: no spread at all.
        assert_eq!(dispersion(&[2; 20]), Some(0.0));
        assert!(!bursty(&[2; 20]));
        // The same 40 episodes on 4 of 20 days: variance 16.8 against a mean of 2.
        let mut burst = [0u32; 20];
        burst[..4].copy_from_slice(&[10; 4]);
        assert!((dispersion(&burst).unwrap() - 8.421).abs() < 1e-3);
        assert!(bursty(&burst));
        assert_eq!(dispersion(&[1; 13]), None, "too few days to judge");
        assert_eq!(dispersion(&[0; 20]), None);
    }

    #[test]
    fn too_few_days_or_no_episodes_give_no_number() {
        let r = rate_ratio(counts(4, 20, 2, 5));
        assert!(!r.enough);
        let none = rate_ratio(counts(10, 10, 0, 0));
        assert_eq!((none.ratio, none.low, none.high), (None, None, None));
        assert_eq!(none.rate_with, Some(0.0));
        let one_side = rate_ratio(counts(0, 10, 0, 3));
        assert_eq!((one_side.rate_with, one_side.ratio), (None, None));
    }

    fn day(episodes: u32, factors: Option<&[&str]>) -> DayFacts {
        DayFacts {
            episodes,
            quiet: false,
            checkin: factors.map(|f| f.iter().map(|s| s.to_string()).collect()),
        }
    }

    #[test]
    fn only_recorded_days_with_a_check_in_count_and_the_lag_looks_back_a_day() {
        let mut days = BTreeMap::new();
        days.insert(9, day(0, Some(&["alcohol"]))); // before the period: only for lag 1
        days.insert(10, day(2, Some(&["alcohol"])));
        days.insert(11, day(1, None)); // recorded, no check-in
        days.insert(12, day(0, Some(&[])));
        days.insert(
            13,
            DayFacts {
                quiet: true,
                ..DayFacts::default()
            },
        );
        let period = Period {
            first_day: 10,
            last_day: 13,
        };
        let same = factor_counts(&days, "alcohol", 0, period);
        assert_eq!(
            same,
            FactorCounts {
                days_with: 1,
                days_without: 1,
                episodes_with: 2,
                episodes_without: 0,
                active_days_with: 1,
                active_days_without: 0
            }
        );
        // Lag 1: day 10 (check-in of day 9: alcohol), day 11 (day 10: alcohol),
        // day 12 (day 11 has no check-in: left out), day 13 (day 12: without).
        let next = factor_counts(&days, "alcohol", 1, period);
        assert_eq!((next.days_with, next.episodes_with), (2, 3));
        assert_eq!((next.days_without, next.episodes_without), (1, 0));
    }
}
