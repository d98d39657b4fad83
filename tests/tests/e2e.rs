//! End to end: the real app binary (built by `cargo xtask test` / `cargo xtask e2e`)
//! driven through tauri-driver and WebKitWebDriver on a virtual display (Xvfb)
//! that the harness (tests/src) starts, with a temporary data folder.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use thirtyfour::prelude::*;
use twinge_tests::driver::{
    arrow_to, click, open_app, press, session, set_intensity, tab_to, text_of, type_into,
};
use twinge_tests::harness::{demo_journal, start, start_full, start_with, workspace_root};

/// Logs a cramp at two places with a new trigger, through taps on the real form.
async fn log_cramp(driver: &WebDriver, notes: &str) {
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
    driver
        .query(By::XPath(
            "//button[contains(@class,'tag') and normalize-space()='Long drive']",
        ))
        .wait(Duration::from_secs(5), Duration::from_millis(100))
        .first()
        .await
        .expect("the new trigger appears, chosen");
    type_into(driver, "textarea[name=notes]", notes).await;
    click(driver, "button.save").await;
    let toast = text_of(driver, ".toast").await;
    assert!(toast.contains("Cramp saved"), "toast: {toast}");
}

async fn history_text(driver: &WebDriver) -> String {
    click(driver, "button[data-tab=history]").await;
    text_of(driver, "button.episode").await;
    driver
        .find(By::Css("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn log_an_episode_see_it_in_history_and_after_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let h = start(data.path());

    let driver = open_app(&h).await;
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
    assert!(history.contains("after long drive"), "{history}");
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
    driver.quit().await.unwrap();
    drop(h);
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
    let data = tempfile::tempdir().unwrap();
    let h = start(data.path());
    let driver = open_app(&h).await;
    log_cramp(&driver, "first").await;

    // Repeat last names the places as History and the PDF do, and one tap logs the
    // same kind and places now.
    click(&driver, "button[data-tab=log]").await;
    driver
        .query(By::XPath(
            "//button[contains(@class,'quick-btn') and contains(., 'Cramp · Calf, left; Foot, left · now')]",
        ))
        .wait(Duration::from_secs(10), Duration::from_millis(100))
        .first()
        .await
        .expect("Repeat last names the places as History does");
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
    let history = driver
        .find(By::Css("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(history.contains("2/10"), "{history}");

    // Delete, then Undo.
    click(&driver, "button.episode").await;
    click(&driver, "button.delete").await;
    assert!(text_of(&driver, ".toast").await.contains("Episode deleted"));
    let history = driver
        .find(By::Css("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(history.contains("1 episode"), "{history}");
    click(&driver, ".toast .action").await;
    assert!(text_of(&driver, ".toast")
        .await
        .contains("Episode restored"));
    let history = driver
        .find(By::Css("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(history.contains("2 episodes"), "{history}");

    // Log with the keyboard alone, counting the Tab presses from the first field to
    // Save: the choices and the body map are one stop each, arrows move inside them.
    click(&driver, "button[data-tab=log]").await;
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

/// Every place on the body map can be hit through a 44 × 44 px square: on the whole
/// figure the zoom areas, in each enlarged area every place (measured in the real
/// web view: some 44 px square on the target lands on it at its corners, edges and centre).
#[tokio::test(flavor = "multi_thread")]
async fn every_body_map_target_is_at_least_44_px() {
    let data = tempfile::tempdir().unwrap();
    let h = start(data.path());
    let driver = open_app(&h).await;
    const PROBE: &str = r#"
        const [selector] = arguments;
        const out = [];
        for (const el of document.querySelectorAll(selector)) {
            el.scrollIntoView({ block: 'center' });
            const r = el.getBoundingClientRect();
            const name = el.getAttribute('aria-label');
            // Is there a 44 px square, anywhere on the target, whose corners, edge
            // middles and centre all land on it (not on a neighbour drawn on top)?
            const inside = (x, y) => {
                const hit = document.elementFromPoint(x, y);
                return hit && (hit === el || el.contains(hit));
            };
            const fits = (cx, cy) => [-21.9, 0, 21.9].every((dx) =>
                [-21.9, 0, 21.9].every((dy) => inside(cx + dx, cy + dy)));
            let found = null;
            for (let cy = r.top + 22; cy <= r.bottom - 22 && !found; cy += 3) {
                for (let cx = r.left + 22; cx <= r.right - 22 && !found; cx += 3) {
                    if (fits(cx, cy)) found = [cx, cy];
                }
            }
            out.push({ name, w: r.width, h: r.height, fits: !!found });
        }
        return out;
    "#;
    let probe = |selector: &'static str| {
        let driver = &driver;
        async move {
            let v = driver
                .execute(PROBE, vec![serde_json::json!(selector)])
                .await
                .unwrap()
                .json()
                .clone();
            v.as_array().unwrap().clone()
        }
    };
    let mut problems = Vec::new();
    let mut places = std::collections::BTreeSet::new();
    let areas = ["head", "arm-right", "trunk", "arm-left", "legs", "feet"];
    for view in ["front", "back"] {
        // The figure appears once the form's vocabularies have arrived.
        driver
            .query(By::Css("rect.area"))
            .wait(Duration::from_secs(10), Duration::from_millis(50))
            .first()
            .await
            .expect("the body map appears");
        let whole = probe("rect.area").await;
        assert_eq!(whole.len(), 12, "six areas on each figure");
        for t in &whole {
            if t["fits"] != true {
                problems.push(format!("whole figure: {t}"));
            }
        }
        for area in areas {
            click(
                &driver,
                &format!("rect.area[data-view={view}][data-area={area}]"),
            )
            .await;
            driver
                .query(By::Css(".zoom g.region rect.hit"))
                .wait(Duration::from_secs(5), Duration::from_millis(50))
                .first()
                .await
                .expect("the enlarged area shows its places");
            tokio::time::sleep(Duration::from_millis(150)).await;
            for t in probe(".zoom g.region").await {
                places.insert(format!("{view}: {}", t["name"]));
                if t["fits"] != true {
                    problems.push(format!("{view}/{area}: {t}"));
                }
            }
            click(&driver, ".zoom-bar .bar-btn").await;
        }
    }
    driver.quit().await.unwrap();
    assert!(
        problems.is_empty(),
        "targets under 44 px:\n{}",
        problems.join("\n")
    );
    assert_eq!(places.len(), 64, "every shape of both figures: {places:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_journal_shows_an_error_screen_in_words() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("twinge.db");
    let junk = b"not a database at all\n".repeat(100);
    std::fs::write(&db, &junk).unwrap();
    let h = start(data.path());

    let driver = session(&h).await;
    let screen = text_of(&driver, ".error-screen").await;
    assert!(
        screen.contains("Twinge cannot open your journal"),
        "{screen}"
    );
    assert!(screen.contains("not a Twinge journal"), "{screen}");
    // The file by its name; where it is, only behind "Copy details".
    assert!(
        screen.contains("Twinge.db is not") || screen.contains("twinge.db is not"),
        "{screen}"
    );
    assert!(
        !screen.contains(&data.path().display().to_string()),
        "{screen}"
    );
    assert!(screen.contains("Copy details"), "{screen}");
    driver.quit().await.unwrap();
    assert_eq!(
        std::fs::read(&db).unwrap(),
        junk,
        "the file was left as it was"
    );
}

/// Runs axe-core in the real window and returns its serious and critical violations.
async fn axe_violations(driver: &WebDriver) -> Vec<String> {
    let loaded = driver
        .execute("return typeof window.axe !== 'undefined';", Vec::new())
        .await
        .unwrap()
        .json()
        .as_bool()
        .unwrap_or(false);
    if !loaded {
        let source =
            std::fs::read_to_string(workspace_root().join("ui/node_modules/axe-core/axe.min.js"))
                .expect("axe-core is installed in ui/node_modules (cargo xtask setup)");
        driver.execute(&source, Vec::new()).await.unwrap();
    }
    let found = driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then((r) => done(
               r.violations
                 .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                 .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
                   v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '))));",
            Vec::new(),
        )
        .await
        .unwrap();
    serde_json::from_value(found.json().clone()).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_in_both_themes() {
    let data = tempfile::tempdir().unwrap();
    let h = start(data.path());
    let driver = open_app(&h).await;
    log_cramp(&driver, "for the history screen").await;

    let mut problems = Vec::new();
    for theme in ["dark", "light"] {
        click(&driver, "button[data-tab=settings]").await;
        click(&driver, &format!("input[name=theme][value={theme}]")).await;
        let mut applied = serde_json::Value::Null;
        for _ in 0..30 {
            applied = driver
                .execute("return document.documentElement.dataset.theme;", Vec::new())
                .await
                .unwrap()
                .json()
                .clone();
            if applied == serde_json::json!(theme) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(applied, serde_json::json!(theme));
        let screens: [(&str, Option<&str>); 9] = [
            ("settings", None),
            ("log", None),
            ("log", Some("button.checkin")),
            ("log", Some("button.more-toggle")),
            ("log", Some("rect.area[data-view=front][data-area=head]")),
            ("history", None),
            ("history", Some("button.episode")),
            ("insights", None),
            ("report", None),
        ];
        for (tab, then) in screens {
            click(&driver, &format!("button[data-tab={tab}]")).await;
            if let Some(css) = then {
                click(&driver, css).await;
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
            for v in axe_violations(&driver).await {
                problems.push(format!("{theme} / {tab} {}: {v}", then.unwrap_or("")));
            }
            if then == Some("button.checkin") {
                click(&driver, "xpath-free:Cancel").await;
            }
        }
    }
    driver.quit().await.unwrap();
    assert!(
        problems.is_empty(),
        "accessibility problems:\n{}",
        problems.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn export_then_import_into_an_empty_journal_through_the_ui() {
    use std::sync::Arc;
    let a = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let export = files.path().join("journal.json");
    demo_journal(a.path(), 120, 4);
    // Export from A through Settings.
    let h = start_with(a.path(), Some(&export));
    let driver = open_app(&h).await;
    click(&driver, "button[data-tab=settings]").await;
    click(&driver, "xpath-free:Export all (JSON)").await;
    let status = text_of(&driver, ".status").await;
    assert!(status.contains("Exported to"), "{status}");
    driver.quit().await.unwrap();
    drop(h);
    assert!(export.exists());

    // Import into an empty B: a preview first, then the import.
    let b = tempfile::tempdir().unwrap();
    let h = start_with(b.path(), Some(&export));
    let driver = open_app(&h).await;
    click(&driver, "button[data-tab=settings]").await;
    click(&driver, "xpath-free:Import a file…").await;
    let preview = text_of(&driver, ".preview").await;
    assert!(
        preview.contains("Ready to import") && preview.contains("120 new"),
        "{preview}"
    );
    click(&driver, ".preview button.primary").await;
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
    let h = start_with(b.path(), Some(&damaged));
    let driver = open_app(&h).await;
    click(&driver, "button[data-tab=settings]").await;
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
    let h = start_with(data.path(), Some(&pdf));
    let driver = open_app(&h).await;
    click(&driver, "button[data-tab=report]").await;
    driver
        .query(By::Css("img.page"))
        .wait(Duration::from_secs(30), Duration::from_millis(200))
        .first()
        .await
        .expect("page 1 preview appears");
    type_into(
        &driver,
        "textarea[name=questions]",
        "Is magnesium worth continuing?",
    )
    .await;
    click(&driver, "button.export").await;
    let status = driver
        .query(By::Css(".status"))
        .wait(Duration::from_secs(30), Duration::from_millis(200))
        .first()
        .await
        .expect("a status after export")
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
    click(&driver, "button[data-tab=history]").await;
    driver
        .query(By::Css("button.episode"))
        .wait(Duration::from_secs(20), Duration::from_millis(100))
        .first()
        .await
        .unwrap();
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
                let v = driver
                    .execute("return window.__bench;", vec![])
                    .await
                    .unwrap()
                    .json()
                    .clone();
                if !v.is_null() {
                    return v;
                }
            }
            panic!("the {mode} measurement did not finish");
        }
    };
    let idle = measure("idle").await;
    let scroll = measure("scroll").await;
    let nodes = driver
        .execute("return document.getElementsByTagName('*').length;", vec![])
        .await
        .unwrap()
        .json()
        .clone();
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

#[tokio::test(flavor = "multi_thread")]
async fn an_encrypted_journal_opens_only_with_its_passcode() {
    let data = tempfile::tempdir().unwrap();
    {
        let clock = std::sync::Arc::new(twinge_app::SystemClock);
        let mut j = twinge_app::Journal::open(data.path(), clock).unwrap();
        j.demo(twinge_app::DemoOptions {
            episodes: 20,
            seed: 2,
        })
        .unwrap();
        j.set_passcode(None, "correct horse mossy teapot").unwrap();
    }
    let journal = data.path().join("twinge.db");
    let before = std::fs::read(&journal).unwrap();
    let h = start(data.path());
    let driver = session(&h).await;
    // The unlock screen, not the Log form.
    type_into(&driver, "input[name=passcode]", "wrong horse").await;
    click(&driver, "xpath-free:Unlock").await;
    let alert = text_of(&driver, "#err-passcode").await;
    assert!(alert.contains("does not open"), "{alert}");
    assert_eq!(
        std::fs::read(&journal).unwrap(),
        before,
        "a wrong passcode changed the journal"
    );
    type_into(
        &driver,
        "input[name=passcode]",
        "correct horse mossy teapot",
    )
    .await;
    click(&driver, "xpath-free:Unlock").await;
    driver
        .query(By::Css("label.kind-cramp"))
        .wait(Duration::from_secs(20), Duration::from_millis(100))
        .first()
        .await
        .expect("the Log screen appears once unlocked");
    let history = history_text(&driver).await;
    assert!(history.contains("episode"), "{history}");

    // Settings → Privacy → Lock now: the unlock screen covers the app until the
    // passcode is entered again, and the screen underneath is as it was.
    click(&driver, "button[data-tab=settings]").await;
    type_into(&driver, "input[name=new_passcode]", "half typed").await;
    click(&driver, "xpath-free:Lock now").await;
    type_into(&driver, "input[name=passcode]", "wrong horse").await;
    click(&driver, "xpath-free:Unlock").await;
    let alert = text_of(&driver, "#err-passcode").await;
    assert!(alert.contains("does not open"), "{alert}");
    type_into(
        &driver,
        "input[name=passcode]",
        "correct horse mossy teapot",
    )
    .await;
    click(&driver, "xpath-free:Unlock").await;
    let kept = driver
        .query(By::Css(".shell:not(.locked) input[name=new_passcode]"))
        .wait(Duration::from_secs(20), Duration::from_millis(100))
        .first()
        .await
        .expect("Settings are back once unlocked")
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
    type_into(
        &driver,
        "input[name=current_passcode]",
        "correct horse mossy teapot",
    )
    .await;
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
async fn a_daily_check_in_from_the_log_tab_is_saved_for_today() {
    let data = tempfile::tempdir().unwrap();
    let h = start(data.path());
    let driver = open_app(&h).await;
    click(&driver, "button.checkin").await;
    click(&driver, "xpath-free:Hard exercise").await;
    click(&driver, "xpath-free:Caffeine").await;
    click(&driver, "input[name=stress][value=some]").await;
    click(&driver, "xpath-free:Save check-in").await;
    let toast = text_of(&driver, ".toast").await;
    assert!(toast.contains("Today's check-in saved"), "{toast}");
    let card = text_of(&driver, "button.checkin").await;
    assert!(card.contains("✓ Daily check-in"), "{card}");
    driver.quit().await.unwrap();
    drop(h);

    let j = twinge_app::Journal::open(data.path(), std::sync::Arc::new(twinge_app::SystemClock))
        .unwrap();
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
