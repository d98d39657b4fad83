//! The Insights aggregates computed in SQL (grouped queries over the period's
//! episodes). `twinge_core::insights::aggregate` is the plain reference; a
//! property test checks that both give the same numbers.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::params;
use twinge_core::insights::{
    kind_index, sort_regions, sort_reliefs, sort_triggers, week_start_of, wilson, Aggregates,
    DayCounts, DayNumber, Period, RegionCount, ReliefStat, TriggerShare, WeekIntensity,
};
use twinge_core::{Kind, Region, Side};

use crate::{Result, Store};

/// The period's live episodes (local seconds are shifted by 30,000 days, back to 1888,
/// so that SQLite's integer division floors) with their local day, hour and weekday (Monday = 0).
const PERIOD_CTE: &str = "
WITH b AS (
    SELECT id, kind, intensity, duration_s, woke_from_sleep,
           started_at + utc_offset_min * 60 + 30000 * 86400 AS ls
    FROM episode INDEXED BY episode_period
    WHERE deleted_at IS NULL AND started_at BETWEEN ?1 AND ?2
),
p AS (
    SELECT id, kind, intensity, duration_s, woke_from_sleep,
           ls / 86400 - 30000 AS day,
           (ls % 86400) / 3600 AS hour,
           (ls / 86400 + 5) % 7 AS wd
    FROM b
    WHERE ls / 86400 - 30000 BETWEEN ?3 AND ?4
)";

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

impl Store {
    /// Aggregates of `period` (local days), weeks starting on `week_start` (Monday = 0).
    pub fn aggregates(&self, period: Period, week_start: u8) -> Result<Aggregates> {
        let lo = period.first_day * 86_400 - 14 * 3600 - 1;
        let hi = (period.last_day + 1) * 86_400 + 14 * 3600;
        let bounds = params![lo, hi, period.first_day, period.last_day];

        // Per day and kind.
        let mut days: BTreeMap<DayNumber, [u32; 4]> = BTreeMap::new();
        let mut by_kind = [0u32; 4];
        let mut stmt = self.conn.prepare_cached(&format!(
            "{PERIOD_CTE} SELECT day, kind, count(*) FROM p GROUP BY day, kind"
        ))?;
        let mut rows = stmt.query(bounds)?;
        while let Some(r) = rows.next()? {
            let kind: String = r.get(1)?;
            let i = kind_index(Kind::from_code(&kind).unwrap_or(Kind::Other));
            let n: u32 = r.get(2)?;
            days.entry(r.get(0)?).or_insert([0; 4])[i] += n;
            by_kind[i] += n;
        }
        let total: u32 = by_kind.iter().sum();

        // Hour × weekday, and night.
        let mut hour_weekday = [[0u32; 24]; 7];
        let mut stmt = self.conn.prepare_cached(&format!(
            "{PERIOD_CTE} SELECT wd, hour, count(*) FROM p GROUP BY wd, hour"
        ))?;
        let mut rows = stmt.query(bounds)?;
        while let Some(r) = rows.next()? {
            let wd = r.get::<_, i64>(0)? as usize;
            let hour = r.get::<_, i64>(1)? as usize;
            hour_weekday[wd % 7][hour % 24] = r.get(2)?;
        }
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

        // Intensity by week (and overall), from histograms.
        let mut weeks: BTreeMap<DayNumber, Vec<(f64, u32)>> = BTreeMap::new();
        let mut overall: BTreeMap<u8, u32> = BTreeMap::new();
        let mut stmt = self.conn.prepare_cached(&format!(
            "{PERIOD_CTE} SELECT day - (wd - ?5 + 7) % 7 AS week, intensity, count(*)
             FROM p GROUP BY week, intensity ORDER BY week, intensity"
        ))?;
        let mut rows = stmt.query(params![
            lo,
            hi,
            period.first_day,
            period.last_day,
            i64::from(week_start)
        ])?;
        while let Some(r) = rows.next()? {
            let week: DayNumber = r.get(0)?;
            let intensity: u8 = r.get(1)?;
            let n: u32 = r.get(2)?;
            weeks
                .entry(week)
                .or_default()
                .push((f64::from(intensity), n));
            *overall.entry(intensity).or_default() += n;
        }
        debug_assert!(weeks.keys().all(|w| week_start_of(*w, week_start) == *w));
        let overall_h: Vec<(f64, u32)> = overall.iter().map(|(v, c)| (f64::from(*v), *c)).collect();
        let intensity_sum: u64 = overall
            .iter()
            .map(|(v, c)| u64::from(*v) * u64::from(*c))
            .sum();

        // Durations.
        let mut stmt = self.conn.prepare_cached(&format!(
            "{PERIOD_CTE} SELECT duration_s, count(*) FROM p WHERE duration_s IS NOT NULL
             GROUP BY duration_s ORDER BY duration_s"
        ))?;
        let durations: Vec<(f64, u32)> = stmt
            .query_map(bounds, |r| Ok((r.get::<_, i64>(0)? as f64, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;

        let mut stmt = self.conn.prepare_cached(&format!(
            "{PERIOD_CTE} SELECT coalesce(sum(woke_from_sleep), 0) FROM p"
        ))?;
        let woke: u32 = stmt.query_row(bounds, |r| r.get(0))?;

        // Places.
        let mut stmt = self.conn.prepare_cached(&format!(
            "{PERIOD_CTE} SELECT l.region, l.side, count(*) FROM p
             JOIN episode_location l ON l.episode_id = p.id GROUP BY l.region, l.side"
        ))?;
        let mut by_region = Vec::new();
        let mut rows = stmt.query(bounds)?;
        while let Some(r) = rows.next()? {
            let region: String = r.get(0)?;
            let side: String = r.get(1)?;
            if let (Some(region), Some(side)) = (Region::from_code(&region), Side::from_code(&side))
            {
                by_region.push(RegionCount {
                    region,
                    side,
                    count: r.get(2)?,
                });
            }
        }
        sort_regions(&mut by_region);

        // Triggers.
        let mut stmt = self.conn.prepare_cached(&format!(
            "{PERIOD_CTE} SELECT t.trigger_key, count(*) FROM p
             JOIN episode_trigger t ON t.episode_id = p.id GROUP BY t.trigger_key"
        ))?;
        let mut by_trigger: Vec<TriggerShare> = stmt
            .query_map(bounds, |r| {
                let count: u32 = r.get(1)?;
                let (low, high) = wilson(count, total);
                Ok(TriggerShare {
                    trigger: r.get(0)?,
                    count,
                    share: f64::from(count) / f64::from(total.max(1)),
                    low,
                    high,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        sort_triggers(&mut by_trigger);

        // Reliefs.
        let mut stmt = self.conn.prepare_cached(&format!(
            "{PERIOD_CTE} SELECT r.relief_key, count(*), sum(r.helped) FROM p
             JOIN episode_relief r ON r.episode_id = p.id GROUP BY r.relief_key"
        ))?;
        let mut reliefs: Vec<ReliefStat> = stmt
            .query_map(bounds, |r| {
                let used: u32 = r.get(1)?;
                let helped: u32 = r.get(2)?;
                Ok(ReliefStat {
                    relief: r.get(0)?,
                    used,
                    mean_helped: f64::from(helped) / f64::from(used),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        sort_reliefs(&mut reliefs);

        // Days covered: a day with an episode or a "no episodes" check-in.
        let mut stmt = self.conn.prepare_cached(
            "SELECT CAST(julianday(date) - 2440587.5 AS INTEGER) AS d FROM quiet_day
             WHERE d BETWEEN ?1 AND ?2",
        )?;
        let quiet_days: Vec<DayNumber> = stmt
            .query_map(params![period.first_day, period.last_day], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let covered: BTreeSet<DayNumber> = days.keys().copied().chain(quiet_days).collect();

        let share = |k: u32| (total > 0).then(|| f64::from(k) / f64::from(total));
        Ok(Aggregates {
            period,
            total,
            per_week: if period.days() > 0 {
                f64::from(total) * 7.0 / period.days() as f64
            } else {
                0.0
            },
            days_with_episode: days.len() as u32,
            days_covered: covered.len() as u32,
            median_intensity: histogram_median(&overall_h),
            mean_intensity: (total > 0).then(|| intensity_sum as f64 / f64::from(total)),
            max_intensity: overall.keys().next_back().copied(),
            median_duration_s: histogram_median(&durations),
            max_duration_s: durations.last().map(|(v, _)| *v as u32),
            night_share: share(night),
            woke_share: share(woke),
            by_kind,
            by_day: (period.first_day..=period.last_day)
                .map(|day| DayCounts {
                    day,
                    by_kind: days.get(&day).copied().unwrap_or([0; 4]),
                })
                .collect(),
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

    /// Check-in days (day numbers) in a period, for the reference implementation.
    pub fn quiet_day_numbers(&self, period: Period) -> Result<Vec<DayNumber>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT CAST(julianday(date) - 2440587.5 AS INTEGER) AS d FROM quiet_day
             WHERE d BETWEEN ?1 AND ?2 ORDER BY d",
        )?;
        let rows = stmt.query_map(params![period.first_day, period.last_day], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
