//! The file an import reads: its format (from its name when not said), and its bytes —
//! only a regular file, never more than [`MAX_IMPORT_BYTES`]; a CSV file's text and
//! separator, for Twinge's own CSV and another app's alike. The encoding comes from a
//! BOM (UTF-8 or UTF-16), else UTF-8 when the bytes are valid UTF-8, else what
//! chardetng guesses (a Windows code page from "CSV (Trennzeichen-getrennt)"); the
//! separator (`,`, `;` or a tab) is the one the first line holds most of outside quotes,
//! as a spreadsheet saving in a German or French locale writes `;`.

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

/// The file's text, whatever its encoding.
pub(crate) fn decode(bytes: &[u8]) -> Result<String, AppError> {
    let (text, had_errors) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, bom)) => {
            let (text, errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
            (text.into_owned(), errors)
        }
        None => match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), false),
            Err(_) => {
                let mut detector = chardetng::EncodingDetector::new();
                detector.feed(bytes, true);
                let encoding = detector.guess(None, true);
                let (text, _, errors) = encoding.decode(bytes);
                (text.into_owned(), errors)
            }
        },
    };
    // A spreadsheet's own file (.xlsx, .ods) or anything else that is not text.
    if had_errors || text.contains('\0') {
        return Err(bad_file(|tr| tr.peer_not_text()));
    }
    Ok(text)
}

/// The separator the first line holds most of outside quotes: `,` when none.
pub(crate) fn separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], i == 0)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}
