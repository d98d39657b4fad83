//! The cells of the CSV export: formula guards and `;`-separated lists.

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

/// The items of a `;`-separated cell, trimmed, empty ones dropped.
pub(super) fn items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty())
}
