//! What the report shows, already in words and numbers: the report crate only lays it out.

use serde::{Deserialize, Serialize};

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    A4,
    UsLetter,
}

/// One headline number with its previous-period comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Headline {
    pub label: String,
    pub value: String,
    pub previous: String,
}

/// Penn Spasm Frequency Scale style ratings: suggested from the log, or self-rated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Psfs {
    pub frequency: u8,
    pub frequency_text: String,
    pub severity: u8,
    pub severity_text: String,
    /// The heading's qualifier: "self-rated" once the patient confirmed the ratings,
    /// "suggested from the log" until then.
    pub rated_by: String,
    /// How it was set, in a few words after the ratings.
    pub source: String,
}

/// A line of a small table: a label, a count and a note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub label: String,
    pub count: String,
    pub note: String,
}

/// One episode in the appendix, already formatted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppendixRow {
    pub when: String,
    pub kind: String,
    pub place: String,
    pub intensity: String,
    pub duration: String,
    pub triggers: String,
    pub reliefs: String,
    pub notes: String,
    /// A long note is printed under its episode's row, across the page (see
    /// [`note_goes_below`]), not in the narrow notes column.
    pub note_below: bool,
}

/// Notes longer than this many characters go under their episode's row.
pub const NOTE_BELOW_CHARS: usize = 160;

/// Whether a note is printed under its episode's row: a long note in the narrow notes
/// column made rows a page tall (78 pages for 500 episodes with long notes, 32 so).
pub fn note_goes_below(notes: &str) -> bool {
    notes.chars().count() > NOTE_BELOW_CHARS
}

/// The charts, as SVG.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Charts {
    #[serde(skip)]
    pub frequency: String,
    #[serde(skip)]
    pub body: String,
    #[serde(skip)]
    pub heatmap: String,
    #[serde(skip)]
    pub intensity: String,
    /// The day-level factors as a forest plot.
    #[serde(skip)]
    pub factors: String,
}

/// One day-level comparison with enough days on both sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactorLine {
    pub label: String,
    /// Days, episodes and episodes a day with the factor, and without.
    pub with: String,
    pub without: String,
    /// The rate ratio and its 95% interval.
    pub ratio: String,
}

/// Everything the report says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportModel {
    pub paper: Paper,
    /// The person's name, or empty.
    pub name: String,
    pub period_label: String,
    pub days: u32,
    pub generated_label: String,
    /// Year, month, day.
    pub generated_ymd: (i32, u8, u8),
    pub total: u32,
    pub headline: Vec<Headline>,
    pub kinds_line: String,
    pub psfs: Psfs,
    pub locations: Vec<Line>,
    pub triggers: Vec<Line>,
    pub triggers_note: String,
    pub reliefs: Vec<Line>,
    pub medications: Vec<String>,
    /// Day-level factors with enough days (page 2), and a sentence on the rest.
    pub factors: Vec<FactorLine>,
    pub factors_note: String,
    pub questions: String,
    pub include_appendix: bool,
    pub appendix: Vec<AppendixRow>,
    #[serde(skip)]
    pub charts: Charts,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_goes_below_its_row_past_160_characters_not_bytes() {
        assert!(!note_goes_below(&"a".repeat(NOTE_BELOW_CHARS)));
        assert!(note_goes_below(&"a".repeat(NOTE_BELOW_CHARS + 1)));
        // 160 Cyrillic letters are 320 bytes and still fit the notes column.
        assert!(!note_goes_below(&"ж".repeat(NOTE_BELOW_CHARS)));
    }
}
