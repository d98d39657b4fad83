//! One row per kind logged in a period, each beside the same kind in the period before:
//! one computation (`twinge_core::kinds`) and one set of words for Insights, page 1 of
//! the report and `twinge stats --json`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::insights::{Aggregates, Period};
use twinge_core::kinds::{counts_nights, kind_figures};
use twinge_core::Kind;

use twinge_i18n::Tr;

use super::rate_words;
use crate::words::minutes;
use crate::{AppError, Journal};

/// One kind's figures over a period.
pub use twinge_core::kinds::{KindFigures, PlaceCount};

/// The columns of a kind's row, in order, as headed on screen and on paper.
pub fn kind_columns(tr: &twinge_i18n::Tr) -> Vec<String> {
    vec![
        tr.kind_col_per_week(),
        tr.kind_col_days_with(),
        tr.kind_col_nights(),
        tr.kind_col_intensity(),
        tr.kind_col_duration(),
        tr.kind_col_places(),
    ]
}

/// How many cells a kind's row has.
const KIND_CELLS: usize = 6;

/// How many places a row names before "and N more places".
const MAIN_PLACES: usize = 2;

/// The kinds' table: the headings of a kind's cells ([`kind_columns`]), and one row per
/// kind logged in the period beside the period before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct KindTable {
    pub columns: Vec<String>,
    pub rows: Vec<KindCompared>,
}

/// A kind logged in the period: its figures and words, and the same kind before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct KindCompared {
    pub kind: Kind,
    /// "Cramp".
    pub label: String,
    /// "34 episodes" (this period).
    pub episodes: String,
    pub current: KindPeriod,
    /// The same kind in the period before; its cells "–" throughout when that period
    /// cannot be compared.
    pub previous: KindPeriod,
}

/// A kind's figures over one period, and the values of [`kind_columns`] in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct KindPeriod {
    pub figures: KindFigures,
    pub cells: Vec<String>,
}

const NONE: &str = "–";

/// A row's values in words, logged days given for "12 of 30", naming up to
/// `main_places` places.
fn cells(tr: &Tr, r: &KindFigures, days_logged: u32, main_places: usize) -> Vec<String> {
    let mut places: Vec<String> = r
        .places
        .iter()
        .take(main_places)
        .map(|p| {
            format!(
                "{} {}",
                twinge_i18n::domain::place(tr, p.region, p.side),
                p.count
            )
        })
        .collect();
    if r.places.len() > main_places {
        // The column is headed "Main places": "and 4 more" says enough.
        places.push(tr.kind_more_places(r.places.len() - main_places));
    }
    vec![
        rate_words(tr, r.per_week),
        tr.kind_days_of(r.days_with, days_logged),
        match counts_nights(r.kind) {
            true => rate_words(tr, r.nights_woken_per_week),
            false => NONE.into(),
        },
        match (r.median_intensity, r.max_intensity) {
            (Some(m), Some(w)) => format!("{} / {w}", trim(tr, m)),
            _ => NONE.into(),
        },
        r.median_duration_s
            .map(|s| minutes(tr, s))
            .unwrap_or_else(|| NONE.into()),
        if places.is_empty() {
            NONE.into()
        } else {
            places.join(" · ")
        },
    ]
}

/// 6 for 6.0, 6.5 (or 6,5) for 6.5.
fn trim(tr: &Tr, x: f64) -> String {
    tr.formats().number(x, if x.fract() == 0.0 { 0 } else { 1 })
}

/// The rows of every kind logged in `now`'s period, each beside the period before.
/// `comparable` says whether the earlier period was logged enough to be compared.
fn compare_kinds(
    tr: &Tr,
    now: (&[twinge_core::kinds::KindFact], u32),
    before: (&[twinge_core::kinds::KindFact], u32),
    comparable: bool,
) -> Vec<KindCompared> {
    let current = kind_figures(now.0, now.1);
    let previous = kind_figures(before.0, before.1);
    current
        .into_iter()
        .zip(previous)
        .filter(|(c, _)| c.episodes > 0)
        .map(|(c, p)| {
            KindCompared {
                kind: c.kind,
                label: twinge_i18n::domain::kind(tr, c.kind),
                episodes: tr.episodes_count(c.episodes),
                current: KindPeriod {
                    cells: cells(tr, &c, now.1, MAIN_PLACES),
                    figures: c,
                },
                // The period before names its main place only: it is there to compare.
                previous: KindPeriod {
                    cells: if comparable {
                        cells(tr, &p, before.1, 1)
                    } else {
                        vec![NONE.into(); KIND_CELLS]
                    },
                    figures: p,
                },
            }
        })
        .collect()
}

impl Journal {
    /// The kinds logged in a period beside the period before, from both periods'
    /// aggregates (for their logged days).
    pub(crate) fn kinds_compared(
        &self,
        tr: &Tr,
        a: &Aggregates,
        prev: &Aggregates,
        comparable: bool,
    ) -> Result<Vec<KindCompared>, AppError> {
        let facts = |p: Period| self.store().kind_facts(p);
        Ok(compare_kinds(
            tr,
            (&facts(a.period)?, a.days_covered),
            (&facts(prev.period)?, prev.days_covered),
            comparable,
        ))
    }
}
