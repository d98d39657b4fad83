//! Page 1's short lists: top places, triggers (with their intervals, or why not yet),
//! what helped, and the Penn-style rating.

use twinge_core::insights::Aggregates;
use twinge_core::Kind;
use twinge_report::{Line, Psfs};

use crate::names::VocabNames;
use crate::words::{episodes_word, more_places};

/// How many entries each list shows before "and N more".
const TOP: usize = 5;

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

pub(super) fn places(tr: &twinge_i18n::Tr, a: &Aggregates) -> Vec<Line> {
    let mut lines: Vec<Line> = a
        .by_region
        .iter()
        .take(TOP)
        .map(|l| Line {
            label: crate::words::place(tr, l.region, l.side),
            count: l.count.to_string(),
            note: String::new(),
        })
        .collect();
    and_more(&mut lines, a.by_region.len(), more_places);
    lines
}

/// "spasm, cramp and twitch": the kinds of the period's episodes.
fn kinds_words(a: &Aggregates) -> String {
    let kinds: Vec<String> = Kind::ALL
        .iter()
        .zip(a.by_kind)
        .filter(|(_, n)| *n > 0)
        .map(|(k, _)| k.label().to_lowercase())
        .collect();
    match kinds.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// The top triggers and the sentence under them; none below the minimum count.
/// `clustered`: some trigger was tagged on more than one episode of a day.
pub(super) fn triggers(a: &Aggregates, names: &VocabNames, clustered: bool) -> (Vec<Line>, String) {
    let tagged = a.by_trigger.first().map_or(0, |t| t.count);
    if a.total < twinge_charts::MIN_EPISODES_FOR_TRIGGERS {
        return (
            Vec::new(),
            format!(
                "Not enough data: trigger shares are shown from {} episodes; this period has {}.",
                twinge_charts::MIN_EPISODES_FOR_TRIGGERS,
                episodes_word(a.total)
            ),
        );
    }
    if tagged == 0 {
        return (
            Vec::new(),
            format!(
                "None of the {} was tagged with a suspected trigger.",
                episodes_word(a.total)
            ),
        );
    }
    let mut lines: Vec<Line> = a
        .by_trigger
        .iter()
        .take(TOP)
        .map(|t| Line {
            label: names.trigger(&t.trigger),
            count: t.count.to_string(),
            note: format!(
                "{:.0}% ({:.0}–{:.0}%)",
                t.share * 100.0,
                t.low * 100.0,
                t.high * 100.0
            ),
        })
        .collect();
    and_more(&mut lines, a.by_trigger.len(), |n| match n {
        1 => "and 1 more trigger".into(),
        n => format!("and {n} more triggers"),
    });
    let mut note = format!(
        "Share of all {} ({}) the patient tagged with each suspected trigger; tagged with, not caused by.",
        episodes_word(a.total),
        kinds_words(a)
    );
    if clustered {
        note.push(' ');
        note.push_str(crate::insights::SAME_DAY_NOTE);
    }
    (lines, note)
}

pub(super) fn reliefs(a: &Aggregates, names: &VocabNames) -> Vec<Line> {
    a.reliefs
        .iter()
        .take(TOP)
        .map(|x| Line {
            label: names.relief(&x.relief),
            count: x.used.to_string(),
            note: format!("{:.1}", x.mean_helped),
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

/// Said under the comparisons when episodes came in bursts.
const BURSTS_NOTE: &str = "Episodes came in bursts (more spread between days than chance would give): a ratio's interval counts episodes as independent and is too narrow, so each side also gives the share of days with any episode, with its exact interval.";

/// Page 2's day-level comparisons: the rows with enough days (as the chart's table
/// says them), and a sentence on the others and on chance.
pub(super) fn factors(
    stats: &[crate::FactorStat],
    chart: &crate::ChartDto,
) -> (Vec<twinge_report::FactorLine>, String) {
    let rows: Vec<twinge_report::FactorLine> = stats
        .iter()
        .zip(&chart.table)
        .filter(|(s, _)| s.enough && s.low.is_some())
        .map(|(_, cells)| twinge_report::FactorLine {
            label: cells[0].clone(),
            with: cells[1].clone(),
            without: cells[2].clone(),
            ratio: cells[3].clone(),
        })
        .collect();
    let waiting = stats.iter().filter(|s| !s.enough).count();
    let mut note = Vec::new();
    if rows.is_empty() {
        note.push(format!(
            "No day-level factor has {} days with it and {} without in this period yet.",
            twinge_core::daystats::MIN_DAYS_EACH_SIDE,
            twinge_core::daystats::MIN_DAYS_EACH_SIDE
        ));
    } else if waiting > 0 {
        note.push(format!(
            "{waiting} more comparisons need more days with a daily check-in."
        ));
    }
    if stats.iter().any(|s| s.bursty) && !rows.is_empty() {
        note.push(BURSTS_NOTE.into());
    }
    if let Some(chance) = crate::chance_note(rows.len()) {
        note.push(chance);
    }
    (rows, note.join(" "))
}
