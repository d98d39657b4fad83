//! From what a file said to what the journal holds: each item whose name the person
//! calls a spasm, cramp, twitch or other becomes an episode (with its origin); a name
//! called a relief, medication or factor becomes a day-level factor of its day (a
//! relief or medication without "how much it helped" cannot sit on an episode); the
//! rest is left out, and the preview says what, why and which rows.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use time::{PrimitiveDateTime, Time};
use ts_rs::TS;
use twinge_core::{FactorLevel, Kind, LocalInstant, Origin, Timing};
use uuid::Uuid;

use super::{Item, PeerMapping, Problem, Reading, Role, Source};
use crate::transfer::{key_for, rows_file, CheckinFile, EpisodeFile, JournalFile};
use crate::{CheckinFactor, ImportProblem, ImportSummary, LocationInput, ReliefInput, Tr};

/// The ids of imported episodes are UUIDs made from their source and content.
const NAMESPACE: Uuid = Uuid::from_u128(0x7c3b_93f1_5a0e_4c1d_9b7e_2f64_d8a1_0c55);

/// What a name became, with how many rows named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NameChoice {
    pub name: String,
    pub role: Role,
    pub rows: u32,
}

/// What a sheet's column holds (none: left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ColumnChoice {
    pub header: String,
    pub column: Option<super::Column>,
}

/// Something the import leaves out, why, and on which rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Skipped {
    pub what: String,
    pub why: String,
    pub rows: Vec<u32>,
}

/// What importing a diary from another app would bring, before anything is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PeerPreview {
    pub format: Source,
    /// The source in words ("Flaredown", "a spreadsheet").
    pub app: String,
    pub episodes: u32,
    pub checkin_days: u32,
    pub by_kind: BTreeMap<Kind, u32>,
    /// Names as the source spells them, each with how many rows.
    pub places: BTreeMap<String, u32>,
    pub triggers: BTreeMap<String, u32>,
    pub reliefs: BTreeMap<String, u32>,
    pub medications: BTreeMap<String, u32>,
    pub factors: BTreeMap<String, u32>,
    /// Each name met and what it becomes (the person's choice or the first guess).
    pub names: Vec<NameChoice>,
    pub columns: Vec<ColumnChoice>,
    /// How values were converted, in words.
    pub rules: Vec<String>,
    pub skipped: Vec<Skipped>,
    pub problems: Vec<ImportProblem>,
    /// What the import writes (or would write): new, unchanged, replaced.
    pub import: ImportSummary,
    /// The newest few episodes as History will show them.
    pub sample: Vec<crate::EpisodeDto>,
}

fn bump(map: &mut BTreeMap<String, u32>, name: &str) {
    *map.entry(name.to_string()).or_default() += 1;
}

/// The part of a day and the clock an item starts at, and the instant that is.
fn start(item: &Item, offset_min: i32) -> Option<(LocalInstant, Timing)> {
    let (timing, (h, m)) = match item.clock {
        Some(clock) => (Timing::Exact, clock),
        None => {
            let timing = if item.timing.has_hour() {
                Timing::Day
            } else {
                item.timing
            };
            (timing, (timing.filed_hour()?, 0))
        }
    };
    let local = PrimitiveDateTime::new(item.day?, Time::from_hms(h, m, 0).ok()?);
    let at = LocalInstant::from_local(local, item.offset_min.unwrap_or(offset_min)).ok()?;
    Some((at, timing))
}

/// What the journal's factor, trigger and relief lists hold already, by key → name.
pub(crate) struct Known {
    pub triggers: HashMap<String, String>,
    pub reliefs: HashMap<String, String>,
    pub factors: HashMap<String, String>,
    /// The factors recorded as none / some / a lot.
    pub levelled: std::collections::HashSet<String>,
}

/// The journal file an import writes, and its preview (without the import's summary).
pub(crate) fn build(
    (source, r): (Source, Reading),
    mapping: &PeerMapping,
    (known, file_id, offset_min): (&Known, String, i32),
    tr: &Tr,
) -> (JournalFile, PeerPreview) {
    let role = |name: &str| -> Role {
        mapping
            .roles
            .get(name)
            // `*`: every row that is an episode by itself (Migraine Buddy, a sheet
            // without a kind column).
            .or_else(|| mapping.roles.get("*").filter(|_| name.is_empty()))
            .or_else(|| r.guesses.get(name))
            .copied()
            .unwrap_or(Role::Skip)
    };
    let mut p = PeerPreview {
        format: source,
        app: source.in_words(tr),
        episodes: 0,
        checkin_days: 0,
        by_kind: Kind::ALL.iter().map(|k| (*k, 0)).collect(),
        places: BTreeMap::new(),
        triggers: BTreeMap::new(),
        reliefs: BTreeMap::new(),
        medications: BTreeMap::new(),
        factors: BTreeMap::new(),
        names: Vec::new(),
        columns: r
            .columns
            .iter()
            .map(|(header, column)| ColumnChoice {
                header: header.clone(),
                column: *column,
            })
            .collect(),
        rules: Vec::new(),
        skipped: Vec::new(),
        problems: Vec::new(),
        import: ImportSummary::default(),
        sample: Vec::new(),
    };
    let (mut new_triggers, mut new_reliefs, mut new_factors) =
        (HashMap::new(), HashMap::new(), HashMap::new());
    let mut rows_of: BTreeMap<String, u32> = BTreeMap::new();
    let mut skipped_names: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    // Per column, the rows of episodes with a cell that could not be read.
    let mut unread: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut seen: HashMap<String, u32> = HashMap::new();
    let (mut episodes, mut lines) = (Vec::new(), Vec::new());
    let mut days: BTreeMap<String, Vec<CheckinFactor>> = BTreeMap::new();
    let mut scales = std::collections::BTreeSet::new();
    let mut medication_names = std::collections::BTreeSet::new();
    let mut place_names: HashMap<twinge_core::Location, String> = HashMap::new();
    for item in &r.items {
        *rows_of.entry(item.name.clone()).or_default() += 1;
        let chosen = role(&item.name);
        if let Some(kind) = chosen.kind() {
            let Some((at, timing)) = start(item, offset_min) else {
                continue;
            };
            let started_at = at.to_rfc3339();
            // The source's own name for it ("Leg cramps"), then its notes.
            let mut notes: Vec<String> = Some(item.name.clone())
                .filter(|n| !n.is_empty())
                .into_iter()
                .collect();
            if !item.notes.is_empty() {
                notes.push(item.notes.clone());
            }
            if !item.place_words.is_empty() {
                notes.push(tr.peer_note_places(item.place_words.join(", ")));
            }
            if !item.unsure.is_empty() {
                notes.push(tr.peer_note_unsure(item.unsure.join(", ")));
            }
            if !item.unread.is_empty() {
                let cells: Vec<String> = item
                    .unread
                    .iter()
                    .map(|(header, cell)| format!("{header} “{cell}”"))
                    .collect();
                notes.push(tr.peer_note_unread(cells.join(", ")));
                for (header, _) in &item.unread {
                    unread.entry(header.clone()).or_default().push(item.line);
                }
            }
            // The same row with the same meaning is the same episode in every import;
            // a row given another kind is another episode (and replaces the first).
            let key = format!(
                "{}|{}|{}|{started_at}|{}|{:?}|{}",
                source.code(),
                kind.code(),
                item.name,
                timing.code(),
                item.intensity,
                item.notes
            );
            let n = seen.entry(key.clone()).or_default();
            *n += 1;
            let id = Uuid::new_v5(&NAMESPACE, format!("{key}|{n}").as_bytes());
            let at_ms = at.utc_s() * 1000;
            for l in &item.places {
                let name = place_names
                    .entry(*l)
                    .or_insert_with(|| twinge_i18n::domain::place(tr, l.region, l.side));
                bump(&mut p.places, name);
            }
            for t in &item.triggers {
                bump(&mut p.triggers, t);
            }
            for (name, _, is_medication) in &item.reliefs {
                if *is_medication {
                    medication_names.insert(twinge_core::slug(name));
                }
                bump(
                    if *is_medication {
                        &mut p.medications
                    } else {
                        &mut p.reliefs
                    },
                    name,
                );
            }
            if let Some((_, scale)) = &item.source_value {
                scales.insert(scale.clone());
            }
            *p.by_kind.entry(kind).or_default() += 1;
            lines.push(item.line);
            episodes.push(EpisodeFile {
                id: id.to_string(),
                kind: kind.code().into(),
                started_at,
                duration_s: item.duration_s,
                count: None,
                intensity: item.intensity.map(i64::from),
                timing: (!timing.has_hour()).then(|| timing.code().to_string()),
                origin: Some(Origin {
                    app: source.app_name().into(),
                    file: file_id.clone(),
                    value: item.source_value.as_ref().map(|(v, _)| v.clone()),
                    scale: item.source_value.as_ref().map(|(_, s)| s.clone()),
                }),
                locations: item
                    .places
                    .iter()
                    .map(|&l| LocationInput::from(l))
                    .collect(),
                triggers: item
                    .triggers
                    .iter()
                    .map(|t| key_for(&known.triggers, &mut new_triggers, t))
                    .collect(),
                reliefs: item
                    .reliefs
                    .iter()
                    .map(|(name, helped, _)| ReliefInput {
                        relief: key_for(&known.reliefs, &mut new_reliefs, name),
                        helped: i64::from(*helped),
                    })
                    .collect(),
                associated: vec![],
                woke_from_sleep: false,
                set_off: false,
                notes: notes.join("\n"),
                created_at_ms: at_ms,
                updated_at_ms: at_ms,
                deleted_at_ms: None,
            });
        } else if chosen == Role::Skip {
            skipped_names
                .entry(item.name.clone())
                .or_default()
                .push(item.line);
        } else if let Some(day) = item.day {
            let list = match chosen {
                Role::Relief => &mut p.reliefs,
                Role::Medication => &mut p.medications,
                _ => &mut p.factors,
            };
            bump(list, &item.name);
            let key = key_for(&known.factors, &mut new_factors, &item.name);
            let factors = days.entry(day.to_string()).or_default();
            if !factors.iter().any(|f| f.key == key) {
                // Present that day; a factor kept in levels is at least "some".
                let level = match known.levelled.contains(&key) {
                    true => FactorLevel::Some,
                    false => FactorLevel::Yes,
                };
                factors.push(CheckinFactor { key, level });
            }
        }
    }
    p.episodes = episodes.len() as u32;
    p.checkin_days = days.len() as u32;
    p.names = rows_of
        .into_iter()
        .map(|(name, rows)| NameChoice {
            role: role(&name),
            name,
            rows,
        })
        .collect();
    for scale in scales {
        p.rules.push(match scale.as_str() {
            "0–10" => tr.peer_rule_written(),
            s => tr.peer_rule_scale(s),
        });
    }
    let why_name = tr.peer_skipped_name();
    for (name, rows) in skipped_names {
        p.skipped.push(Skipped {
            what: name,
            why: why_name.clone(),
            rows,
        });
    }
    for (column, rows) in unread {
        p.skipped.push(Skipped {
            what: column,
            why: tr.peer_skipped_unread(),
            rows,
        });
    }
    for column in &r.skipped_columns {
        p.skipped.push(Skipped {
            what: column.clone(),
            why: tr.peer_skipped_column(),
            rows: vec![],
        });
    }
    for (category, rows) in &r.skipped_rows {
        p.skipped.push(Skipped {
            what: category.clone(),
            why: tr.peer_skipped_category(),
            rows: rows.clone(),
        });
    }
    if !r.day_notes.is_empty() {
        let rows = r.day_notes.iter().map(|(line, ..)| *line).collect();
        p.skipped.push(Skipped {
            what: tr.peer_day_notes(),
            why: tr.peer_skipped_day_notes(),
            rows,
        });
    }
    for (row, problem) in &r.problems {
        let message = match problem {
            Problem::BadDate(cell) => tr.peer_bad_date(crate::transfer::shown(cell)),
        };
        p.problems.push(ImportProblem {
            row: *row,
            field: String::new(),
            message,
        });
    }
    let checkins = days
        .into_iter()
        .map(|(date, factors)| {
            // As old as its day: a check-in the person made here is newer and stays.
            let at_ms =
                time::Date::parse(&date, &time::format_description::well_known::Iso8601::DATE)
                    .map_or(0, |d| d.midnight().assume_utc().unix_timestamp() * 1000);
            CheckinFile {
                date,
                factors,
                stiffness: None,
                sleep_broken: None,
                created_at_ms: at_ms,
                updated_at_ms: at_ms,
            }
        })
        .collect();
    let format = format!("peer-{}", source.code());
    let new = [new_triggers, new_reliefs, new_factors];
    let mut file = rows_file(
        &format,
        crate::Settings::default(),
        (episodes, checkins),
        new,
    );
    for relief in &mut file.reliefs {
        relief.is_medication = medication_names.contains(&relief.key);
    }
    file.lines = lines;
    (file, p)
}
