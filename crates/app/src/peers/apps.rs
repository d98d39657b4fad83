//! One reader per app whose export `peer-formats.md` describes: each turns the rows
//! into [`Item`]s (what happened, named as the source names it) and says what it
//! leaves out. Columns are found by their names, never by position.

use std::collections::BTreeMap;

use twinge_core::Timing;

use super::text::Row;
use super::when::{self, Order};
use super::words::{self, Role};
use super::{Item, Reading};

/// The index of each header cell, by its name as written (lower case).
fn columns(header: &Row) -> BTreeMap<String, usize> {
    header
        .cells
        .iter()
        .enumerate()
        .map(|(i, h)| (h.trim_start_matches('\u{feff}').to_lowercase(), i))
        .collect()
}

fn cell<'a>(row: &'a Row, cols: &BTreeMap<String, usize>, name: &str) -> &'a str {
    cols.get(name).map_or("", |&i| row.cell(i))
}

/// Splits a cell on the source's exact separator, trimming each part.
fn split<'a>(text: &'a str, sep: &'a str) -> impl Iterator<Item = String> + 'a {
    text.split(sep)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(String::from)
}

/// Flaredown: a row per check-in, a column per trackable. `Date` holds the local day
/// and the server's UTC clock: only the day is taken. Symptom and condition cells are
/// 0–4 (empty: not rated; 0: not active, no episode); treatment cells a dose, `Taken`
/// or the default `Not Taken`; Tags and Foods joined with "; ".
pub(crate) fn flaredown(rows: &[Row], r: &mut Reading) {
    let header = &rows[0];
    // Filled from the profile's postal code: left out.
    const WEATHER: [&str; 6] = [
        "Weather summary",
        "Weather max temperature",
        "Weather min temperature",
        "Weather pressure",
        "Weather precipitation intensity",
        "Weather humidity",
    ];
    for row in &rows[1..] {
        let Some(day) = when::iso_day(row.cell(0)) else {
            r.bad_date(row.line, row.cell(0));
            continue;
        };
        for (i, name) in header.cells.iter().enumerate() {
            let value = row.cell(i);
            let lower = name.to_lowercase();
            if lower == "date" || WEATHER.iter().any(|w| w.eq_ignore_ascii_case(name)) {
                continue;
            }
            if lower == "tags" || lower == "foods" {
                for tag in split(value, ";") {
                    let role = if lower == "tags" {
                        Role::Factor
                    } else {
                        Role::Skip
                    };
                    r.name_default(&tag, role);
                    r.items.push(Item::named(row.line, &tag, day));
                }
                continue;
            }
            match value.parse::<u8>() {
                // A rated symptom or condition: 0 is "not active", no episode.
                Ok(0) => {}
                Ok(v @ 1..=4) => {
                    r.name_default(name, Role::Skip);
                    let mut item = Item::named(row.line, name, day);
                    item.rated(words::intensity(&v.to_string(), 4), v.to_string(), "0–4");
                    r.items.push(item);
                }
                // Off the scale: still an entry of that trackable, its rating unknown.
                Ok(_) => {
                    r.name_default(name, Role::Skip);
                    let mut item = Item::named(row.line, name, day);
                    item.unread(name, value);
                    r.items.push(item);
                }
                // A treatment: a dose or "Taken" counts; "Not Taken" is Flaredown's default.
                Err(_) if !value.is_empty() && !value.eq_ignore_ascii_case("not taken") => {
                    r.name_default(name, Role::Medication);
                    r.items.push(Item::named(row.line, name, day));
                }
                Err(_) => {}
            }
        }
    }
    r.skip_columns(&WEATHER, header);
}

/// drip.: a row per day, newest first; `pain.*` and `mood.*` are `true`/`false`; notes
/// are lower-cased, and doubled quotes left unquoted are undone.
pub(crate) fn drip(rows: &[Row], r: &mut Reading) {
    let header = &rows[0];
    let cols = columns(header);
    let undo = |s: &str| s.replace("\"\"", "\"");
    for row in &rows[1..] {
        let Some(day) = when::iso_day(cell(row, &cols, "date")) else {
            r.bad_date(row.line, cell(row, &cols, "date"));
            continue;
        };
        for (i, name) in header.cells.iter().enumerate() {
            let is_flag = name.starts_with("pain.") || name.starts_with("mood.");
            if is_flag && row.cell(i) == "true" && !name.ends_with(".note") {
                let short = name.split_once('.').map_or(name.as_str(), |(_, n)| n);
                let default = if name == "pain.cramps" {
                    Role::Cramp
                } else if name.starts_with("mood.") {
                    Role::Factor
                } else {
                    Role::Skip
                };
                r.name_default(short, default);
                let mut item = Item::named(row.line, short, day);
                item.timing = Timing::Day;
                if name == "pain.cramps" {
                    item.notes = undo(cell(row, &cols, "pain.note"));
                }
                r.items.push(item);
            }
        }
        let note = undo(cell(row, &cols, "note.value"));
        if !note.is_empty() {
            r.day_notes.push((row.line, day, note));
        }
    }
    let unmapped: Vec<&str> = header
        .cells
        .iter()
        .map(String::as_str)
        .filter(|h| {
            !(h.starts_with("pain.")
                || h.starts_with("mood.")
                || *h == "date"
                || *h == "note.value")
        })
        .collect();
    r.skip_columns(&unmapped, header);
}

/// Bearable: a row per item per day segment, in either header layout. Symptoms carry
/// 1–4 and a segment (`pre`/`am`/`mid`/`pm`, a part of the day); factor groups list
/// items joined with " | " (emoji and " - level" stripped); medicines are day factors.
pub(crate) fn bearable(rows: &[Row], r: &mut Reading) {
    let cols = columns(&rows[0]);
    for row in &rows[1..] {
        let formatted = cell(row, &cols, "date formatted");
        let day = when::iso_day(formatted).or_else(|| when::ordinal_day(cell(row, &cols, "date")));
        let Some(day) = day else {
            r.bad_date(row.line, cell(row, &cols, "date"));
            continue;
        };
        let segment = cell(row, &cols, "time of day");
        let category = cell(row, &cols, "category");
        let detail = cell(row, &cols, "detail");
        let amount = cell(row, &cols, "rating/amount");
        match category.to_lowercase().as_str() {
            "symptom" => {
                let name = detail.rsplit_once(" (").map_or(detail, |(n, _)| n).trim();
                r.name_default(name, Role::Skip);
                let mut item = Item::named(row.line, name, day);
                match when::part_of_day(segment) {
                    Some(part) => item.timing = part,
                    None if segment.eq_ignore_ascii_case("all day") => {}
                    None => item.unread("time of day", segment),
                }
                let rated = item.read("rating/amount", amount, |a| words::intensity(a, 4));
                item.rated(rated, amount.to_string(), "1–4");
                r.items.push(item);
            }
            "meds/supplements" => {
                let name = detail.rsplit_once(" (").map_or(detail, |(n, _)| n).trim();
                r.name_default(name, Role::Medication);
                // Taken that day: a day factor, so its clock time is not kept.
                r.items.push(Item::named(row.line, name, day));
            }
            "mood"
            | "energy"
            | "gratitudes"
            | "food diary"
            | "nutrition"
            | "period"
            | "health measurements"
            | "sleep"
            | "sleep quality"
            | "bowel movements" => r.skip_row(category, row.line),
            _ => {
                for part in split(detail, "|") {
                    let name = strip_emoji(part.split(" - ").next().unwrap_or(&part));
                    let name = name.split(" – ").next().unwrap_or(&name).trim().to_string();
                    r.name_default(&name, Role::Factor);
                    r.items.push(Item::named(row.line, &name, day));
                }
            }
        }
    }
}

fn strip_emoji(text: &str) -> String {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim()
        .to_string()
}

/// Daylio: a row per entry, newest first; `full_date` is ISO, `time` a local wall clock
/// in the phone's format; activities joined with " | ", names possibly ending in a space.
pub(crate) fn daylio(rows: &[Row], r: &mut Reading) {
    let cols = columns(&rows[0]);
    for row in &rows[1..] {
        let full = cell(row, &cols, "full_date");
        let Some(day) = when::iso_day(full) else {
            r.bad_date(row.line, full);
            continue;
        };
        let time = cell(row, &cols, "time");
        let clock = when::clock(time);
        let note = [cell(row, &cols, "note_title"), cell(row, &cols, "note")]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(": ");
        for name in split(cell(row, &cols, "activities"), "|") {
            r.name_default(&name, Role::Factor);
            let mut item = Item::named(row.line, &name, day);
            item.clock = clock;
            if clock.is_none() {
                item.unread("time", time);
            }
            item.notes = note.clone();
            r.items.push(item);
        }
    }
    r.skip_columns(&["mood"], &rows[0]);
}

/// Migraine Buddy: a preamble table, then one row per attack from the row starting
/// `#, Started, Lasted`. `Started` is `M/D/YY H:MM` local with its UTC offset in minutes
/// east; Pain Level 0–10; lists joined with ", "; medicines and reliefs bucketed by how
/// much they helped.
pub(crate) fn migraine_buddy(rows: &[Row], r: &mut Reading) {
    let Some(start) = rows
        .iter()
        .position(|row| row.cell(0) == "#" && row.cell(1) == "Started")
    else {
        return;
    };
    let cols = columns(&rows[start]);
    r.name_default("", Role::Other);
    let helped: [(&str, Option<u8>); 4] = [
        ("helpful", Some(2)),
        ("somewhat helpful", Some(1)),
        ("unhelpful", Some(0)),
        ("unsure", None),
    ];
    for row in &rows[start + 1..] {
        let started = cell(row, &cols, "started");
        let (date, time) = started.split_once(' ').unwrap_or((started, ""));
        let Some(day) = when::day(date, Order::MonthFirst) else {
            r.bad_date(row.line, started);
            continue;
        };
        let mut item = Item::named(row.line, "", day);
        item.clock = item.read("Started", time, when::clock);
        item.offset_min = cell(row, &cols, "start utc offset (min)").parse().ok();
        item.duration_s = item.read("Lasted", cell(row, &cols, "lasted"), when::duration_s);
        let pain = cell(row, &cols, "pain level");
        item.intensity = item.read("Pain Level", pain, |p| words::intensity(p, 10));
        for place in split(cell(row, &cols, "pain positions"), ", ") {
            r.place(&mut item, &place, &place);
        }
        item.triggers = split(cell(row, &cols, "potential triggers"), ", ").collect();
        for (bucket, how) in helped {
            for what in ["medication", "non drug relief methods"] {
                for name in split(cell(row, &cols, &format!("{bucket} {what}")), ", ") {
                    if name.eq_ignore_ascii_case("no medication") {
                        continue;
                    }
                    match how {
                        Some(h) => item.reliefs.push((name, h, what == "medication")),
                        None => item.unsure.push(name),
                    }
                }
            }
        }
        item.notes = cell(row, &cols, "notes").to_string();
        r.items.push(item);
    }
    r.skip_columns(
        &[
            "Attack Types",
            "Attack Location",
            "Affected Activities",
            "Symptoms",
            "Most Bothersome Symptom",
            "Premonitory Symptoms",
            "Geohash",
        ],
        &rows[start],
    );
}
