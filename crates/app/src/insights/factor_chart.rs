//! The day-level comparisons as a chart and a table, in a language: the forest plot
//! of the rows with enough days, its sentence and the table behind it (Insights shows
//! it; page 2 of the PDF prints its table).

use twinge_charts::{ForestRow, Theme};
use twinge_core::daystats::MIN_DAYS_EACH_SIDE;
use twinge_i18n::domain::{self, vocab_name, Seeded};
use twinge_i18n::Tr;

use super::factors::{factor_row_label, times};
use super::{ChartDto, FactorStat};

/// How many factors shown at once make one look linked by chance.
pub const CHANCE_NOTE_FROM: usize = 5;

/// The sentence said when many factors are shown: some look linked by chance.
pub fn chance_note(tr: &Tr, shown: usize) -> Option<String> {
    (shown >= CHANCE_NOTE_FROM).then(|| tr.factors_chance(shown))
}

/// One side of a row: days, episodes, episodes a day, and the share of days with any.
fn side_cell(
    tr: &Tr,
    (days, episodes): (u32, u32),
    rate: Option<f64>,
    share: &Option<Vec<f64>>,
) -> String {
    let f = tr.formats();
    let mut cell = format!(
        "{}, {}, {}",
        f.count(i64::from(days)),
        f.count(i64::from(episodes)),
        rate.map_or("—".into(), |r| f.number(r, 2))
    );
    if let Some(s) = share {
        cell.push_str("; ");
        cell.push_str(&tr.factors_any_days(
            domain::share(tr, s[2]),
            domain::share(tr, s[1]),
            domain::share(tr, s[0]),
        ));
    }
    cell
}

fn ratio_cell(tr: &Tr, s: &FactorStat) -> String {
    if !s.rate.enough {
        return tr.factors_not_enough();
    }
    match (s.rate.ratio, s.rate.low, s.rate.high) {
        (Some(r), Some(lo), hi) => format!(
            "{} ({}–{})",
            times(tr, r),
            times(tr, lo),
            hi.map_or("∞".into(), |h| times(tr, h))
        ),
        _ => "—".into(),
    }
}

/// The forest plot of the rows with enough days, with its text alternative.
pub fn factors_chart(stats: &[FactorStat], theme: &Theme, tr: &Tr) -> ChartDto {
    let shown: Vec<&FactorStat> = stats
        .iter()
        .filter(|s| s.rate.enough && s.rate.low.is_some())
        .collect();
    let rows: Vec<ForestRow> = shown
        .iter()
        .map(|s| ForestRow {
            label: if s.lag_days == 0 {
                vocab_name(tr, Seeded::Factor, &s.factor, &s.name)
            } else {
                tr.factor_day_after_row()
            },
            ratio: s.rate.ratio,
            low: s.rate.low,
            high: s.rate.high,
            note: s.rate.ratio.map_or("—".into(), |r| times(tr, r)),
        })
        .collect();
    let mut summary = if shown.is_empty() {
        tr.factors_none_yet(MIN_DAYS_EACH_SIDE)
    } else {
        tr.factors_association()
    };
    if let Some(note) = chance_note(tr, shown.len()) {
        summary = format!("{summary} {note}");
    }
    ChartDto {
        id: "factors".into(),
        explain: tr.explain_factors(),
        title: tr.factors_title(),
        svg: twinge_charts::forest(&rows, theme, tr),
        summary,
        table_head: vec![
            tr.report_compared(),
            tr.report_with_days(),
            tr.report_without_days(),
            tr.report_ratio_interval(),
        ],
        table: stats
            .iter()
            .map(|s| {
                vec![
                    factor_row_label(tr, s),
                    side_cell(
                        tr,
                        (s.counts.days_with, s.counts.episodes_with),
                        s.rate.rate_with,
                        &s.day_share_with,
                    ),
                    side_cell(
                        tr,
                        (s.counts.days_without, s.counts.episodes_without),
                        s.rate.rate_without,
                        &s.day_share_without,
                    ),
                    ratio_cell(tr, s),
                ]
            })
            .collect(),
    }
}
