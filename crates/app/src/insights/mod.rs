//! The Insights use case: aggregates of a period and the previous equal period,
//! and the charts drawn from them, each with a text alternative.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_charts::{Marker, MarkerKind, Theme};
use twinge_core::insights::{Aggregates, DayNumber, EpisodeFigures, Period};
use twinge_core::Kind;
use twinge_i18n::{Arg, Tr};

use crate::records::parse_date;

mod charts;
mod factor_chart;
mod factors;
mod headline;
mod kinds;
use crate::{AppError, Journal, WeekStart};
pub(crate) use charts::relief_cells;
pub use factor_chart::{chance_note, factors_chart};
pub use factors::{factor_row_label, factor_words, FactorStat};
pub use headline::{headlines, Headline};
pub use kinds::{kind_columns, KindCompared, KindFigures, KindPeriod, KindTable, PlaceCount};

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
    /// The days the journal covered (an episode, a "no episodes" mark or a check-in):
    /// rates and comparisons count these only, never the days before a journal began.
    pub days_logged: u32,
    /// Episodes per 7 logged days; none without a logged day.
    pub per_logged_week: Option<f64>,
    /// Intensity, duration, night and woken (on the wire as the summary's own fields).
    #[serde(flatten)]
    #[ts(flatten)]
    pub figures: EpisodeFigures,
    /// What those figures leave out, in words; empty when they leave out nothing.
    pub left_out: Vec<String>,
    /// The rates come from fewer logged days than a week, in words; none from a week on.
    pub few_days: Option<String>,
}

/// One chart: the SVG, a title, and a text alternative (a sentence and a table).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChartDto {
    pub id: String,
    pub title: String,
    pub svg: String,
    pub summary: String,
    /// What the chart's statistic means, in one plain sentence.
    pub explain: String,
    pub table_head: Vec<String>,
    pub table: Vec<Vec<String>>,
}

/// Everything the Insights screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InsightsDto {
    /// The headline numbers, as on page 1, each with its explanation.
    pub headlines: Vec<Headline>,
    pub current: Summary,
    pub previous: Summary,
    pub charts: Vec<ChartDto>,
    /// Day-level factors: every factor in use, same day and day after.
    pub factors: Vec<FactorStat>,
    /// The factors compared, as a forest plot with its text alternative.
    pub factors_chart: ChartDto,
    /// Whether the previous period was logged on enough of its days to compare with.
    pub comparable: bool,
    /// The rate against the previous period, in words: a change, or why none is given.
    pub rate_change: String,
    /// The line every printed change carries; empty when no change is given.
    pub caveat: String,
    /// One row per kind logged in the period, beside the period before.
    pub kinds: KindTable,
}

/// A rate in words as every screen, the PDF and the command line give it
/// ([`twinge_i18n::Formats::rate`]); "–" when there is none (no logged day).
pub fn rate_words(tr: &Tr, rate: Option<f64>) -> String {
    rate.map_or_else(|| "–".into(), |r| tr.formats().rate(r))
}

/// The episode rate of `current` against `previous`, over logged days only: whether
/// they can be compared (the previous period logged on at least half of its days), and
/// the words in `tr`'s language. One function for Insights, the PDF and `twinge stats`.
pub fn rate_change(tr: &Tr, current: &Summary, previous: &Summary) -> (bool, String) {
    if previous.days_logged == 0 {
        return (false, tr.change_nothing_before());
    }
    if previous.days_logged * 2 < previous.days {
        return (
            false,
            tr.change_little_before(previous.days, previous.days_logged),
        );
    }
    let (Some(now), Some(before)) = (current.per_logged_week, previous.per_logged_week) else {
        return (false, tr.change_nothing_now());
    };
    let rate = tr.formats().rate(before);
    if before == 0.0 {
        return (true, tr.change_previous(rate));
    }
    let pct = ((now - before) / before * 100.0).round();
    let percent = |p: f64| tr.percent(Arg::decimals(p, 0));
    let words = match pct {
        p if p > 0.0 => tr.change_up(percent(p), rate),
        p if p < 0.0 => tr.change_down(percent(-p), rate),
        _ => tr.change_same(rate),
    };
    (true, words)
}

/// Words in English: Insights and `twinge stats` until the UI has a language of its own.
pub fn english() -> Tr {
    Tr::new(&twinge_i18n::Lang::english())
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
        return Err(AppError::say("bad_period", |tr| {
            tr.failure_period_backwards()
        }));
    }
    if last - first > 366 * 30 {
        return Err(AppError::say("bad_period", |tr| {
            tr.failure_period_too_long()
        }));
    }
    Ok(Period {
        first_day: first,
        last_day: last,
    })
}

pub(crate) fn summary(a: &Aggregates, tr: &twinge_i18n::Tr) -> Summary {
    Summary {
        from: date_of(a.period.first_day),
        to: date_of(a.period.last_day),
        days: a.period.days() as u32,
        total: a.total,
        per_week: a.per_week,
        days_with_episode: a.days_with_episode,
        days_covered: a.days_covered,
        days_logged: a.days_covered,
        per_logged_week: twinge_core::kinds::per_logged_week(a.total, a.days_covered),
        figures: a.figures.clone(),
        left_out: [
            charts::left_out_intensity(tr, a),
            charts::left_out_hour(tr, a),
        ]
        .into_iter()
        .flatten()
        .collect(),
        few_days: charts::few_days_logged(tr, a),
    }
}

fn week_start_number(w: WeekStart) -> u8 {
    match w {
        WeekStart::Monday => 0,
        WeekStart::Saturday => 5,
        WeekStart::Sunday => 6,
    }
}

impl Journal {
    /// Aggregates of a period, weeks starting as the person chose.
    pub fn aggregates(&self, period: Period) -> Result<Aggregates, AppError> {
        let ws = week_start_number(self.settings()?.week_start);
        Ok(self.store().aggregates(period, ws)?)
    }

    /// Appointments and medication changes as chart markers, in `tr`'s language.
    pub(crate) fn markers(&self, tr: &Tr) -> Result<Vec<Marker>, AppError> {
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
                    label: format!(
                        "{} {}",
                        m.name,
                        twinge_i18n::domain::med_change(tr, m.change)
                    ),
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
        let tr = self.tr();
        let names = self.vocab_names()?.in_language(&tr);
        let theme = Theme::for_dark(q.dark);
        let markers = self.markers(&tr)?;
        let charts = vec![
            charts::frequency(
                &a,
                period,
                (&markers, self.store().journal_began()?),
                (&theme, &tr),
            ),
            charts::where_on_body(&a, (&theme, &tr)),
            charts::where_bars(&a, (&theme, &tr)),
            charts::triggers(
                &a,
                &names,
                self.store().trigger_repeats_on_a_day(period)?,
                (&theme, &tr),
            ),
            charts::when(&a, (&theme, &tr)),
            charts::intensity(&a, (&theme, &tr)),
            charts::helped(&a, &names, (&theme, &tr)),
        ];
        let factors = self.factor_stats_of(&a)?;
        let factors_chart = factors_chart(&factors, &theme, &tr);
        let (current, previous) = (summary(&a, &tr), summary(&prev, &tr));
        let (comparable, rate_change) = rate_change(&tr, &current, &previous);
        let kinds = self.kinds_compared(&tr, &a, &prev, comparable)?;
        Ok(InsightsDto {
            headlines: headlines(&tr, &a, &prev, period),
            kinds: KindTable {
                columns: kind_columns(&tr),
                rows: kinds,
            },
            current,
            previous,
            charts,
            factors,
            factors_chart,
            comparable,
            rate_change,
            caveat: if comparable {
                tr.change_caveat()
            } else {
                String::new()
            },
        })
    }
}

impl Journal {
    /// The aggregates of a period as JSON, for `twinge stats --json`.
    pub fn stats_json(&self, from: &str, to: &str) -> Result<serde_json::Value, AppError> {
        let period = parse_period(from, to)?;
        let a = self.aggregates(period)?;
        let prev = self.aggregates(period.previous())?;
        let tr = self.tr();
        let names = self.vocab_names()?.in_language(&tr);
        let (current, previous) = (summary(&a, &tr), summary(&prev, &tr));
        let (comparable, change) = rate_change(&tr, &current, &previous);
        let kinds = self.kinds_compared(&tr, &a, &prev, comparable)?;
        let mut previous = serde_json::to_value(previous)
            .map_err(|e| AppError::internal(|tr| tr.failure_figures(), e))?;
        previous["kinds"] = serde_json::json!(kinds
            .iter()
            .map(|k| &k.previous.figures)
            .collect::<Vec<_>>());
        Ok(serde_json::json!({
            "from": date_of(period.first_day),
            "to": date_of(period.last_day),
            "total": a.total,
            "summary": current,
            "kinds": kinds.iter().map(|k| &k.current.figures).collect::<Vec<_>>(),
            "previous": previous,
            "comparable": comparable,
            "rate_change": change,
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
            "by_factor": self.factor_stats_of(&a)?,
        }))
    }
}
