//! Importing a diary kept in another app: Bearable, Flaredown, Migraine Buddy, Daylio,
//! drip. or any spreadsheet. The format is recognised from the header ([`recognise`]);
//! a reader per source turns rows into [`Item`]s named as the source names them
//! (apps.rs, sheet.rs); the person decides what each name is ([`Role`]; first guesses
//! from words.rs); build.rs makes episodes and day factors of them, marked with where
//! they came from, and the import runs through the same check, plan and one
//! transaction as a Twinge export (importing the same file twice adds nothing).

mod apps;
mod build;
mod run;
mod sheet;
mod text;
mod when;
mod words;
mod workbook;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;
use twinge_core::{Location, Timing};

pub use build::{ColumnChoice, NameChoice, PeerPreview, Skipped};
pub use words::{Column, Role};

/// The apps whose exports can be read, and any spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    Bearable,
    Flaredown,
    MigraineBuddy,
    Daylio,
    Drip,
    Csv,
}

impl Source {
    pub const ALL: [Source; 6] = [
        Source::Bearable,
        Source::Flaredown,
        Source::MigraineBuddy,
        Source::Daylio,
        Source::Drip,
        Source::Csv,
    ];

    /// The code on the command line (`migraine-buddy`) and in an episode's origin.
    pub fn code(self) -> &'static str {
        match self {
            Source::Bearable => "bearable",
            Source::Flaredown => "flaredown",
            Source::MigraineBuddy => "migraine-buddy",
            Source::Daylio => "daylio",
            Source::Drip => "drip",
            Source::Csv => "csv",
        }
    }

    pub fn from_code(code: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.code() == code.trim())
    }

    /// The app's own name ("Migraine Buddy"), the same in every language; a spreadsheet
    /// is named in words by [`twinge_i18n::domain::origin`].
    pub fn app_name(self) -> &'static str {
        match self {
            Source::Bearable => "Bearable",
            Source::Flaredown => "Flaredown",
            Source::MigraineBuddy => "Migraine Buddy",
            Source::Daylio => "Daylio",
            Source::Drip => "drip.",
            Source::Csv => "csv",
        }
    }

    /// The source in words, as every screen and the command line say it: the app's
    /// name, or "a spreadsheet".
    pub fn in_words(self, tr: &crate::Tr) -> String {
        match self {
            Source::Csv => tr.peer_source_sheet(),
            app => app.app_name().to_string(),
        }
    }
}

/// The source a file's header shows, or none when it is no app's export (then it is a
/// spreadsheet, or a Twinge export).
pub(crate) fn recognise(rows: &[text::Row]) -> Option<Source> {
    let header: Vec<String> = rows
        .first()?
        .cells
        .iter()
        .map(|c| c.to_lowercase())
        .collect();
    let has = |name: &str| {
        header
            .iter()
            .any(|h| h.trim_start_matches('\u{feff}') == name)
    };
    if rows
        .iter()
        .any(|r| r.cell(0) == "#" && r.cell(1) == "Started")
        || header == ["date", "time period", "description", "notes"]
    {
        Some(Source::MigraineBuddy)
    } else if has("category") && has("rating/amount") && has("detail") {
        Some(Source::Bearable)
    } else if has("activities") && has("mood") && (has("full_date") || has("year")) {
        Some(Source::Daylio)
    } else if has("date") && has("temperature.value") {
        Some(Source::Drip)
    } else if has("date") && has("tags") && has("foods") {
        Some(Source::Flaredown)
    } else {
        None
    }
}

/// What the person chose: what each name means (`*` for every name of a source whose
/// rows are all episodes of one kind), and for a spreadsheet what each column holds.
/// Names and columns left out take the first guess.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PeerMapping {
    #[serde(default)]
    pub roles: BTreeMap<String, Role>,
    #[serde(default)]
    pub columns: BTreeMap<String, Column>,
}

impl PeerMapping {
    /// This mapping with `given`'s choices over it.
    pub(crate) fn under(mut self, given: &PeerMapping) -> PeerMapping {
        self.roles
            .extend(given.roles.iter().map(|(k, v)| (k.clone(), *v)));
        self.columns
            .extend(given.columns.iter().map(|(k, v)| (k.clone(), *v)));
        self
    }
}

/// What one row says happened, named as the source names it, before the person
/// decides what the name is.
#[derive(Debug, Clone, Default)]
pub(crate) struct Item {
    pub line: u32,
    /// The symptom, activity, tag or treatment; empty when the row itself is an episode.
    pub name: String,
    pub day: Option<Date>,
    /// A part of the day or the day only, when there is no clock time.
    pub timing: Timing,
    pub clock: Option<(u8, u8)>,
    /// Minutes east of UTC, when the source says.
    pub offset_min: Option<i32>,
    pub duration_s: Option<u32>,
    /// On 0–10, and the source's own value and scale when that was converted.
    pub intensity: Option<u8>,
    pub source_value: Option<(String, String)>,
    pub places: Vec<Location>,
    /// Places in words Twinge does not know: kept in the note.
    pub place_words: Vec<String>,
    pub triggers: Vec<String>,
    /// What was tried and how much it helped (0–3), and whether it is a medication.
    pub reliefs: Vec<(String, u8, bool)>,
    /// Tried, without knowing whether it helped: kept in the note.
    pub unsure: Vec<String>,
    /// Cells the source filled in that could not be read (a time "25:00", an intensity
    /// "sehr stark"), as (the column's header, the cell): kept in the note, listed in
    /// the preview, and the field left unknown.
    pub unread: Vec<(String, String)>,
    pub notes: String,
}

impl Item {
    fn named(line: u32, name: &str, day: Date) -> Item {
        Item {
            line,
            name: name.trim().to_string(),
            day: Some(day),
            timing: Timing::Day,
            ..Item::default()
        }
    }

    /// Keeps a cell under `header` that could not be read, unless it is empty.
    fn unread(&mut self, header: &str, cell: &str) {
        let cell = cell.trim();
        if !cell.is_empty() {
            self.unread.push((header.to_string(), cell.to_string()));
        }
    }

    /// `cell` under `header` read by `parse`; a filled cell it cannot read is kept
    /// ([`Item::unread`]).
    fn read<T>(
        &mut self,
        header: &str,
        cell: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let value = parse(cell);
        if value.is_none() {
            self.unread(header, cell);
        }
        value
    }

    /// Its intensity read from the source's `value` on `scale`.
    fn rated(&mut self, converted: Option<u8>, value: String, scale: &str) {
        self.intensity = converted;
        if converted.is_some() {
            self.source_value = Some((value, scale.to_string()));
        }
    }
}

/// Something a row said that cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    BadDate(String),
}

/// A file read: its items, the names met (with the first guess of each), what is left
/// out, and the rows that could not be read.
#[derive(Debug, Default)]
pub(crate) struct Reading {
    pub items: Vec<Item>,
    pub guesses: BTreeMap<String, Role>,
    pub columns: Vec<(String, Option<Column>)>,
    pub no_date_column: bool,
    /// Columns left out, and rows of categories left out.
    pub skipped_columns: Vec<String>,
    pub skipped_rows: BTreeMap<String, Vec<u32>>,
    pub day_notes: Vec<(u32, Date, String)>,
    pub problems: Vec<(u32, Problem)>,
    /// Each place text read once: a diary names the same few places many times.
    places: HashMap<String, Option<twinge_core::Location>>,
}

impl Reading {
    /// Adds the place a text names to an item, or keeps the place's own words (`said`)
    /// when it names none.
    fn place(&mut self, item: &mut Item, text: &str, said: &str) {
        let found = match self.places.get(text) {
            Some(found) => *found,
            None => *self
                .places
                .entry(text.to_string())
                .or_insert_with(|| words::place(text)),
        };
        match found {
            Some(loc) if !item.places.contains(&loc) => item.places.push(loc),
            Some(_) => {}
            None => item.place_words.push(said.to_string()),
        }
    }

    /// Remembers a name with its first guess: from its words, else the source's default.
    fn name_default(&mut self, name: &str, default: Role) {
        let name = name.trim();
        if !self.guesses.contains_key(name) {
            let guess = words::guess_role(name).unwrap_or(default);
            self.guesses.insert(name.to_string(), guess);
        }
    }

    fn bad_date(&mut self, line: u32, cell: &str) {
        self.problems
            .push((line, Problem::BadDate(cell.to_string())));
    }

    fn skip_row(&mut self, category: &str, line: u32) {
        self.skipped_rows
            .entry(category.to_string())
            .or_default()
            .push(line);
    }

    /// Columns the header has that are left out.
    fn skip_columns(&mut self, names: &[&str], header: &text::Row) {
        for name in names {
            if let Some(h) = header.cells.iter().find(|h| h.eq_ignore_ascii_case(name)) {
                self.skipped_columns.push(h.clone());
            }
        }
    }
}

/// Reads a file as `source` (or what its header shows).
pub(crate) fn read(
    bytes: &[u8],
    source: Option<Source>,
    mapping: &PeerMapping,
) -> Result<(Source, Reading), crate::AppError> {
    let rows = match workbook::is_workbook(bytes) {
        true => workbook::rows(bytes)?,
        false => text::rows(&text::decode(bytes)?)?,
    };
    let found = recognise(&rows);
    let source = source.or(found).unwrap_or(Source::Csv);
    if rows.len() < 2 {
        return Err(crate::AppError::say("bad_import_file", |tr| {
            tr.import_bad_file(tr.peer_header_only())
        }));
    }
    if found.is_some_and(|f| f != source) || (found.is_none() && source != Source::Csv) {
        let (said, seen) = (source, found);
        return Err(crate::AppError::say("bad_import_file", move |tr| {
            let seen = seen.unwrap_or(Source::Csv).in_words(tr);
            tr.import_bad_file(tr.peer_other_format(said.app_name(), seen))
        }));
    }
    let mut r = Reading::default();
    match source {
        Source::Flaredown => apps::flaredown(&rows, &mut r),
        Source::Drip => apps::drip(&rows, &mut r),
        Source::Bearable => apps::bearable(&rows, &mut r),
        Source::Daylio => apps::daylio(&rows, &mut r),
        Source::MigraineBuddy => apps::migraine_buddy(&rows, &mut r),
        Source::Csv => sheet::sheet(&rows, &mapping.columns, &mut r),
    }
    Ok((source, r))
}
