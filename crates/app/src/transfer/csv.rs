//! The CSV export: one row per episode for spreadsheets, its columns and values in words
//! of the person's language (names instead of keys, places and symptoms as the app says
//! them; see sheet.rs). Reading it back turns names into keys (new names join the
//! vocabulary) and fills what a hand-made sheet leaves out (id, creation time).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use twinge_core::Episode;

use super::cells::{items, read_cell, write_cell};
use super::rows::rows_file;
use super::sheet::{self, factor_item, is_twinge_header, said_yes, vocab_key, REQUIRED};
use super::{bad_file, shown, CheckinFile, EpisodeFile, JournalFile};
use crate::names::VocabNames;
use crate::CheckinFactor;
use crate::{AppError, Journal, ReliefInput};
use twinge_i18n::domain::{self, Seeded};
use twinge_i18n::Tr;

/// One CSV row; the field names are the column names, in this order.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct CsvRow {
    #[serde(rename = "Id", alias = "id")]
    id: String,
    #[serde(rename = "Kind", alias = "kind")]
    kind: String,
    #[serde(rename = "Start", alias = "started_at")]
    started_at: String,
    #[serde(rename = "Duration (s)", alias = "duration_s")]
    duration_s: Option<i64>,
    #[serde(rename = "Twitches in the burst", alias = "count")]
    count: Option<i64>,
    #[serde(rename = "Intensity 0–10", alias = "intensity")]
    intensity: Option<i64>,
    /// Places in words, `; ` between them ("Calf, left; Lower back"); also read: the
    /// older `region:side` codes.
    #[serde(rename = "Where", alias = "locations")]
    locations: String,
    /// Trigger names, `; ` between them.
    #[serde(rename = "Triggers", alias = "triggers")]
    triggers: String,
    /// `name:helped; name:helped`
    #[serde(rename = "What helped (0–3)", alias = "reliefs")]
    reliefs: String,
    /// Symptoms in words, `; ` between them; also read: the older codes.
    #[serde(rename = "Symptoms", alias = "associated")]
    associated: String,
    /// `yes` or `no` (also read: true, 1, y).
    #[serde(rename = "Woke from sleep", alias = "woke_from_sleep")]
    woke_from_sleep: String,
    #[serde(rename = "Notes", alias = "notes")]
    notes: String,
    #[serde(rename = "Created (ms)", alias = "created_at_ms")]
    created_at_ms: Option<i64>,
    #[serde(rename = "Updated (ms)", alias = "updated_at_ms")]
    updated_at_ms: Option<i64>,
    #[serde(rename = "Deleted (ms)", alias = "deleted_at_ms")]
    deleted_at_ms: Option<i64>,
    /// A daily check-in row has its date here and the other episode columns empty.
    #[serde(rename = "Check-in date", alias = "checkin_date")]
    checkin_date: String,
    /// The check-in's factors by name, `; ` between them; a levelled one as
    /// `Stress: Some` or `Stress: A lot`.
    #[serde(rename = "Check-in factors", alias = "checkin_factors")]
    checkin_factors: String,
    /// The check-in's ratings, 0–10, empty when not rated.
    #[serde(rename = "Stiffness 0–10")]
    stiffness: Option<u8>,
    #[serde(rename = "Sleep broken 0–10")]
    sleep_broken: Option<u8>,
    /// An imported episode without a clock time: the part of the day in words ("at
    /// night"), or that the time was not recorded; also read: the codes `night` … `day`.
    #[serde(rename = "Time of day")]
    timing: String,
    /// Where an imported episode came from: the app, the file, and the source's own
    /// intensity and scale.
    #[serde(rename = "Imported from")]
    origin_app: String,
    #[serde(rename = "Imported file")]
    origin_file: String,
    #[serde(rename = "Source intensity")]
    origin_value: String,
    #[serde(rename = "Source scale")]
    origin_scale: String,
    /// `yes`: set off by touch or movement (also read: true, 1, y).
    #[serde(rename = "Set off by touch or movement")]
    set_off: String,
}

impl CsvRow {
    fn of(e: &Episode, names: &VocabNames, tr: &Tr) -> CsvRow {
        let f = EpisodeFile::of(e);
        let joined = |items: Vec<String>| write_cell(items.join("; "));
        CsvRow {
            id: f.id,
            kind: domain::kind(tr, e.draft.kind),
            started_at: f.started_at,
            duration_s: f.duration_s.map(i64::from),
            count: f.count.map(i64::from),
            intensity: f.intensity,
            timing: domain::timing(tr, e.draft.timing).unwrap_or_default(),
            origin_app: f
                .origin
                .as_ref()
                .map(|o| write_cell(o.app.clone()))
                .unwrap_or_default(),
            origin_file: f
                .origin
                .as_ref()
                .map(|o| o.file.clone())
                .unwrap_or_default(),
            origin_value: f
                .origin
                .as_ref()
                .and_then(|o| o.value.clone())
                .map(write_cell)
                .unwrap_or_default(),
            origin_scale: f
                .origin
                .as_ref()
                .and_then(|o| o.scale.clone())
                .map(write_cell)
                .unwrap_or_default(),
            locations: joined(
                e.draft
                    .locations
                    .iter()
                    .map(|l| domain::place(tr, l.region, l.side))
                    .collect(),
            ),
            triggers: joined(f.triggers.iter().map(|t| names.trigger(t)).collect()),
            reliefs: joined(
                f.reliefs
                    .iter()
                    .map(|r| format!("{}:{}", names.relief(&r.relief), r.helped))
                    .collect(),
            ),
            associated: e
                .draft
                .associated
                .iter()
                .map(|&a| domain::symptom(tr, a))
                .collect::<Vec<_>>()
                .join("; "),
            woke_from_sleep: sheet::yes_no(tr, f.woke_from_sleep),
            set_off: sheet::yes_no(tr, f.set_off),
            notes: write_cell(f.notes),
            created_at_ms: Some(f.created_at_ms),
            updated_at_ms: Some(f.updated_at_ms),
            deleted_at_ms: f.deleted_at_ms,
            ..CsvRow::default()
        }
    }

    fn of_checkin(c: &CheckinFile, factor_names: &HashMap<String, String>, tr: &Tr) -> CsvRow {
        fn name<'a>(names: &'a HashMap<String, String>, key: &'a str) -> &'a str {
            names.get(key).map_or(key, String::as_str)
        }
        CsvRow {
            created_at_ms: Some(c.created_at_ms),
            updated_at_ms: Some(c.updated_at_ms),
            checkin_date: c.date.clone(),
            stiffness: c.stiffness,
            sleep_broken: c.sleep_broken,
            checkin_factors: write_cell(
                c.factors
                    .iter()
                    .map(|f| {
                        sheet::factor_item_of(tr, (&f.key, name(factor_names, &f.key)), f.level)
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            ..CsvRow::default()
        }
    }
}

/// Every episode given, then every daily check-in, as CSV in `tr`'s language (`names`
/// in it too).
pub(super) fn write(
    (episodes, checkins): (&[Episode], &[CheckinFile]),
    names: &VocabNames,
    factor_names: &HashMap<String, String>,
    tr: &Tr,
) -> Result<Vec<u8>, AppError> {
    let failed = |e: &dyn std::fmt::Display| {
        AppError::say("export_failed", |tr| tr.failure_export()).with_details(e.to_string())
    };
    // The header in the person's words, then the rows, in the columns' order.
    let mut w = ::csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    w.write_record(sheet::header(tr)).map_err(|e| failed(&e))?;
    for e in episodes {
        w.serialize(CsvRow::of(e, names, tr))
            .map_err(|e| failed(&e))?;
    }
    for c in checkins {
        w.serialize(CsvRow::of_checkin(c, factor_names, tr))
            .map_err(|e| failed(&e))?;
    }
    w.into_inner().map_err(|e| failed(&e))
}

impl Journal {
    /// Reads CSV rows into a journal file; trigger and relief names become keys
    /// (new names join the vocabulary).
    pub(super) fn parse_csv(&self, bytes: &[u8]) -> Result<JournalFile, AppError> {
        // A sheet saved again by a spreadsheet may have another encoding and `;`.
        let text = super::decode(bytes)?;
        let mut r = ::csv::ReaderBuilder::new()
            .has_headers(true)
            .trim(::csv::Trim::All)
            .delimiter(super::separator(&text))
            .from_reader(text.as_bytes());
        let header = r
            .headers()
            .map_err(|e| bad_file(|tr| tr.import_no_first_line()).with_details(e.to_string()))?
            .clone();
        if !is_twinge_header(header.iter()) {
            return Err(AppError::say("not_twinge_csv", |tr| {
                tr.import_bad_file(tr.import_not_twinge_csv())
            }));
        }
        // Each column named in any of Twinge's languages is read under its English name.
        let header: ::csv::StringRecord = header
            .iter()
            .map(|h| sheet::column(h).unwrap_or(h))
            .collect();
        for (name, old) in REQUIRED {
            if !header.iter().any(|h| h == name || h == old) {
                return Err(bad_file(move |tr| tr.import_no_column(name)));
            }
        }
        let names = self.vocab_names()?;
        let mut new_triggers = HashMap::new();
        let mut new_reliefs = HashMap::new();
        let factor_names: HashMap<String, String> = self
            .store()
            .factors()?
            .into_iter()
            .map(|f| (f.key, f.name))
            .collect();
        let mut new_factors = HashMap::new();
        let mut checkins = Vec::new();
        let now = self.clock().now_ms();
        let (mut episodes, mut lines) = (Vec::new(), Vec::new());
        for (i, rec) in r.records().enumerate() {
            let line = i as u32 + 2;
            let unreadable = |e: &::csv::Error| {
                bad_file(move |tr| tr.import_line_unreadable(line)).with_details(e.to_string())
            };
            let rec = rec.map_err(|e| unreadable(&e))?;
            let mut row: CsvRow = rec.deserialize(Some(&header)).map_err(|e| {
                let column = match e.kind() {
                    ::csv::ErrorKind::Deserialize { err, .. } => err.field().map(|f| f as usize),
                    _ => None,
                };
                match column.and_then(|c| Some((header.get(c)?, rec.get(c)?))) {
                    Some((name, value)) => {
                        let (name, value) = (name.to_string(), shown(value));
                        bad_file(move |tr| tr.import_not_whole(name.as_str(), line, value.as_str()))
                    }
                    None => unreadable(&e),
                }
            })?;
            for cell in [
                &mut row.locations,
                &mut row.triggers,
                &mut row.reliefs,
                &mut row.notes,
                &mut row.checkin_factors,
            ] {
                *cell = read_cell(std::mem::take(cell));
            }
            if !row.checkin_date.is_empty() {
                let created = row.created_at_ms.unwrap_or(now);
                checkins.push(CheckinFile {
                    date: row.checkin_date,
                    factors: items(&row.checkin_factors)
                        .map(|item| {
                            let (name, level) = factor_item(item);
                            CheckinFactor {
                                key: vocab_key(
                                    &factor_names,
                                    &mut new_factors,
                                    Seeded::Factor,
                                    name,
                                ),
                                level,
                            }
                        })
                        .collect(),
                    stiffness: row.stiffness,
                    sleep_broken: row.sleep_broken,
                    created_at_ms: created,
                    updated_at_ms: row.updated_at_ms.unwrap_or(created),
                });
                continue;
            }
            let mut reliefs = Vec::new();
            for item in items(&row.reliefs) {
                let relief = ReliefInput::parse(item).ok_or_else(|| {
                    let item = shown(item);
                    bad_file(move |tr| tr.import_not_relief(line, item.as_str()))
                })?;
                reliefs.push(ReliefInput {
                    relief: vocab_key(
                        &names.reliefs,
                        &mut new_reliefs,
                        Seeded::Relief,
                        &relief.relief,
                    ),
                    helped: relief.helped,
                });
            }
            let to_u32 = |v: Option<i64>| v.map(|v| v.clamp(0, i64::from(u32::MAX)) as u32);
            let created = row.created_at_ms.unwrap_or(now);
            lines.push(line);
            episodes.push(EpisodeFile {
                id: if row.id.is_empty() {
                    self.new_id().to_string()
                } else {
                    row.id
                },
                kind: sheet::kind_code(&row.kind),
                started_at: row.started_at,
                duration_s: to_u32(row.duration_s),
                count: to_u32(row.count),
                intensity: row.intensity,
                timing: (!row.timing.trim().is_empty()).then(|| sheet::timing_code(&row.timing)),
                origin: (!row.origin_app.trim().is_empty()).then(|| twinge_core::Origin {
                    app: row.origin_app.trim().to_string(),
                    file: row.origin_file.trim().to_string(),
                    value: Some(row.origin_value.trim().to_string()).filter(|v| !v.is_empty()),
                    scale: Some(row.origin_scale.trim().to_string()).filter(|v| !v.is_empty()),
                }),
                locations: items(&row.locations).filter_map(sheet::place).collect(),
                triggers: items(&row.triggers)
                    .map(|t| vocab_key(&names.triggers, &mut new_triggers, Seeded::Trigger, t))
                    .collect(),
                reliefs,
                associated: items(&row.associated).map(sheet::symptom).collect(),
                woke_from_sleep: said_yes(&row.woke_from_sleep),
                set_off: said_yes(&row.set_off),
                notes: row.notes,
                created_at_ms: created,
                updated_at_ms: row.updated_at_ms.unwrap_or(created),
                deleted_at_ms: row.deleted_at_ms,
            });
        }
        let mut file = rows_file(
            "twinge-csv",
            self.settings()?,
            (episodes, checkins),
            [new_triggers, new_reliefs, new_factors],
        );
        file.lines = lines;
        Ok(file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_are_written_in_the_order_the_rows_have_them() {
        let mut w = ::csv::Writer::from_writer(Vec::new());
        w.serialize(CsvRow::default()).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let fields = text.lines().next().unwrap();
        let english = Tr::new(&twinge_i18n::Lang::english());
        let columns: Vec<&str> = sheet::COLUMNS.iter().map(|(name, _)| *name).collect();
        assert_eq!(fields, columns.join(","));
        assert_eq!(sheet::header(&english), columns);
    }
}
