//! No screen is wider than the window, from 360 px on: the real app under Xvfb (see
//! e2e.rs for the harness), each tab measured by the scroll width of the page and of the
//! screen's scrolling area.

use std::time::Duration;

use twinge_tests::driver::{click, open_app, text_of};
use twinge_tests::harness::start;

#[tokio::test(flavor = "multi_thread")]
async fn no_screen_is_wider_than_a_narrow_window() {
    let data = tempfile::tempdir().unwrap();
    let h = start(data.path());
    let driver = open_app(&h).await;
    // Today marked quiet: the marked card is the widest the Log screen gets.
    click(&driver, "button.quick-btn:not(.checkin):nth-of-type(2)").await;
    text_of(&driver, ".toast").await;
    let mut wider = Vec::new();
    for width in [360, 420] {
        driver.set_window_rect(0, 0, width, 800).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        for tab in ["log", "history", "insights", "report", "settings"] {
            click(&driver, &format!("button[data-tab={tab}]")).await;
            tokio::time::sleep(Duration::from_millis(400)).await;
            let sizes = driver
                .execute(
                    "const m = document.querySelector('main'); \
                     return [Math.max(m.scrollWidth, document.scrollingElement.scrollWidth), m.clientWidth];",
                    Vec::new(),
                )
                .await
                .unwrap()
                .json()
                .clone();
            let (scroll, client) = (sizes[0].as_i64().unwrap(), sizes[1].as_i64().unwrap());
            if scroll > client {
                wider.push(format!("{tab} at {width} px: {scroll} > {client}"));
            }
        }
    }
    driver.quit().await.unwrap();
    assert!(
        wider.is_empty(),
        "wider than the window:\n{}",
        wider.join("\n")
    );
}
