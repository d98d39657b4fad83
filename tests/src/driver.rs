//! Using the app as a person would, through WebDriver: open it, find by what is shown,
//! click, type, press keys, wait.

use std::path::Path;
use std::time::Duration;

use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

use crate::harness::{app_binary, Harness};

/// Starts the app in a new WebDriver session. The driver may take a moment to
/// accept sessions after its port opens, so a refused first request is retried; a
/// driver that still refuses (its WebKitWebDriver gone, as on a cold machine now and
/// then) is started again once, and what it printed is shown.
pub async fn session(h: &Harness) -> WebDriver {
    let mut caps = Capabilities::new();
    caps.set(
        "tauri:options",
        serde_json::json!({ "application": app_binary() }),
    )
    .unwrap();
    let mut last_error = None;
    for attempt in 0..2 {
        if attempt > 0 {
            eprintln!(
                "no WebDriver session ({last_error:?}); the drivers printed:\n{}\nstarting them again",
                h.driver_log()
            );
            h.restart_driver();
        }
        // Up to about 20 s: the first start of WebKit on a fresh machine is slow.
        for _ in 0..40 {
            match WebDriver::new(h.url(), caps.clone()).await {
                Ok(driver) => return driver,
                Err(e) => {
                    last_error = Some(e);
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        }
    }
    panic!(
        "no WebDriver session with the app: {last_error:?}; the drivers printed:\n{}",
        h.driver_log()
    );
}

pub async fn open_app(h: &Harness) -> WebDriver {
    let driver = session(h).await;
    // The Log screen is interactive once the kind choices are there.
    appears(&driver, "label.kind-cramp", "the Log screen").await;
    driver
}

/// A new empty journal with the app started on it and its Log screen open: where most
/// scenarios begin. The folder and the harness live as long as the app runs.
pub async fn new_app() -> (tempfile::TempDir, Harness, WebDriver) {
    let data = tempfile::tempdir().unwrap();
    let h = crate::harness::start(data.path());
    let driver = open_app(&h).await;
    (data, h, driver)
}

/// The app started on the journal in `data`, its file dialogs answering `file`, with
/// `tab` open. The harness lives as long as the app runs.
pub async fn open_with_file(data: &Path, file: &Path, tab: &str) -> (Harness, WebDriver) {
    let h = crate::harness::start_with(data, Some(file));
    let driver = open_app(&h).await;
    open_tab(&driver, tab).await;
    (h, driver)
}

/// Quits the window and ends the app, as a person closing Twinge does; its journal is
/// then free for another program.
pub async fn close(h: Harness, driver: WebDriver) {
    driver.quit().await.unwrap();
    drop(h);
}

/// How long a step waits for what it looks for before it fails: long enough for a
/// machine busy with other work (a build beside the tests), and no cost when it is not.
const PATIENCE: Duration = Duration::from_secs(30);

/// Waits up to 30 s for the first element matching `css` (an XPath when it starts with
/// `//`); fails naming `what`.
pub async fn appears(driver: &WebDriver, css: &str, what: &str) -> WebElement {
    let by = if css.starts_with("//") {
        By::XPath(css)
    } else {
        By::Css(css)
    };
    first(driver, by)
        .await
        .unwrap_or_else(|e| panic!("{what} does not appear ({css}): {e}"))
}

/// The first element found `by` within 30 s. A page that is being loaded again (as
/// after a restore) has no frame to search for a moment; the search then goes on in
/// the new page.
async fn first(driver: &WebDriver, by: By) -> WebDriverResult<WebElement> {
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match driver
            .query(by.clone())
            .wait(left, Duration::from_millis(100))
            .first()
            .await
        {
            Err(e) if !left.is_zero() && page_was_leaving(&e) => {
                tokio::time::sleep(Duration::from_millis(100)).await
            }
            found => return found,
        }
    }
}

/// Whether WebDriver failed because the page it searched was being replaced.
fn page_was_leaving(e: &WebDriverError) -> bool {
    let said = e.to_string();
    said.contains("no such frame") || said.contains("unload")
}

/// The tabs of the bar, in its order.
pub const TABS: [&str; 5] = ["log", "history", "insights", "report", "settings"];

/// Opens a tab of the bar ("log", "history", "insights", "report", "settings").
pub async fn open_tab(driver: &WebDriver, tab: &str) {
    click(driver, &format!("button[data-tab={tab}]")).await;
}

/// Makes the window `width` px wide (800 high) and lets the layout settle.
pub async fn set_width(driver: &WebDriver, width: u32) {
    driver.set_window_rect(0, 0, width, 800).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
}

/// At `width` px, opens each tab in turn and runs `script` once the screen has settled:
/// what it returned, by tab.
pub async fn on_every_tab(
    driver: &WebDriver,
    width: u32,
    script: &str,
) -> Vec<(&'static str, serde_json::Value)> {
    set_width(driver, width).await;
    let mut found = Vec::new();
    for tab in TABS {
        open_tab(driver, tab).await;
        tokio::time::sleep(Duration::from_millis(600)).await;
        found.push((tab, run_js(driver, script).await));
    }
    found
}

/// Ends the session, then fails listing `problems` under `what` if there are any.
pub async fn quit_without(driver: WebDriver, problems: &[String], what: &str) {
    driver.quit().await.unwrap();
    assert!(problems.is_empty(), "{what}:\n{}", problems.join("\n"));
}

/// Runs `script` in the page and returns what it returns.
pub async fn run_js(driver: &WebDriver, script: &str) -> serde_json::Value {
    driver
        .execute(script, Vec::new())
        .await
        .unwrap()
        .json()
        .clone()
}

/// Clicks like a person: the element is first scrolled to the middle of the screen.
pub async fn click(driver: &WebDriver, css: &str) {
    let by = match css.strip_prefix("xpath-free:") {
        Some(label) => By::XPath(format!("//button[normalize-space()='{label}']")),
        None => By::Css(css),
    };
    let el = first(driver, by)
        .await
        .unwrap_or_else(|e| panic!("{css} not found: {e}"));
    driver
        .execute(
            "arguments[0].scrollIntoView({ block: 'center' });",
            vec![el.to_json().unwrap()],
        )
        .await
        .unwrap();
    el.click()
        .await
        .unwrap_or_else(|e| panic!("clicking {css}: {e}"));
}

/// The text of the first element matching `css`, waiting for it to appear. The page
/// may redraw the element between finding and reading it; then it is found again.
pub async fn text_of(driver: &WebDriver, css: &str) -> String {
    let mut last_error = None;
    for _ in 0..5 {
        let el = first(driver, By::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} not found: {e}"));
        match el.text().await {
            Ok(text) => return text,
            Err(e) => last_error = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{css} kept changing while being read: {last_error:?}");
}

pub async fn set_intensity(driver: &WebDriver, value: u8) {
    driver
        .execute(
            &format!(
                "const r = document.querySelector('#intensity');
                 r.value = '{value}';
                 r.dispatchEvent(new Event('input', {{ bubbles: true }}));"
            ),
            Vec::new(),
        )
        .await
        .unwrap();
}

pub async fn type_into(driver: &WebDriver, css: &str, text: &str) {
    click(driver, css).await;
    driver
        .find(By::Css(css))
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

/// Presses Tab until the focused element matches `css` and returns how many presses
/// that took; fails after 150.
pub async fn tab_to(driver: &WebDriver, css: &str) -> usize {
    press_until(driver, Key::Tab, css).await
}

/// Presses the right arrow until the focused element matches `css` (inside a group
/// that is one Tab stop); fails after 150 presses.
pub async fn arrow_to(driver: &WebDriver, css: &str) {
    press_until(driver, Key::Right, css).await;
}

async fn press_until(driver: &WebDriver, key: Key, css: &str) -> usize {
    for presses in 0..150 {
        let matches = driver
            .execute(
                &format!("return document.activeElement.matches({css:?});"),
                Vec::new(),
            )
            .await
            .unwrap()
            .json()
            .as_bool()
            .unwrap_or(false);
        if matches {
            return presses;
        }
        if std::env::var_os("TWINGE_E2E_TRACE").is_some() {
            let here = driver
                .execute(
                    "return document.activeElement.outerHTML.slice(0, 120);",
                    Vec::new(),
                )
                .await
                .unwrap()
                .json()
                .clone();
            eprintln!("focus: {here}");
        }
        press(driver, key.clone()).await;
    }
    let focused = driver
        .execute(
            "return document.activeElement.outerHTML.slice(0, 200);",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .clone();
    panic!("{key:?} never reached {css}; focus is on {focused}");
}

/// A key press on whatever has the focus, as a keyboard would send it.
pub async fn press(driver: &WebDriver, key: Key) {
    driver
        .action_chain()
        .send_keys(key)
        .perform()
        .await
        .unwrap();
}
