//! End to end (see e2e.rs for the harness): an encrypted journal opens only with its
//! passcode, and one found damaged by its passcode takes a backup in its place.

use thirtyfour::prelude::*;
use twinge_tests::driver::{appears, click, open_tab, session, text_of, type_into};
use twinge_tests::harness::start;
use twinge_tests::steps::history_text;

const PASSCODE: &str = "correct horse mossy teapot";

/// Types a passcode on the unlock screen and presses Unlock.
async fn unlock_with(driver: &WebDriver, passcode: &str) {
    type_into(driver, "input[name=passcode]", passcode).await;
    click(driver, "xpath-free:Unlock").await;
}

/// 20 demo episodes in `dir`, encrypted with [`PASSCODE`].
fn encrypted_demo(dir: &std::path::Path) -> twinge_app::Journal {
    let clock = std::sync::Arc::new(twinge_app::SystemClock);
    let mut j = twinge_app::Journal::open(dir, clock).unwrap();
    let demo = twinge_app::DemoOptions {
        episodes: 20,
        seed: 2,
    };
    j.demo(demo).unwrap();
    j.set_passcode(None, PASSCODE).unwrap();
    j
}

#[tokio::test(flavor = "multi_thread")]
async fn an_encrypted_journal_opens_only_with_its_passcode() {
    let data = tempfile::tempdir().unwrap();
    drop(encrypted_demo(data.path()));
    let journal = data.path().join("twinge.db");
    let before = std::fs::read(&journal).unwrap();
    let h = start(data.path());
    let driver = session(&h).await;
    // The unlock screen, not the Log form.
    unlock_with(&driver, "wrong horse").await;
    let alert = text_of(&driver, "#err-passcode").await;
    assert!(alert.contains("does not open"), "{alert}");
    assert_eq!(
        std::fs::read(&journal).unwrap(),
        before,
        "a wrong passcode changed the journal"
    );
    unlock_with(&driver, PASSCODE).await;
    appears(&driver, "label.kind-cramp", "the Log screen, once unlocked").await;
    let history = history_text(&driver).await;
    assert!(history.contains("episode"), "{history}");

    // Settings → Privacy → Lock now: the unlock screen covers the app until the
    // passcode is entered again, and the screen underneath is as it was.
    open_tab(&driver, "settings").await;
    type_into(&driver, "input[name=new_passcode]", "half typed").await;
    click(&driver, "xpath-free:Lock now").await;
    unlock_with(&driver, "wrong horse").await;
    let alert = text_of(&driver, "#err-passcode").await;
    assert!(alert.contains("does not open"), "{alert}");
    unlock_with(&driver, PASSCODE).await;
    let kept = appears(
        &driver,
        ".shell:not(.locked) input[name=new_passcode]",
        "Settings, once unlocked",
    )
    .await
    .prop("value")
    .await
    .unwrap();
    assert_eq!(
        kept.as_deref(),
        Some("half typed"),
        "what was typed is kept"
    );

    // Settings → Privacy: remove the passcode (it asks for the current one); the journal
    // is plain again.
    type_into(&driver, "input[name=current_passcode]", PASSCODE).await;
    click(&driver, "xpath-free:Remove the passcode").await;
    let status = text_of(
        &driver,
        "#s-privacy ~ .status, section[aria-labelledby=s-privacy] .status",
    )
    .await;
    assert!(status.contains("no longer encrypted"), "{status}");
    driver.quit().await.unwrap();
    assert!(std::fs::read(&journal)
        .unwrap()
        .starts_with(b"SQLite format 3"));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_encrypted_journal_found_damaged_by_its_passcode_takes_a_backup_and_keeps_it() {
    let data = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    let backup = saved.path().join("backup.db");
    encrypted_demo(data.path()).backup_to(&backup).unwrap();
    // A page in the middle no longer matches its authentication code.
    let journal = data.path().join("twinge.db");
    let mut bytes = std::fs::read(&journal).unwrap();
    let at = bytes.len() / 2 / 4096 * 4096;
    bytes[at..at + 4096].fill(0xde);
    std::fs::write(&journal, &bytes).unwrap();

    let h = twinge_tests::harness::start_with(data.path(), Some(&backup));
    let driver = session(&h).await;
    unlock_with(&driver, PASSCODE).await;
    let screen = text_of(&driver, ".error-screen").await;
    assert!(screen.contains("is damaged"), "{screen}");
    click(&driver, "xpath-free:Restore a backup…").await;
    appears(&driver, "label.kind-cramp", "the Log screen, restored").await;
    let history = history_text(&driver).await;
    driver.quit().await.unwrap();
    assert!(!history.contains("No episodes"), "{history}");
    // The restored journal keeps the passcode.
    let clock = std::sync::Arc::new(twinge_app::SystemClock);
    let again = twinge_app::Journal::unlock(data.path(), PASSCODE, clock).unwrap();
    assert!(again.privacy_status().encrypted);
}
