//! The appendix: every episode of the period, oldest first, in words.

use twinge_core::insights::{local_day_hour_weekday, Period};
use twinge_core::Episode;
use twinge_report::{month_starts_page, AppendixMonth, AppendixRow};

use super::words::{minutes, month_label};
use crate::names::VocabNames;

/// One row per episode of `episodes` (given newest first) that falls in `period`,
/// oldest first, as a doctor reads a diary, under the month of its local day.
pub(super) fn appendix(
    episodes: &[Episode],
    period: Period,
    names: &VocabNames,
) -> Vec<AppendixMonth> {
    let mut months: Vec<AppendixMonth> = Vec::new();
    let mut since_break = 0;
    for e in episodes.iter().rev() {
        let day = local_day_hour_weekday(e).0;
        if !period.contains(day) {
            continue;
        }
        let label = month_label(day);
        match months.last_mut() {
            Some(m) if m.label == label => m.rows.push(row(e, names)),
            _ => months.push(AppendixMonth {
                label,
                new_page: false,
                rows: vec![row(e, names)],
            }),
        }
    }
    for m in &mut months {
        m.new_page = month_starts_page(since_break, m.rows.len());
        since_break = if m.new_page { 0 } else { since_break } + m.rows.len();
    }
    months
}

fn row(e: &Episode, names: &VocabNames) -> AppendixRow {
    let d = &e.draft;
    let t = d.started_at.to_rfc3339();
    AppendixRow {
        when: format!("{} {}", &t[..10], &t[11..16]),
        kind: d.kind.label().into(),
        place: twinge_core::Location::list_label(&d.locations),
        intensity: d.intensity.to_string(),
        duration: d
            .duration_s
            .map(|s| minutes(f64::from(s)))
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
        flags: super::symptoms::flags(e),
        note_below: twinge_report::note_goes_below(&d.notes),
    }
}
