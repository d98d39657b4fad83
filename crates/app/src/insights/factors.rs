//! The day-level factor statistics as the screens, the PDF and the command line show
//! them: one row per factor and lag with its counts, rates, ratio and interval, the
//! sentence that says it, and the forest plot. One function words each row.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_charts::{ForestRow, Theme};
use twinge_core::daystats::{clopper_pearson, rate_ratio, FactorCounts, LAGS, MIN_DAYS_EACH_SIDE};
use twinge_core::insights::{Aggregates, Period};

use super::ChartDto;
use crate::{AppError, Journal};

/// How many factors shown at once make one look linked by chance.
pub const CHANCE_NOTE_FROM: usize = 5;

/// One factor at one lag over a period: every number beside its counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FactorStat {
    pub factor: String,
    pub name: String,
    /// 0: the factor and the episodes on the same day; 1: episodes the day after.
    #[ts(type = "number")]
    pub lag_days: i64,
    pub days_with: u32,
    pub days_without: u32,
    pub episodes_with: u32,
    pub episodes_without: u32,
    pub active_days_with: u32,
    pub active_days_without: u32,
    pub rate_with: Option<f64>,
    pub rate_without: Option<f64>,
    pub ratio: Option<f64>,
    pub low: Option<f64>,
    /// `None` when the interval has no upper end.
    pub high: Option<f64>,
    /// Both sides have at least 7 days.
    pub enough: bool,
    /// Episodes came in bursts over the period (more spread between days than chance):
    /// the episode interval is too narrow, and the days with any episode are compared
    /// too, each side's share with its exact 95% interval (days as the unit).
    pub bursty: bool,
    /// Share, low, high of the days with any episode, with the factor and without;
    /// given when `bursty`.
    pub day_share_with: Option<Vec<f64>>,
    pub day_share_without: Option<Vec<f64>>,
    /// The row in one sentence.
    pub words: String,
}

/// "Days with hard exercise" / "Days after hard exercise".
pub fn factor_label(name: &str, lag_days: i64) -> String {
    let mut chars = name.chars();
    let lower: String = match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => name.to_string(),
    };
    if lag_days == 0 {
        format!("Days with {lower}")
    } else {
        format!("Days after {lower}")
    }
}

fn times(x: f64) -> String {
    if x >= 10.0 {
        format!("{x:.0}×")
    } else {
        format!("{x:.1}×")
    }
}

fn per_day(rate: f64) -> String {
    format!("{rate:.2}")
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The one sentence of a row.
pub fn factor_words(s: &FactorStat) -> String {
    let label = factor_label(&s.name, s.lag_days);
    if !s.enough {
        let mut short = Vec::new();
        if s.days_with < MIN_DAYS_EACH_SIDE {
            short.push(format!("{} with", s.days_with));
        }
        if s.days_without < MIN_DAYS_EACH_SIDE {
            short.push(format!("{} without", s.days_without));
        }
        return format!(
            "{label}: not enough days yet: {}, {MIN_DAYS_EACH_SIDE} needed",
            short.join(", ")
        );
    }
    let side = |rate: Option<f64>, days: u32, episodes: u32| {
        format!(
            "{} episodes a day ({} with {})",
            per_day(rate.unwrap_or(0.0)),
            plural(days, "day", "days"),
            plural(episodes, "episode", "episodes")
        )
    };
    let with = side(s.rate_with, s.days_with, s.episodes_with);
    let without = side(s.rate_without, s.days_without, s.episodes_without);
    let ratio = match (s.ratio, s.low, s.high) {
        (_, None, _) => "no episodes on either side yet".to_string(),
        (Some(r), Some(lo), Some(hi)) => {
            format!(
                "{} as many (95% interval {}–{})",
                times(r),
                times(lo),
                times(hi)
            )
        }
        (Some(r), Some(lo), None) => {
            format!("{} as many (95% interval from {})", times(r), times(lo))
        }
        (None, Some(lo), _) => {
            format!("none on the days without (95% interval from {})", times(lo))
        }
    };
    let mut words = format!("{label}: {with}, against {without} without: {ratio}");
    if let (Some(w), Some(wo)) = (&s.day_share_with, &s.day_share_without) {
        words.push_str(&format!(
            ". Episodes came in bursts, so that interval is too narrow; counting days instead, {} of days with it had any episode against {} without",
            share_words(w),
            share_words(wo)
        ));
    }
    words
}

/// "60% (95% interval 36–81%)".
fn share_words(s: &[f64]) -> String {
    format!(
        "{:.0}% (95% interval {:.0}–{:.0}%)",
        s[0] * 100.0,
        s[1] * 100.0,
        s[2] * 100.0
    )
}

/// A share of days and its exact interval: share, low, high.
fn day_share(k: u32, n: u32) -> Option<Vec<f64>> {
    (n > 0).then(|| {
        let (low, high) = clopper_pearson(k, n);
        vec![f64::from(k) / f64::from(n), low, high]
    })
}

fn stat(factor: &str, name: &str, lag_days: i64, c: FactorCounts, bursty: bool) -> FactorStat {
    let r = rate_ratio(c);
    let days = bursty && r.enough;
    let mut s = FactorStat {
        factor: factor.to_string(),
        name: name.to_string(),
        lag_days,
        days_with: c.days_with,
        days_without: c.days_without,
        episodes_with: c.episodes_with,
        episodes_without: c.episodes_without,
        active_days_with: c.active_days_with,
        active_days_without: c.active_days_without,
        rate_with: r.rate_with,
        rate_without: r.rate_without,
        ratio: r.ratio,
        low: r.low,
        high: r.high,
        enough: r.enough,
        bursty,
        day_share_with: days
            .then(|| day_share(c.active_days_with, c.days_with))
            .flatten(),
        day_share_without: days
            .then(|| day_share(c.active_days_without, c.days_without))
            .flatten(),
        words: String::new(),
    };
    s.words = factor_words(&s);
    s
}

impl Journal {
    /// Every factor in use (not archived), same day and day after, over `period`.
    pub fn factor_stats(&self, period: Period) -> Result<Vec<FactorStat>, AppError> {
        self.factor_stats_of(&self.aggregates(period)?)
    }

    /// [`Journal::factor_stats`] over the period of aggregates already read (whether
    /// its episodes came in bursts is read from them).
    pub(crate) fn factor_stats_of(&self, a: &Aggregates) -> Result<Vec<FactorStat>, AppError> {
        let counts = self.store().factor_counts(a.period)?;
        let bursty = bursty(a);
        let mut out = Vec::new();
        for f in self.store().factors()?.into_iter().filter(|f| !f.archived) {
            for lag in LAGS {
                let c = counts
                    .iter()
                    .find(|(k, l, _)| *k == f.key && *l == lag)
                    .map(|(_, _, c)| *c)
                    .unwrap_or_default();
                out.push(stat(&f.key, &f.name, lag, c, bursty));
            }
        }
        Ok(out)
    }
}

/// Whether the episodes of a period came in bursts across its logged days.
fn bursty(a: &Aggregates) -> bool {
    let per_day: Vec<u32> = a
        .by_day
        .iter()
        .filter(|d| a.logged_days.binary_search(&d.day).is_ok())
        .map(|d| d.by_kind.iter().sum())
        .collect();
    twinge_core::daystats::bursty(&per_day)
}

/// The sentence said when many factors are shown: some look linked by chance.
pub fn chance_note(shown: usize) -> Option<String> {
    (shown >= CHANCE_NOTE_FROM).then(|| {
        format!(
            "With {shown} comparisons, one or two may look linked by chance alone: look for the ones that stay as more days are recorded."
        )
    })
}

/// The forest plot of the rows with enough days, with its text alternative.
pub fn factors_chart(stats: &[FactorStat], theme: &Theme) -> ChartDto {
    let shown: Vec<&FactorStat> = stats
        .iter()
        .filter(|s| s.enough && s.low.is_some())
        .collect();
    let rows: Vec<ForestRow> = shown
        .iter()
        .map(|s| ForestRow {
            label: if s.lag_days == 0 {
                s.name.clone()
            } else {
                "↳ the day after".to_string()
            },
            ratio: s.ratio,
            low: s.low,
            high: s.high,
            note: s.ratio.map_or("—".into(), times),
        })
        .collect();
    let mut summary = if shown.is_empty() {
        format!(
            "No factor has {MIN_DAYS_EACH_SIDE} days with it and {MIN_DAYS_EACH_SIDE} without yet."
        )
    } else {
        "Association in your own records, not proof of cause.".to_string()
    };
    if let Some(note) = chance_note(shown.len()) {
        summary = format!("{summary} {note}");
    }
    ChartDto {
        id: "factors".into(),
        explain: super::explain::FACTORS.into(),
        title: "Days with and without".into(),
        svg: twinge_charts::forest(&rows, theme),
        summary,
        table_head: vec![
            "Compared".into(),
            "With: days, episodes, a day".into(),
            "Without: days, episodes, a day".into(),
            "Ratio (95% interval)".into(),
        ],
        table: stats
            .iter()
            .map(|s| {
                let side = |d: u32, e: u32, r: Option<f64>, share: &Option<Vec<f64>>| {
                    let mut cell = format!("{d}, {e}, {}", r.map_or("—".into(), per_day));
                    if let Some(s) = share {
                        cell.push_str(&format!(
                            "; any on {:.0}% of days ({:.0}–{:.0}%)",
                            s[0] * 100.0,
                            s[1] * 100.0,
                            s[2] * 100.0
                        ));
                    }
                    cell
                };
                let ratio = if !s.enough {
                    "not enough days yet".to_string()
                } else {
                    match (s.ratio, s.low, s.high) {
                        (Some(r), Some(lo), hi) => format!(
                            "{} ({}–{})",
                            times(r),
                            times(lo),
                            hi.map_or("∞".into(), times)
                        ),
                        _ => "—".into(),
                    }
                };
                vec![
                    factor_label(&s.name, s.lag_days),
                    side(s.days_with, s.episodes_with, s.rate_with, &s.day_share_with),
                    side(
                        s.days_without,
                        s.episodes_without,
                        s.rate_without,
                        &s.day_share_without,
                    ),
                    ratio,
                ]
            })
            .collect(),
    }
}
