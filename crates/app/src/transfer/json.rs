//! The JSON export: every table, lossless, with a format name and version.

use super::{bad_file, JournalFile, FORMAT, FORMAT_VERSION, OLDEST_FORMAT_VERSION};
use crate::AppError;

/// The file as pretty JSON with a final newline.
pub(super) fn write(file: &JournalFile) -> Result<Vec<u8>, AppError> {
    let mut bytes = serde_json::to_vec_pretty(file).map_err(|e| {
        AppError::say("export_failed", |tr| tr.failure_export()).with_details(e.to_string())
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// The two fields read before anything else, so that another format or a newer
/// version is refused in words rather than as a shape error. Every other field
/// is skipped without being built.
#[derive(serde::Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

/// Reads a JSON export, refusing another format or a newer version in words. The file
/// is parsed once, straight into typed structs (no `serde_json::Value`); only when that
/// fails, or names another format or version, is its header read to say why in words.
pub(super) fn parse(bytes: &[u8]) -> Result<JournalFile, AppError> {
    let supported =
        |v: u64| (u64::from(OLDEST_FORMAT_VERSION)..=u64::from(FORMAT_VERSION)).contains(&v);
    match serde_json::from_slice::<JournalFile>(bytes) {
        Ok(file) if file.format == FORMAT && supported(u64::from(file.version)) => Ok(file),
        parsed => {
            let header: Header = serde_json::from_slice(bytes).map_err(|e| match e.classify() {
                serde_json::error::Category::Data => {
                    bad_file(|tr| tr.import_not_an_export()).with_details(e.to_string())
                }
                serde_json::error::Category::Eof => {
                    let line = e.line();
                    bad_file(move |tr| tr.import_ends_early(line)).with_details(e.to_string())
                }
                _ => {
                    let (line, column) = (e.line(), e.column());
                    bad_file(move |tr| tr.import_not_json(column, line)).with_details(e.to_string())
                }
            })?;
            if header.format.as_deref() != Some(FORMAT) {
                return Err(bad_file(|tr| tr.import_no_format()));
            }
            match header.version {
                Some(v) if supported(v) => {}
                Some(v) if v > u64::from(FORMAT_VERSION) => {
                    return Err(bad_file(move |tr| tr.import_newer(v)))
                }
                _ => return Err(bad_file(|tr| tr.import_no_version())),
            }
            parsed.map_err(|e| {
                let (line, column) = (e.line(), e.column());
                bad_file(move |tr| tr.import_unexpected(column, line)).with_details(e.to_string())
            })
        }
    }
}
