//! A diary file's bytes as rows of cells: its text and separator as transfer/read.rs
//! finds them for every CSV file ([`decode`], [`separator`]); the csv crate splits the
//! cells, leniently: rows may differ in length and blank lines are skipped.

pub(crate) use crate::transfer::decode;
use crate::transfer::separator;
use crate::AppError;

/// One row of the file: its line number (from 1) and its cells, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub line: u32,
    pub cells: Vec<String>,
}

impl Row {
    /// The cell at `i`, or an empty one past the row's end.
    pub fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", String::as_str)
    }
}

/// Most cells one row may have: more is not a diary.
const MAX_CELLS: usize = 2_000;

fn unreadable(why: impl Fn(&crate::Tr) -> String + Send + Sync + 'static) -> AppError {
    AppError::say("bad_import_file", move |tr| tr.import_bad_file(why(tr)))
}

/// The rows of the text, blank ones left out.
pub(crate) fn rows(text: &str) -> Result<Vec<Row>, AppError> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Lines are counted here from each record's byte offset (the csv crate's own count
    // runs behind on CRLF files).
    let (mut counted_to, mut line) = (0usize, 1u32);
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            unreadable(move |tr| tr.peer_unreadable_line(line)).with_details(e.to_string())
        })?;
        // The position is where the reader stood: skip the line ends after it.
        let bytes = text.as_bytes();
        let mut at = record
            .position()
            .map_or(counted_to, |p| p.byte() as usize)
            .max(counted_to);
        while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
            at += 1;
        }
        line += bytes[counted_to..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32;
        counted_to = at;
        if record.len() > MAX_CELLS {
            return Err(unreadable(move |tr| {
                tr.peer_too_many_cells(line, MAX_CELLS)
            }));
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // No diary writes control characters, and a formula is a spreadsheet's
        // instruction, not something a person recorded.
        if record.iter().any(|c| {
            c.chars()
                .any(|ch| ch.is_control() && !matches!(ch, '\t' | '\n' | '\r'))
        }) {
            return Err(unreadable(move |tr| tr.peer_control_character(line)));
        }
        if record.iter().any(|c| {
            let c = c.trim_start();
            (c.starts_with('=') || c.starts_with('@')) && c.contains('(')
        }) {
            return Err(unreadable(move |tr| tr.peer_formula(line)));
        }
        rows.push(Row {
            line,
            cells: record.iter().map(|c| c.trim().to_string()).collect(),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_and_separators() {
        let german = "Datum;Stärke\r\n17.2.24;7/10\r\n";
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(german.as_bytes());
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(german);
        let mut utf16 = vec![0xFF, 0xFE];
        for u in german.encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        for bytes in [german.as_bytes().to_vec(), bom, cp1252.into_owned(), utf16] {
            let rows = rows(&decode(&bytes).unwrap()).unwrap();
            assert_eq!(rows[0].cells, ["Datum", "Stärke"]);
            assert_eq!((rows[1].line, rows[1].cell(1)), (2, "7/10"));
        }
        let tabs = rows("a\tb,c\td\n1\t2,3\t4\n").unwrap();
        assert_eq!(tabs[0].cells, ["a", "b,c", "d"]);
        let quoted = rows("\"Date\",\"Time Period\"\n\n\"1, 2\",\"x\"").unwrap();
        assert_eq!(quoted[1].cells, ["1, 2", "x"]);
        assert!(decode(b"PK\x03\x04\0\0binary").is_err());
        assert!(rows("a,b\n1,\u{7}\n").is_err());
        assert!(rows("a,b\n1,=HYPERLINK(\"x\")\n").is_err());
        assert!(rows("a,b\n1,=5 Mal\n").is_ok());
    }
}
