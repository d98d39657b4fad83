//! End to end (see e2e.rs for the harness): export and import through the real
//! dialogs, and the doctor's PDF saved from the Report screen.

use std::process::Command;
use std::time::Duration;

use twinge_tests::driver::{appears, click, open_with_file, text_of, type_into};
use twinge_tests::harness::demo_journal;

#[tokio::test(flavor = "multi_thread")]
async fn export_then_import_into_an_empty_journal_through_the_ui() {
    use std::sync::Arc;
    let a = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let export = files.path().join("journal.json");
    demo_journal(a.path(), 120, 4);
    // Export from A through Settings.
    let (h, driver) = open_with_file(a.path(), &export, "settings").await;
    click(&driver, "xpath-free:Export all (JSON)").await;
    let status = text_of(&driver, ".status").await;
    assert!(status.contains("Exported to"), "{status}");
    driver.quit().await.unwrap();
    drop(h);
    assert!(export.exists());

    // Import into an empty B: a preview first, then the import.
    let b = tempfile::tempdir().unwrap();
    let (h, driver) = open_with_file(b.path(), &export, "settings").await;
    click(&driver, "xpath-free:Import a file…").await;
    let preview = text_of(&driver, ".preview").await;
    assert!(
        preview.contains("Ready to import") && preview.contains("120 new"),
        "{preview}"
    );
    click(&driver, ".preview button.button-primary").await;
    let status = text_of(&driver, ".status").await;
    assert!(status.contains("Imported."), "{status}");
    driver.quit().await.unwrap();
    drop(h);
    let ja = twinge_app::Journal::open(a.path(), Arc::new(twinge_app::SystemClock)).unwrap();
    let jb = twinge_app::Journal::open(b.path(), Arc::new(twinge_app::SystemClock)).unwrap();
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
    let (h, driver) = open_with_file(b.path(), &damaged, "settings").await;
    click(&driver, "xpath-free:Import a file…").await;
    let error = text_of(&driver, "section[aria-labelledby=s-data] .field-error").await;
    assert!(
        error.contains("cannot be imported") && error.contains("Nothing was changed"),
        "{error}"
    );
    driver.quit().await.unwrap();
    drop(h);
    let jb = twinge_app::Journal::open(b.path(), Arc::new(twinge_app::SystemClock)).unwrap();
    assert!(jb.export_bytes(twinge_app::FileFormat::Json).unwrap() == fb);
}

#[tokio::test(flavor = "multi_thread")]
async fn export_the_doctors_pdf_from_the_report_screen() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let pdf = files.path().join("for-my-doctor.pdf");
    demo_journal(data.path(), 400, 6);
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
    use std::sync::Arc;
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
    driver.quit().await.unwrap();
    drop(h);
    let j = twinge_app::Journal::open(data.path(), Arc::new(twinge_app::SystemClock)).unwrap();
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
