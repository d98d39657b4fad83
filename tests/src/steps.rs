//! Steps a person takes in the real window, shared by the end-to-end scenarios.

use thirtyfour::prelude::*;

use crate::driver::{appears, click, open_tab, set_intensity, text_of, type_into};

/// Logs a cramp at two places with a new trigger, through taps on the real form.
pub async fn log_cramp(driver: &WebDriver, notes: &str) {
    click(driver, "label.kind-cramp").await;
    click(driver, "rect.area[data-view=back][data-area=legs]").await;
    click(driver, "g[data-region=calf][data-side=left] path").await;
    click(driver, ".zoom-bar .bar-btn").await;
    click(driver, "rect.area[data-view=back][data-area=feet]").await;
    click(driver, "g[data-region=foot][data-side=left] path").await;
    set_intensity(driver, 7).await;
    click(driver, "button.more-toggle").await;
    type_into(driver, "input[name=new_trigger]", "Long drive").await;
    driver
        .find(By::Css("input[name=new_trigger]"))
        .await
        .unwrap()
        .send_keys(Key::Enter)
        .await
        .unwrap();
    appears(
        driver,
        "//button[contains(@class,'tag') and normalize-space()='Long drive']",
        "the new trigger, chosen",
    )
    .await;
    type_into(driver, "textarea[name=notes]", notes).await;
    click(driver, "button.save").await;
    let toast = text_of(driver, ".toast").await;
    assert!(
        toast.contains("Cramp") && toast.contains("saved"),
        "toast: {toast}"
    );
}

pub async fn history_text(driver: &WebDriver) -> String {
    open_tab(driver, "history").await;
    text_of(driver, "button.episode").await;
    text_of(driver, "main").await
}

/// Closes the app once the journal has kept what the forms hold: a form has it kept
/// 300 ms after its last change (a cleared form at once), so a moment later it is there.
pub async fn close_once_kept(h: crate::harness::Harness, driver: WebDriver) {
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    crate::driver::close(h, driver).await;
}

/// What the journal in `dir` keeps of the forms left unsaved (the app closed first).
pub fn kept_forms(dir: &std::path::Path) -> twinge_app::KeptForms {
    crate::harness::journal_at(dir)
        .log_home("2026-12-07")
        .unwrap()
        .kept
}

/// Opens the Log tab's daily check-in and taps each factor named.
pub async fn tap_check_in(driver: &WebDriver, factors: &[&str]) {
    click(driver, "button.checkin").await;
    for factor in factors {
        click(driver, &format!("xpath-free:{factor}")).await;
    }
}

/// Opens History and the newest episode's edit.
pub async fn edit_newest_in_history(driver: &WebDriver) {
    open_tab(driver, "history").await;
    click(driver, "button.episode").await;
    appears(driver, "textarea[name=notes]", "the edit form").await;
}
