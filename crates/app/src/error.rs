//! The one error type the UI and the command line see: a stable code and a message in words.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::{ValidationError, ValidationErrors};
use twinge_store::StoreError;

/// A problem with one field of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: String,
}

/// Every failure of a use case. `fields` lists per-field problems when the input was
/// invalid. The message names files by their file name only; `details`, when there is
/// more to tell (full paths, what SQLite or the system said), is for "Copy details".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub details: Option<String>,
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        AppError {
            code: code.to_string(),
            message: message.into(),
            fields: Vec::new(),
            details: None,
        }
    }

    /// The same error with `details` for "Copy details".
    pub fn with_details(mut self, details: impl Into<String>) -> Self {
        self.details = Some(details.into());
        self
    }

    /// A file that could not be read, written, moved …: named by its file name, with
    /// the full path and the system's words in the details.
    pub(crate) fn io(what: &str, path: &Path, e: &std::io::Error) -> Self {
        AppError::new(
            "io_error",
            format!("Could not {what} {}: {}.", file_name(path), io_words(e)),
        )
        .with_details(format!("{what} {}: {e} ({e:?})", path.display()))
    }

    /// Something Twinge itself could not do (a report, a chart, a key): said in
    /// Twinge's words, with what the library or the system said in the details.
    pub(crate) fn internal(message: impl Into<String>, cause: impl std::fmt::Display) -> Self {
        AppError::new("internal", message).with_details(cause.to_string())
    }

    /// Input that could not even be read (wrong shape, unknown field, wrong type).
    pub fn invalid_input(detail: impl std::fmt::Display) -> Self {
        AppError::new(
            "invalid_input",
            format!("The request was not understood: {detail}"),
        )
    }
}

/// Why a file operation failed, in a person's words; the system's own text goes to
/// the details.
pub fn io_words(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "it is not there (moved or deleted?)",
        K::PermissionDenied => "this computer does not allow Twinge to do that there",
        K::AlreadyExists => "a file of that name is already there",
        K::StorageFull | K::QuotaExceeded => "the disk is full",
        K::ReadOnlyFilesystem => "the disk or folder can only be read",
        K::IsADirectory => "it is a folder, not a file",
        K::NotADirectory => "a part of its path is a file, not a folder",
        K::FileTooLarge => "the file is too large",
        K::Interrupted | K::TimedOut | K::WouldBlock => "the system was busy; try again",
        K::InvalidData | K::UnexpectedEof => "its contents could not be read",
        _ => "the system refused",
    }
}

/// A path as the UI names it: its file (or folder) name.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// A value from a file as echoed in a message: at most 80 characters.
pub(crate) fn shown(value: &str) -> String {
    const MAX: usize = 80;
    if value.chars().count() <= MAX {
        value.to_string()
    } else {
        let head: String = value.chars().take(MAX - 1).collect();
        format!("{head}…")
    }
}

/// Capitalises the first letter, for messages shown on their own.
pub(crate) fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl From<ValidationError> for AppError {
    fn from(e: ValidationError) -> Self {
        AppError::from(ValidationErrors(vec![e]))
    }
}

impl From<ValidationErrors> for AppError {
    fn from(errors: ValidationErrors) -> Self {
        let fields: Vec<FieldError> = errors
            .0
            .iter()
            .map(|e| FieldError {
                field: e.field().to_string(),
                code: e.code().to_string(),
                message: sentence(&e.to_string()),
            })
            .collect();
        let (code, message) = fields
            .first()
            .map(|f| (f.code.clone(), f.message.clone()))
            .unwrap_or_else(|| ("invalid_input".into(), "The entry is not valid.".into()));
        AppError {
            code,
            message,
            fields,
            details: None,
        }
    }
}

impl From<StoreError> for AppError {
    /// The store names files by their whole path; the message keeps only the file name,
    /// and the whole text goes to the details.
    fn from(e: StoreError) -> Self {
        let full = sentence(&e.to_string());
        let message = match &e {
            StoreError::NotADatabase { path }
            | StoreError::Corrupt { path, .. }
            | StoreError::WrongKey { path } => {
                full.replace(&path.display().to_string(), &file_name(path))
            }
            _ => full.clone(),
        };
        let technical = matches!(e, StoreError::Sqlite(_) | StoreError::Io(_));
        let error = AppError::new(e.code(), message.clone());
        if message != full || technical {
            error.with_details(format!("{full} ({e:?})"))
        } else {
            error
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_error_is_said_in_words_and_the_system_text_is_kept_for_the_details() {
        let e = std::io::Error::from_raw_os_error(13); // EACCES
        let error = AppError::io("write", Path::new("/some/where/twinge.pdf"), &e);
        assert_eq!(
            error.message,
            "Could not write twinge.pdf: this computer does not allow Twinge to do that there."
        );
        let details = error.details.unwrap();
        assert!(details.contains("/some/where/twinge.pdf"), "{details}");
        assert!(details.contains("os error 13"), "{details}");
        let full = std::io::Error::from_raw_os_error(28); // ENOSPC
        assert!(AppError::io("write", Path::new("a.json"), &full)
            .message
            .ends_with("the disk is full."));
    }
}
