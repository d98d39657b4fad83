//! What the report tests share: a PDF's text as pdftotext reads it.

#![allow(dead_code)]

pub mod journals;

use std::process::Command;

use std::sync::Arc;

use twinge_app::{
    AppendixChoice, EpisodeInput, FixedClock, LocationInput, PaperSize, ReliefInput, ReportRequest,
};

/// 2026-11-20T09:00:00Z
pub const NOW_MS: i64 = 1_795_165_200_000;

/// A clock stopped at [`NOW_MS`], an hour east of UTC.
pub fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::new(NOW_MS, 60))
}

/// A two-minute cramp at 7/10 in the left calf that woke the person, with `notes`.
pub fn woken_cramp(notes: &str) -> EpisodeInput {
    EpisodeInput {
        duration_s: Some(120),
        intensity: Some(7),
        woke_from_sleep: true,
        notes: notes.into(),
        ..cramp("2026-11-20T03:10:00+01:00")
    }
}

/// A journal in `dir` with `episode` logged.
pub fn logged(dir: &std::path::Path, episode: &EpisodeInput) -> twinge_app::Journal {
    let mut j = twinge_app::Journal::open(dir, clock()).unwrap();
    j.log(episode).unwrap();
    j
}

/// A journal in `dir` with `episode` logged, then encrypted with `passcode`.
pub fn encrypted_with(
    dir: &std::path::Path,
    episode: &EpisodeInput,
    passcode: &str,
) -> twinge_app::Journal {
    let mut j = logged(dir, episode);
    j.set_passcode(None, passcode).unwrap();
    j
}

/// Overwrites a page in the middle of the journal in `dir`, so that it no longer opens;
/// returns the file as it now is.
pub fn damage(dir: &std::path::Path) -> Vec<u8> {
    let db = dir.join("twinge.db");
    let mut bytes = std::fs::read(&db).unwrap();
    let at = bytes.len() / 2 / 4096 * 4096;
    bytes[at..at + 4096].fill(0xde);
    std::fs::write(&db, &bytes).unwrap();
    bytes
}

/// Why the journal in `dir` does not unlock with `passcode` (the error's code); the
/// test fails when it does.
pub fn refusal(dir: &std::path::Path, passcode: &str) -> String {
    twinge_app::Journal::unlock(dir, passcode, clock())
        .unwrap_err()
        .code
}

/// How many episodes the journal lists.
pub fn episode_count(j: &twinge_app::Journal) -> usize {
    episodes(j).len()
}

/// Every episode the journal lists, newest first.
pub fn episodes(j: &twinge_app::Journal) -> Vec<twinge_app::EpisodeDto> {
    j.list(&twinge_app::ListQuery::default()).unwrap().episodes
}

/// The listed episode that `pick` chooses; the test fails when there is none.
pub fn episode(
    j: &twinge_app::Journal,
    pick: impl Fn(&twinge_app::EpisodeDto) -> bool,
) -> twinge_app::EpisodeDto {
    episodes(j)
        .into_iter()
        .find(|e| pick(e))
        .expect("no listed episode is the one asked for")
}

/// A cramp with every detail filled in: duration, a trigger, a relief, a symptom,
/// woke from sleep and a note.
pub fn detailed_cramp() -> EpisodeInput {
    EpisodeInput {
        triggers: vec!["Lying down / night".into()],
        reliefs: vec![ReliefInput {
            relief: "stretching".into(),
            helped: 3,
        }],
        associated: vec!["stiffness".into()],
        ..woken_cramp("woke me up")
    }
}

/// A cramp at the left calf, intensity 6 for a minute, starting `at` (RFC 3339); tests
/// change what they need with `..cramp(at)`.
pub fn cramp(at: &str) -> EpisodeInput {
    EpisodeInput {
        kind: "cramp".into(),
        started_at: at.to_string(),
        duration_s: Some(60),
        intensity: Some(6),
        locations: vec![LocationInput {
            region: "calf".into(),
            side: "left".into(),
        }],
        ..Default::default()
    }
}

/// The report of `from` to `to` on A4 without questions or ratings.
/// An appointment on `date` with `note`, without a Global Impression.
pub fn appointment(date: &str, note: &str) -> twinge_app::AppointmentInput {
    twinge_app::AppointmentInput {
        date: date.into(),
        note: note.into(),
        pgic: None,
    }
}

pub fn request(from: &str, to: &str, appendix: AppendixChoice) -> ReportRequest {
    ReportRequest {
        from: from.into(),
        to: to.into(),
        paper: PaperSize::A4,
        questions: String::new(),
        appendix,
        psfs_frequency: None,
        psfs_severity: None,
        language: None,
    }
}

/// The doctor's PDF of `from` to `to` (see [`request`]).
pub fn report(j: &twinge_app::Journal, from: &str, to: &str, appendix: AppendixChoice) -> Vec<u8> {
    j.report_pdf(&request(from, to, appendix)).unwrap()
}

/// The text of pages `first` to `last` of a PDF, line by line as pdftotext lays it out.
fn pdf_text(pdf: &[u8], first: u32, last: u32) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-f", &first.to_string(), "-l", &last.to_string()])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The words of pages `first` to `last` of a PDF, one space between them.
pub fn pdf_words(pdf: &[u8], first: u32, last: u32) -> String {
    pdf_text(pdf, first, last)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The lines of one page.
pub fn pdf_lines(pdf: &[u8], page: u32) -> String {
    pdf_text(pdf, page, page)
}

/// How many pages a PDF has (pdftotext marks each page's end with a form feed).
pub fn page_count(pdf: &[u8]) -> u32 {
    pdf_text(pdf, 1, u32::MAX).matches('\u{c}').count() as u32
}

/// The words of every page.
pub fn all_words(pdf: &[u8]) -> String {
    pdf_words(pdf, 1, u32::MAX)
}

/// A test file of another app's export (tests/peers/).
pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/peers/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// A small reproducible random sequence (xorshift64) for generated hostile files.
pub fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut rng = seed;
    move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    }
}

/// Insights of `from` to `to`, in the light theme.
pub fn insights(j: &twinge_app::Journal, from: &str, to: &str) -> twinge_app::InsightsDto {
    j.insights(&twinge_app::InsightsQuery {
        from: from.into(),
        to: to.into(),
        dark: false,
    })
    .unwrap()
}

/// One text of a chart: its words, where it is anchored, its size and its anchor, and
/// whether it is turned (an axis title, along the height).
pub struct SvgText {
    pub words: String,
    pub x: f64,
    pub size: f64,
    pub anchor: String,
    pub turned: bool,
}

/// A chart's width and every text it draws.
pub fn svg_texts(svg: &str) -> (f64, Vec<SvgText>) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let width: f64 = doc
        .root_element()
        .attribute("width")
        .and_then(|w| w.trim_end_matches("px").parse().ok())
        .expect("an SVG width");
    let texts = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "text")
        .filter_map(|n| {
            let attr = |name: &str| n.ancestors().find_map(|a| a.attribute(name));
            Some(SvgText {
                words: n
                    .descendants()
                    .filter(|d| d.is_text())
                    .filter_map(|d| d.text())
                    .collect::<String>()
                    .trim()
                    .to_string(),
                x: attr("x")?.parse().ok()?,
                size: attr("font-size")?.trim_end_matches("px").parse().ok()?,
                anchor: attr("text-anchor").unwrap_or("start").to_string(),
                turned: attr("transform").is_some(),
            })
        })
        .collect();
    (width, texts)
}
