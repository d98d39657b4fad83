//! Any spreadsheet: the person says which column holds what (first guesses from the
//! headers), and each row with a readable date is one episode. Dates are day-first
//! unless a value shows the month first (`2/17/24`); a time cell may be a clock time or
//! a part of the day (`nachts`); intensities are read on 0–10 (`7/10`, `5-6`, `8,5`).

use std::collections::BTreeMap;

use super::text::Row;
use super::when::{self, Order};
use super::words::{self, Column, Role};
use super::{Item, Reading};

/// Each column's role: the person's choice where given, else the guess from its header.
pub(crate) fn columns(header: &Row, chosen: &BTreeMap<String, Column>) -> Vec<Option<Column>> {
    let mut taken = Vec::new();
    header
        .cells
        .iter()
        .map(|h| {
            let column = match chosen.get(h) {
                Some(Column::Skip) => None,
                Some(c) => Some(*c),
                // A guess is used once: the first "date" column is the date.
                None => words::guess_column(h).filter(|c| !taken.contains(c)),
            };
            taken.extend(column);
            column
        })
        .collect()
}

/// Whether the sheet writes the month first: some date's second number is over 12 and
/// none's first is.
fn order(rows: &[Row], date: usize) -> Order {
    let numbers = |row: &Row| -> Option<(u8, u8)> {
        let mut parts = row.cell(date).split(['.', '/']);
        Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
    };
    let seen: Vec<(u8, u8)> = rows.iter().filter_map(numbers).collect();
    if seen.iter().any(|(_, b)| *b > 12) && !seen.iter().any(|(a, _)| *a > 12) {
        Order::MonthFirst
    } else {
        Order::DayFirst
    }
}

pub(crate) fn sheet(rows: &[Row], chosen: &BTreeMap<String, Column>, r: &mut Reading) {
    let header = &rows[0];
    let cols = columns(header, chosen);
    r.columns = header
        .cells
        .iter()
        .cloned()
        .zip(cols.iter().copied())
        .collect();
    let at = |c: Column| cols.iter().position(|x| *x == Some(c));
    let Some(date) = at(Column::Date) else {
        r.no_date_column = true;
        return;
    };
    let order = order(&rows[1..], date);
    let has_kind = at(Column::Kind).is_some();
    if !has_kind {
        r.name_default("", Role::Other);
    }
    for row in &rows[1..] {
        let Some(day) = when::day(row.cell(date), order) else {
            r.bad_date(row.line, row.cell(date));
            continue;
        };
        let get = |c: Column| at(c).map_or("", |i| row.cell(i));
        let name = get(Column::Kind);
        if has_kind {
            let guess = words::guess_role(name).unwrap_or(Role::Other);
            r.name_default(name, guess);
        }
        let mut item = Item::named(row.line, name, day);
        let heading = |c: Column| at(c).map_or("", |i| header.cell(i));
        let time = get(Column::Time);
        item.clock = when::clock(time);
        if item.clock.is_none() {
            match when::part_of_day(time) {
                Some(part) => item.timing = part,
                None => item.unread(heading(Column::Time), time),
            }
        }
        let written = get(Column::Intensity);
        item.intensity = item.read(heading(Column::Intensity), written, |w| {
            words::intensity(w, 10)
        });
        if item.intensity.is_some() && written.parse::<u8>().is_err() {
            item.source_value = Some((written.to_string(), "0–10".to_string()));
        }
        let duration = get(Column::Duration);
        item.duration_s = item.read(heading(Column::Duration), duration, when::duration_s);
        let side = get(Column::Side);
        for place in get(Column::Place)
            .split([',', ';', '/'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            r.place(&mut item, &format!("{place} {side}"), place);
        }
        let list = |c: Column| -> Vec<String> {
            get(c)
                .split([',', ';'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(String::from)
                .collect()
        };
        item.triggers = list(Column::Triggers);
        item.notes = get(Column::Notes).to_string();
        r.items.push(item);
        // What helped and what was taken, without how much it helped: the day's.
        for (c, role) in [
            (Column::Reliefs, Role::Relief),
            (Column::Medication, Role::Medication),
        ] {
            for name in list(c) {
                r.name_default(&name, role);
                r.items.push(Item::named(row.line, &name, day));
            }
        }
    }
    let unmapped: Vec<String> = r
        .columns
        .iter()
        .filter(|(_, c)| c.is_none())
        .map(|(h, _)| h.clone())
        .collect();
    r.skipped_columns.extend(unmapped);
}
