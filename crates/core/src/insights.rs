//! Insights: what a period of the journal adds up to. This is the plain reference
//! implementation over a slice of episodes; `twinge-store` computes the same
//! numbers in SQL, and a property test checks that the two agree.
//!
//! Days are counted in each episode's own local time: an episode belongs to the
//! local calendar day (and hour, and weekday) shown on the clock where it happened.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::model::{Episode, Kind, Region, Side};

/// Days since 1970-01-01 of a local date.
pub type DayNumber = i64;

/// The Julian day number of 1970-01-01, day 0 of [`DayNumber`].
const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;

/// The calendar date of a day number (`None` beyond the calendar's range).
pub fn date_of_day(day: DayNumber) -> Option<time::Date> {
    let julian = i32::try_from(day + UNIX_EPOCH_JULIAN_DAY).ok()?;
    time::Date::from_julian_day(julian).ok()
}

/// The day number of a calendar date.
pub fn day_of_date(date: time::Date) -> DayNumber {
    i64::from(date.to_julian_day()) - UNIX_EPOCH_JULIAN_DAY
}

/// A period of whole local days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub first_day: DayNumber,
    pub last_day: DayNumber,
}

impl Period {
    pub fn days(self) -> i64 {
        (self.last_day - self.first_day + 1).max(0)
    }

    /// The period of the same length just before this one.
    pub fn previous(self) -> Period {
        let n = self.days();
        Period {
            first_day: self.first_day - n,
            last_day: self.first_day - 1,
        }
    }

    pub fn contains(self, day: DayNumber) -> bool {
        (self.first_day..=self.last_day).contains(&day)
    }

    /// Episodes a week over the period.
    pub fn per_week(self, total: u32) -> f64 {
        if self.days() > 0 {
            f64::from(total) * 7.0 / self.days() as f64
        } else {
            0.0
        }
    }

    /// Every day of the period with its episodes by kind (none where `days` has no entry).
    pub fn day_counts(self, days: &BTreeMap<DayNumber, [u32; 4]>) -> Vec<DayCounts> {
        (self.first_day..=self.last_day)
            .map(|day| DayCounts {
                day,
                by_kind: days.get(&day).copied().unwrap_or([0; 4]),
            })
            .collect()
    }
}

/// The local day, hour (0–23) and weekday (Monday = 0) of an episode.
pub fn local_day_hour_weekday(e: &Episode) -> (DayNumber, u8, u8) {
    let local_s = e.draft.started_at.utc_s() + i64::from(e.draft.started_at.offset_min()) * 60;
    let day = local_s.div_euclid(86_400);
    let hour = (local_s.rem_euclid(86_400) / 3600) as u8;
    (day, hour, weekday_of(day))
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
pub fn weekday_of(day: DayNumber) -> u8 {
    (day + 3).rem_euclid(7) as u8
}

/// Whether a local hour counts as night (22:00–05:59).
pub fn is_night(hour: u8) -> bool {
    !(6..22).contains(&hour)
}

pub use crate::stats::{median_sorted, wilson};

/// "1 episode", "3 episodes": the one way a count of episodes is said.
pub fn episodes_word(n: u32) -> String {
    match n {
        1 => "1 episode".into(),
        n => format!("{n} episodes"),
    }
}

/// Counts of one day, by kind (spasm, cramp, twitch, other).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCounts {
    pub day: DayNumber,
    pub by_kind: [u32; 4],
}

/// Episodes at one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionCount {
    pub region: Region,
    pub side: Side,
    pub count: u32,
}

/// How often episodes were tagged with a trigger, with a 95% Wilson interval of the share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TriggerShare {
    pub trigger: String,
    pub count: u32,
    pub share: f64,
    pub low: f64,
    pub high: f64,
}

/// Intensity of one week (weeks start on `week_start_day`'s weekday).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeekIntensity {
    pub week_start: DayNumber,
    pub episodes: u32,
    pub median: f64,
    pub min: u8,
    pub max: u8,
}

/// How a relief did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReliefStat {
    pub relief: String,
    pub used: u32,
    pub mean_helped: f64,
}

/// How bad and how long a period's episodes were, and how many came at night or woke
/// the person: the figures the Insights screen, the report and the command line name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EpisodeFigures {
    /// Over the episodes with an intensity (an imported one may have none).
    pub median_intensity: Option<f64>,
    pub mean_intensity: Option<f64>,
    pub max_intensity: Option<u8>,
    /// Episodes left out of the intensity figures: their source did not rate them.
    pub without_intensity: u32,
    /// Episodes left out of the statistics by clock hour (the hour-by-weekday chart and
    /// the night share): their source kept a part of the day or the day only.
    pub without_hour: u32,
    pub median_duration_s: Option<f64>,
    pub max_duration_s: Option<u32>,
    /// Over the episodes with a clock hour.
    pub night_share: Option<f64>,
    pub woke_share: Option<f64>,
}

/// Everything the Insights screen and the report show for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Aggregates {
    pub period: Period,
    pub total: u32,
    pub per_week: f64,
    pub days_with_episode: u32,
    pub days_covered: u32,
    /// The logged days (an episode, a "no episodes" mark or a check-in), in order.
    pub logged_days: Vec<DayNumber>,
    /// How bad, how long, when at night: one set of figures (on the wire as the
    /// aggregates' own fields).
    #[serde(flatten)]
    pub figures: EpisodeFigures,
    /// Spasm, cramp, twitch, other.
    pub by_kind: [u32; 4],
    /// Every day of the period, in order, zeros included.
    pub by_day: Vec<DayCounts>,
    /// Most first; ties by region then side code.
    pub by_region: Vec<RegionCount>,
    /// Most first; ties by key.
    pub by_trigger: Vec<TriggerShare>,
    /// 7 rows (Monday first) × 24 hours.
    pub hour_weekday: [[u32; 24]; 7],
    pub weekly_intensity: Vec<WeekIntensity>,
    /// Most used first; ties by key.
    pub reliefs: Vec<ReliefStat>,
}

pub fn kind_index(k: Kind) -> usize {
    match k {
        Kind::Spasm => 0,
        Kind::Cramp => 1,
        Kind::Twitch => 2,
        Kind::Other => 3,
    }
}

/// The first day of the week containing `day`, for weeks starting on `week_start` (Monday = 0).
pub fn week_start_of(day: DayNumber, week_start: u8) -> DayNumber {
    let back = (i64::from(weekday_of(day)) - i64::from(week_start)).rem_euclid(7);
    day - back
}

/// Region counts as shown: most first, ties by region then side code.
pub fn region_counts(counts: impl IntoIterator<Item = ((Region, Side), u32)>) -> Vec<RegionCount> {
    let mut v: Vec<RegionCount> = counts
        .into_iter()
        .map(|((region, side), count)| RegionCount {
            region,
            side,
            count,
        })
        .collect();
    v.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.region.code().cmp(b.region.code()))
            .then(a.side.code().cmp(b.side.code()))
    });
    v
}

/// Each trigger's share of `total` episodes with its Wilson interval: most first,
/// ties by key.
pub fn trigger_shares<K: Into<String>>(
    counts: impl IntoIterator<Item = (K, u32)>,
    total: u32,
) -> Vec<TriggerShare> {
    let mut v: Vec<TriggerShare> = counts
        .into_iter()
        .map(|(trigger, count)| {
            let (low, high) = wilson(count, total);
            TriggerShare {
                trigger: trigger.into(),
                count,
                share: f64::from(count) / f64::from(total.max(1)),
                low,
                high,
            }
        })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then(a.trigger.cmp(&b.trigger)));
    v
}

/// Each relief's uses and the mean of its "helped" (0–3), from (uses, sum of helped):
/// most used first, ties by key.
pub fn relief_stats<K: Into<String>>(
    uses: impl IntoIterator<Item = (K, (u32, u32))>,
) -> Vec<ReliefStat> {
    let mut v: Vec<ReliefStat> = uses
        .into_iter()
        .map(|(relief, (used, helped))| ReliefStat {
            relief: relief.into(),
            used,
            mean_helped: f64::from(helped) / f64::from(used),
        })
        .collect();
    v.sort_by(|a, b| b.used.cmp(&a.used).then(a.relief.cmp(&b.relief)));
    v
}

/// The reference implementation: aggregates live episodes of `period`.
/// `quiet_day_numbers` are the days marked "no episodes"; `week_start` is Monday = 0 … Sunday = 6.
pub fn aggregate(
    episodes: &[Episode],
    quiet_day_numbers: &[DayNumber],
    period: Period,
    week_start: u8,
) -> Aggregates {
    let inside: Vec<(&Episode, DayNumber, u8, u8)> = episodes
        .iter()
        .filter(|e| e.deleted_at_ms.is_none())
        .map(|e| {
            let (d, h, w) = local_day_hour_weekday(e);
            (e, d, h, w)
        })
        .filter(|(_, d, _, _)| period.contains(*d))
        .collect();
    let total = inside.len() as u32;
    let mut by_kind = [0u32; 4];
    let mut days: BTreeMap<DayNumber, [u32; 4]> = BTreeMap::new();
    let mut hour_weekday = [[0u32; 24]; 7];
    let mut regions: HashMap<(Region, Side), u32> = HashMap::new();
    let mut triggers: HashMap<&str, u32> = HashMap::new();
    let mut reliefs: HashMap<&str, (u32, u32)> = HashMap::new();
    let mut weeks: BTreeMap<DayNumber, Vec<u8>> = BTreeMap::new();
    let mut intensities = Vec::new();
    let mut durations = Vec::new();
    let (mut night, mut woke, mut with_hour) = (0u32, 0u32, 0u32);
    for (e, day, hour, wd) in &inside {
        let d = &e.draft;
        by_kind[kind_index(d.kind)] += 1;
        days.entry(*day).or_insert([0; 4])[kind_index(d.kind)] += 1;
        if d.timing.has_hour() {
            hour_weekday[*wd as usize][*hour as usize] += 1;
            with_hour += 1;
            night += u32::from(is_night(*hour));
        }
        for l in &d.locations {
            *regions.entry((l.region, l.side)).or_default() += 1;
        }
        for t in &d.triggers {
            *triggers.entry(t.as_str()).or_default() += 1;
        }
        for r in &d.reliefs {
            let s = reliefs.entry(r.relief.as_str()).or_default();
            s.0 += 1;
            s.1 += u32::from(r.helped);
        }
        if let Some(i) = d.intensity {
            weeks
                .entry(week_start_of(*day, week_start))
                .or_default()
                .push(i);
            intensities.push(f64::from(i));
        }
        if let Some(s) = d.duration_s {
            durations.push(f64::from(s));
        }
        woke += u32::from(d.woke_from_sleep);
    }
    intensities.sort_by(f64::total_cmp);
    durations.sort_by(f64::total_cmp);
    let covered: BTreeSet<DayNumber> = days
        .keys()
        .copied()
        .chain(
            quiet_day_numbers
                .iter()
                .copied()
                .filter(|d| period.contains(*d)),
        )
        .collect();
    let share = |k: u32| (total > 0).then(|| f64::from(k) / f64::from(total));

    let by_region = region_counts(regions);
    let by_trigger = trigger_shares(triggers, total);

    Aggregates {
        period,
        total,
        per_week: period.per_week(total),
        days_with_episode: days.len() as u32,
        days_covered: covered.len() as u32,
        logged_days: covered.into_iter().collect(),
        figures: EpisodeFigures {
            median_intensity: median_sorted(&intensities),
            mean_intensity: (!intensities.is_empty())
                .then(|| intensities.iter().sum::<f64>() / intensities.len() as f64),
            max_intensity: inside.iter().filter_map(|(e, ..)| e.draft.intensity).max(),
            without_intensity: total - intensities.len() as u32,
            without_hour: total - with_hour,
            median_duration_s: median_sorted(&durations),
            max_duration_s: inside.iter().filter_map(|(e, ..)| e.draft.duration_s).max(),
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
            .map(|(week_start, mut v)| {
                v.sort_unstable();
                let as_f: Vec<f64> = v.iter().map(|&x| f64::from(x)).collect();
                WeekIntensity {
                    week_start,
                    episodes: v.len() as u32,
                    median: median_sorted(&as_f).unwrap_or(0.0),
                    min: v[0],
                    max: v[v.len() - 1],
                }
            })
            .collect(),
        reliefs: relief_stats(reliefs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_and_weekdays() {
        // 1970-01-05 (day 4) was a Monday.
        assert_eq!(weekday_of(4), 0);
        assert_eq!(week_start_of(10, 0), 4);
        assert_eq!(week_start_of(10, 6), 10, "day 10 is a Sunday");
        assert_eq!(week_start_of(9, 6), 3);
        let p = Period {
            first_day: 10,
            last_day: 16,
        };
        assert_eq!(
            p.previous(),
            Period {
                first_day: 3,
                last_day: 9
            }
        );
        assert!(is_night(23) && is_night(5) && !is_night(6) && !is_night(21));
    }
}
