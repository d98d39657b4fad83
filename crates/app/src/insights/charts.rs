//! The Insights charts, one function each: the SVG from twinge-charts, a title, and
//! a text alternative (a sentence and the table behind it), in `tr`'s language.

use twinge_charts::{Marker, Theme};
use twinge_core::insights::{Aggregates, DayNumber, Period, ReliefStat};
use twinge_core::Kind;
use twinge_i18n::{domain, Tr};

use super::{date_of, ChartDto};
use crate::names::VocabNames;

fn count(tr: &Tr, n: impl Into<i64>) -> String {
    tr.formats().count(n.into())
}

/// "These rates come from 2 logged days only: …", when episodes were logged on fewer
/// logged days than a week: a rate per logged week from two days is three and a half
/// times what was seen, and the page should say so beside it.
pub(crate) fn few_days_logged(tr: &Tr, a: &Aggregates) -> Option<String> {
    (a.total > 0 && a.days_covered > 0 && a.days_covered < STEADY_RATE_DAYS)
        .then(|| tr.few_days_logged(a.days_covered))
}

/// A week of logged days: from fewer, the rates carry [`few_days_logged`]'s sentence.
pub(crate) const STEADY_RATE_DAYS: u32 = 7;

/// "12 episodes without a clock time are not counted by hour of day", when some are not.
pub(crate) fn left_out_hour(tr: &Tr, a: &Aggregates) -> Option<String> {
    (a.figures.without_hour > 0).then(|| tr.left_out_hour(a.figures.without_hour))
}

/// "3 episodes without an intensity are not in the intensity figures", when some are not.
pub(crate) fn left_out_intensity(tr: &Tr, a: &Aggregates) -> Option<String> {
    (a.figures.without_intensity > 0).then(|| tr.left_out_intensity(a.figures.without_intensity))
}

/// A chart's sentence and, after it, what the chart leaves out.
fn with_left_out(summary: String, left_out: Option<String>) -> String {
    match left_out {
        Some(note) => format!("{summary} {note}"),
        None => summary,
    }
}

/// Episodes per day (per week beyond 60 days), stacked by kind, with markers.
pub(super) fn frequency(
    a: &Aggregates,
    period: Period,
    (markers, began): (&[Marker], Option<DayNumber>),
    (theme, tr): (&Theme, &Tr),
) -> ChartDto {
    // The kinds logged, each as its rows elsewhere name it: "Cramp 45".
    let kinds: Vec<String> = Kind::ALL
        .iter()
        .zip(a.by_kind)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{} {}", domain::kind(tr, *k), count(tr, n)))
        .collect();
    // As every rate: over the logged days.
    let rate = super::rate_words(
        tr,
        twinge_core::kinds::per_logged_week(a.total, a.days_covered),
    );
    let weekly = period.days() > twinge_charts::DAILY_UP_TO_DAYS;
    ChartDto {
        id: "frequency".into(),
        // The bars are weeks or days, as the title says, and so is what explains them.
        explain: match weekly {
            true => tr.explain_frequency(),
            false => tr.explain_frequency_daily(),
        },
        title: match weekly {
            true => tr.chart_title_per_week(),
            false => tr.chart_title_per_day(),
        },
        svg: twinge_charts::frequency(a, markers, began, theme, tr),
        summary: tr.chart_summary_frequency(
            tr.days_count(period.days()),
            tr.episodes_count(a.total),
            kinds.join(", "),
            rate,
        ),
        table_head: std::iter::once(tr.table_day())
            .chain(Kind::ALL.iter().map(|k| domain::kind(tr, *k)))
            .collect(),
        table: a
            .by_day
            .iter()
            .filter(|d| d.by_kind.iter().any(|&n| n > 0))
            .map(|d| {
                std::iter::once(date_of(d.day))
                    .chain(d.by_kind.iter().map(|n| count(tr, *n)))
                    .collect()
            })
            .collect(),
    }
}

/// The body map shaded by count.
pub(super) fn where_on_body(a: &Aggregates, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    ChartDto {
        id: "where".into(),
        explain: tr.explain_where(),
        title: tr.chart_title_where(),
        svg: twinge_charts::body_heat_with_scale(&a.by_region, theme, tr),
        summary: match a.by_region.first() {
            Some(r) => tr.chart_summary_where(r.count, domain::place(tr, r.region, r.side)),
            None => tr.chart_no_episodes(),
        },
        table_head: vec![tr.table_place(), tr.table_side(), tr.table_episodes()],
        table: a
            .by_region
            .iter()
            .map(|r| {
                vec![
                    domain::region(tr, r.region),
                    domain::side_choice(tr, r.side),
                    count(tr, r.count),
                ]
            })
            .collect(),
    }
}

/// Places as bars, most first.
pub(super) fn where_bars(a: &Aggregates, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    ChartDto {
        id: "where_bars".into(),
        explain: tr.explain_where_bars(),
        title: tr.chart_title_places(),
        svg: twinge_charts::regions(a, theme, tr),
        summary: tr.chart_summary_places(a.by_region.len()),
        table_head: vec![],
        table: vec![],
    }
}

/// The share of episodes tagged with each trigger, with its interval.
/// `clustered`: some trigger was tagged on more than one episode of a day.
pub(super) fn triggers(
    a: &Aggregates,
    names: &VocabNames,
    clustered: bool,
    (theme, tr): (&Theme, &Tr),
) -> ChartDto {
    ChartDto {
        id: "triggers".into(),
        explain: tr.explain_triggers(),
        title: tr.chart_title_triggers(),
        svg: twinge_charts::triggers(a, &|k| names.trigger(k), theme, tr),
        summary: if a.total < twinge_charts::MIN_EPISODES_FOR_TRIGGERS {
            tr.report_triggers_too_few(a.total, twinge_charts::MIN_EPISODES_FOR_TRIGGERS)
        } else {
            match a.by_trigger.first() {
                Some(t) => {
                    let mut s = tr.chart_summary_trigger(
                        t.count,
                        domain::share(tr, t.share),
                        a.total,
                        names.trigger(&t.trigger),
                    );
                    if clustered {
                        s.push(' ');
                        s.push_str(&tr.report_same_day());
                    }
                    s
                }
                None => tr.chart_summary_no_trigger(),
            }
        },
        table_head: vec![
            tr.table_trigger(),
            tr.table_episodes(),
            tr.table_share(),
            tr.table_interval(),
        ],
        table: a
            .by_trigger
            .iter()
            .map(|t| {
                vec![
                    names.trigger(&t.trigger),
                    count(tr, t.count),
                    domain::share(tr, t.share),
                    format!("{}–{}", domain::share(tr, t.low), domain::share(tr, t.high)),
                ]
            })
            .collect(),
    }
}

/// Hour of day by weekday.
pub(super) fn when(a: &Aggregates, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    ChartDto {
        id: "when".into(),
        explain: tr.explain_when(),
        title: tr.chart_title_when(),
        svg: twinge_charts::hour_weekday(a, theme, tr),
        summary: with_left_out(
            match a.figures.night_share {
                Some(n) => tr.chart_summary_night(domain::share(tr, n)),
                None => tr.chart_no_episodes(),
            },
            left_out_hour(tr, a),
        ),
        table_head: std::iter::once(tr.table_day())
            .chain((0..24).map(|h| format!("{h:02}")))
            .collect(),
        table: (0..7u8)
            .zip(a.hour_weekday.iter())
            .map(|(d, row)| {
                std::iter::once(tr.formats().weekday(d))
                    .chain(row.iter().map(|n| count(tr, *n)))
                    .collect()
            })
            .collect(),
    }
}

/// Weekly median intensity with its range.
pub(super) fn intensity(a: &Aggregates, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    ChartDto {
        id: "intensity".into(),
        explain: tr.explain_intensity(),
        title: tr.chart_title_intensity(),
        svg: twinge_charts::intensity_trend(a, theme, tr),
        summary: with_left_out(
            match (a.figures.median_intensity, a.figures.max_intensity) {
                (Some(m), Some(x)) => {
                    tr.chart_summary_intensity(tr.formats().number(m, 1), count(tr, x))
                }
                _ => tr.chart_no_episodes(),
            },
            left_out_intensity(tr, a),
        ),
        table_head: vec![
            tr.table_week_of(),
            tr.table_episodes(),
            tr.table_median(),
            tr.table_min(),
            tr.table_max(),
        ],
        table: a
            .weekly_intensity
            .iter()
            .map(|w| {
                vec![
                    date_of(w.week_start),
                    count(tr, w.episodes),
                    tr.formats().number(w.median, 1),
                    count(tr, w.min),
                    count(tr, w.max),
                ]
            })
            .collect(),
    }
}

/// What helped: times used and how much on average.
pub(super) fn helped(a: &Aggregates, names: &VocabNames, (theme, tr): (&Theme, &Tr)) -> ChartDto {
    ChartDto {
        id: "helped".into(),
        explain: tr.explain_helped(),
        title: tr.chart_title_helped(),
        svg: twinge_charts::reliefs(a, &|k| names.relief(k), theme, tr),
        summary: match a.reliefs.first() {
            Some(r) => tr.chart_summary_helped(
                r.used,
                domain::helped(tr, r.mean_helped),
                names.relief(&r.relief),
            ),
            None => tr.chart_nothing_helped(),
        },
        table_head: vec![tr.table_relief(), tr.table_used(), tr.table_helped()],
        table: a
            .reliefs
            .iter()
            .map(|r| relief_cells(tr, names, r).into())
            .collect(),
    }
}

/// A relief's row, on Insights and on page 1: its name, times used, and how much it
/// helped on average.
pub(crate) fn relief_cells(tr: &Tr, names: &VocabNames, r: &ReliefStat) -> [String; 3] {
    [
        names.relief(&r.relief),
        count(tr, r.used),
        domain::helped(tr, r.mean_helped),
    ]
}
