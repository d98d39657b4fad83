//! The Insights aggregates, read from the per-day summary (summary.rs): a period's
//! days, not its episodes. `twinge_core::insights::aggregate` is the plain reference;
//! a property test checks that both give the same numbers.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::params;
use rusqlite::types::ValueRef;
use twinge_core::insights::{
    kind_index, region_counts, relief_stats, trigger_shares, week_start_of, weekday_of, Aggregates,
    DayNumber, EpisodeFigures, Period, WeekIntensity,
};
use twinge_core::{Kind, Region, Side};

use crate::summary::{DAY, DURATION, HOUR, INTENSITY, KIND, PLACE, RELIEF, TRIGGER};
use crate::{Result, Store};

/// Median of a histogram given as sorted (value, count) pairs.
fn histogram_median(h: &[(f64, u32)]) -> Option<f64> {
    let n: u64 = h.iter().map(|(_, c)| u64::from(*c)).sum();
    if n == 0 {
        return None;
    }
    let nth = |k: u64| {
        let mut seen = 0u64;
        for (v, c) in h {
            seen += u64::from(*c);
            if seen > k {
                return *v;
            }
        }
        h[h.len() - 1].0
    };
    Some(if n % 2 == 1 {
        nth(n / 2)
    } else {
        (nth(n / 2 - 1) + nth(n / 2)) / 2.0
    })
}

fn text(v: ValueRef<'_>) -> &str {
    match v {
        ValueRef::Text(t) => std::str::from_utf8(t).unwrap_or(""),
        _ => "",
    }
}

fn int(v: ValueRef<'_>) -> i64 {
    match v {
        ValueRef::Integer(i) => i,
        _ => -1,
    }
}

impl Store {
    /// Aggregates of `period` (local days), weeks starting on `week_start` (Monday = 0).
    pub fn aggregates(&self, period: Period, week_start: u8) -> Result<Aggregates> {
        let mut days: BTreeMap<DayNumber, [u32; 4]> = BTreeMap::new();
        let mut by_kind = [0u32; 4];
        let mut woke = 0u32;
        let mut hour_weekday = [[0u32; 24]; 7];
        let mut weeks: BTreeMap<DayNumber, BTreeMap<u8, u32>> = BTreeMap::new();
        let mut overall: BTreeMap<u8, u32> = BTreeMap::new();
        let mut durations: BTreeMap<i64, u32> = BTreeMap::new();
        let mut places: HashMap<(Region, Side), u32> = HashMap::new();
        let mut triggers: HashMap<String, u32> = HashMap::new();
        let mut reliefs: HashMap<String, (u32, u32)> = HashMap::new();

        let mut stmt = self.conn.prepare_cached(
            "SELECT day, dim, key, n, s FROM day_summary WHERE day BETWEEN ?1 AND ?2",
        )?;
        let mut rows = stmt.query(params![period.first_day, period.last_day])?;
        while let Some(r) = rows.next()? {
            let day: DayNumber = r.get(0)?;
            let dim: i64 = r.get(1)?;
            let key = r.get_ref(2)?;
            let n: u32 = r.get(3)?;
            let s: u32 = r.get(4)?;
            match dim {
                KIND => {
                    let i = kind_index(Kind::from_code(text(key)).unwrap_or(Kind::Other));
                    days.entry(day).or_insert([0; 4])[i] += n;
                    by_kind[i] += n;
                    woke += s;
                }
                HOUR => {
                    let wd = usize::from(weekday_of(day));
                    hour_weekday[wd][(int(key).rem_euclid(24)) as usize] += n;
                }
                INTENSITY => {
                    let v = int(key).clamp(0, 10) as u8;
                    let week = week_start_of(day, week_start);
                    *weeks.entry(week).or_default().entry(v).or_default() += n;
                    *overall.entry(v).or_default() += n;
                }
                DURATION => *durations.entry(int(key)).or_default() += n,
                PLACE => {
                    let (region, side) = text(key).split_once(' ').unwrap_or_default();
                    if let (Some(region), Some(side)) =
                        (Region::from_code(region), Side::from_code(side))
                    {
                        *places.entry((region, side)).or_default() += n;
                    }
                }
                TRIGGER => *triggers.entry(text(key).to_string()).or_default() += n,
                RELIEF => {
                    let used = reliefs.entry(text(key).to_string()).or_default();
                    used.0 += n;
                    used.1 += s;
                }
                _ => {}
            }
        }
        let total: u32 = by_kind.iter().sum();
        let night: u32 = hour_weekday
            .iter()
            .map(|row| {
                row.iter()
                    .enumerate()
                    .filter(|(h, _)| twinge_core::insights::is_night(*h as u8))
                    .map(|(_, c)| c)
                    .sum::<u32>()
            })
            .sum();
        let with_hour: u32 = hour_weekday.iter().flatten().sum();
        let with_intensity: u32 = overall.values().sum();
        let overall_h: Vec<(f64, u32)> = overall.iter().map(|(v, c)| (f64::from(*v), *c)).collect();
        let intensity_sum: u64 = overall
            .iter()
            .map(|(v, c)| u64::from(*v) * u64::from(*c))
            .sum();
        let durations: Vec<(f64, u32)> =
            durations.into_iter().map(|(v, c)| (v as f64, c)).collect();
        let by_region = region_counts(places);
        let by_trigger = trigger_shares(triggers, total);
        let reliefs = relief_stats(reliefs);
        let weeks: Vec<(DayNumber, Vec<(f64, u32)>)> = weeks
            .into_iter()
            .map(|(w, h)| (w, h.into_iter().map(|(v, c)| (f64::from(v), c)).collect()))
            .collect();

        // Days covered (logged): a day with an episode, a "no episodes" mark or a
        // daily check-in — the recorded days of the day-level statistics.
        let quiet_days = self.quiet_day_numbers(period)?;
        let covered: BTreeSet<DayNumber> = days.keys().copied().chain(quiet_days).collect();

        let share = |k: u32| (total > 0).then(|| f64::from(k) / f64::from(total));
        Ok(Aggregates {
            period,
            total,
            per_week: period.per_week(total),
            days_with_episode: days.len() as u32,
            days_covered: covered.len() as u32,
            logged_days: covered.into_iter().collect(),
            figures: EpisodeFigures {
                median_intensity: histogram_median(&overall_h),
                mean_intensity: (with_intensity > 0)
                    .then(|| intensity_sum as f64 / f64::from(with_intensity)),
                max_intensity: overall.keys().next_back().copied(),
                without_intensity: total - with_intensity,
                without_hour: total - with_hour,
                median_duration_s: histogram_median(&durations),
                max_duration_s: durations.last().map(|(v, _)| *v as u32),
                night_share: (with_hour > 0).then(|| f64::from(night) / f64::from(with_hour)),
                woke_share: share(woke),
            },
            by_kind,
            by_day: period.day_counts(&days),
            by_region,
            by_trigger,
            hour_weekday,
            weekly_intensity: weeks
                .into_iter()
                .map(|(week_start, h)| WeekIntensity {
                    week_start,
                    episodes: h.iter().map(|(_, c)| c).sum(),
                    median: histogram_median(&h).unwrap_or(0.0),
                    min: h.first().map(|(v, _)| *v as u8).unwrap_or(0),
                    max: h.last().map(|(v, _)| *v as u8).unwrap_or(0),
                })
                .collect(),
            reliefs,
        })
    }

    /// Whether some trigger was tagged on two or more episodes of one day of `period`
    /// (their shares then count the same day's episodes separately).
    pub fn trigger_repeats_on_a_day(&self, period: Period) -> Result<bool> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM day_summary
                            WHERE dim = ?1 AND day BETWEEN ?2 AND ?3 AND n >= 2)",
        )?;
        Ok(
            stmt.query_row(params![TRIGGER, period.first_day, period.last_day], |r| {
                r.get(0)
            })?,
        )
    }

    /// The first day the journal holds anything for (an episode, a "no episodes" mark
    /// or a check-in); none for an empty journal. Days before it were not logged, which
    /// is not the same as days without symptoms.
    pub fn journal_began(&self) -> Result<Option<DayNumber>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT min(d) FROM (
                 SELECT * FROM (SELECT {DAY} AS d FROM episode e WHERE e.deleted_at IS NULL
                                ORDER BY e.started_at LIMIT 1)
                 UNION ALL SELECT CAST(julianday(min(date)) - 2440587.5 AS INTEGER) FROM quiet_day
                 UNION ALL SELECT CAST(julianday(min(date)) - 2440587.5 AS INTEGER) FROM checkin
             )"
        ))?;
        Ok(stmt.query_row([], |r| r.get(0))?)
    }

    /// The days of a period recorded without needing an episode — a "no episodes" mark or
    /// a daily check-in — as day numbers (with the episodes' days, the logged days).
    pub fn quiet_day_numbers(&self, period: Period) -> Result<Vec<DayNumber>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d FROM (
                 SELECT CAST(julianday(date) - 2440587.5 AS INTEGER) AS d FROM quiet_day
                 UNION
                 SELECT CAST(julianday(date) - 2440587.5 AS INTEGER) AS d FROM checkin
             ) WHERE d BETWEEN ?1 AND ?2 ORDER BY d",
        )?;
        let rows = stmt.query_map(params![period.first_day, period.last_day], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
