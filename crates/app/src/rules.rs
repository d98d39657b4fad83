//! The field rules every entry path shares (the screens, the command line, imports):
//! dates, names, doses, notes, and a field's error in words.

use time::macros::format_description;
use twinge_core::vocab::MAX_VOCAB_CHARS;
use twinge_core::MAX_NOTES_CHARS;

use crate::AppError;

/// Checks a local date written `YYYY-MM-DD`.
pub(crate) fn parse_date(field: &str, text: &str) -> Result<time::Date, AppError> {
    time::Date::parse(text.trim(), format_description!("[year]-[month]-[day]")).map_err(|_| {
        let text = text.to_string();
        AppError::field(field, "bad_date", move |tr| {
            tr.failure_not_a_date(text.as_str())
        })
    })
}

/// The earliest year a record (an appointment, a medication change, a check-in, a quiet
/// day) may carry: a typo such as 0011-12-12 is refused, not saved.
pub const FIRST_RECORD_YEAR: i32 = 1900;

/// A record's date: a date from 1900 to a year after `today` (`latest_today`).
pub(crate) fn parse_record_date(
    field: &str,
    text: &str,
    today: time::Date,
) -> Result<time::Date, AppError> {
    let d = parse_date(field, text)?;
    if d.year() < FIRST_RECORD_YEAR {
        let text = text.trim().to_string();
        return Err(AppError::field(field, "date_out_of_range", move |tr| {
            tr.failure_date_too_early(text.as_str(), FIRST_RECORD_YEAR)
        }));
    }
    if d > today.saturating_add(time::Duration::days(366)) {
        let text = text.trim().to_string();
        return Err(AppError::field(field, "date_out_of_range", move |tr| {
            tr.failure_date_too_late(text.as_str())
        }));
    }
    Ok(d)
}

pub(crate) fn check_name(field: &str, name: &str) -> Result<String, AppError> {
    let name = name.trim();
    let n = name.chars().count();
    if n == 0 || n > MAX_VOCAB_CHARS {
        return Err(AppError::field(field, "bad_name", |tr| {
            tr.failure_name_length(MAX_VOCAB_CHARS)
        }));
    }
    Ok(name.to_string())
}

/// Checks a dose (empty means none).
pub(crate) fn check_dose(dose: &str) -> Result<(), AppError> {
    if dose.trim().chars().count() > MAX_VOCAB_CHARS {
        return Err(AppError::field("dose", "bad_dose", |tr| {
            tr.failure_dose_length(MAX_VOCAB_CHARS)
        }));
    }
    Ok(())
}

/// The longest name printed on the report.
pub const MAX_DISPLAY_NAME_CHARS: usize = 100;

/// Checks the name printed on the report.
pub(crate) fn check_display_name(name: &str) -> Result<(), AppError> {
    if name.chars().count() > MAX_DISPLAY_NAME_CHARS {
        return Err(AppError::field("display_name", "name_too_long", |tr| {
            tr.failure_display_name_length(MAX_DISPLAY_NAME_CHARS)
        }));
    }
    Ok(())
}

pub(crate) fn check_note(note: &str) -> Result<(), AppError> {
    if note.chars().count() > MAX_NOTES_CHARS {
        return Err(AppError::field("note", "notes_too_long", |tr| {
            tr.failure_note_length(MAX_NOTES_CHARS)
        }));
    }
    Ok(())
}
