//! The day-level factor statistics as the screens, the PDF and the command line show
//! them: one row per factor and lag with its counts, rates, ratio and interval, the
//! sentence that says it, and the forest plot. One function words each row.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::daystats::{
    clopper_pearson, rate_ratio, FactorCounts, RateRatio, LAGS, MIN_DAYS_EACH_SIDE,
};
use twinge_core::insights::{Aggregates, Period};
use twinge_i18n::domain::{share, vocab_name, Seeded};
use twinge_i18n::Tr;

use crate::{AppError, Journal};

/// One factor at one lag over a period: every number beside its counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FactorStat {
    pub factor: String,
    pub name: String,
    /// 0: the factor and the episodes on the same day; 1: episodes the day after.
    #[ts(type = "number")]
    pub lag_days: i64,
    /// Days and episodes on each side (on the wire as the row's own fields).
    #[serde(flatten)]
    #[ts(flatten)]
    pub counts: FactorCounts,
    /// The rates, their ratio and its interval, and whether both sides have enough days.
    #[serde(flatten)]
    #[ts(flatten)]
    pub rate: RateRatio,
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

/// "2.1×", "12×" in `tr`'s numbers.
pub(super) fn times(tr: &Tr, x: f64) -> String {
    let digits = if x >= 10.0 { 0 } else { 1 };
    format!("{}×", tr.formats().number(x, digits))
}

/// "60% (95% interval 36–81%)" in `tr`'s words.
fn share_words(tr: &Tr, s: &[f64]) -> String {
    tr.factor_share(share(tr, s[2]), share(tr, s[1]), share(tr, s[0]))
}

/// A factor's name as a row reads it ("Days with “Caffeine”", "Tage mit „Koffein“"): a
/// built-in name in the language, quoted as it is written, so that any name (“Slept
/// badly”, a person's own) reads right in the frame.
pub fn factor_row_label(tr: &Tr, s: &FactorStat) -> String {
    let name = vocab_name(tr, Seeded::Factor, &s.factor, &s.name);
    if s.lag_days == 0 {
        tr.factor_days_with(name)
    } else {
        tr.factor_days_after(name)
    }
}

/// The one sentence of a row, in `tr`'s language.
pub fn factor_words(tr: &Tr, s: &FactorStat) -> String {
    let label = factor_row_label(tr, s);
    if !s.rate.enough {
        let mut short = Vec::new();
        if s.counts.days_with < MIN_DAYS_EACH_SIDE {
            short.push(tr.factor_short_with(s.counts.days_with));
        }
        if s.counts.days_without < MIN_DAYS_EACH_SIDE {
            short.push(tr.factor_short_without(s.counts.days_without));
        }
        return tr.factor_not_enough(label, MIN_DAYS_EACH_SIDE, short.join(", "));
    }
    let side = |rate: Option<f64>, days: u32, episodes: u32| {
        tr.factor_side(days, episodes, tr.formats().number(rate.unwrap_or(0.0), 2))
    };
    let with = side(s.rate.rate_with, s.counts.days_with, s.counts.episodes_with);
    let without = side(
        s.rate.rate_without,
        s.counts.days_without,
        s.counts.episodes_without,
    );
    let ratio = match (s.rate.ratio, s.rate.low, s.rate.high) {
        (_, None, _) => tr.factor_ratio_none(),
        (Some(r), Some(lo), Some(hi)) => {
            tr.factor_ratio_both(times(tr, hi), times(tr, lo), times(tr, r))
        }
        (Some(r), Some(lo), None) => tr.factor_ratio_from(times(tr, lo), times(tr, r)),
        (None, Some(lo), _) => tr.factor_ratio_none_without(times(tr, lo)),
    };
    let mut words = tr.factor_sentence(label, ratio, with, without);
    if let (Some(w), Some(wo)) = (&s.day_share_with, &s.day_share_without) {
        words.push(' ');
        words.push_str(&tr.factor_bursts(share_words(tr, w), share_words(tr, wo)));
    }
    words
}

/// A share of days and its exact interval: share, low, high.
fn day_share(k: u32, n: u32) -> Option<Vec<f64>> {
    (n > 0).then(|| {
        let (low, high) = clopper_pearson(k, n);
        vec![f64::from(k) / f64::from(n), low, high]
    })
}

fn stat(
    tr: &Tr,
    (factor, name): (&str, &str),
    lag_days: i64,
    c: FactorCounts,
    bursty: bool,
) -> FactorStat {
    let r = rate_ratio(c);
    let days = bursty && r.enough;
    let mut s = FactorStat {
        factor: factor.to_string(),
        name: name.to_string(),
        lag_days,
        counts: c,
        rate: r,
        bursty,
        day_share_with: days
            .then(|| day_share(c.active_days_with, c.days_with))
            .flatten(),
        day_share_without: days
            .then(|| day_share(c.active_days_without, c.days_without))
            .flatten(),
        words: String::new(),
    };
    s.words = factor_words(tr, &s);
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
        let tr = self.tr();
        let mut out = Vec::new();
        for f in self.store().factors()?.into_iter().filter(|f| !f.archived) {
            for lag in LAGS {
                let c = counts
                    .iter()
                    .find(|(k, l, _)| *k == f.key && *l == lag)
                    .map(|(_, _, c)| *c)
                    .unwrap_or_default();
                out.push(stat(&tr, (&f.key, &f.name), lag, c, bursty));
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
