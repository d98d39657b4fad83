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
            format!("Could not {what} {}: {e}.", file_name(path)),
        )
        .with_details(format!("{what} {}: {e:?}", path.display()))
    }

    /// Input that could not even be read (wrong shape, unknown field, wrong type).
    pub fn invalid_input(detail: impl std::fmt::Display) -> Self {
        AppError::new(
            "invalid_input",
            format!("The request was not understood: {detail}"),
        )
    }
}

/// A path as the UI names it: its file (or folder) name.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
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
