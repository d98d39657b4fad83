//! Using the app as a person would, through WebDriver: open it, find by what is shown,
//! click, type, press keys, wait.

use std::time::Duration;

use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

use crate::harness::{app_binary, Harness};

/// Starts the app in a new WebDriver session. The driver may take a moment to
/// accept sessions after its port opens, so a refused first request is retried.
pub async fn session(h: &Harness) -> WebDriver {
    let mut caps = Capabilities::new();
    caps.set(
        "tauri:options",
        serde_json::json!({ "application": app_binary() }),
    )
    .unwrap();
    let mut last_error = None;
    for _ in 0..5 {
        match WebDriver::new(format!("http://127.0.0.1:{}", h.port), caps.clone()).await {
            Ok(driver) => return driver,
            Err(e) => {
                last_error = Some(e);
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }
    }
    panic!("no WebDriver session with the app: {last_error:?}");
}

pub async fn open_app(h: &Harness) -> WebDriver {
    let driver = session(h).await;
    // The Log screen is interactive once the kind choices are there.
    driver
        .query(By::Css("label.kind-cramp"))
        .wait(Duration::from_secs(20), Duration::from_millis(100))
        .first()
        .await
        .expect("the Log screen appears");
    driver
}

/// Clicks like a person: the element is first scrolled to the middle of the screen.
pub async fn click(driver: &WebDriver, css: &str) {
    let by = match css.strip_prefix("xpath-free:") {
        Some(label) => By::XPath(format!("//button[normalize-space()='{label}']")),
        None => By::Css(css),
    };
    let el = driver
        .query(by)
        .wait(Duration::from_secs(10), Duration::from_millis(100))
        .first()
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

pub async fn text_of(driver: &WebDriver, css: &str) -> String {
    driver
        .query(By::Css(css))
        .wait(Duration::from_secs(10), Duration::from_millis(100))
        .first()
        .await
        .unwrap_or_else(|e| panic!("{css} not found: {e}"))
        .text()
        .await
        .unwrap()
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

/// Presses Tab until the focused element matches `css`; fails after 150 presses.
pub async fn tab_to(driver: &WebDriver, css: &str) {
    for _ in 0..150 {
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
            return;
        }
        press(driver, Key::Tab).await;
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
    panic!("Tab never reached {css}; focus is on {focused}");
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
