//! Export and import: a versioned JSON file with everything (lossless), and CSV
//! with one row per episode for spreadsheets. Import validates every row with the
//! same rules as the app, reports a dry-run summary, and writes all or nothing in
//! one transaction, idempotent by episode id (the newer `updated_at` wins).

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::{validate_draft, Episode};
use twinge_store::{Appointment, ImportWrite, MedicationChange, VocabKind};
use uuid::Uuid;

use crate::journal::draft_from_input;
use crate::records::parse_date;
use crate::{
    AppError, AppointmentDto, EpisodeInput, Journal, LocationInput, MedicationChangeDto,
    ReliefInput, Settings,
};

/// The JSON file's format name and version.
pub const FORMAT: &str = "twinge-journal";
pub const FORMAT_VERSION: u32 = 1;
/// Largest file accepted for import.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024 * 1024;
/// How many row errors an import report lists.
const MAX_LISTED_ERRORS: usize = 50;

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

/// An episode in the file: every field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EpisodeFile {
    pub id: String,
    pub kind: String,
    pub started_at: String,
    pub duration_s: Option<u32>,
    pub count: Option<u32>,
    pub intensity: i64,
    pub locations: Vec<LocationInput>,
    pub triggers: Vec<String>,
    pub reliefs: Vec<ReliefInput>,
    pub associated: Vec<String>,
    pub woke_from_sleep: bool,
    pub notes: String,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    pub deleted_at_ms: Option<i64>,
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
}

/// One problem in an import file, located by row (episode number or CSV line) and field.
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
    pub problems: Vec<ImportProblem>,
    pub problems_not_listed: u32,
}

/// How far an import has come: `stage` is "checking" or "writing".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportProgress {
    pub stage: String,
    pub done: u32,
    pub total: u32,
}

/// File formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    Json,
    Csv,
}

fn episode_file(e: &Episode) -> EpisodeFile {
    let d = &e.draft;
    EpisodeFile {
        id: e.id.to_string(),
        kind: d.kind.code().into(),
        started_at: d.started_at.to_rfc3339(),
        duration_s: d.duration_s,
        count: d.count,
        intensity: i64::from(d.intensity),
        locations: d
            .locations
            .iter()
            .map(|l| LocationInput {
                region: l.region.code().into(),
                side: l.side.code().into(),
            })
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
        notes: d.notes.clone(),
        created_at_ms: e.created_at_ms,
        updated_at_ms: e.updated_at_ms,
        deleted_at_ms: e.deleted_at_ms,
    }
}

const CSV_HEADER: [&str; 15] = [
    "id",
    "kind",
    "started_at",
    "duration_s",
    "count",
    "intensity",
    "locations",
    "triggers",
    "reliefs",
    "associated",
    "woke_from_sleep",
    "notes",
    "created_at_ms",
    "updated_at_ms",
    "deleted_at_ms",
];

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

impl Journal {
    /// The whole journal as a [`JournalFile`].
    pub fn export_file(&self) -> Result<JournalFile, AppError> {
        let v = self.vocabularies()?;
        let mut triggers: Vec<VocabFile> = v
            .triggers
            .into_iter()
            .map(|t| VocabFile {
                key: t.key,
                name: t.name,
                archived: t.archived,
                is_medication: false,
                dose: None,
            })
            .collect();
        triggers.sort_by(|a, b| a.key.cmp(&b.key));
        let mut reliefs: Vec<VocabFile> = v
            .reliefs
            .into_iter()
            .map(|r| VocabFile {
                key: r.key,
                name: r.name,
                archived: r.archived,
                is_medication: r.is_medication,
                dose: r.dose,
            })
            .collect();
        reliefs.sort_by(|a, b| a.key.cmp(&b.key));
        let mut appointments = self.appointments()?;
        appointments.sort_by(|a, b| a.id.cmp(&b.id));
        let mut medication_changes = self.medication_changes()?;
        medication_changes.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(JournalFile {
            format: FORMAT.into(),
            version: FORMAT_VERSION,
            settings: self.settings()?,
            triggers,
            reliefs,
            appointments,
            medication_changes,
            quiet_days: self.store().all_checkins()?,
            episodes: self
                .store()
                .all_episodes()?
                .iter()
                .map(episode_file)
                .collect(),
        })
    }

    /// The journal as bytes of the given format.
    pub fn export_bytes(&self, format: FileFormat) -> Result<Vec<u8>, AppError> {
        let internal = |e: &dyn std::fmt::Display| {
            AppError::new(
                "export_failed",
                format!("The export could not be written: {e}"),
            )
        };
        match format {
            FileFormat::Json => {
                let mut bytes =
                    serde_json::to_vec_pretty(&self.export_file()?).map_err(|e| internal(&e))?;
                bytes.push(b'\n');
                Ok(bytes)
            }
            FileFormat::Csv => {
                let (tnames, rnames) = self.vocab_names()?;
                let mut w = csv::Writer::from_writer(Vec::new());
                w.write_record(CSV_HEADER).map_err(|e| internal(&e))?;
                for e in self.store().all_episodes()? {
                    let f = episode_file(&e);
                    let name = |m: &HashMap<String, String>, k: &str| {
                        m.get(k).cloned().unwrap_or_else(|| k.to_string())
                    };
                    w.write_record([
                        f.id,
                        f.kind,
                        f.started_at,
                        opt(f.duration_s),
                        opt(f.count),
                        f.intensity.to_string(),
                        f.locations
                            .iter()
                            .map(|l| format!("{}:{}", l.region, l.side))
                            .collect::<Vec<_>>()
                            .join("; "),
                        f.triggers
                            .iter()
                            .map(|t| name(&tnames, t))
                            .collect::<Vec<_>>()
                            .join("; "),
                        f.reliefs
                            .iter()
                            .map(|r| format!("{}:{}", name(&rnames, &r.relief), r.helped))
                            .collect::<Vec<_>>()
                            .join("; "),
                        f.associated.join("; "),
                        if f.woke_from_sleep {
                            "yes".into()
                        } else {
                            "no".into()
                        },
                        f.notes,
                        f.created_at_ms.to_string(),
                        f.updated_at_ms.to_string(),
                        opt(f.deleted_at_ms),
                    ])
                    .map_err(|e| internal(&e))?;
                }
                w.into_inner().map_err(|e| internal(&e))
            }
        }
    }

    /// Imports a file (format told by `format`). With `dry_run`, nothing is written.
    /// Any rejected row makes the whole import refuse to write.
    pub fn import_bytes(
        &mut self,
        bytes: &[u8],
        format: FileFormat,
        dry_run: bool,
    ) -> Result<ImportSummary, AppError> {
        self.import_bytes_with_progress(bytes, format, dry_run, &mut |_| {})
    }

    /// [`Journal::import_bytes`], telling `progress` how far it has come (every 1,000 rows).
    pub fn import_bytes_with_progress(
        &mut self,
        bytes: &[u8],
        format: FileFormat,
        dry_run: bool,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportSummary, AppError> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(AppError::new(
                "import_too_large",
                format!(
                    "The file is too large to import ({} MB; at most {} MB).",
                    bytes.len() / 1_000_000,
                    MAX_IMPORT_BYTES / 1_000_000
                ),
            ));
        }
        let file = match format {
            FileFormat::Json => parse_json(bytes)?,
            FileFormat::Csv => self.parse_csv(bytes)?,
        };
        self.import_file(&file, dry_run, progress)
    }

    fn import_file(
        &mut self,
        file: &JournalFile,
        dry_run: bool,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportSummary, AppError> {
        let total = file.episodes.len() as u32;
        let mut report = |stage: &str, done: usize| {
            progress(ImportProgress {
                stage: stage.into(),
                done: done as u32,
                total,
            })
        };
        let mut summary = ImportSummary {
            dry_run,
            episodes_in_file: file.episodes.len() as u32,
            ..Default::default()
        };
        let mut problems: Vec<ImportProblem> = Vec::new();
        let mut problem = |row: u32, field: &str, message: String| {
            problems.push(ImportProblem {
                row,
                field: field.into(),
                message,
            });
        };

        // Vocabularies, records and settings.
        let known = self.vocabularies()?;
        let mut trigger_keys: BTreeSet<String> =
            known.triggers.iter().map(|t| t.key.clone()).collect();
        let mut relief_keys: BTreeSet<String> =
            known.reliefs.iter().map(|r| r.key.clone()).collect();
        for (list, keys, what) in [
            (&file.triggers, &mut trigger_keys, "triggers"),
            (&file.reliefs, &mut relief_keys, "reliefs"),
        ] {
            for v in list {
                let n = v.name.trim().chars().count();
                if v.key.trim().is_empty() || v.key.chars().count() > 60 || n == 0 || n > 60 {
                    problem(0, what, format!("The {what} list has an entry “{}” without a usable key and name (1 to 60 characters).", v.name));
                }
                keys.insert(v.key.clone());
            }
        }
        for a in &file.appointments {
            if parse_date("date", &a.date).is_err() || a.note.chars().count() > 2000 {
                problem(
                    0,
                    "appointments",
                    format!("The appointment dated “{}” is not valid.", a.date),
                );
            }
        }
        for m in &file.medication_changes {
            if parse_date("date", &m.date).is_err()
                || m.name.trim().is_empty()
                || m.name.chars().count() > 60
                || m.dose.chars().count() > 60
            {
                problem(
                    0,
                    "medication_changes",
                    format!(
                        "The medication change “{}” on “{}” is not valid.",
                        m.name, m.date
                    ),
                );
            }
        }
        for d in &file.quiet_days {
            if parse_date("date", d).is_err() {
                problem(0, "quiet_days", format!("“{d}” is not a date."));
            }
        }
        if file.settings.display_name.chars().count() > 100 {
            problem(
                0,
                "settings",
                "The display name is longer than 100 characters.".into(),
            );
        }

        // Episodes.
        let now_s = self.clock().now_ms().div_euclid(1000);
        let mut seen_ids = BTreeSet::new();
        let mut parsed: Vec<(u32, Episode)> = Vec::with_capacity(file.episodes.len());
        for (i, f) in file.episodes.iter().enumerate() {
            if i % 1000 == 0 {
                report("checking", i);
            }
            let row = i as u32 + 1;
            let id = match Uuid::parse_str(&f.id) {
                Ok(id) => id,
                Err(_) => {
                    problem(row, "id", format!("“{}” is not an episode id.", f.id));
                    continue;
                }
            };
            if !seen_ids.insert(id) {
                problem(row, "id", format!("The id {id} appears twice in the file."));
                continue;
            }
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
                notes: f.notes.clone(),
            };
            let draft = match draft_from_input(&input)
                .and_then(|d| validate_draft(&d, now_s).map(|()| d))
            {
                Ok(d) => d,
                Err(errors) => {
                    for e in errors.0 {
                        problem(row, e.field(), crate::error::sentence(&e.to_string()));
                    }
                    continue;
                }
            };
            if let Some(t) = draft.triggers.iter().find(|t| !trigger_keys.contains(*t)) {
                problem(
                    row,
                    "triggers",
                    format!("The trigger “{t}” is not in the file's or this journal's list."),
                );
                continue;
            }
            if let Some(r) = draft
                .reliefs
                .iter()
                .find(|r| !relief_keys.contains(&r.relief))
            {
                problem(
                    row,
                    "reliefs",
                    format!(
                        "“{}” is not in the file's or this journal's list of what helps.",
                        r.relief
                    ),
                );
                continue;
            }
            if f.created_at_ms < 0
                || f.updated_at_ms < f.created_at_ms
                || f.deleted_at_ms.is_some_and(|d| d < 0)
            {
                problem(
                    row,
                    "updated_at_ms",
                    "The episode's times are not consistent (created after updated, or negative)."
                        .into(),
                );
                continue;
            }
            parsed.push((
                row,
                Episode {
                    id,
                    draft,
                    created_at_ms: f.created_at_ms,
                    updated_at_ms: f.updated_at_ms,
                    deleted_at_ms: f.deleted_at_ms,
                },
            ));
        }
        let rejected_rows: BTreeSet<u32> =
            problems.iter().map(|p| p.row).filter(|r| *r > 0).collect();
        summary.rejected = rejected_rows.len() as u32;

        // Compare with what is here.
        let mut write = ImportWrite::default();
        let here_ids = self.store().episode_ids()?;
        for (_, e) in &parsed {
            let here = if here_ids.contains(&e.id) {
                self.store().get_episode(e.id)?
            } else {
                None
            };
            match here {
                None => {
                    summary.new += 1;
                    write.new.push(e);
                }
                Some(here) if here == *e => summary.unchanged += 1,
                Some(here) if e.updated_at_ms > here.updated_at_ms => {
                    summary.updated += 1;
                    write.replace.push(e);
                }
                Some(_) => summary.kept_newer_here += 1,
            }
        }
        summary.problems_not_listed = problems.len().saturating_sub(MAX_LISTED_ERRORS) as u32;
        problems.truncate(MAX_LISTED_ERRORS);
        let refuse = !problems.is_empty() || summary.problems_not_listed > 0;
        summary.problems = problems;
        if dry_run || refuse {
            return Ok(summary);
        }

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
                })?;
            }
            for m in &file.medication_changes {
                s.upsert_medication_change(&MedicationChange {
                    id: m.id.clone(),
                    date: m.date.clone(),
                    name: m.name.clone(),
                    dose: m.dose.clone(),
                    change: serde_json::to_value(m.change)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    note: m.note.clone(),
                })?;
            }
            for d in &file.quiet_days {
                s.set_checkin(d, 0)?;
            }
            s.write_imported(&write, &mut |done| report("writing", done))?;
            if file.format == FORMAT {
                let st = &file.settings;
                s.set_setting("display_name", st.display_name.trim())?;
                for (key, value) in [
                    ("theme", serde_json::to_value(st.theme)),
                    ("week_start", serde_json::to_value(st.week_start)),
                ] {
                    if let Some(v) = value.ok().and_then(|v| v.as_str().map(str::to_string)) {
                        s.set_setting(key, &v)?;
                    }
                }
            }
            Ok(())
        })?;
        self.store_mut().reconnect()?;
        summary.written = true;
        Ok(summary)
    }

    /// Reads CSV rows into a journal file; trigger and relief names become keys
    /// (new names join the vocabulary).
    fn parse_csv(&self, bytes: &[u8]) -> Result<JournalFile, AppError> {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(bytes);
        let header = r
            .headers()
            .map_err(|e| bad_file(&format!("its first line could not be read ({e})")))?
            .clone();
        let col = |name: &str| header.iter().position(|h| h.trim() == name);
        let required = ["kind", "started_at", "intensity", "locations"];
        for name in required {
            if col(name).is_none() {
                return Err(bad_file(&format!("it has no “{name}” column; the first line must name the columns (id, kind, started_at, intensity, locations, …)")));
            }
        }
        let (tnames, rnames) = self.vocab_names()?;
        let by_name = |m: &HashMap<String, String>, text: &str| -> String {
            let t = text.trim();
            m.iter()
                .find(|(k, n)| k.as_str() == t || n.eq_ignore_ascii_case(t))
                .map(|(k, _)| k.clone())
                .unwrap_or_else(|| twinge_core::slug(t))
        };
        let mut file = JournalFile {
            format: "twinge-csv".into(),
            version: FORMAT_VERSION,
            settings: self.settings()?,
            triggers: vec![],
            reliefs: vec![],
            appointments: vec![],
            medication_changes: vec![],
            quiet_days: vec![],
            episodes: vec![],
        };
        let mut new_triggers: HashMap<String, String> = HashMap::new();
        let mut new_reliefs: HashMap<String, String> = HashMap::new();
        let now = self.clock().now_ms();
        for (i, rec) in r.records().enumerate() {
            let line = i as u32 + 2;
            let rec = rec.map_err(|e| bad_file(&format!("line {line} could not be read ({e})")))?;
            let get = |name: &str| {
                col(name)
                    .and_then(|c| rec.get(c))
                    .unwrap_or("")
                    .trim()
                    .to_string()
            };
            let list = |name: &str| -> Vec<String> {
                get(name)
                    .split(';')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            let num = |name: &str| -> Result<Option<i64>, AppError> {
                let v = get(name);
                if v.is_empty() {
                    return Ok(None);
                }
                v.parse::<i64>().map(Some).map_err(|_| {
                    bad_file(&format!(
                        "line {line}: “{v}” in column {name} is not a whole number"
                    ))
                })
            };
            let triggers = list("triggers")
                .into_iter()
                .map(|t| {
                    let key = by_name(&tnames, &t);
                    if !tnames.contains_key(&key) {
                        new_triggers.entry(key.clone()).or_insert(t);
                    }
                    key
                })
                .collect();
            let mut reliefs = Vec::new();
            for item in list("reliefs") {
                let (name, helped) = match item.rsplit_once(':') {
                    Some((n, h)) => (
                        n.trim().to_string(),
                        h.trim().parse::<i64>().map_err(|_| {
                            bad_file(&format!(
                                "line {line}: “{item}” in column reliefs is not name:0-3"
                            ))
                        })?,
                    ),
                    None => (item.clone(), 0),
                };
                let key = by_name(&rnames, &name);
                if !rnames.contains_key(&key) {
                    new_reliefs.entry(key.clone()).or_insert(name);
                }
                reliefs.push(ReliefInput {
                    relief: key,
                    helped,
                });
            }
            let mut locations = Vec::new();
            for item in list("locations") {
                let (region, side) = item.split_once(':').unwrap_or((item.as_str(), "centre"));
                locations.push(LocationInput {
                    region: region.trim().into(),
                    side: side.trim().into(),
                });
            }
            let id = get("id");
            let created = num("created_at_ms")?.unwrap_or(now);
            file.episodes.push(EpisodeFile {
                id: if id.is_empty() {
                    Uuid::now_v7().to_string()
                } else {
                    id
                },
                kind: get("kind"),
                started_at: get("started_at"),
                duration_s: num("duration_s")?.map(|v| v.clamp(0, i64::from(u32::MAX)) as u32),
                count: num("count")?.map(|v| v.clamp(0, i64::from(u32::MAX)) as u32),
                intensity: num("intensity")?.unwrap_or(-1),
                locations,
                triggers,
                reliefs,
                associated: list("associated"),
                woke_from_sleep: matches!(
                    get("woke_from_sleep").to_lowercase().as_str(),
                    "yes" | "true" | "1" | "y"
                ),
                notes: get("notes"),
                created_at_ms: created,
                updated_at_ms: num("updated_at_ms")?.unwrap_or(created),
                deleted_at_ms: num("deleted_at_ms")?,
            });
        }
        file.triggers = new_vocab_entries(new_triggers);
        file.reliefs = new_vocab_entries(new_reliefs);
        Ok(file)
    }
}

/// Vocabulary entries met for the first time in a CSV file, sorted by key.
fn new_vocab_entries(found: HashMap<String, String>) -> Vec<VocabFile> {
    let mut entries: Vec<_> = found.into_iter().collect();
    entries.sort();
    entries
        .into_iter()
        .map(|(key, name)| VocabFile {
            key,
            name,
            archived: false,
            is_medication: false,
            dose: None,
        })
        .collect()
}

fn bad_file(why: &str) -> AppError {
    AppError::new(
        "bad_import_file",
        format!("This file cannot be imported: {why}. Nothing was changed."),
    )
}

fn parse_json(bytes: &[u8]) -> Result<JournalFile, AppError> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| bad_file(&format!("it is not a complete JSON file ({e})")))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        _ => {
            return Err(bad_file(
                "it is not a Twinge journal export (no \"format\": \"twinge-journal\")",
            ))
        }
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(FORMAT_VERSION) => {}
        Some(v) if v > u64::from(FORMAT_VERSION) => {
            return Err(bad_file(&format!(
                "it was written by a newer Twinge (format version {v}); update Twinge to import it"
            )))
        }
        _ => return Err(bad_file("its format version is missing or unknown")),
    }
    serde_json::from_value(value)
        .map_err(|e| bad_file(&format!("it does not have the expected shape ({e})")))
}
