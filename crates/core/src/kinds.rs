//! One row per kind of episode: a spasm, a cramp and a twitch are different questions
//! for a doctor ("how many nights a week do the calf cramps wake you?"), so page 1,
//! Insights and `twinge stats` give each kind its own figures. Rates count logged days
//! only, as every other rate does.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::insights::{region_counts, DayNumber, Period, RegionCount};
use crate::model::{Episode, Kind, Location, Region, Side};
use crate::stats::median_sorted;

/// What one episode adds to its kind's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindFact {
    pub kind: Kind,
    /// Its local day.
    pub day: DayNumber,
    pub woke_from_sleep: bool,
    pub intensity: Option<u8>,
    pub duration_s: Option<u32>,
    pub places: Vec<(Region, Side)>,
}

impl KindFact {
    /// The fact of an episode.
    pub fn of(e: &Episode) -> KindFact {
        let d = &e.draft;
        KindFact {
            kind: d.kind,
            day: crate::insights::local_day_hour_weekday(e).0,
            woke_from_sleep: d.woke_from_sleep,
            intensity: d.intensity,
            duration_s: d.duration_s,
            places: d.locations.iter().map(|l| (l.region, l.side)).collect(),
        }
    }
}

/// Episodes at one place, named in words ("Calf, right").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlaceCount {
    pub place: String,
    pub region: Region,
    pub side: Side,
    pub count: u32,
}

/// One kind's figures over a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct KindFigures {
    pub kind: Kind,
    pub episodes: u32,
    /// Episodes per 7 logged days; none without a logged day.
    pub per_week: Option<f64>,
    /// Days with an episode of this kind.
    pub days_with: u32,
    /// Cramps and spasms: nights with an episode that woke the person, per 7 logged
    /// nights. None for twitches and other episodes, and without a logged day.
    pub nights_woken_per_week: Option<f64>,
    pub median_intensity: Option<f64>,
    pub max_intensity: Option<u8>,
    pub median_duration_s: Option<f64>,
    /// Every place, most first (ties by region then side code).
    pub places: Vec<PlaceCount>,
}

impl From<RegionCount> for PlaceCount {
    fn from(r: RegionCount) -> Self {
        PlaceCount {
            place: Location {
                region: r.region,
                side: r.side,
            }
            .label(),
            region: r.region,
            side: r.side,
            count: r.count,
        }
    }
}

/// Whether nights woken are counted for a kind: cramps and spasms wake people, and a
/// doctor asks how often.
pub fn counts_nights(kind: Kind) -> bool {
    matches!(kind, Kind::Cramp | Kind::Spasm)
}

/// `episodes` per 7 logged days: how every rate is given, so that a day nothing was
/// logged counts neither as good nor as bad. None without a logged day.
pub fn per_logged_week(episodes: u32, days_logged: u32) -> Option<f64> {
    (days_logged > 0).then(|| f64::from(episodes) * 7.0 / f64::from(days_logged))
}

/// The figures of every kind, in `kind_index` order (spasm, cramp, twitch, other), from the facts of the
/// period's episodes and its number of logged days.
pub fn kind_figures(facts: &[KindFact], days_logged: u32) -> Vec<KindFigures> {
    let per_logged_week = |n: usize| per_logged_week(n as u32, days_logged);
    Kind::ALL
        .iter()
        .map(|&kind| {
            let mine: Vec<&KindFact> = facts.iter().filter(|f| f.kind == kind).collect();
            let days: BTreeSet<DayNumber> = mine.iter().map(|f| f.day).collect();
            let woken: BTreeSet<DayNumber> = mine
                .iter()
                .filter(|f| f.woke_from_sleep)
                .map(|f| f.day)
                .collect();
            let mut intensities: Vec<f64> = mine
                .iter()
                .filter_map(|f| f.intensity.map(f64::from))
                .collect();
            intensities.sort_by(f64::total_cmp);
            let mut durations: Vec<f64> = mine
                .iter()
                .filter_map(|f| f.duration_s.map(f64::from))
                .collect();
            durations.sort_by(f64::total_cmp);
            let mut places: HashMap<(Region, Side), u32> = HashMap::new();
            for place in mine.iter().flat_map(|f| &f.places) {
                *places.entry(*place).or_default() += 1;
            }
            KindFigures {
                kind,
                episodes: mine.len() as u32,
                per_week: per_logged_week(mine.len()),
                days_with: days.len() as u32,
                nights_woken_per_week: if counts_nights(kind) {
                    per_logged_week(woken.len())
                } else {
                    None
                },
                median_intensity: median_sorted(&intensities),
                max_intensity: mine.iter().filter_map(|f| f.intensity).max(),
                median_duration_s: median_sorted(&durations),
                places: region_counts(places)
                    .into_iter()
                    .map(PlaceCount::from)
                    .collect(),
            }
        })
        .collect()
}

/// The facts of the live episodes of `period`.
pub fn facts_in(episodes: &[Episode], period: Period) -> Vec<KindFact> {
    episodes
        .iter()
        .filter(|e| e.deleted_at_ms.is_none())
        .map(KindFact::of)
        .filter(|f| period.contains(f.day))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::kind_index;

    fn fact(kind: Kind, day: DayNumber, woke: bool, intensity: u8) -> KindFact {
        KindFact {
            kind,
            day,
            woke_from_sleep: woke,
            intensity: Some(intensity),
            duration_s: Some(60),
            places: vec![(Region::Calf, Side::Right)],
        }
    }

    #[test]
    fn each_kind_counts_its_own_episodes_nights_and_places() {
        let facts = vec![
            fact(Kind::Cramp, 1, true, 6),
            fact(Kind::Cramp, 1, true, 8),
            fact(Kind::Cramp, 3, false, 4),
            fact(Kind::Twitch, 3, true, 2),
        ];
        let rows = kind_figures(&facts, 14);
        let cramp = &rows[kind_index(Kind::Cramp)];
        assert_eq!(cramp.episodes, 3);
        assert_eq!(cramp.per_week, Some(1.5));
        assert_eq!(cramp.days_with, 2);
        // Two cramps woke the person on one night: one night in 14 logged, 0.5 a week.
        assert_eq!(cramp.nights_woken_per_week, Some(0.5));
        assert_eq!(cramp.median_intensity, Some(6.0));
        assert_eq!(cramp.max_intensity, Some(8));
        assert_eq!(cramp.places[0].count, 3);
        let twitch = &rows[kind_index(Kind::Twitch)];
        assert_eq!((twitch.episodes, twitch.places[0].count), (1, 1));
        assert_eq!(twitch.nights_woken_per_week, None, "twitches: no nights");
        assert_eq!(rows[kind_index(Kind::Spasm)].episodes, 0);
        assert_eq!(rows[kind_index(Kind::Spasm)].median_intensity, None);
        assert_eq!(kind_figures(&facts, 0)[1].per_week, None);
    }
}
