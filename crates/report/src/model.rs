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

/// One kind logged in the period: its figures in words, and the period before's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KindLine {
    /// "Cramp".
    pub label: String,
    /// "34 episodes".
    pub episodes: String,
    pub cells: Vec<String>,
    pub previous: Vec<String>,
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

/// A treatment whose trial window falls in the report's period, in one box on page 1:
/// the change, its figures in sentences (and the patient's global impression), and the
/// caveat every trial carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrialBox {
    pub title: String,
    pub lines: Vec<String>,
    /// The latest global impression after the change, as a sentence (empty: none given).
    pub pgic: String,
    pub caveat: String,
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
    /// Marked (●) in a full appendix: it has notes or symptoms.
    pub marked: bool,
    pub kind: String,
    pub place: String,
    pub intensity: String,
    pub duration: String,
    pub triggers: String,
    pub reliefs: String,
    pub notes: String,
    /// Symptoms, woke from sleep and a burst's count, printed before the notes.
    pub flags: String,
    /// A long note is printed under its episode's row, across the page (see
    /// [`note_goes_below`]), not in the narrow notes column.
    pub note_below: bool,
}

/// One calendar month of the appendix: its episodes oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppendixMonth {
    /// "September 2026".
    pub label: String,
    /// Whether the month starts on a new page (see [`month_starts_page`]).
    pub new_page: bool,
    pub rows: Vec<AppendixRow>,
}

/// A month of at least this many episodes fills about a page of the appendix.
pub const MONTH_PAGE_ROWS: usize = 40;

/// Whether a month of the appendix starts on a new page: when it and the months since
/// the last page break each fill about a page. A doctor then finds a month at the top
/// of a page, the few episodes of a quiet month share a page with their neighbours, and
/// each run of pages between two breaks is laid out on its own (in parallel).
pub fn month_starts_page(rows_since_break: usize, month_rows: usize) -> bool {
    rows_since_break >= MONTH_PAGE_ROWS && month_rows >= MONTH_PAGE_ROWS
}

/// Notes longer than this many characters go under their episode's row.
pub const NOTE_BELOW_CHARS: usize = 160;

/// Whether a note is printed under its episode's row: a long note in the narrow notes
/// column made rows a page tall (78 pages for 500 episodes with long notes, 32 so).
pub fn note_goes_below(notes: &str) -> bool {
    notes.chars().count() > NOTE_BELOW_CHARS
}

/// How wide each chart is printed, in points: the template sizes the pictures from
/// these, and a test checks that no chart text prints under 7 pt at these widths (A4's
/// text width of 510 pt is the narrower paper's).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ChartWidths {
    pub frequency: f64,
    pub intensity: f64,
    pub heatmap: f64,
    pub body: f64,
    pub factors: f64,
    pub trial: f64,
}

/// The widths the report prints its charts at.
pub const CHART_WIDTHS: ChartWidths = ChartWidths {
    frequency: 510.0,
    intensity: 510.0,
    heatmap: 320.0,
    body: 120.0,
    factors: 316.0,
    trial: 340.0,
};

/// The smallest chart text a printed report may carry, in points.
pub const MIN_CHART_TEXT_PT: f64 = 7.0;

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
    /// The trial of page 1's box, across both windows (empty without one).
    #[serde(skip)]
    pub trial: String,
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

/// Everything the report says, in the order it says it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportModel {
    pub paper: Paper,
    /// The report's language (BCP 47), for hyphenation and quotes.
    pub lang: String,
    /// The template's words in that language, by name ("title", "none_written", …).
    pub words: std::collections::BTreeMap<String, String>,
    pub cover: Cover,
    /// Page 1: how often, how bad.
    pub how_often: HowOften,
    pub locations: Vec<Line>,
    /// Symptoms recorded with episodes: label, count, the last dates.
    pub symptoms: Symptoms,
    pub triggers: Noted<Line>,
    pub reliefs: Vec<Line>,
    pub medications: Vec<String>,
    /// Day-level factors with enough days (page 2), and a sentence on the rest.
    pub factors: Noted<FactorLine>,
    pub questions: String,
    /// None: the appendix was not asked for, or there is no episode to list.
    pub appendix: Option<Appendix>,
    /// Always [`CHART_WIDTHS`]; carried to the template in the data.
    pub chart_widths: ChartWidths,
    #[serde(skip)]
    pub charts: Charts,
}

/// Who and when: the report's first lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cover {
    /// The person's name, or empty.
    pub name: String,
    /// "born 12 March 1961", or empty.
    pub born: String,
    pub period_label: String,
    pub days: u32,
    pub generated_label: String,
    /// Year, month, day.
    pub generated_ymd: (i32, u8, u8),
}

/// Page 1's top: the figures, each kind's row, the Penn scale and the trial.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HowOften {
    pub total: u32,
    pub headline: Vec<Headline>,
    /// The line under the headline when it gives a change against the previous period
    /// (empty: none given).
    pub caveat: String,
    /// The headings of the kinds' cells, and one row per kind logged.
    pub kinds: KindTable,
    /// The Penn scale box: none when no spasm was logged and the patient rated nothing.
    pub psfs: Option<Psfs>,
    /// The newest treatment trial whose trial window starts in the period.
    pub trial: Option<TrialBox>,
}

/// The symptoms recorded with episodes: those worth asking about first, then the rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Symptoms {
    pub warning: Vec<Line>,
    pub others: Vec<Line>,
}

/// The kinds' table: the headings of a kind's cells, and one row per kind logged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KindTable {
    pub columns: Vec<String>,
    pub rows: Vec<KindLine>,
}

/// Rows and the sentence under them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Noted<T> {
    pub lines: Vec<T>,
    pub note: String,
}

/// The appendix: its heading, a sentence on the episodes it leaves out, and every
/// episode of the period by month, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Appendix {
    pub title: String,
    pub rest: String,
    pub months: Vec<AppendixMonth>,
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

    #[test]
    fn a_month_starts_a_page_only_after_and_before_a_page_of_episodes() {
        let page = MONTH_PAGE_ROWS;
        assert!(month_starts_page(page, page));
        assert!(month_starts_page(3 * page, page + 1));
        // A quiet month shares a page, with the months before it or after it.
        assert!(!month_starts_page(page, page - 1));
        assert!(!month_starts_page(page - 1, 5 * page));
        assert!(!month_starts_page(0, page));
    }
}
