//! Appointments, medication changes, quiet days and vocabulary management (the field
//! rules they share with every entry path are in rules.rs).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::{MedChange, Pgic};
use twinge_store::{Appointment, MedicationChange, VocabKind};

pub(crate) use crate::rules::{
    check_display_name, check_dose, check_name, check_note, parse_date, parse_record_date,
};
pub use crate::rules::{FIRST_RECORD_YEAR, MAX_DISPLAY_NAME_CHARS};
use crate::{AppError, Journal, VocabEntryDto};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppointmentDto {
    pub id: String,
    /// Local date, `YYYY-MM-DD`.
    pub date: String,
    pub note: String,
    /// The patient's answer to the Patient Global Impression of Change, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub pgic: Option<Pgic>,
}

/// A new appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AppointmentInput {
    pub date: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    #[ts(optional)]
    pub pgic: Option<Pgic>,
}

/// A medication started, changed or stopped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MedicationChangeDto {
    pub id: String,
    pub date: String,
    pub name: String,
    pub dose: String,
    pub change: MedChange,
    pub note: String,
}

/// A new medication change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MedicationChangeInput {
    pub date: String,
    pub name: String,
    #[serde(default)]
    pub dose: String,
    pub change: MedChange,
    #[serde(default)]
    pub note: String,
}

/// Which vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VocabKindDto {
    Trigger,
    Relief,
}

impl From<VocabKindDto> for VocabKind {
    fn from(k: VocabKindDto) -> Self {
        match k {
            VocabKindDto::Trigger => VocabKind::Trigger,
            VocabKindDto::Relief => VocabKind::Relief,
        }
    }
}

/// A new trigger or relief (a medication has a dose).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct VocabAddInput {
    pub kind: VocabKindDto,
    pub name: String,
    #[serde(default)]
    pub is_medication: bool,
    #[serde(default)]
    pub dose: Option<String>,
}

/// A change to a vocabulary entry: a new name, archived or restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct VocabEditInput {
    pub kind: VocabKindDto,
    pub key: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub archived: Option<bool>,
}

impl Journal {
    /// The latest local date that can be "today" anywhere on Earth now.
    pub(crate) fn latest_today(&self) -> time::Date {
        let now_s = self.clock().now_ms().div_euclid(1000) + 14 * 3600;
        time::OffsetDateTime::from_unix_timestamp(now_s)
            .map(|t| t.date())
            .unwrap_or(time::Date::MAX)
    }

    pub fn appointments(&self) -> Result<Vec<AppointmentDto>, AppError> {
        Ok(self
            .store()
            .appointments()?
            .into_iter()
            .map(appointment_dto)
            .collect())
    }

    /// The appointment on a local date (`YYYY-MM-DD`), if one is recorded: the Log tab
    /// asks the PGIC on its day.
    pub(crate) fn appointment_on(&self, date: &str) -> Result<Option<AppointmentDto>, AppError> {
        Ok(self.appointments()?.into_iter().find(|a| a.date == date))
    }

    /// Keeps the patient's answer to the Patient Global Impression of Change on an
    /// appointment (asked on its day, and before a report is made); a new answer
    /// replaces the one before.
    pub fn answer_pgic(&mut self, id: &str, pgic: Pgic) -> Result<AppointmentDto, AppError> {
        let mut a = self
            .store()
            .appointments()?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| {
                let id = id.to_string();
                AppError::say("not_found", move |tr| {
                    tr.failure_no_such_appointment(id.as_str())
                })
            })?;
        a.pgic = Some(pgic.code().to_string());
        self.store_mut().upsert_appointment(&a)?;
        Ok(appointment_dto(a))
    }

    pub fn add_appointment(
        &mut self,
        input: &AppointmentInput,
    ) -> Result<AppointmentDto, AppError> {
        let date = parse_record_date("date", &input.date, self.latest_today())?;
        check_note(&input.note)?;
        let a = Appointment {
            id: self.new_id().to_string(),
            date: date.to_string(),
            note: input.note.trim().to_string(),
            pgic: input.pgic.map(|p| p.code().to_string()),
        };
        self.store_mut().add_appointment(&a)?;
        Ok(AppointmentDto {
            id: a.id,
            date: a.date,
            note: a.note,
            pgic: input.pgic,
        })
    }

    pub fn delete_appointment(&mut self, id: &str) -> Result<(), AppError> {
        Ok(self.store_mut().delete_appointment(id)?)
    }

    pub fn medication_changes(&self) -> Result<Vec<MedicationChangeDto>, AppError> {
        Ok(self
            .store()
            .medication_changes()?
            .into_iter()
            .map(|m| MedicationChangeDto {
                id: m.id,
                date: m.date,
                name: m.name,
                dose: m.dose,
                change: MedChange::from_code(&m.change).unwrap_or(MedChange::Changed),
                note: m.note,
            })
            .collect())
    }

    pub fn add_medication_change(
        &mut self,
        input: &MedicationChangeInput,
    ) -> Result<MedicationChangeDto, AppError> {
        let date = parse_record_date("date", &input.date, self.latest_today())?;
        let name = check_name("name", &input.name)?;
        check_dose(&input.dose)?;
        check_note(&input.note)?;
        let m = MedicationChange {
            id: self.new_id().to_string(),
            date: date.to_string(),
            name,
            dose: input.dose.trim().to_string(),
            change: input.change.code().to_string(),
            note: input.note.trim().to_string(),
        };
        self.store_mut().add_medication_change(&m)?;
        Ok(MedicationChangeDto {
            id: m.id,
            date: m.date,
            name: m.name,
            dose: m.dose,
            change: input.change,
            note: m.note,
        })
    }

    pub fn delete_medication_change(&mut self, id: &str) -> Result<(), AppError> {
        Ok(self.store_mut().delete_medication_change(id)?)
    }

    /// Marks a local date as having no episodes.
    pub fn mark_quiet_day(&mut self, date: &str) -> Result<(), AppError> {
        let d = parse_record_date("date", date, self.latest_today())?;
        if d > self.latest_today() {
            return Err(AppError::field("date", "date_in_future", |tr| {
                tr.failure_quiet_future()
            }));
        }
        let day = twinge_core::insights::day_of_date(d);
        let logged = self.episodes_on(&d.to_string())?;
        if logged > 0 {
            let today = d.to_string() == self.today();
            return Err(AppError::field("date", "day_has_episodes", move |tr| {
                let day = twinge_i18n::domain::full_date(tr, day);
                tr.failure_day_has_episodes(logged, day, if today { "today" } else { "day" })
            }));
        }
        let now = self.clock().now_ms();
        self.store_mut().set_quiet_day(&d.to_string(), now)?;
        self.note_recorded(&d.to_string());
        Ok(())
    }

    /// How many live episodes a local date has.
    pub(crate) fn episodes_on(&self, date: &str) -> Result<u32, AppError> {
        let day = twinge_core::insights::day_of_date(parse_date("date", date)?);
        let period = twinge_core::insights::Period {
            first_day: day,
            last_day: day,
        };
        Ok(self.store().aggregates(period, 0)?.total)
    }

    /// Removes the "no episodes" mark of a local date.
    pub fn clear_quiet_day(&mut self, date: &str) -> Result<(), AppError> {
        let d = parse_date("date", date)?;
        Ok(self.store_mut().clear_quiet_day(&d.to_string())?)
    }

    /// Whether a local date is marked as having no episodes.
    pub fn is_quiet_day(&self, date: &str) -> Result<bool, AppError> {
        let d = parse_date("date", date)?;
        Ok(self.store().is_quiet_day(&d.to_string())?)
    }

    /// Adds a trigger or relief (or medication) to its vocabulary.
    pub fn add_vocab(&mut self, input: &VocabAddInput) -> Result<VocabEntryDto, AppError> {
        let name = check_name("name", &input.name)?;
        let dose = input
            .dose
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty());
        check_dose(dose.unwrap_or_default())?;
        let key = match input.kind {
            VocabKindDto::Trigger => {
                let key = self.store().ensure_trigger(&name)?;
                self.store_mut().restore_vocab(VocabKind::Trigger, &key)?;
                key
            }
            VocabKindDto::Relief => {
                self.store_mut()
                    .add_relief(&name, input.is_medication, dose)?
            }
        };
        self.vocab_entry(input.kind, &key)
    }

    /// Renames, archives or restores a vocabulary entry. Nothing is deleted.
    pub fn edit_vocab(&mut self, input: &VocabEditInput) -> Result<VocabEntryDto, AppError> {
        let kind: VocabKind = input.kind.into();
        if let Some(name) = &input.name {
            let name = check_name("name", name)?;
            if self.store().vocab_name_taken(kind, &input.key, &name)? {
                let name = name.to_string();
                return Err(AppError::field("name", "name_taken", move |tr| {
                    tr.failure_name_taken(name.as_str())
                }));
            }
            self.store_mut().rename_vocab(kind, &input.key, &name)?;
        }
        if let Some(archived) = input.archived {
            self.store_mut()
                .set_vocab_archived(kind, &input.key, archived)?;
        }
        self.vocab_entry(input.kind, &input.key)
    }

    fn vocab_entry(&self, kind: VocabKindDto, key: &str) -> Result<VocabEntryDto, AppError> {
        let v = self.vocabularies()?;
        let list = match kind {
            VocabKindDto::Trigger => v.triggers,
            VocabKindDto::Relief => v.reliefs,
        };
        list.into_iter()
            .find(|e| e.key == key)
            .ok_or_else(|| AppError::say("not_found", |tr| tr.failure_entry_gone()))
    }
}

fn appointment_dto(a: Appointment) -> AppointmentDto {
    AppointmentDto {
        pgic: a.pgic.as_deref().and_then(Pgic::from_code),
        id: a.id,
        date: a.date,
        note: a.note,
    }
}
