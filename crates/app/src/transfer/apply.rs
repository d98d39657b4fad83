//! Writes a planned import in one transaction: vocabularies, records, episodes and
//! (for a JSON export) settings all land, or nothing does.

use twinge_store::{Appointment, ImportWrite, MedicationChange, VocabKind};

use super::check::Checked;
use super::days::write_days;
use super::plan::ImportPlan;
use super::{ImportProgress, JournalFile, FORMAT};
use crate::{AppError, Journal};

impl Journal {
    pub(super) fn apply_import(
        &mut self,
        file: &JournalFile,
        checked: &Checked,
        plan: &ImportPlan<'_>,
        with_settings: bool,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<(), AppError> {
        let total = file.episodes.len() as u32;
        let write = ImportWrite {
            new: plan.new.clone(),
            replace: plan.replace.clone(),
        };
        self.store_mut().in_transaction(|s| {
            for (list, kind) in [
                (&file.triggers, VocabKind::Trigger),
                (&file.reliefs, VocabKind::Relief),
            ] {
                for v in list {
                    s.upsert_vocab(
                        kind,
                        &v.key,
                        v.name.trim(),
                        v.archived,
                        v.is_medication,
                        v.dose.as_deref(),
                    )?;
                }
            }
            for a in &file.appointments {
                s.upsert_appointment(&Appointment {
                    id: a.id.clone(),
                    date: a.date.clone(),
                    note: a.note.clone(),
                    pgic: a.pgic.map(|p| p.code().to_string()),
                })?;
            }
            for m in &file.medication_changes {
                s.upsert_medication_change(&MedicationChange {
                    id: m.id.clone(),
                    date: m.date.clone(),
                    name: m.name.clone(),
                    dose: m.dose.clone(),
                    change: m.change.code().to_string(),
                    note: m.note.clone(),
                })?;
            }
            for d in &file.quiet_days {
                s.set_quiet_day(d, 0)?;
            }
            if let Some(origin_file) = &file.replaces {
                let keep = file.episodes.iter().map(|e| e.id.clone()).collect();
                s.remove_imported_from(origin_file, &keep)?;
            }
            s.write_imported(&write, &mut |done| {
                progress(ImportProgress {
                    stage: "writing".into(),
                    done: done as u32,
                    total,
                })
            })?;
            write_days(s, checked)?;
            // The journal keeps its own settings unless the person chose the file's.
            if file.format == FORMAT && with_settings {
                file.settings.write(s)?;
            }
            Ok(())
        })?;
        self.store_mut().reconnect()?;
        Ok(())
    }
}
