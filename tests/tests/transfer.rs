//! End to end (see e2e.rs for the harness): export and import through the real
//! dialogs, and the doctor's PDF saved from the Report screen.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use tempfile::TempDir;
use thirtyfour::WebDriver;
use twinge_tests::driver::{appears, click, close, open_with_file, text_of, type_into};
use twinge_tests::harness::{demo_journal, journal_at, Harness};

/// A journal of `episodes` demo episodes, and the file `name` in a folder of its own for
/// the dialogs to answer with.
fn demo_and_file(episodes: u32, seed: u64, name: &str) -> (TempDir, TempDir, PathBuf) {
    let data = tempfile::tempdir().unwrap();
    demo_journal(data.path(), episodes, seed);
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join(name);
    (data, files, file)
}

/// The app on the journal in `data`, "Import a file…" chosen in Settings and the dialog
/// answering `file`.
async fn import_in_settings(data: &Path, file: &Path) -> (Harness, WebDriver) {
    let (h, driver) = open_with_file(data, file, "settings").await;
    click(&driver, "xpath-free:Import a file…").await;
    (h, driver)
}

#[tokio::test(flavor = "multi_thread")]
async fn export_then_import_into_an_empty_journal_through_the_ui() {
    let (a, files, export) = demo_and_file(120, 4, "journal.json");
    // Export from A through Settings.
    let (h, driver) = open_with_file(a.path(), &export, "settings").await;
    click(&driver, "xpath-free:Export all (JSON)").await;
    let status = text_of(&driver, ".status").await;
    assert!(status.contains("Exported to"), "{status}");
    close(h, driver).await;
    assert!(export.exists());

    // Import into an empty B: a preview first, then the import.
    let b = tempfile::tempdir().unwrap();
    let (h, driver) = import_in_settings(b.path(), &export).await;
    let preview = text_of(&driver, ".preview").await;
    assert!(
        preview.contains("Ready to import") && preview.contains("120 new"),
        "{preview}"
    );
    click(&driver, ".preview button.button-primary").await;
    let status = text_of(&driver, ".status").await;
    assert!(status.contains("Imported."), "{status}");
    close(h, driver).await;
    let ja = journal_at(a.path());
    let jb = journal_at(b.path());
    let fa = ja.export_bytes(twinge_app::FileFormat::Json).unwrap();
    let fb = jb.export_bytes(twinge_app::FileFormat::Json).unwrap();
    assert!(
        fa == fb,
        "every episode, vocabulary entry, appointment and setting arrived"
    );
    assert!(!jb.appointments().unwrap().is_empty());

    // A damaged file is refused in words and nothing changes.
    let damaged = files.path().join("damaged.json");
    std::fs::write(&damaged, &fa[..fa.len() / 3]).unwrap();
    let (h, driver) = import_in_settings(b.path(), &damaged).await;
    let error = text_of(&driver, "section[aria-labelledby=s-data] .field-error").await;
    assert!(
        error.contains("cannot be imported") && error.contains("Nothing was changed"),
        "{error}"
    );
    close(h, driver).await;
    let jb = journal_at(b.path());
    assert!(jb.export_bytes(twinge_app::FileFormat::Json).unwrap() == fb);
}

#[tokio::test(flavor = "multi_thread")]
async fn export_the_doctors_pdf_from_the_report_screen() {
    let (data, _files, pdf) = demo_and_file(400, 6, "for-my-doctor.pdf");
    let (_h, driver) = open_with_file(data.path(), &pdf, "report").await;
    appears(&driver, "img.page", "the preview of page 1").await;
    type_into(
        &driver,
        "textarea[name=questions]",
        "Is magnesium worth continuing?",
    )
    .await;
    click(&driver, "button.export").await;
    let status = appears(&driver, ".status", "a status after the export")
        .await
        .text()
        .await
        .unwrap();
    assert!(status.contains("Saved the PDF to"), "{status}");
    driver.quit().await.unwrap();
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Spasm, cramp and twitch summary"), "{text}");
    assert!(
        text.contains("Episodes per logged week")
            && text.contains("Is magnesium worth continuing?"),
        "{text}"
    );
}

/// A German Excel diary (`;`, Windows-1252, `17.2.24`, `7/10`, `nachts`) imported from
/// Settings: its columns guessed right, every row made a cramp, four episodes in.
#[tokio::test(flavor = "multi_thread")]
async fn a_german_spreadsheet_is_imported_from_settings_with_its_columns_guessed() {
    let data = tempfile::tempdir().unwrap();
    let sheet = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../crates/app/tests/peers/tagebuch-ansi.csv");
    let (h, driver) = open_with_file(data.path(), &sheet, "settings").await;
    click(&driver, "xpath-free:Import from another app…").await;
    let preview = text_of(&driver, ".peer .preview").await;
    assert!(
        preview.contains("From a spreadsheet") && preview.contains("4 episodes"),
        "{preview}"
    );
    let columns =
        "return [...document.querySelectorAll('.peer .row:not(.under) select')].map(s => s.value)";
    let guessed = driver.execute(columns, vec![]).await.unwrap();
    assert_eq!(
        guessed.json(),
        &serde_json::json!([
            "date",
            "time",
            "place",
            "intensity",
            "triggers",
            "reliefs",
            "notes",
            "skip"
        ])
    );
    let every_row = "const s = document.querySelector('.peer .row.under select'); \
                     s.value = 'cramp'; s.dispatchEvent(new Event('change', { bubbles: true }));";
    driver.execute(every_row, vec![]).await.unwrap();
    for _ in 0..50 {
        if text_of(&driver, ".peer .sample").await.contains("Cramp") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    click(&driver, "xpath-free:Import 4 episodes").await;
    let status = text_of(&driver, ".peer .status").await;
    assert!(status.contains("Imported: 4 new episodes"), "{status}");
    close(h, driver).await;
    let j = journal_at(data.path());
    let page = j.list(&twinge_app::ListQuery::default()).unwrap();
    assert_eq!(page.episodes.len(), 4);
    for e in &page.episodes {
        assert_eq!(e.kind.code(), "cramp");
        assert!(e
            .origin
            .as_deref()
            .unwrap_or("")
            .starts_with("Imported from a spreadsheet"));
    }
}
