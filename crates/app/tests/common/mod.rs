//! What the report tests share: a PDF's text as pdftotext reads it.

#![allow(dead_code)]

use std::process::Command;

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
