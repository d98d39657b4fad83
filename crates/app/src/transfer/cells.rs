//! The cells of the CSV export: formula guards, `;`-separated lists, and places and
//! symptoms in words read back into codes.

use std::collections::HashMap;
use std::sync::OnceLock;

use twinge_core::{Associated, FactorLevel, Location, Region, Side};

use crate::LocationInput;

/// Characters that make a spreadsheet treat a cell as a formula when it starts with one.
const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A text cell as written: one that would start a formula (or that starts with the
/// guard itself) gets a leading `'`, so a spreadsheet shows it as text and never runs
/// it. [`read_cell`] takes the guard off again.
pub(super) fn write_cell(text: String) -> String {
    let mut chars = text.chars();
    let guard = match chars.next() {
        Some(c) if FORMULA_START.contains(&c) => true,
        Some('\'') => chars
            .next()
            .is_some_and(|c| c == '\'' || FORMULA_START.contains(&c)),
        _ => false,
    };
    if guard {
        format!("'{text}")
    } else {
        text
    }
}

/// A text cell as read: the guard [`write_cell`] adds is taken off.
pub(super) fn read_cell(text: String) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some('\''), Some(c)) if c == '\'' || FORMULA_START.contains(&c) => text[1..].to_string(),
        _ => text,
    }
}

/// A factor item of a check-in cell: its name and level ("Stress: A lot").
pub(super) fn factor_item(item: &str) -> (&str, FactorLevel) {
    if let Some((name, level)) = item.rsplit_once(':') {
        let level = level.trim().to_lowercase().replace(' ', "_");
        if let Some(l) = FactorLevel::from_code(&level) {
            return (name.trim(), l);
        }
    }
    (item, FactorLevel::Yes)
}

/// The items of a `;`-separated cell, trimmed, empty ones dropped.
pub(super) fn items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// A place as a spreadsheet shows it ("Calf, left"), read back: its words (any case),
/// or the older `region:side` code.
pub(super) fn place(item: &str) -> Option<LocationInput> {
    // Every place's label in lower case, made once (an export names a few places many
    // times over).
    static LABELS: OnceLock<HashMap<String, Location>> = OnceLock::new();
    let labels = LABELS.get_or_init(|| {
        let places = Region::ALL
            .iter()
            .flat_map(|&region| Side::ALL.iter().map(move |&side| Location { region, side }));
        places.map(|l| (l.label().to_lowercase(), l)).collect()
    });
    match labels.get(&item.to_lowercase()) {
        Some(&l) => Some(LocationInput::from(l)),
        None => LocationInput::parse(item, Some(Side::Centre)),
    }
}

/// A symptom as a spreadsheet shows it ("Weakness"), read back as its code; the older
/// code is read as it is.
pub(super) fn symptom(item: &str) -> String {
    Associated::ALL
        .iter()
        .find(|a| a.label().eq_ignore_ascii_case(item))
        .map_or_else(|| item.to_string(), |a| a.code().to_string())
}
