//! The field rules every entry path shares (the screens, the command line, imports):
//! dates, names, doses, notes, and a field's error in words.

use time::macros::format_description;
use twinge_core::vocab::MAX_VOCAB_CHARS;
use twinge_core::MAX_NOTES_CHARS;

use crate::{AppError, FieldError};

pub(crate) fn field_error(field: &str, code: &str, message: &str) -> AppError {
    AppError {
        code: code.into(),
        message: message.into(),
        fields: vec![FieldError {
            field: field.into(),
            code: code.into(),
            message: message.into(),
        }],
        details: None,
    }
}

/// Checks a local date written `YYYY-MM-DD`.
pub(crate) fn parse_date(field: &str, text: &str) -> Result<time::Date, AppError> {
    time::Date::parse(text.trim(), format_description!("[year]-[month]-[day]")).map_err(|_| {
        field_error(
            field,
            "bad_date",
            &format!("“{text}” is not a date; write it like 2026-11-20."),
        )
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
        return Err(field_error(
            field,
            "date_out_of_range",
            &format!(
                "“{}” is before {FIRST_RECORD_YEAR}; check the year.",
                text.trim()
            ),
        ));
    }
    if d > today.saturating_add(time::Duration::days(366)) {
        return Err(field_error(
            field,
            "date_out_of_range",
            &format!(
                "“{}” is more than a year ahead; check the year.",
                text.trim()
            ),
        ));
    }
    Ok(d)
}

pub(crate) fn check_name(field: &str, name: &str) -> Result<String, AppError> {
    let name = name.trim();
    let n = name.chars().count();
    if n == 0 || n > MAX_VOCAB_CHARS {
        return Err(field_error(
            field,
            "bad_name",
            &format!("A name needs 1 to {MAX_VOCAB_CHARS} characters."),
        ));
    }
    Ok(name.to_string())
}

/// Checks a dose (empty means none).
pub(crate) fn check_dose(dose: &str) -> Result<(), AppError> {
    if dose.trim().chars().count() > MAX_VOCAB_CHARS {
        return Err(field_error(
            "dose",
            "bad_dose",
            &format!("A dose can be at most {MAX_VOCAB_CHARS} characters."),
        ));
    }
    Ok(())
}

/// The longest name printed on the report.
pub const MAX_DISPLAY_NAME_CHARS: usize = 100;

/// Checks the name printed on the report.
pub(crate) fn check_display_name(name: &str) -> Result<(), AppError> {
    if name.chars().count() > MAX_DISPLAY_NAME_CHARS {
        return Err(field_error(
            "display_name",
            "name_too_long",
            &format!("The name can be at most {MAX_DISPLAY_NAME_CHARS} characters."),
        ));
    }
    Ok(())
}

pub(crate) fn check_note(note: &str) -> Result<(), AppError> {
    if note.chars().count() > MAX_NOTES_CHARS {
        return Err(field_error(
            "note",
            "notes_too_long",
            &format!("A note can be at most {MAX_NOTES_CHARS} characters."),
        ));
    }
    Ok(())
}
