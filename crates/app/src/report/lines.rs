//! Page 1's short lists: top places, triggers (with their intervals, or why not yet),
//! what helped, and the Penn-style rating.

use twinge_core::insights::Aggregates;
use twinge_core::Kind;
use twinge_report::{Line, Psfs};

use twinge_i18n::Tr;

use crate::names::VocabNames;

/// How many entries each list shows before "and N more".
pub(super) const TOP: usize = 5;

/// A last line saying how many more a cut list has ("and 2 more places").
fn and_more(lines: &mut Vec<Line>, total: usize, words: impl Fn(usize) -> String) {
    if total > lines.len() {
        lines.push(Line {
            label: words(total - lines.len()),
            count: String::new(),
            note: String::new(),
        });
    }
}

pub(super) fn places(tr: &twinge_i18n::Tr, a: &Aggregates, top: usize) -> Vec<Line> {
    let mut lines: Vec<Line> = a
        .by_region
        .iter()
        .take(top)
        .map(|l| Line {
            label: twinge_i18n::domain::place(tr, l.region, l.side),
            count: tr.formats().count(i64::from(l.count)),
            note: String::new(),
        })
        .collect();
    and_more(&mut lines, a.by_region.len(), |n| tr.report_more_places(n));
    lines
}

/// "spasm, cramp and twitch": the kinds of the period's episodes, as a sentence
/// names them.
fn kinds_words(tr: &Tr, a: &Aggregates) -> String {
    let kinds: Vec<String> = Kind::ALL
        .iter()
        .zip(a.by_kind)
        .filter(|(_, n)| *n > 0)
        .map(|(k, _)| twinge_i18n::domain::kind_in_text(tr, *k))
        .collect();
    tr.formats().and_list(&kinds)
}

/// The top triggers and the sentence under them; none below the minimum count.
/// `clustered`: some trigger was tagged on more than one episode of a day.
pub(super) fn triggers(
    tr: &Tr,
    a: &Aggregates,
    names: &VocabNames,
    (clustered, top): (bool, usize),
) -> (Vec<Line>, String) {
    let tagged = a.by_trigger.first().map_or(0, |t| t.count);
    if a.total < twinge_charts::MIN_EPISODES_FOR_TRIGGERS {
        return (
            Vec::new(),
            tr.report_triggers_too_few(a.total, twinge_charts::MIN_EPISODES_FOR_TRIGGERS),
        );
    }
    if tagged == 0 {
        return (Vec::new(), tr.report_triggers_none_tagged(a.total));
    }
    // The interval's low end without its sign: "43% (38–49%)".
    let pct = |x: f64| tr.formats().number(x * 100.0, 0);
    let mut lines: Vec<Line> = a
        .by_trigger
        .iter()
        .take(top)
        .map(|t| Line {
            label: names.trigger(&t.trigger),
            count: tr.formats().count(i64::from(t.count)),
            note: format!(
                "{} ({}–{})",
                twinge_i18n::domain::share(tr, t.share),
                pct(t.low),
                twinge_i18n::domain::share(tr, t.high)
            ),
        })
        .collect();
    and_more(&mut lines, a.by_trigger.len(), |n| {
        tr.report_more_triggers(n)
    });
    let mut note = tr.report_triggers_share(a.total, kinds_words(tr, a));
    if clustered {
        note.push(' ');
        note.push_str(&tr.report_same_day());
    }
    (lines, note)
}

pub(super) fn reliefs(tr: &Tr, a: &Aggregates, names: &VocabNames, top: usize) -> Vec<Line> {
    a.reliefs
        .iter()
        .take(top)
        .map(|r| {
            let [label, count, note] = crate::insights::relief_cells(tr, names, r);
            Line { label, count, note }
        })
        .collect()
}

/// The rating printed on page 1: the person's own when given, else the suggestion; none
/// when no spasm was logged and the person rated nothing.
pub(super) fn psfs(
    tr: &twinge_i18n::Tr,
    frequency: Option<u8>,
    severity: Option<u8>,
    suggested: Option<(u8, u8)>,
) -> Option<Psfs> {
    let confirmed = frequency.is_some() || severity.is_some();
    if !confirmed && suggested.is_none() {
        return None;
    }
    let suggested = suggested.unwrap_or(super::NO_SPASMS);
    let frequency = frequency.unwrap_or(suggested.0);
    let severity = severity.unwrap_or(suggested.1);
    Some(Psfs {
        frequency,
        frequency_text: match frequency {
            0 => tr.penn_frequency_0(),
            1 => tr.penn_frequency_1(),
            2 => tr.penn_frequency_2(),
            3 => tr.penn_frequency_3(),
            _ => tr.penn_frequency_4(),
        },
        severity,
        severity_text: match severity {
            0 | 1 => tr.penn_severity_1(),
            2 => tr.penn_severity_2(),
            _ => tr.penn_severity_3(),
        },
        rated_by: if confirmed {
            tr.penn_self_rated()
        } else {
            tr.penn_suggested()
        },
        source: if confirmed {
            tr.penn_source_rated(suggested.0, suggested.1)
        } else {
            tr.penn_source_suggested()
        },
    })
}

/// Page 2's day-level comparisons: the rows with enough days (as the chart's table
/// says them), and a sentence on the others and on chance.
pub(super) fn factors(
    tr: &Tr,
    stats: &[crate::FactorStat],
    chart: &crate::ChartDto,
) -> (Vec<twinge_report::FactorLine>, String) {
    let rows: Vec<twinge_report::FactorLine> = stats
        .iter()
        .zip(&chart.table)
        .filter(|(s, _)| s.rate.enough && s.rate.low.is_some())
        .map(|(_, cells)| twinge_report::FactorLine {
            label: cells[0].clone(),
            with: cells[1].clone(),
            without: cells[2].clone(),
            ratio: cells[3].clone(),
        })
        .collect();
    let waiting = stats.iter().filter(|s| !s.rate.enough).count();
    let mut note = Vec::new();
    if rows.is_empty() {
        note.push(tr.report_factors_none(twinge_core::daystats::MIN_DAYS_EACH_SIDE));
    } else if waiting > 0 {
        note.push(tr.report_factors_waiting(waiting));
    }
    if stats.iter().any(|s| s.bursty) && !rows.is_empty() {
        note.push(tr.report_bursts());
    }
    if let Some(chance) = crate::chance_note(tr, rows.len()) {
        note.push(chance);
    }
    (rows, note.join(" "))
}
