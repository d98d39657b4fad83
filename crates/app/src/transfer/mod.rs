//! Export and import: a versioned JSON file with everything (lossless), and CSV
//! with one row per episode for spreadsheets.
//!
//! An import runs in four steps, one module each: the format module reads the
//! bytes into a [`JournalFile`] ([`json`], [`csv`]); [`check`] validates every row
//! with the same rules as the app; [`plan`] compares each episode with the one here
//! (new, newer, unchanged, or newer here and kept); [`apply`] writes the plan in one
//! transaction. Nothing is written while any row has a problem, and importing the
//! same file twice changes nothing the second time.

mod apply;
mod cells;
mod check;
pub(crate) use check::check_episode;
mod csv;
pub(crate) use sheet::{is_twinge_header, loose};
mod rows;
mod sheet;
pub(crate) use rows::{key_for, rows_file};
mod days;
mod json;
mod plan;
mod read;

pub use read::FileFormat;
pub(crate) use read::{decode, read_import, separator, too_large};

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::Episode;

use crate::{
    AppError, AppointmentDto, Journal, LocationInput, MedicationChangeDto, ReliefInput, Settings,
};

/// The JSON file's format name and version.
pub const FORMAT: &str = "twinge-journal";
pub const FORMAT_VERSION: u32 = 5;
/// The oldest version still read (version 1 had no check-ins, version 2 no day
/// ratings, version 3 no imported episodes: an episode's timing, unknown intensity and
/// origin, version 4 no way an episode started).
pub const OLDEST_FORMAT_VERSION: u32 = 1;

pub use days::{CheckinFile, FactorFile};
/// Largest file accepted for import.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024 * 1024;

/// A trigger or relief in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabFile {
    pub key: String,
    pub name: String,
    #[serde(default)]
    pub archived: bool,
    #[serde(default)]
    pub is_medication: bool,
    #[serde(default)]
    pub dose: Option<String>,
}

impl From<crate::VocabEntryDto> for VocabFile {
    fn from(e: crate::VocabEntryDto) -> Self {
        Self {
            key: e.key,
            name: e.name,
            archived: e.archived,
            is_medication: e.is_medication,
            dose: e.dose,
        }
    }
}

/// An episode in the file: every field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EpisodeFile {
    pub id: String,
    pub kind: String,
    pub started_at: String,
    pub duration_s: Option<u32>,
    pub count: Option<u32>,
    /// Null: an imported episode its source did not rate (version 4).
    pub intensity: Option<i64>,
    /// A part of the day or `day` for an imported episode without a clock time; left
    /// out for a clock time (version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<String>,
    /// Where an imported episode came from (version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<twinge_core::Origin>,
    pub locations: Vec<LocationInput>,
    pub triggers: Vec<String>,
    pub reliefs: Vec<ReliefInput>,
    pub associated: Vec<String>,
    pub woke_from_sleep: bool,
    /// Set off by touch or movement (version 5; older files: not said).
    #[serde(default)]
    pub set_off: bool,
    pub notes: String,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    pub deleted_at_ms: Option<i64>,
}

impl EpisodeFile {
    fn of(e: &Episode) -> EpisodeFile {
        let d = &e.draft;
        EpisodeFile {
            id: e.id.to_string(),
            kind: d.kind.code().into(),
            started_at: d.started_at.to_rfc3339(),
            duration_s: d.duration_s,
            count: d.count,
            intensity: d.intensity.map(i64::from),
            timing: (!d.timing.has_hour()).then(|| d.timing.code().to_string()),
            origin: d.origin.clone(),
            locations: d
                .locations
                .iter()
                .map(|&l| LocationInput::from(l))
                .collect(),
            triggers: d.triggers.clone(),
            reliefs: d
                .reliefs
                .iter()
                .map(|r| ReliefInput {
                    relief: r.relief.clone(),
                    helped: i64::from(r.helped),
                })
                .collect(),
            associated: d.associated.iter().map(|a| a.code().to_string()).collect(),
            woke_from_sleep: d.woke_from_sleep,
            set_off: d.set_off,
            notes: d.notes.clone(),
            created_at_ms: e.created_at_ms,
            updated_at_ms: e.updated_at_ms,
            deleted_at_ms: e.deleted_at_ms,
        }
    }
}

/// The whole journal as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JournalFile {
    pub format: String,
    pub version: u32,
    pub settings: Settings,
    pub triggers: Vec<VocabFile>,
    pub reliefs: Vec<VocabFile>,
    pub appointments: Vec<AppointmentDto>,
    pub medication_changes: Vec<MedicationChangeDto>,
    pub quiet_days: Vec<String>,
    pub episodes: Vec<EpisodeFile>,
    /// Day-level factors and daily check-ins (from format version 2).
    #[serde(default)]
    pub factors: Vec<FactorFile>,
    #[serde(default)]
    pub checkins: Vec<CheckinFile>,
    /// Another app's diary: the file whose earlier import this one replaces (never in
    /// a file; set by the import).
    #[serde(skip)]
    pub replaces: Option<String>,
    /// Read from rows (a CSV, another app's diary): each episode's line in that file,
    /// which a problem names rather than the episode's number (never in a file).
    #[serde(skip)]
    pub lines: Vec<u32>,
}

/// One problem in an import file, located by row (the episode's number in a JSON file,
/// its line in a CSV or another app's diary) and field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportProblem {
    pub row: u32,
    pub field: String,
    pub message: String,
}

/// What an import did, or would do (dry run).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportSummary {
    pub dry_run: bool,
    pub written: bool,
    pub episodes_in_file: u32,
    pub new: u32,
    pub unchanged: u32,
    /// Replaced by the file's newer version.
    pub updated: u32,
    /// Both sides changed and this journal's version is newer: kept.
    pub kept_newer_here: u32,
    pub rejected: u32,
    /// Daily check-ins in the file.
    pub checkins_in_file: u32,
    pub problems: Vec<ImportProblem>,
    pub problems_not_listed: u32,
    /// The file's settings that differ from this journal's, each in words ("Lock when
    /// not used: never (here: after 15 minutes)"); taken only when asked for.
    pub settings_differ: Vec<String>,
    /// Whether this import took the file's settings.
    pub settings_taken: bool,
}

/// How far an import has come: `stage` is "checking" or "writing".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportProgress {
    pub stage: String,
    pub done: u32,
    pub total: u32,
}

/// The error for a file that cannot be read as an import at all.
fn bad_file(why: impl Fn(&crate::Tr) -> String + Send + Sync + 'static) -> AppError {
    AppError::say("bad_import_file", move |tr| tr.import_bad_file(why(tr)))
}

pub(crate) use crate::error::shown;

impl Journal {
    /// The whole journal as a [`JournalFile`].
    pub fn export_file(&self) -> Result<JournalFile, AppError> {
        let v = self.vocabularies()?;
        let vocab = |entries: Vec<crate::VocabEntryDto>| {
            let mut list: Vec<VocabFile> = entries.into_iter().map(VocabFile::from).collect();
            list.sort_by(|a, b| a.key.cmp(&b.key));
            list
        };
        let mut appointments = self.appointments()?;
        appointments.sort_by(|a, b| a.id.cmp(&b.id));
        let mut medication_changes = self.medication_changes()?;
        medication_changes.sort_by(|a, b| a.id.cmp(&b.id));
        let (factors, checkins) = self.export_days()?;
        Ok(JournalFile {
            format: FORMAT.into(),
            version: FORMAT_VERSION,
            settings: self.settings()?,
            triggers: vocab(v.triggers),
            reliefs: vocab(v.reliefs),
            appointments,
            medication_changes,
            quiet_days: self.store().all_quiet_days()?,
            episodes: self
                .store()
                .all_episodes()?
                .iter()
                .map(EpisodeFile::of)
                .collect(),
            factors,
            checkins,
            replaces: None,
            lines: vec![],
        })
    }

    /// The journal as bytes of the given format.
    pub fn export_bytes(&self, format: FileFormat) -> Result<Vec<u8>, AppError> {
        match format {
            FileFormat::Json => json::write(&self.export_file()?),
            FileFormat::Csv => {
                // A spreadsheet gets the journal as it stands: no deleted episodes.
                let live: Vec<Episode> = self
                    .store()
                    .all_episodes()?
                    .into_iter()
                    .filter(|e| e.deleted_at_ms.is_none())
                    .collect();
                let (factors, checkins) = self.export_days()?;
                let factor_names = factors.into_iter().map(|f| (f.key, f.name)).collect();
                let tr = self.tr();
                let names = self.vocab_names()?.in_language(&tr);
                csv::write((&live, &checkins), &names, &factor_names, &tr)
            }
        }
    }

    /// What importing these bytes would do; nothing is written.
    pub fn preview_import(
        &self,
        bytes: &[u8],
        format: FileFormat,
    ) -> Result<ImportSummary, AppError> {
        self.preview_journal_file(&self.read_file(bytes, format)?)
    }

    /// What importing a file already read would do; nothing is written.
    pub(crate) fn preview_journal_file(
        &self,
        file: &JournalFile,
    ) -> Result<ImportSummary, AppError> {
        let checked = self.check_import(file, &mut |_| {})?;
        let mut summary = self.plan_import(&checked)?.preview_summary();
        summary.settings_differ = self.settings_differ(file)?;
        Ok(summary)
    }

    /// The file's settings that differ from the journal's, in words (a JSON export has
    /// settings; a CSV file none).
    fn settings_differ(&self, file: &JournalFile) -> Result<Vec<String>, AppError> {
        Ok(match file.format == FORMAT {
            true => file.settings.differences(&self.settings()?, &self.tr()),
            false => Vec::new(),
        })
    }

    /// Imports these bytes, leaving the journal's settings as they are. Any rejected row
    /// makes the whole import refuse to write.
    pub fn import(&mut self, bytes: &[u8], format: FileFormat) -> Result<ImportSummary, AppError> {
        self.import_with_progress(bytes, format, false, &mut |_| {})
    }

    /// [`Journal::import`], also taking the file's settings when `with_settings`, and
    /// telling `progress` how far it has come (every 1,000 rows).
    pub fn import_with_progress(
        &mut self,
        bytes: &[u8],
        format: FileFormat,
        with_settings: bool,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportSummary, AppError> {
        let file = self.read_file(bytes, format)?;
        self.import_journal_file(&file, with_settings, progress)
    }

    /// Imports a file already read: all of it, or nothing when a row has a problem.
    pub(crate) fn import_journal_file(
        &mut self,
        file: &JournalFile,
        with_settings: bool,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportSummary, AppError> {
        let checked = self.check_import(file, progress)?;
        let plan = self.plan_import(&checked)?;
        let mut summary = plan.import_summary();
        summary.settings_differ = self.settings_differ(file)?;
        if summary.problems.is_empty() && summary.problems_not_listed == 0 {
            self.apply_import(file, &checked, &plan, with_settings, progress)?;
            summary.written = true;
            summary.settings_taken = with_settings && !summary.settings_differ.is_empty();
        }
        Ok(summary)
    }

    /// [`Journal::preview_import`] of a file; `format` defaults to what its name says.
    pub fn preview_import_path(
        &self,
        path: &Path,
        format: Option<FileFormat>,
    ) -> Result<ImportSummary, AppError> {
        let (bytes, format) = read_import(path, format)?;
        self.preview_import(&bytes, format)
    }

    /// [`Journal::import_with_progress`] of a file; `format` defaults to what its name says.
    pub fn import_path(
        &mut self,
        path: &Path,
        format: Option<FileFormat>,
        with_settings: bool,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportSummary, AppError> {
        let (bytes, format) = read_import(path, format)?;
        self.import_with_progress(&bytes, format, with_settings, progress)
    }

    fn read_file(&self, bytes: &[u8], format: FileFormat) -> Result<JournalFile, AppError> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(too_large(bytes.len() as u64));
        }
        match format {
            FileFormat::Json => json::parse(bytes),
            FileFormat::Csv => self.parse_csv(bytes),
        }
    }
}
