//! A spreadsheet's own file (.xlsx, .xls, .ods) read with calamine: the first sheet's
//! cells as the text a CSV export of it would hold — a date cell as an ISO date, a time
//! cell as `HH:MM`, a date and time as both, a duration in minutes.

use calamine::{Data, Reader};
use time::{Date, Duration, Month};

use super::text::Row;
use crate::AppError;

/// Whether the bytes are a zip (.xlsx, .ods) or an OLE file (.xls).
pub(crate) fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

fn unreadable(e: impl std::fmt::Display) -> AppError {
    AppError::say("bad_import_file", |tr| {
        tr.import_bad_file(tr.peer_not_a_workbook())
    })
    .with_details(e.to_string())
}

/// The rows of the workbook's first sheet, blank ones left out; the line of a row is its
/// row number in the sheet.
pub(crate) fn rows(bytes: &[u8]) -> Result<Vec<Row>, AppError> {
    let mut book =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(unreadable)?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable("no sheet"))?
        .map_err(unreadable)?;
    let first = range.start().map_or(0, |(row, _)| row);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, cells)| Row {
            line: first + i as u32 + 1,
            cells: cells.iter().map(text).collect(),
        })
        .filter(|row| row.cells.iter().any(|c| !c.is_empty()))
        .collect())
}

/// A cell as text.
fn text(cell: &Data) -> String {
    match cell {
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => (*f as i64).to_string(),
        Data::Float(f) => f.to_string(),
        Data::String(s) => s.trim().to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) if d.is_duration() => format!("{}", (d.as_f64() * 1440.0).round()),
        Data::DateTime(d) => serial(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// A spreadsheet's date serial (days since 30 December 1899, the fraction the time).
fn serial(value: f64) -> String {
    let days = value.floor();
    let seconds = ((value - days) * 86_400.0).round() as i64;
    let clock = format!("{:02}:{:02}", seconds / 3600 % 24, seconds % 3600 / 60);
    let Ok(epoch) = Date::from_calendar_date(1899, Month::December, 30) else {
        return String::new();
    };
    match (days as i64, seconds) {
        (0, _) => clock,
        (d, 0) => epoch
            .checked_add(Duration::days(d))
            .map_or_else(String::new, |d| d.to_string()),
        (d, _) => epoch
            .checked_add(Duration::days(d))
            .map_or_else(String::new, |d| format!("{d} {clock}")),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn serials_become_dates_and_times() {
        assert_eq!(super::serial(45_339.0), "2024-02-17");
        assert_eq!(super::serial(0.260_416_666_7), "06:15");
        assert_eq!(super::serial(45_339.5), "2024-02-17 12:00");
    }
}
