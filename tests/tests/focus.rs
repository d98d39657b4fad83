//! Keyboard focus is never hidden behind the Log form's floating Save bar (WCAG 2.2
//! "focus not obscured"): the real app under Xvfb (see e2e.rs for the harness), Tab by
//! Tab from the top of the form to Save, each focused control's box measured against
//! the bar's.

use thirtyfour::prelude::*;
use twinge_tests::driver::{click, new_app, press, run_js};

/// The focused element's box and the Save bar's, as the page lays them out, and whether
/// the focus is inside the bar (its own buttons may overlap it).
const MEASURE: &str = "const f = document.activeElement; \
    const bar = document.querySelector('.actions'); \
    const a = f.getBoundingClientRect(), b = bar.getBoundingClientRect(); \
    return { inside: bar.contains(f), top: a.top, bottom: a.bottom, bar: b.top, \
             name: f.tagName + ' ' + (f.getAttribute('aria-label') || f.getAttribute('name') || f.textContent.trim().slice(0, 30)) };";

#[tokio::test(flavor = "multi_thread")]
async fn focus_never_goes_behind_the_save_bar() {
    let (_data, _h, driver) = new_app().await;
    // A short window, so that the body map and the fields below it meet the bar.
    driver.set_window_rect(0, 0, 420, 640).await.unwrap();
    click(&driver, "label.kind-cramp").await;
    let mut hidden = Vec::new();
    let mut reached_save = false;
    for _ in 0..60 {
        press(&driver, Key::Tab).await;
        let m = run_js(&driver, MEASURE).await;
        if m["inside"].as_bool().unwrap_or(false) {
            reached_save = true;
            break;
        }
        let (bottom, bar) = (m["bottom"].as_f64().unwrap(), m["bar"].as_f64().unwrap());
        if bottom > bar + 0.5 {
            hidden.push(format!(
                "{}: bottom {bottom} below the bar's top {bar}",
                m["name"]
            ));
        }
    }
    driver.quit().await.unwrap();
    assert!(reached_save, "Tab reached the Save bar");
    assert!(
        hidden.is_empty(),
        "focus behind the Save bar:\n{}",
        hidden.join("\n")
    );
}
