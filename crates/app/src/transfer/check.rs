//! Checks every row of an import with the rules the app uses for what people type
//! (core's episode validation, records.rs's names, dates, doses and notes), and
//! lists each problem by row and field.

use std::collections::BTreeSet;

use twinge_core::{validate_draft, Episode, Timing};
use uuid::Uuid;

use super::{shown, EpisodeFile, ImportProblem, ImportProgress, JournalFile};
use crate::convert::draft_from_input;
use crate::records::{check_dose, check_name, check_note, parse_record_date};
use crate::{AppError, EpisodeInput, Journal, Tr};

/// The episodes of a file that passed, with their row numbers, and the problems found.
pub(super) struct Checked {
    pub(super) episodes: Vec<(u32, Episode)>,
    /// Factors and daily check-ins that passed.
    pub(super) factors: Vec<twinge_store::FactorEntry>,
    pub(super) checkins: Vec<twinge_store::Checkin>,
    pub(super) problems: Vec<ImportProblem>,
    pub(super) rows_in_file: u32,
    pub(super) checkins_in_file: u32,
}

impl Checked {
    pub(super) fn problem(&mut self, row: u32, field: &str, message: String) {
        self.problems.push(ImportProblem {
            row,
            field: field.into(),
            message,
        });
    }

    /// How many episode rows have at least one problem.
    pub(super) fn rejected_rows(&self) -> u32 {
        let rows: BTreeSet<u32> = self
            .problems
            .iter()
            .map(|p| p.row)
            .filter(|r| *r > 0)
            .collect();
        rows.len() as u32
    }
}

impl Journal {
    /// Checks a whole file, telling `progress` every 1,000 episodes.
    pub(super) fn check_import(
        &self,
        file: &JournalFile,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<Checked, AppError> {
        let mut checked = Checked {
            episodes: Vec::with_capacity(file.episodes.len()),
            factors: Vec::new(),
            checkins: Vec::new(),
            problems: Vec::new(),
            rows_in_file: file.episodes.len() as u32,
            checkins_in_file: file.checkins.len() as u32,
        };
        let tr = self.tr();
        check_records(file, self.latest_today(), &tr, &mut checked);
        self.check_days(file, &mut checked)?;

        let known = self.vocab_names()?;
        let mut trigger_keys: BTreeSet<&str> = known.triggers.keys().map(String::as_str).collect();
        trigger_keys.extend(file.triggers.iter().map(|v| v.key.as_str()));
        let mut relief_keys: BTreeSet<&str> = known.reliefs.keys().map(String::as_str).collect();
        relief_keys.extend(file.reliefs.iter().map(|v| v.key.as_str()));

        let now_s = self.clock().now_ms().div_euclid(1000);
        let mut seen_ids = BTreeSet::new();
        for (i, f) in file.episodes.iter().enumerate() {
            if i % 1000 == 0 {
                progress(ImportProgress {
                    stage: "checking".into(),
                    done: i as u32,
                    total: checked.rows_in_file,
                });
            }
            let row = file.lines.get(i).copied().unwrap_or(i as u32 + 1);
            let Ok(id) = Uuid::parse_str(&f.id) else {
                checked.problem(row, "id", tr.failure_bad_id(shown(&f.id)));
                continue;
            };
            if !seen_ids.insert(id) {
                checked.problem(row, "id", tr.import_id_twice(id.to_string()));
                continue;
            }
            match check_episode(f, (id, now_s), &tr, &trigger_keys, &relief_keys) {
                Ok(e) => checked.episodes.push((row, e)),
                Err(problems) => {
                    for (field, message) in problems {
                        checked.problem(row, &field, message);
                    }
                }
            }
        }
        Ok(checked)
    }
}

/// Vocabularies, appointments, medication changes, quiet days and settings (row 0);
/// dates from 1900 to a year after `today`.
fn check_records(file: &JournalFile, today: time::Date, tr: &Tr, checked: &mut Checked) {
    let date_ok = |d: &str| parse_record_date("date", d, today).is_ok();
    for (list, what) in [(&file.triggers, "triggers"), (&file.reliefs, "reliefs")] {
        for v in list {
            if check_name("key", &v.key).is_err() || check_name("name", &v.name).is_err() {
                let max = twinge_core::vocab::MAX_VOCAB_CHARS;
                checked.problem(0, what, tr.import_bad_vocab(what, max, shown(&v.name)));
            }
        }
    }
    for a in &file.appointments {
        if !date_ok(&a.date) || check_note(&a.note).is_err() {
            checked.problem(0, "appointments", tr.import_bad_appointment(shown(&a.date)));
        }
    }
    for m in &file.medication_changes {
        if !date_ok(&m.date) || check_name("name", &m.name).is_err() || check_dose(&m.dose).is_err()
        {
            checked.problem(
                0,
                "medication_changes",
                tr.import_bad_medication(shown(&m.date), shown(&m.name)),
            );
        }
    }
    for d in &file.quiet_days {
        if !date_ok(d) {
            checked.problem(0, "quiet_days", tr.import_bad_quiet_day(shown(d)));
        }
    }
    if let Err(e) = file.settings.check() {
        checked.problem(0, "settings", e.in_language(tr).message);
    }
}

/// One episode row: the app's validation, known vocabulary keys, consistent times.
/// Its problems are `(field, message)`.
pub(crate) fn check_episode(
    f: &EpisodeFile,
    (id, now_s): (Uuid, i64),
    tr: &Tr,
    trigger_keys: &BTreeSet<&str>,
    relief_keys: &BTreeSet<&str>,
) -> Result<Episode, Vec<(String, String)>> {
    let input = EpisodeInput {
        kind: f.kind.clone(),
        started_at: f.started_at.clone(),
        duration_s: f.duration_s,
        count: f.count,
        intensity: f.intensity,
        locations: f.locations.clone(),
        triggers: f.triggers.clone(),
        reliefs: f.reliefs.clone(),
        associated: f.associated.clone(),
        woke_from_sleep: f.woke_from_sleep,
        set_off: f.set_off,
        notes: f.notes.clone(),
    };
    let one = |field: &str, message: String| vec![(field.to_string(), message)];
    let timing = match &f.timing {
        None => Timing::Exact,
        Some(code) => Timing::from_code(code)
            .ok_or_else(|| one("timing", tr.import_bad_timing(shown(code))))?,
    };
    let draft = draft_from_input(&input)
        .map(|mut d| {
            d.timing = timing;
            d.origin = f.origin.clone();
            d
        })
        .and_then(|d| validate_draft(&d, now_s).map(|()| d))
        .map_err(|errors| {
            errors
                .0
                .iter()
                .map(|e| {
                    let message = twinge_i18n::domain::validation_message(tr, e);
                    (e.field().to_string(), message)
                })
                .collect::<Vec<_>>()
        })?;
    if let Some(t) = draft
        .triggers
        .iter()
        .find(|t| !trigger_keys.contains(t.as_str()))
    {
        return Err(one("triggers", tr.import_unknown_trigger(shown(t))));
    }
    if let Some(r) = draft
        .reliefs
        .iter()
        .find(|r| !relief_keys.contains(r.relief.as_str()))
    {
        return Err(one("reliefs", tr.import_unknown_relief(shown(&r.relief))));
    }
    if f.created_at_ms < 0
        || f.updated_at_ms < f.created_at_ms
        || f.deleted_at_ms.is_some_and(|d| d < 0)
    {
        return Err(one("updated_at_ms", tr.import_bad_times()));
    }
    Ok(Episode {
        id,
        draft,
        created_at_ms: f.created_at_ms,
        updated_at_ms: f.updated_at_ms,
        deleted_at_ms: f.deleted_at_ms,
    })
}
