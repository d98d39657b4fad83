//! The appendix: the episodes of the period a doctor asked for (every one, or those
//! with notes or symptoms), oldest first, in words.

use twinge_core::insights::{local_day_hour_weekday, Period};
use twinge_core::Episode;
use twinge_i18n::Tr;
use twinge_report::{month_starts_page, AppendixMonth, AppendixRow};

use super::AppendixChoice;
use crate::names::VocabNames;
use crate::words::minutes;

/// Whether an episode carries something only the appendix can say: notes or symptoms.
fn notable(e: &Episode) -> bool {
    !e.draft.notes.trim().is_empty() || !e.draft.associated.is_empty()
}

/// The appendix's heading.
pub(super) fn title(tr: &Tr, choice: AppendixChoice) -> String {
    match choice {
        AppendixChoice::All => tr.report_appendix_all(),
        _ => tr.report_appendix_notable(),
    }
}

/// The period's episodes, oldest first.
fn in_period(episodes: &[Episode], period: Period) -> impl Iterator<Item = &Episode> {
    episodes
        .iter()
        .rev()
        .filter(move |e| period.contains(local_day_hour_weekday(e).0))
}

/// The sentence on the episodes a `notable` appendix leaves out; empty otherwise.
pub(super) fn rest(
    tr: &Tr,
    episodes: &[Episode],
    period: Period,
    choice: AppendixChoice,
) -> String {
    if choice != AppendixChoice::Notable {
        return String::new();
    }
    let left = in_period(episodes, period).filter(|e| !notable(e)).count() as u32;
    match left {
        0 => String::new(),
        n => tr.report_appendix_rest(n),
    }
}

/// One row per episode of `episodes` (given newest first) that falls in `period` and
/// that `choice` lists, oldest first, as a doctor reads a diary, under the month of its
/// local day.
pub(super) fn appendix(
    tr: &Tr,
    (episodes, period): (&[Episode], Period),
    names: &VocabNames,
    choice: AppendixChoice,
) -> Vec<AppendixMonth> {
    let mut months: Vec<AppendixMonth> = Vec::new();
    let mut since_break = 0;
    for e in in_period(episodes, period) {
        let day = local_day_hour_weekday(e).0;
        match choice {
            AppendixChoice::None => break,
            AppendixChoice::Notable if !notable(e) => continue,
            _ => {}
        }
        let label = twinge_i18n::domain::month_year(tr, day);
        match months.last_mut() {
            Some(m) if m.label == label => m.rows.push(row(tr, e, names, choice)),
            _ => months.push(AppendixMonth {
                label,
                new_page: false,
                rows: vec![row(tr, e, names, choice)],
            }),
        }
    }
    for m in &mut months {
        m.new_page = month_starts_page(since_break, m.rows.len());
        since_break = if m.new_page { 0 } else { since_break } + m.rows.len();
    }
    months
}

fn row(tr: &Tr, e: &Episode, names: &VocabNames, choice: AppendixChoice) -> AppendixRow {
    let d = &e.draft;
    let t = d.started_at.to_rfc3339();
    let clock = twinge_i18n::domain::timing(tr, d.timing).unwrap_or_else(|| t[11..16].to_string());
    AppendixRow {
        when: format!("{} {clock}", &t[..10]),
        // In a full appendix, a mark finds the episodes with notes or symptoms.
        marked: choice == AppendixChoice::All && notable(e),
        kind: twinge_i18n::domain::kind(tr, d.kind),
        place: twinge_i18n::domain::places(tr, &d.locations),
        // A dash: the imported diary did not rate it.
        intensity: d
            .intensity
            .map_or_else(|| "–".to_string(), |i| i.to_string()),
        duration: d
            .duration_s
            .map(|s| minutes(tr, f64::from(s)))
            .unwrap_or_default(),
        triggers: d
            .triggers
            .iter()
            .map(|k| names.trigger(k))
            .collect::<Vec<_>>()
            .join(", "),
        reliefs: d
            .reliefs
            .iter()
            .map(|x| format!("{} ({}/3)", names.relief(&x.relief), x.helped))
            .collect::<Vec<_>>()
            .join(", "),
        notes: d.notes.clone(),
        flags: super::symptoms::flags(tr, e),
        note_below: twinge_report::note_goes_below(&d.notes),
    }
}
