//! End to end: the real app binary (built by `cargo xtask test` / `cargo xtask e2e`)
//! driven through tauri-driver and WebKitWebDriver on a virtual display (Xvfb)
//! that the harness (tests/src) starts, with a temporary data folder. This file: logging,
//! History, a restart, editing and Undo, the keyboard alone, the daily check-in; the
//! other scenarios are in screens.rs, transfer.rs, privacy.rs and history_bench.rs.

use std::path::{Path, PathBuf};

use thirtyfour::prelude::*;
use twinge_tests::driver::{
    appears, arrow_to, click, close, new_app, open_app, open_tab, press, run_js, set_intensity,
    tab_to, text_of, type_into,
};
use twinge_tests::harness::{journal_at, start_full};
use twinge_tests::steps::{
    close_once_kept, edit_newest_in_history, history_text, kept_forms, log_cramp, tap_check_in,
};

#[tokio::test(flavor = "multi_thread")]
async fn log_an_episode_see_it_in_history_and_after_a_restart() {
    let (_data, h, driver) = new_app().await;
    // Saving with nothing chosen shows the problems next to the fields.
    click(&driver, "button.save").await;
    assert!(text_of(&driver, "#err-kind").await.contains("what kind"));
    assert!(text_of(&driver, "#err-locations")
        .await
        .contains("where on the body"));

    let notes = "woke me up <img src=x onerror=alert(1)>";
    log_cramp(&driver, notes).await;
    // The toast never covers Save: a click on Save while it shows reaches Save (the
    // form is empty again, so it asks for a kind).
    assert!(text_of(&driver, ".toast").await.contains("Cramp saved"));
    click(&driver, "button.save").await;
    assert!(text_of(&driver, "#err-kind").await.contains("what kind"));
    let history = history_text(&driver).await;
    assert!(history.contains("Cramp"), "{history}");
    assert!(history.contains("Calf, left; Foot, left"), "{history}");
    assert!(history.contains("after Long drive"), "{history}");
    assert!(
        history.contains(notes),
        "notes are shown as text: {history}"
    );
    assert!(history.contains("1 episode"), "{history}");
    driver.quit().await.unwrap();

    // Start the app again on the same data folder: the episode is still there.
    let driver = open_app(&h).await;
    let history = history_text(&driver).await;
    assert!(history.contains(notes), "{history}");
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn an_episode_half_written_comes_back_after_the_window_closes() {
    let (data, h, driver) = new_app().await;
    click(&driver, "label.kind-spasm").await;
    set_intensity(&driver, 6).await;
    click(&driver, "button.more-toggle").await;
    type_into(
        &driver,
        "textarea[name=notes]",
        "left thigh, while climbing stairs",
    )
    .await;
    close_once_kept(h, driver).await;
    let kept = kept_forms(data.path()).log;
    assert!(kept.contains("climbing stairs"), "{kept}");

    // The next start opens the Log form on it, says so, and can let it go.
    let h = twinge_tests::harness::start(data.path());
    let driver = open_app(&h).await;
    assert!(text_of(&driver, "p.kept").await.contains("Not saved yet"));
    let restored = run_js(
        &driver,
        "return [document.querySelector('input[name=kind][value=spasm]').checked, \
         document.querySelector('textarea[name=notes]').value]",
    )
    .await;
    assert_eq!(
        restored,
        serde_json::json!([true, "left thigh, while climbing stairs"])
    );
    click(&driver, "p.kept button").await;
    let cleared = run_js(
        &driver,
        "return document.querySelector('input[name=kind][value=spasm]').checked",
    )
    .await;
    assert_eq!(cleared, serde_json::json!(false));
    close_once_kept(h, driver).await;
    assert_eq!(kept_forms(data.path()).log, "");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_edit_left_open_in_history_comes_back_after_the_window_closes() {
    let (data, h, driver) = new_app().await;
    log_cramp(&driver, "woke me").await;
    edit_newest_in_history(&driver).await;
    type_into(&driver, "textarea[name=notes]", ", then the left foot").await;
    close_once_kept(h, driver).await;
    let edit = kept_forms(data.path()).edit;
    assert!(edit.is_some_and(|e| e.draft.contains("the left foot")));

    // The next start opens History on the edit as it was left; saving it forgets it.
    let h = twinge_tests::harness::start(data.path());
    let driver = open_app(&h).await;
    assert!(text_of(&driver, "p.kept").await.contains("your changes"));
    let notes = run_js(
        &driver,
        "return document.querySelector('textarea[name=notes]').value",
    )
    .await;
    assert!(
        notes
            .as_str()
            .is_some_and(|n| n.ends_with("then the left foot")),
        "{notes}"
    );
    click(&driver, "button.save").await;
    assert!(history_text(&driver).await.contains("then the left foot"));
    close_once_kept(h, driver).await;
    assert_eq!(kept_forms(data.path()).edit, None);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_check_in_left_open_comes_back_after_the_window_closes() {
    let (data, h, driver) = new_app().await;
    tap_check_in(&driver, &["Slept badly", "Caffeine"]).await;
    close_once_kept(h, driver).await;
    let kept = kept_forms(data.path()).checkin;
    let kept: serde_json::Value = serde_json::from_str(&kept).expect("a check-in is kept");
    assert_eq!(
        kept["chosen"],
        serde_json::json!(["caffeine", "slept_badly"])
    );
    let day = kept["date"].as_str().unwrap().to_string();

    // The next start opens the sheet on the taps, says so; saving it forgets it.
    let h = twinge_tests::harness::start(data.path());
    let driver = open_app(&h).await;
    assert!(text_of(&driver, "[role=dialog] p.kept")
        .await
        .contains("kept this check-in"));
    let pressed = run_js(
        &driver,
        "return [...document.querySelectorAll('.factors button[aria-pressed=true]')]\
         .map(b => b.textContent.trim())",
    )
    .await;
    assert_eq!(pressed, serde_json::json!(["Slept badly", "Caffeine"]));
    click(&driver, "[role=dialog] button.main-action").await;
    appears(
        &driver,
        "button.quick-btn.checkin.on",
        "today's check-in, saved",
    )
    .await;
    close_once_kept(h, driver).await;
    assert_eq!(kept_forms(data.path()).checkin, "");
    let saved = journal_at(data.path())
        .checkin(&day)
        .unwrap()
        .expect("the check-in is saved");
    let mut keys: Vec<&str> = saved.factors.iter().map(|f| f.key.as_str()).collect();
    keys.sort();
    assert_eq!(keys, ["caffeine", "slept_badly"]);
}

/// Every file under `dir` (folders alone hold no data), as paths relative to it.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap_or(&p).to_path_buf());
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_writes_nothing_outside_its_data_folder() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let h = start_full(data.path(), None, Some((home.path(), runtime.path())));
    let driver = open_app(&h).await;
    log_cramp(&driver, "only in the data folder").await;
    close(h, driver).await;
    let written = files_under(home.path());
    assert!(
        written.is_empty(),
        "the app wrote outside TWINGE_DATA_DIR: {written:?}"
    );
    assert!(
        data.path().join("webview").is_dir(),
        "the web view keeps its data in the data folder: {:?}",
        files_under(data.path())
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn repeat_edit_delete_undo_and_keyboard_only_logging() {
    let (_data, h, driver) = new_app().await;
    log_cramp(&driver, "first").await;

    // Repeat last names the places as History and the PDF do, and one tap logs the
    // same kind and places now.
    open_tab(&driver, "log").await;
    appears(&driver, "//button[contains(@class,'quick-btn') and contains(., 'Cramp · Calf, left; Foot, left · now')]", "Repeat last, naming the places as History does").await;
    click(&driver, ".quick-btn").await;
    let toast = text_of(&driver, ".toast").await;
    assert!(toast.contains("logged again"), "{toast}");
    let history = history_text(&driver).await;
    assert!(history.contains("2 episodes"), "{history}");

    // Edit the older one: its notes say "first".
    let older = driver
        .query(By::XPath(
            "//button[contains(@class,'episode') and contains(., 'first')]",
        ))
        .first()
        .await
        .expect("the first episode is listed");
    older.click().await.unwrap();
    set_intensity(&driver, 2).await;
    click(&driver, "button.save").await;
    let toast = text_of(&driver, ".toast").await;
    assert!(toast.contains("Changes saved"), "{toast}");
    let history = text_of(&driver, "main").await;
    assert!(history.contains("2/10"), "{history}");

    // Delete, then Undo.
    click(&driver, "button.episode").await;
    click(&driver, "button.delete").await;
    assert!(text_of(&driver, ".toast").await.contains("Episode deleted"));
    let history = text_of(&driver, "main").await;
    assert!(history.contains("1 episode"), "{history}");
    click(&driver, ".toast .action").await;
    assert!(text_of(&driver, ".toast")
        .await
        .contains("Episode restored"));
    let history = text_of(&driver, "main").await;
    assert!(history.contains("2 episodes"), "{history}");

    // Log with the keyboard alone, counting the Tab presses from the first field to
    // Save: the choices and the body map are one stop each, arrows move inside them.
    open_tab(&driver, "log").await;
    tab_to(&driver, "input[name=kind][value=spasm]").await;
    press(&driver, Key::Space).await;
    let mut tabs = tab_to(&driver, "rect.area").await;
    arrow_to(&driver, "rect.area[data-view=back][data-area=trunk]").await;
    press(&driver, Key::Enter).await;
    arrow_to(&driver, "g[data-region=lower_back][data-side=left]").await;
    press(&driver, Key::Space).await;
    tabs += tab_to(&driver, "#intensity").await;
    press(&driver, Key::Right).await;
    tabs += tab_to(&driver, "button.save").await;
    eprintln!("keyboard logging: {tabs} Tab presses from the first field to Save");
    assert!(
        tabs <= 12,
        "{tabs} Tab presses from the first field to Save (at most 12)"
    );
    press(&driver, Key::Enter).await;
    let toast = text_of(&driver, ".toast").await;
    assert!(toast.contains("Spasm saved"), "{toast}");
    let history = history_text(&driver).await;
    assert!(history.contains("Lower back, left"), "{history}");
    assert!(
        history.contains("6/10"),
        "the arrow key raised intensity 5 to 6: {history}"
    );
    driver.quit().await.unwrap();

    // Everything is still there after a restart.
    let driver = open_app(&h).await;
    let history = history_text(&driver).await;
    assert!(history.contains("3 episodes"), "{history}");
    assert!(
        history.contains("Spasm") && history.contains("first"),
        "{history}"
    );
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_daily_check_in_from_the_log_tab_is_saved_for_today() {
    let (data, h, driver) = new_app().await;
    tap_check_in(&driver, &["Hard exercise", "Caffeine"]).await;
    click(&driver, "input[name=stress][value=some]").await;
    click(&driver, "xpath-free:Save check-in").await;
    let toast = text_of(&driver, ".toast").await;
    assert!(toast.contains("Today's check-in saved"), "{toast}");
    let card = text_of(&driver, "button.checkin").await;
    assert!(card.contains("✓ Daily check-in"), "{card}");
    close(h, driver).await;

    let j = journal_at(data.path());
    let saved = j.checkin(&j.today()).unwrap().expect("today's check-in");
    let keys: Vec<(String, twinge_app::FactorLevel)> = saved
        .factors
        .into_iter()
        .map(|f| (f.key, f.level))
        .collect();
    assert_eq!(
        keys,
        vec![
            ("caffeine".to_string(), twinge_app::FactorLevel::Yes),
            ("hard_exercise".to_string(), twinge_app::FactorLevel::Yes),
            ("stress".to_string(), twinge_app::FactorLevel::Some),
        ]
    );
}
