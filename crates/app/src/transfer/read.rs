//! The file an import reads: its format (from its name when not said), and its bytes —
//! only a regular file, never more than [`MAX_IMPORT_BYTES`].

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{bad_file, MAX_IMPORT_BYTES};
use crate::AppError;

/// File formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    Json,
    Csv,
}

impl FileFormat {
    /// The format a file name says: CSV for `.csv` (any case), JSON otherwise.
    pub fn of_path(path: &Path) -> FileFormat {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        {
            FileFormat::Csv
        } else {
            FileFormat::Json
        }
    }

    /// The format named by its code, `json` or `csv`.
    pub fn from_code(code: &str) -> Result<FileFormat, AppError> {
        match code {
            "json" => Ok(FileFormat::Json),
            "csv" => Ok(FileFormat::Csv),
            other => {
                let other = other.to_string();
                Err(AppError::say("bad_format", move |tr| {
                    tr.import_bad_format(other.as_str())
                }))
            }
        }
    }
}

/// Reads a file to import; `format` defaults to what its name says. Only a regular file
/// is read, and never more than [`MAX_IMPORT_BYTES`] of it.
pub(crate) fn read_import(
    path: &Path,
    format: Option<FileFormat>,
) -> Result<(Vec<u8>, FileFormat), AppError> {
    use std::io::Read;
    let name = crate::error::file_name(path);
    let unreadable = |e: std::io::Error| AppError::io("read", path, &e);
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if !meta.is_file() {
        return Err(bad_file(move |tr| tr.import_not_a_file(name.as_str())));
    }
    if meta.len() > MAX_IMPORT_BYTES as u64 {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    Ok((bytes, format.unwrap_or_else(|| FileFormat::of_path(path))))
}

pub(crate) fn too_large(bytes: u64) -> AppError {
    AppError::say("import_too_large", move |tr| {
        tr.import_too_large(MAX_IMPORT_BYTES / 1_000_000, bytes / 1_000_000)
    })
}
