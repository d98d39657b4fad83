//! No screen is wider than the window, from 360 px on: the real app under Xvfb (see
//! e2e.rs for the harness), each tab measured by the scroll width of the page and of the
//! screen's scrolling area.

use std::time::Duration;

use twinge_tests::driver::{
    click, new_app, on_every_tab, open_app, open_tab, quit_without, run_js, text_of,
};
use twinge_tests::harness::start;

/// The widest of the page and the screen's scrolling area, and the room the screen has.
const PAGE_AND_MAIN_WIDTHS: &str = "const m = document.querySelector('main'); \
    return [Math.max(m.scrollWidth, document.scrollingElement.scrollWidth), m.clientWidth];";

#[tokio::test(flavor = "multi_thread")]
async fn no_screen_is_wider_than_a_narrow_window() {
    let (_data, _h, driver) = new_app().await;
    // Today marked quiet: the marked card is the widest the Log screen gets.
    click(&driver, "button.quick-btn:not(.checkin):nth-of-type(2)").await;
    text_of(&driver, ".toast").await;
    let mut wider = Vec::new();
    for width in [360, 420] {
        for (tab, sizes) in on_every_tab(&driver, width, PAGE_AND_MAIN_WIDTHS).await {
            let (scroll, client) = (sizes[0].as_i64().unwrap(), sizes[1].as_i64().unwrap());
            if scroll > client {
                wider.push(format!("{tab} at {width} px: {scroll} > {client}"));
            }
        }
    }
    quit_without(driver, &wider, "wider than the window").await;
}

/// Every text on a screen that is cut at a width: a box that hides what overflows it
/// (an ellipsis, or overflow hidden) holding more than it shows, and a drop-down whose
/// chosen option is wider than the box it shows it in.
const CUT_LABELS: &str = "
    const cut = [];
    const canvas = document.createElement('canvas').getContext('2d');
    for (const el of document.querySelectorAll('main *, nav *')) {
        const s = getComputedStyle(el);
        if (s.display === 'none' || s.visibility === 'hidden' || !el.offsetParent) continue;
        if (el.closest('.visually-hidden')) continue; // for screen readers only
        if (el.tagName === 'SELECT') {
            const text = el.options[el.selectedIndex]?.text ?? '';
            canvas.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
            const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 24; // the arrow
            if (canvas.measureText(text).width > room) cut.push(`select: ${text}`);
            continue;
        }
        const hides = s.textOverflow === 'ellipsis' || s.overflowX === 'hidden' || s.overflowX === 'clip';
        if (hides && el.textContent.trim() && el.scrollWidth > el.clientWidth + 1) {
            cut.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 60)}`);
        }
    }
    return cut;";

/// The names written on the shapes of an enlarged area of the body that overlap.
const OVERLAPPING_NAMES: &str = "
    const boxes = [...document.querySelectorAll('.shape-name')].map((t) => [t.textContent, t.getBoundingClientRect()]);
    const hits = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const [a, p] = boxes[i], [b, q] = boxes[j];
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) hits.push(`${a} / ${b}`);
    }
    return [boxes.length, hits];";

#[tokio::test(flavor = "multi_thread")]
async fn no_label_is_cut_and_zoomed_places_are_named_at_360_and_420_px() {
    let data = tempfile::tempdir().unwrap();
    twinge_tests::harness::demo_journal(data.path(), 300, 11);
    let h = start(data.path());
    let driver = open_app(&h).await;
    let mut cut = Vec::new();
    for width in [360, 420] {
        for (tab, found) in on_every_tab(&driver, width, CUT_LABELS).await {
            for label in found.as_array().unwrap() {
                cut.push(format!("{tab} at {width} px: {}", label.as_str().unwrap()));
            }
        }
        // Each enlarged area of the body names its places, without one name on another.
        open_tab(&driver, "log").await;
        for (view, area) in [("front", "head"), ("back", "trunk"), ("back", "legs")] {
            click(
                &driver,
                &format!("rect.area[data-view={view}][data-area={area}]"),
            )
            .await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let names = run_js(&driver, OVERLAPPING_NAMES).await;
            assert!(names[0].as_u64().unwrap() >= 4, "{view} {area}: {names}");
            assert_eq!(
                names[1],
                serde_json::json!([]),
                "{view} {area} at {width} px"
            );
            click(&driver, ".zoom-bar .bar-btn").await;
        }
    }
    quit_without(driver, &cut, "labels cut off").await;
}
