//! A benchmark in the real window (see e2e.rs for the harness): History scrolled
//! through 10,000 episodes. Ignored by the tests; `cargo xtask bench history` runs it.

use std::time::Duration;

use twinge_tests::driver::{appears, open_app, open_tab, run_js};
use twinge_tests::harness::{demo_journal, start};

/// Part of `cargo xtask bench`, not of the test suite (timings are not asserted):
/// History with 10,000 episodes in the real web view, scrolled from the top to the
/// oldest episode by a steady 400 px per frame (a fast fling) while pages load as they come into
/// view; frame intervals printed beside those of the same view sitting idle.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark: run by `cargo xtask bench`"]
async fn bench_history_scroll_with_10000_episodes() {
    let data = tempfile::tempdir().unwrap();
    demo_journal(data.path(), 10_000, 3);
    let h = start(data.path());
    let driver = open_app(&h).await;
    open_tab(&driver, "history").await;
    appears(&driver, "button.episode", "the first History row").await;
    // The measurement runs in the page; its result is fetched once it is done.
    const FRAMES: &str = r#"
        const mode = arguments[0];
        window.__bench = null;
        const done = (result) => { window.__bench = result; };
        const box = document.querySelector('.content');
        const shown = document.getElementsByClassName('episode');
        const gaps = [];
        let last = performance.now();
        const started = last;
        function frame(now) {
            const back = document.querySelector('button.more.newest');
            const hidden = back ? parseInt(back.textContent.match(/\(([\d,]+)/)[1].replace(/,/g, '')) : 0;
            const rows = shown.length + hidden;
            gaps.push([now - last, rows]);
            last = now;
            const more = document.querySelector('button.more.older');
            const atEnd = !more && box.scrollTop + box.clientHeight >= box.scrollHeight - 2;
            if (mode === 'scroll') box.scrollTop += 400;
            if ((mode === 'idle' && now - started > 3000) || (mode === 'scroll' && atEnd) || now - started > 280000) {
                done({ gaps, rows, shown: shown.length, ms: now - started });
            } else {
                requestAnimationFrame(frame);
            }
        }
        requestAnimationFrame(frame);
    "#;
    // Frame intervals (ms) of the frames whose list held `rows` within the range.
    let stats = |v: &serde_json::Value, rows: std::ops::Range<u64>| {
        let mut gaps: Vec<f64> = v["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .skip(1)
            .filter(|g| rows.contains(&g[1].as_u64().unwrap_or(0)))
            .filter_map(|g| g[0].as_f64())
            .collect();
        gaps.sort_by(|a, b| a.total_cmp(b));
        let at = |p: f64| gaps[((gaps.len() - 1) as f64 * p).round() as usize];
        let long = gaps.iter().filter(|g| **g > 50.0).count();
        (at(0.5), at(0.95), *gaps.last().unwrap(), long, gaps.len())
    };
    let measure = |mode: &'static str| {
        let driver = &driver;
        async move {
            driver
                .execute(FRAMES, vec![serde_json::json!(mode)])
                .await
                .unwrap();
            for _ in 0..600 {
                tokio::time::sleep(Duration::from_millis(500)).await;
                let v = run_js(driver, "return window.__bench;").await;
                if !v.is_null() {
                    return v;
                }
            }
            panic!("the {mode} measurement did not finish");
        }
    };
    let idle = measure("idle").await;
    let scroll = measure("scroll").await;
    let nodes = run_js(&driver, "return document.getElementsByTagName('*').length;").await;
    driver.quit().await.unwrap();
    let all = 0..u64::MAX;
    let (i50, i95, imax, ilong, _) = stats(&idle, all.clone());
    let (_, _, _, _, frames) = stats(&scroll, all);
    println!(
        "History, 10,000 episodes: scrolled to the oldest ({} episodes passed, {} on screen at the end, {nodes} elements) in {:.1} s, {frames} frames",
        scroll["rows"],
        scroll["shown"],
        scroll["ms"].as_f64().unwrap_or(0.0) / 1000.0
    );
    println!(
        "{:<44} {i50:>9.2} ms   p95 {i95:.2} ms, longest {imax:.2} ms, over 50 ms: {ilong}",
        "idle, frame interval (p50)"
    );
    for (label, rows) in [
        ("scrolling the first 1,000 rows", 0..1_001),
        ("scrolling rows 1,000 to 5,000", 1_001..5_001),
        ("scrolling rows 5,000 to 10,000", 5_001..10_001),
    ] {
        let (s50, s95, smax, slong, n) = stats(&scroll, rows);
        println!(
            "{label:<44} {s50:>9.2} ms   p95 {s95:.2} ms, longest {smax:.2} ms, over 50 ms: {slong} of {n} frames   ×{:>5.2} idle p50",
            s50 / i50.max(1e-9)
        );
    }
}
