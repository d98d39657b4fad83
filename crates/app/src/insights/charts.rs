//! The Insights charts, one function each: the SVG from twinge-charts, a title, and
//! a text alternative (a sentence and the table behind it).

use twinge_charts::{Marker, Theme};
use twinge_i18n::Tr;

use super::explain;
use twinge_core::insights::{Aggregates, DayNumber, Period};
use twinge_core::{Kind, Location};

use super::{date_of, pct, ChartDto};
use crate::names::VocabNames;

/// Episodes per day (per week beyond 60 days), stacked by kind, with markers.
pub(super) fn frequency(
    a: &Aggregates,
    period: Period,
    (markers, began): (&[Marker], Option<DayNumber>),
    (theme, tr): (&Theme, &Tr),
) -> ChartDto {
    ChartDto {
        id: "frequency".into(),
        explain: explain::FREQUENCY.into(),
        title: if period.days() > twinge_charts::DAILY_UP_TO_DAYS {
            "Episodes per logged week"
        } else {
            "Episodes per day"
        }
        .into(),
        svg: twinge_charts::frequency(a, markers, began, theme, tr),
        summary: format!(
            "{} episodes in {} days ({:.1} per week): {}.",
            a.total,
            period.days(),
            a.per_week,
            Kind::ALL
                .iter()
                .enumerate()
                .map(|(i, k)| format!("{} {}", a.by_kind[i], k.label().to_lowercase()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        table_head: vec![
            "Day".into(),
            "Spasm".into(),
            "Cramp".into(),
            "Twitch".into(),
            "Other".into(),
        ],
        table: a
            .by_day
            .iter()
            .filter(|d| d.by_kind.iter().any(|&n| n > 0))
            .map(|d| {
                std::iter::once(date_of(d.day))
                    .chain(d.by_kind.iter().map(|n| n.to_string()))
                    .collect()
            })
            .collect(),
    }
}

/// The body map shaded by count.
pub(super) fn where_on_body(a: &Aggregates, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    ChartDto {
        id: "where".into(),
        explain: explain::WHERE.into(),
        title: "Where".into(),
        svg: twinge_charts::body_heat(&a.by_region, theme, tr),
        summary: match a.by_region.first() {
            Some(r) => format!(
                "Most often: {}, {} times.",
                Location {
                    region: r.region,
                    side: r.side
                }
                .label(),
                r.count
            ),
            None => "No episodes in this period.".into(),
        },
        table_head: vec!["Place".into(), "Side".into(), "Episodes".into()],
        table: a
            .by_region
            .iter()
            .map(|r| {
                vec![
                    r.region.label().into(),
                    r.side.label().into(),
                    r.count.to_string(),
                ]
            })
            .collect(),
    }
}

/// Places as bars, most first.
pub(super) fn where_bars(a: &Aggregates, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    ChartDto {
        id: "where_bars".into(),
        explain: explain::WHERE_BARS.into(),
        title: "Places, most first".into(),
        svg: twinge_charts::regions(a, theme, tr),
        summary: format!("{} different places.", a.by_region.len()),
        table_head: vec![],
        table: vec![],
    }
}

/// The share of episodes tagged with each trigger, with its interval.
/// Said beside trigger shares when a trigger was tagged on several episodes of a day.
pub(crate) const SAME_DAY_NOTE: &str = "Episodes on the same day are counted separately.";

/// `clustered`: some trigger was tagged on more than one episode of a day.
pub(super) fn triggers(
    a: &Aggregates,
    names: &VocabNames,
    clustered: bool,
    (theme, tr): (&Theme, &Tr),
) -> ChartDto {
    let tname = |k: &str| names.trigger(k);
    ChartDto {
        id: "triggers".into(),
        explain: explain::TRIGGERS.into(),
        title: "Tagged with a trigger".into(),
        svg: twinge_charts::triggers(a, &tname, theme, tr),
        summary: if a.total < twinge_charts::MIN_EPISODES_FOR_TRIGGERS {
            format!(
                "Not enough data yet: trigger shares are shown from {} episodes; this period has {}.",
                twinge_charts::MIN_EPISODES_FOR_TRIGGERS,
                a.total
            )
        } else {
            match a.by_trigger.first() {
                Some(t) => format!(
                    "{} of {} episodes ({}) were tagged with {}. Tagged with is not caused by.{}",
                    t.count,
                    a.total,
                    pct(t.share),
                    tname(&t.trigger).to_lowercase(),
                    if clustered {
                        format!(" {SAME_DAY_NOTE}")
                    } else {
                        String::new()
                    }
                ),
                None => "No episode was tagged with a trigger.".into(),
            }
        },
        table_head: vec![
            "Trigger".into(),
            "Episodes".into(),
            "Share".into(),
            "95% interval".into(),
        ],
        table: a
            .by_trigger
            .iter()
            .map(|t| {
                vec![
                    tname(&t.trigger),
                    t.count.to_string(),
                    pct(t.share),
                    format!("{}–{}", pct(t.low), pct(t.high)),
                ]
            })
            .collect(),
    }
}

/// Hour of day by weekday.
pub(super) fn when(a: &Aggregates, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    ChartDto {
        id: "when".into(),
        explain: explain::WHEN.into(),
        title: "When: hour of day and weekday".into(),
        svg: twinge_charts::hour_weekday(a, theme, tr),
        summary: match a.night_share {
            Some(n) => format!("{} of episodes happened at night (22:00–06:00).", pct(n)),
            None => "No episodes in this period.".into(),
        },
        table_head: std::iter::once("Day".to_string())
            .chain((0..24).map(|h| format!("{h:02}")))
            .collect(),
        table: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            .iter()
            .zip(a.hour_weekday.iter())
            .map(|(d, row)| {
                std::iter::once(d.to_string())
                    .chain(row.iter().map(|n| n.to_string()))
                    .collect()
            })
            .collect(),
    }
}

/// Weekly median intensity with its range.
pub(super) fn intensity(a: &Aggregates, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    ChartDto {
        id: "intensity".into(),
        explain: explain::INTENSITY.into(),
        title: "Intensity over time".into(),
        svg: twinge_charts::intensity_trend(a, theme, tr),
        summary: match (a.median_intensity, a.max_intensity) {
            (Some(m), Some(x)) => format!("Median intensity {m:.1} of 10, worst {x}."),
            _ => "No episodes in this period.".into(),
        },
        table_head: vec![
            "Week of".into(),
            "Episodes".into(),
            "Median".into(),
            "Min".into(),
            "Max".into(),
        ],
        table: a
            .weekly_intensity
            .iter()
            .map(|w| {
                vec![
                    date_of(w.week_start),
                    w.episodes.to_string(),
                    format!("{:.1}", w.median),
                    w.min.to_string(),
                    w.max.to_string(),
                ]
            })
            .collect(),
    }
}

/// What helped: times used and how much on average.
pub(super) fn helped(a: &Aggregates, names: &VocabNames, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    let rname = |k: &str| names.relief(k);
    ChartDto {
        id: "helped".into(),
        explain: explain::HELPED.into(),
        title: "What helped".into(),
        svg: twinge_charts::reliefs(a, &rname, theme, tr),
        summary: match a.reliefs.first() {
            Some(r) => format!(
                "Most used: {}, {} times, helped {:.1} of 3 on average.",
                rname(&r.relief).to_lowercase(),
                r.used,
                r.mean_helped
            ),
            None => "Nothing was marked as helping.".into(),
        },
        table_head: vec!["Relief".into(), "Used".into(), "Helped (0–3)".into()],
        table: a
            .reliefs
            .iter()
            .map(|r| {
                vec![
                    rname(&r.relief),
                    r.used.to_string(),
                    format!("{:.1}", r.mean_helped),
                ]
            })
            .collect(),
    }
}
