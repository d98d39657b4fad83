//! The Insights use case: aggregates of a period and the previous equal period,
//! and the charts drawn from them, each with a text alternative.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_charts::{Marker, MarkerKind, Theme};
use twinge_core::insights::{Aggregates, DayNumber, Period};
use twinge_core::Kind;

use crate::records::parse_date;
use crate::{AppError, Journal, WeekStart};

/// Which period, as local dates `YYYY-MM-DD` (both included), and which theme the charts use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct InsightsQuery {
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub dark: bool,
}

/// The headline numbers of one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Summary {
    pub from: String,
    pub to: String,
    pub days: u32,
    pub total: u32,
    pub per_week: f64,
    pub days_with_episode: u32,
    pub days_covered: u32,
    pub median_intensity: Option<f64>,
    pub mean_intensity: Option<f64>,
    pub max_intensity: Option<u8>,
    pub median_duration_s: Option<f64>,
    pub max_duration_s: Option<u32>,
    pub night_share: Option<f64>,
    pub woke_share: Option<f64>,
}

/// One chart: the SVG, a title, and a text alternative (a sentence and a table).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChartDto {
    pub id: String,
    pub title: String,
    pub svg: String,
    pub summary: String,
    pub table_head: Vec<String>,
    pub table: Vec<Vec<String>>,
}

/// Everything the Insights screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InsightsDto {
    pub current: Summary,
    pub previous: Summary,
    pub charts: Vec<ChartDto>,
}

/// Display names by vocabulary key.
pub(crate) fn date_of(day: DayNumber) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| d.to_string())
        .unwrap_or_default()
}

pub(crate) fn day_of(d: time::Date) -> DayNumber {
    twinge_core::insights::day_of_date(d)
}

/// Reads a period; at most about 30 years.
pub fn parse_period(from: &str, to: &str) -> Result<Period, AppError> {
    let first = day_of(parse_date("from", from)?);
    let last = day_of(parse_date("to", to)?);
    if last < first {
        return Err(AppError::new(
            "bad_period",
            "The period ends before it starts.",
        ));
    }
    if last - first > 366 * 30 {
        return Err(AppError::new(
            "bad_period",
            "Choose a period of at most 30 years.",
        ));
    }
    Ok(Period {
        first_day: first,
        last_day: last,
    })
}

pub(crate) fn summary(a: &Aggregates) -> Summary {
    Summary {
        from: date_of(a.period.first_day),
        to: date_of(a.period.last_day),
        days: a.period.days() as u32,
        total: a.total,
        per_week: a.per_week,
        days_with_episode: a.days_with_episode,
        days_covered: a.days_covered,
        median_intensity: a.median_intensity,
        mean_intensity: a.mean_intensity,
        max_intensity: a.max_intensity,
        median_duration_s: a.median_duration_s,
        max_duration_s: a.max_duration_s,
        night_share: a.night_share,
        woke_share: a.woke_share,
    }
}

fn week_start_number(w: WeekStart) -> u8 {
    match w {
        WeekStart::Monday => 0,
        WeekStart::Saturday => 5,
        WeekStart::Sunday => 6,
    }
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

impl Journal {
    /// Aggregates of a period, weeks starting as the person chose.
    pub fn aggregates(&self, period: Period) -> Result<Aggregates, AppError> {
        let ws = week_start_number(self.settings()?.week_start);
        Ok(self.store().aggregates(period, ws)?)
    }

    /// Appointments and medication changes as chart markers.
    pub(crate) fn markers(&self) -> Result<Vec<Marker>, AppError> {
        let mut out = Vec::new();
        for a in self.appointments()? {
            if let Ok(d) = parse_date("date", &a.date) {
                out.push(Marker {
                    day: day_of(d),
                    kind: MarkerKind::Appointment,
                    label: String::new(),
                });
            }
        }
        for m in self.medication_changes()? {
            if let Ok(d) = parse_date("date", &m.date) {
                out.push(Marker {
                    day: day_of(d),
                    kind: MarkerKind::Medication,
                    label: format!("{} {}", m.name, m.change.code()),
                });
            }
        }
        Ok(out)
    }

    /// The Insights of a period, with the previous equal period and the charts.
    pub fn insights(&self, q: &InsightsQuery) -> Result<InsightsDto, AppError> {
        let period = parse_period(&q.from, &q.to)?;
        let a = self.aggregates(period)?;
        let prev = self.aggregates(period.previous())?;
        let names = self.vocab_names()?;
        let theme = Theme::for_dark(q.dark);
        let markers = self.markers()?;
        let tname = |k: &str| names.trigger(k);
        let rname = |k: &str| names.relief(k);
        let charts = vec![
            ChartDto {
                id: "frequency".into(),
                title: if period.days() > 60 {
                    "Episodes per week"
                } else {
                    "Episodes per day"
                }
                .into(),
                svg: twinge_charts::frequency(&a, &markers, &theme),
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
            },
            ChartDto {
                id: "where".into(),
                title: "Where".into(),
                svg: twinge_charts::body_heat(&a.by_region, &theme),
                summary: match a.by_region.first() {
                    Some(r) => format!(
                        "Most often: {} ({}), {} times.",
                        r.region.label(),
                        r.side.label().to_lowercase(),
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
            },
            ChartDto {
                id: "where_bars".into(),
                title: "Places, most first".into(),
                svg: twinge_charts::regions(&a, &theme),
                summary: format!("{} different places.", a.by_region.len()),
                table_head: vec![],
                table: vec![],
            },
            ChartDto {
                id: "triggers".into(),
                title: "Tagged with a trigger".into(),
                svg: twinge_charts::triggers(&a, &tname, &theme),
                summary: if a.total < twinge_charts::MIN_EPISODES_FOR_TRIGGERS {
                    "Not enough data yet for triggers.".into()
                } else {
                    match a.by_trigger.first() {
                        Some(t) => format!(
                            "{} of {} episodes ({}) were tagged with {}. Tagged with is not caused by.",
                            t.count, a.total, pct(t.share), tname(&t.trigger).to_lowercase()
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
            },
            ChartDto {
                id: "when".into(),
                title: "When: hour of day and weekday".into(),
                svg: twinge_charts::hour_weekday(&a, &theme),
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
            },
            ChartDto {
                id: "intensity".into(),
                title: "Intensity over time".into(),
                svg: twinge_charts::intensity_trend(&a, &theme),
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
            },
            ChartDto {
                id: "helped".into(),
                title: "What helped".into(),
                svg: twinge_charts::reliefs(&a, &rname, &theme),
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
            },
        ];
        Ok(InsightsDto {
            current: summary(&a),
            previous: summary(&prev),
            charts,
        })
    }
}

impl Journal {
    /// The aggregates of a period as JSON, for `twinge stats --json`.
    pub fn stats_json(&self, from: &str, to: &str) -> Result<serde_json::Value, AppError> {
        let period = parse_period(from, to)?;
        let a = self.aggregates(period)?;
        let prev = self.aggregates(period.previous())?;
        let names = self.vocab_names()?;
        Ok(serde_json::json!({
            "from": date_of(period.first_day),
            "to": date_of(period.last_day),
            "total": a.total,
            "summary": summary(&a),
            "previous": summary(&prev),
            "by_kind": Kind::ALL.iter().enumerate()
                .map(|(i, k)| (k.code().to_string(), serde_json::json!(a.by_kind[i])))
                .collect::<serde_json::Map<_, _>>(),
            "by_region": a.by_region.iter().map(|r| serde_json::json!({
                "region": r.region.code(), "side": r.side.code(), "count": r.count
            })).collect::<Vec<_>>(),
            "by_trigger": a.by_trigger.iter().map(|t| serde_json::json!({
                "trigger": t.trigger, "name": names.trigger(&t.trigger),
                "count": t.count, "share": t.share, "low": t.low, "high": t.high
            })).collect::<Vec<_>>(),
            "hour_weekday": a.hour_weekday,
            "weekly_intensity": a.weekly_intensity.iter().map(|w| serde_json::json!({
                "week_start": date_of(w.week_start), "episodes": w.episodes,
                "median": w.median, "min": w.min, "max": w.max
            })).collect::<Vec<_>>(),
            "reliefs": a.reliefs.iter().map(|r| serde_json::json!({
                "relief": r.relief, "name": names.relief(&r.relief),
                "used": r.used, "mean_helped": r.mean_helped
            })).collect::<Vec<_>>(),
        }))
    }
}
