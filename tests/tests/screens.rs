//! End to end (see e2e.rs for the harness): the body map's targets, the error screen of
//! a damaged journal and the backup restored in its place, and axe on every screen in
//! both themes.

use std::time::Duration;

use thirtyfour::prelude::*;
use twinge_tests::driver::{
    appears, click, new_app, open_app, open_tab, press, quit_without, run_js, session, tab_to,
    text_of,
};
use twinge_tests::harness::{
    demo_journal, start_in_language, start_new, start_with, workspace_root,
};
use twinge_tests::steps::{history_text, log_cramp};

/// Every place on the body map can be hit through a 44 × 44 px square: on the whole
/// figure the zoom areas, in each enlarged area every place (measured in the real
/// web view: some 44 px square on the target lands on it at its corners, edges and centre).
#[tokio::test(flavor = "multi_thread")]
async fn every_body_map_target_is_at_least_44_px() {
    let (_data, _h, driver) = new_app().await;
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
        appears(&driver, "rect.area", "the body map").await;
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
            appears(
                &driver,
                ".zoom g.region rect.hit",
                "the enlarged area's places",
            )
            .await;
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
    quit_without(driver, &problems, "targets under 44 px").await;
    assert_eq!(places.len(), 64, "every shape of both figures: {places:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_journal_shows_an_error_screen_in_words_and_a_backup_takes_its_place() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("twinge.db");
    let junk = b"not a database at all\n".repeat(100);
    std::fs::write(&db, &junk).unwrap();
    // A backup: another journal's file, closed.
    let saved = tempfile::tempdir().unwrap();
    demo_journal(saved.path(), 30, 5);
    let backup = saved.path().join("twinge.db");
    let h = start_with(data.path(), Some(&backup));

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
    assert_eq!(
        std::fs::read(&db).unwrap(),
        junk,
        "the file was left as it was"
    );

    // Set aside, nothing deleted; the backup restores into a new journal.
    click(&driver, "xpath-free:Restore a backup…").await;
    appears(&driver, "label.kind-cramp", "the Log screen").await;
    let history = history_text(&driver).await;
    driver.quit().await.unwrap();
    assert!(!history.contains("No episodes"), "{history}");
    let aside: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".db"))
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("twinge-damaged-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read(&aside[0]).unwrap(),
        junk,
        "set aside as it was"
    );
    let restored =
        twinge_app::Journal::open(data.path(), std::sync::Arc::new(twinge_app::SystemClock));
    assert_eq!(
        restored
            .unwrap()
            .list(&Default::default())
            .unwrap()
            .episodes
            .len(),
        30
    );
}

/// Runs axe-core in the real window and returns its serious and critical violations.
async fn axe_violations(driver: &WebDriver) -> Vec<String> {
    let loaded = run_js(driver, "return typeof window.axe !== 'undefined';")
        .await
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

/// Every screen and the parts a tap opens on it: a tab, then what is clicked there.
const SCREENS: [(&str, Option<&str>); 9] = [
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

/// Opens a tab, and what `then` names on it, and lets it settle.
async fn open_screen(driver: &WebDriver, tab: &str, then: Option<&str>) {
    open_tab(driver, tab).await;
    if let Some(css) = then {
        click(driver, css).await;
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
}

/// Closes what [`open_screen`] opened (a form keeps what is open on it while another
/// tab is shown, so the next pass would find it still open).
async fn close_screen(driver: &WebDriver, then: Option<&str>) {
    match then {
        Some("button.checkin") => click(driver, ".actions .secondary-action").await,
        Some("button.more-toggle") => click(driver, "button.more-toggle").await,
        Some("button.episode") => click(driver, "form .buttons button.secondary").await,
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_in_both_themes() {
    let (_data, _h, driver) = new_app().await;
    log_cramp(&driver, "for the history screen").await;

    let mut problems = Vec::new();
    for theme in ["dark", "light"] {
        open_tab(&driver, "settings").await;
        click(&driver, &format!("input[name=theme][value={theme}]")).await;
        let mut applied = serde_json::Value::Null;
        for _ in 0..30 {
            applied = run_js(&driver, "return document.documentElement.dataset.theme;").await;
            if applied == serde_json::json!(theme) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(applied, serde_json::json!(theme));
        for (tab, then) in SCREENS {
            open_screen(&driver, tab, then).await;
            for v in axe_violations(&driver).await {
                problems.push(format!("{theme} / {tab} {}: {v}", then.unwrap_or("")));
            }
            close_screen(&driver, then).await;
        }
    }
    quit_without(driver, &problems, "accessibility problems").await;
}

/// The words a screen shows outside the pseudo-language's brackets.
async fn stray_words(driver: &WebDriver, allowed: &[&str]) -> Vec<String> {
    let shown = driver
        .execute("return document.body.innerText;", Vec::new())
        .await
        .unwrap()
        .json()
        .as_str()
        .unwrap_or_default()
        .to_string();
    let mut stray: Vec<String> = twinge_app::unbracketed(&shown)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 1 && !allowed.contains(w))
        .map(str::to_string)
        .collect();
    stray.dedup();
    stray
}

#[tokio::test(flavor = "multi_thread")]
async fn in_the_pseudo_language_no_screen_shows_a_word_written_in_code() {
    let data = tempfile::tempdir().unwrap();
    let h = start_in_language(data.path(), "en-XA");
    let driver = open_app(&h).await;
    log_cramp(&driver, "Zqnote").await;
    // What the person typed, and each language's own name in the language choices.
    let allowed = [
        "Zqnote",
        "Long",
        "drive",
        "English",
        "Deutsch",
        "Español",
        "Français",
    ];
    let mut problems = Vec::new();
    for (tab, then) in SCREENS {
        open_screen(&driver, tab, then).await;
        let stray = stray_words(&driver, &allowed).await;
        if !stray.is_empty() {
            problems.push(format!("{tab} {}: {stray:?}", then.unwrap_or("")));
        }
        close_screen(&driver, then).await;
    }
    quit_without(driver, &problems, "words from code").await;
}

/// A new journal opens on the welcome: read with the keyboard, its offers opened in
/// place, axe-clean and every word from the catalogue (in the pseudo-language); once
/// finished, the next start goes straight to the Log form.
#[tokio::test(flavor = "multi_thread")]
async fn a_new_journal_opens_on_the_welcome_once() {
    let data = tempfile::tempdir().unwrap();
    let h = start_new(data.path(), "en-XA");
    let driver = session(&h).await;
    let welcome = appears(&driver, "main.welcome h1", "the welcome of a new journal").await;
    assert!(welcome.text().await.unwrap().starts_with('['));
    let mut problems: Vec<String> = axe_violations(&driver).await;
    problems.extend(stray_words(&driver, &[]).await);
    // The keyboard: Tab to "Set up", Enter; the offers' heading takes the focus.
    tab_to(&driver, "main.welcome button.button-primary").await;
    press(&driver, Key::Enter).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let focused = driver
        .execute("return document.activeElement.tagName;", Vec::new())
        .await
        .unwrap()
        .json()
        .clone();
    assert_eq!(
        focused,
        serde_json::json!("H1"),
        "the offers' heading has the focus"
    );
    for offer in ["passcode", "reminder", "import"] {
        let button = format!("button[aria-controls=offer-{offer}]");
        tab_to(&driver, &button).await;
        press(&driver, Key::Enter).await;
        appears(&driver, &format!("#offer-{offer} section"), offer).await;
        problems.extend(axe_violations(&driver).await);
        problems.extend(stray_words(&driver, &[]).await);
    }
    click(&driver, "main.welcome .actions button.button-primary").await;
    appears(
        &driver,
        "label.kind-cramp",
        "the Log form after the welcome",
    )
    .await;
    quit_without(driver, &problems, "on the welcome").await;
    // Started again: the Log form, no welcome.
    let driver = open_app(&h).await;
    assert!(driver.find(By::Css("main.welcome")).await.is_err());
    driver.quit().await.unwrap();
}
