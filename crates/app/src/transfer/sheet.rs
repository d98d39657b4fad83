//! The CSV's words: its column names and values are written in the language of the
//! person who exports it ("Art", "Muskelkrampf", "Wade, links", "ja"), and a sheet in
//! any of Twinge's languages, or in the older codes, is read back the same, its words in
//! any case and with or without their accents.

use std::collections::HashMap;
use std::sync::OnceLock;

use twinge_core::vocab::{SEED_FACTORS, SEED_RELIEFS, SEED_TRIGGERS};
use twinge_core::{Associated, FactorLevel, Kind, Location, Region, Side, Timing};
use twinge_i18n::domain::{self, Seeded};
use twinge_i18n::{Lang, Tr};

use super::rows::{key_for, known_key};
use crate::LocationInput;

/// A column's name in a language.
type Named = fn(&Tr) -> String;

/// The columns, in the order of the CSV's rows: the name its rows are read and written
/// under (the English one), and the name in a language.
pub(super) const COLUMNS: [(&str, Named); 25] = [
    ("Id", Tr::csv_id),
    ("Kind", Tr::csv_kind),
    ("Start", Tr::csv_start),
    ("Duration (s)", Tr::csv_duration),
    ("Twitches in the burst", Tr::csv_count),
    ("Intensity 0–10", Tr::csv_intensity),
    ("Where", Tr::csv_where),
    ("Triggers", Tr::csv_triggers),
    ("What helped (0–3)", Tr::csv_helped),
    ("Symptoms", Tr::csv_symptoms),
    ("Woke from sleep", Tr::csv_woke),
    ("Notes", Tr::csv_notes),
    ("Created (ms)", Tr::csv_created),
    ("Updated (ms)", Tr::csv_updated),
    ("Deleted (ms)", Tr::csv_deleted),
    ("Check-in date", Tr::csv_checkin_date),
    ("Check-in factors", Tr::csv_checkin_factors),
    ("Stiffness 0–10", Tr::csv_stiffness),
    ("Sleep broken 0–10", Tr::csv_sleep_broken),
    ("Time of day", Tr::csv_time_of_day),
    ("Imported from", Tr::csv_imported_from),
    ("Imported file", Tr::csv_imported_file),
    ("Source intensity", Tr::csv_source_intensity),
    ("Source scale", Tr::csv_source_scale),
    ("Set off by touch or movement", Tr::csv_set_off),
];

/// The header line in `tr`'s language.
pub(super) fn header(tr: &Tr) -> Vec<String> {
    COLUMNS.iter().map(|(_, name)| name(tr)).collect()
}

/// A yes/no cell in `tr`'s language.
pub(super) fn yes_no(tr: &Tr, yes: bool) -> String {
    if yes {
        tr.csv_yes()
    } else {
        tr.csv_no()
    }
}

/// A check-in's factor as a cell item: its name, and how much when it was some or a lot
/// ("Stress: Viel").
pub(super) fn factor_item_of(tr: &Tr, (key, name): (&str, &str), level: FactorLevel) -> String {
    let name = domain::vocab_name(tr, Seeded::Factor, key, name);
    match level {
        FactorLevel::Yes => name,
        level => format!("{name}: {}", domain::factor_level(tr, level)),
    }
}

/// Words as a sheet or another app's diary is read: lower case, without accents, so
/// that "si", "Warme" and "fievre" typed by hand read as "sí", "Wärme" and "fièvre".
pub(crate) fn loose(words: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    words
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// Adds `word` for `value`; two different things read the same are a mistake in the
/// catalogue, which the tests catch.
fn put<V: PartialEq + Copy + std::fmt::Debug>(map: &mut HashMap<String, V>, word: &str, value: V) {
    let was = map.insert(loose(word), value);
    debug_assert!(
        was.is_none_or(|w| w == value),
        "{word:?} reads as {was:?} and {value:?}"
    );
}

/// Every language's words, read loosely, to what they stand for; made once.
struct Reading {
    columns: HashMap<String, &'static str>,
    kinds: HashMap<String, Kind>,
    timings: HashMap<String, Timing>,
    places: HashMap<String, Location>,
    symptoms: HashMap<String, Associated>,
    levels: HashMap<String, FactorLevel>,
    yes: Vec<String>,
    /// The built-in names of each list (by [`seeded_id`]) to their keys.
    seeded: [HashMap<String, &'static str>; 3],
}

fn seeded_id(list: Seeded) -> usize {
    match list {
        Seeded::Trigger => 0,
        Seeded::Relief => 1,
        Seeded::Factor => 2,
    }
}

fn reading() -> &'static Reading {
    static READING: OnceLock<Reading> = OnceLock::new();
    READING.get_or_init(|| {
        let mut r = Reading {
            columns: HashMap::new(),
            kinds: HashMap::new(),
            timings: HashMap::new(),
            places: HashMap::new(),
            symptoms: HashMap::new(),
            levels: HashMap::new(),
            yes: vec!["yes".into(), "true".into(), "1".into(), "y".into()],
            seeded: Default::default(),
        };
        let every_place = Region::ALL
            .iter()
            .flat_map(|&region| Side::ALL.iter().map(move |&side| Location { region, side }));
        // The older sheets' words (core's English labels) first; each language's after.
        for l in every_place.clone() {
            r.places.insert(loose(&l.label()), l);
        }
        for &a in Associated::ALL {
            put(&mut r.symptoms, a.label(), a);
        }
        for level in [FactorLevel::Yes, FactorLevel::Some, FactorLevel::ALot] {
            put(&mut r.levels, level.label(), level);
        }
        let seeds: [(Seeded, Vec<(&'static str, &'static str)>); 3] = [
            (
                Seeded::Trigger,
                SEED_TRIGGERS.iter().map(|t| (t.0, t.1)).collect(),
            ),
            (
                Seeded::Relief,
                SEED_RELIEFS.iter().map(|s| (s.key, s.name)).collect(),
            ),
            (
                Seeded::Factor,
                SEED_FACTORS.iter().map(|s| (s.key, s.name)).collect(),
            ),
        ];
        let pseudo = Lang::negotiate(&[twinge_i18n::PSEUDO]);
        for lang in Lang::available().into_iter().chain([pseudo]) {
            let tr = Tr::new(&lang);
            for (english, name) in COLUMNS {
                put(&mut r.columns, &name(&tr), english);
            }
            for &k in Kind::ALL {
                put(&mut r.kinds, &domain::kind(&tr, k), k);
            }
            for &t in Timing::ALL {
                if let Some(words) = domain::timing(&tr, t) {
                    put(&mut r.timings, &words, t);
                }
            }
            for l in every_place.clone() {
                let words = loose(&domain::place(&tr, l.region, l.side));
                r.places.entry(words).or_insert(l);
            }
            for &a in Associated::ALL {
                put(&mut r.symptoms, &domain::symptom(&tr, a), a);
            }
            for level in [FactorLevel::Yes, FactorLevel::Some, FactorLevel::ALot] {
                put(&mut r.levels, &domain::factor_level(&tr, level), level);
            }
            r.yes.push(loose(&tr.csv_yes()));
            for (list, names) in &seeds {
                for &(key, english) in names {
                    let name = domain::vocab_name(&tr, *list, key, english);
                    put(&mut r.seeded[seeded_id(*list)], &name, key);
                }
            }
        }
        r
    })
}

/// The English name of a column named in any language (any case); None for a name that
/// is no column's (an older code, or a column of another sheet).
pub(super) fn column(name: &str) -> Option<&'static str> {
    let name = name.trim().trim_start_matches('\u{feff}');
    reading().columns.get(&loose(name)).copied()
}

/// A kind cell as its code: its words in any language, or the code itself (anything
/// else is left for the check to refuse in words).
pub(super) fn kind_code(cell: &str) -> String {
    let cell = cell.trim().to_lowercase();
    reading()
        .kinds
        .get(&loose(&cell))
        .map_or(cell, |k| k.code().to_string())
}

/// A time-of-day cell as its code: its words in any language ("nachts"), or the code
/// itself (anything else is left for the check to refuse in words).
pub(super) fn timing_code(cell: &str) -> String {
    let cell = cell.trim();
    reading()
        .timings
        .get(&loose(cell))
        .map_or_else(|| cell.to_string(), |t| t.code().to_string())
}

/// A place as a spreadsheet shows it ("Calf, left", "Wade, links"), read back: its
/// words in any language (any case, accents or none), or the older `region:side` code.
pub(super) fn place(item: &str) -> Option<LocationInput> {
    match reading().places.get(&loose(item)) {
        Some(&l) => Some(LocationInput::from(l)),
        None => LocationInput::parse(item, Some(Side::Centre)),
    }
}

/// A symptom as a spreadsheet shows it ("Weakness", "Schwäche"), read back as its code;
/// the older code is read as it is.
pub(super) fn symptom(item: &str) -> String {
    reading()
        .symptoms
        .get(&loose(item))
        .map_or_else(|| item.to_string(), |a| a.code().to_string())
}

/// A factor item of a check-in cell: its name and level ("Stress: A lot", "Stress: Viel").
pub(super) fn factor_item(item: &str) -> (&str, FactorLevel) {
    if let Some((name, level)) = item.rsplit_once(':') {
        let level = level.trim().to_lowercase();
        let found = reading()
            .levels
            .get(&loose(&level))
            .copied()
            .or_else(|| FactorLevel::from_code(&level.replace(' ', "_")));
        if let Some(l) = found {
            return (name.trim(), l);
        }
    }
    (item, FactorLevel::Yes)
}

/// Whether a yes/no cell says yes, in any language (also read: true, 1, y).
pub(super) fn said_yes(cell: &str) -> bool {
    reading().yes.contains(&loose(cell.trim()))
}

/// The key of a built-in trigger, relief or factor named in any language ("Wärme"),
/// for a name the journal does not know itself.
pub(super) fn seeded_key(list: Seeded, name: &str) -> Option<&'static str> {
    reading().seeded[seeded_id(list)]
        .get(&loose(name.trim()))
        .copied()
}

/// Columns a sheet must have to be read: their names in words, and the older codes.
pub(super) const REQUIRED: [(&str, &str); 4] = [
    ("Kind", "kind"),
    ("Start", "started_at"),
    ("Intensity 0–10", "intensity"),
    ("Where", "locations"),
];

/// Whether a CSV header is a Twinge export's: it has the Kind or the Start column in
/// English words or as the older code, or both in another of Twinge's languages. A
/// sheet without them is a diary kept elsewhere.
pub(crate) fn is_twinge_header<'a>(cells: impl Iterator<Item = &'a str>) -> bool {
    let cells: Vec<&str> = cells
        .map(|h| h.trim().trim_start_matches('\u{feff}'))
        .collect();
    let english = cells.iter().any(|h| {
        REQUIRED[..2]
            .iter()
            .any(|(name, old)| h == name || h == old)
    });
    english
        || REQUIRED[..2]
            .iter()
            .all(|(name, _)| cells.iter().any(|h| column(h) == Some(*name)))
}

/// The vocabulary key of a name in a sheet: the journal's own name or key first, then a
/// built-in one named in any language ("Wärme" is heat), else a new one.
pub(super) fn vocab_key(
    known: &HashMap<String, String>,
    new: &mut HashMap<String, String>,
    list: Seeded,
    text: &str,
) -> String {
    if let Some(key) = known_key(known, text) {
        return key.clone();
    }
    match seeded_key(list, text) {
        Some(key) if known.contains_key(key) => key.to_string(),
        _ => key_for(known, new, text),
    }
}
