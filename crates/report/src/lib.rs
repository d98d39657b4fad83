//! The doctor's PDF. A [`ReportModel`] (built by `twinge-app` from the journal)
//! is typeset by Typst, used as a library, with the template `report.typ` embedded
//! in the binary, the model passed in as JSON and the charts as SVG files (they stay
//! vectors). Fonts are bundled: DejaVu Sans (Latin, Greek, Cyrillic and more).
//!
//! Invariants: no database and no clock here (the generation date is part of the
//! model); the same model gives the same bytes.

mod model;
mod world;

pub use model::*;

use typst::foundations::Smart;
use typst_layout::PagedDocument;

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the report could not be laid out: {0}")]
    Layout(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// How many reports a memoized layout result survives unused.
const CACHE_AGE: usize = 5;

/// Forgets every memoized layout result (for measuring a report made from scratch).
pub fn clear_caches() {
    typst::comemo::evict(0);
}

/// Typesets the model into PDF bytes.
pub fn render_pdf(model: &ReportModel) -> Result<Vec<u8>, ReportError> {
    let document = layout(model)?;
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom("twinge-report".into()),
        creator: Smart::Custom(Some("Twinge".into())),
        ..Default::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| ReportError::Pdf(messages(&errors)))
}

/// Typst's errors in one line.
fn messages(errors: &[typst::diag::SourceDiagnostic]) -> String {
    let all: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
    all.join("; ")
}

/// Lays the model out into pages (for the PDF, and for counting pages).
pub fn layout(model: &ReportModel) -> Result<PagedDocument, ReportError> {
    let world = world::ReportWorld::new(model).map_err(ReportError::Layout)?;
    let warned = typst::compile::<PagedDocument>(&world);
    // Typst memoizes layout work, which makes the export after a preview quick; results
    // unused for a few reports are dropped so a long-running app does not grow.
    typst::comemo::evict(CACHE_AGE);
    warned
        .output
        .map_err(|errors| ReportError::Layout(messages(&errors)))
}

/// Page 1 as SVG, for the preview on the Report screen: the same layout the PDF gets.
pub fn first_page_svg(model: &ReportModel) -> Result<String, ReportError> {
    let document = layout(model)?;
    let page = document
        .pages()
        .first()
        .ok_or_else(|| ReportError::Layout("the report has no page".into()))?;
    Ok(typst_svg::svg(page, &typst_svg::SvgOptions::default()))
}
