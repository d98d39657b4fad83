//! The one error type the UI and the command line see: a stable code and a message in words.

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

/// Every failure of a use case. `fields` lists per-field problems when the input was invalid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldError>,
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        AppError {
            code: code.to_string(),
            message: message.into(),
            fields: Vec::new(),
        }
    }

    /// Input that could not even be read (wrong shape, unknown field, wrong type).
    pub fn invalid_input(detail: impl std::fmt::Display) -> Self {
        AppError::new(
            "invalid_input",
            format!("The request was not understood: {detail}"),
        )
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
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::new(e.code(), sentence(&e.to_string()))
    }
}
