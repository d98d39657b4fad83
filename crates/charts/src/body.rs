//! The body-map heat picture, from the same figure the Log screen uses.

use std::collections::HashMap;
use std::fmt::Write;

use twinge_core::insights::RegionCount;
use twinge_core::{Region, Side, BODY_MAP_JSON};

use crate::Theme;
use twinge_i18n::Tr;

/// Text made safe to stand in SVG markup.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn hex(c: plotters::style::RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// How many episodes fall on one drawn shape (region, side of the figure).
fn shape_count(counts: &[RegionCount], region: Region, side: Side, has_sides: bool) -> u32 {
    counts
        .iter()
        .filter(|c| c.region == region)
        .filter(|c| match side {
            Side::Centre => true,
            _ if !has_sides => false,
            s => c.side == s || c.side == Side::Both || c.side == Side::Centre,
        })
        .map(|c| c.count)
        .sum()
}

/// The size of the words under the figures ("Left", "Right", "Front"): the report
/// prints the picture small, and they must still read at 7 pt there.
const LABEL_SIZE: f64 = 26.0;
/// The height the words take under the figures.
const LABELS_H: f64 = 2.0 * LABEL_SIZE + 18.0;

/// "Left" or "Right" under a figure of width `w`, on the side of `x`, held to its half
/// of the figure: a longer word ("Izquierda") is narrowed to fit rather than cut off
/// at the edge of the picture.
fn side_label(x: f64, w: f64, word: &str, (h, theme): (f64, &Theme)) -> String {
    let room = w / 2.0 - 6.0;
    // About 0.55 em a character in the sans-serif the picture is drawn in.
    let wide = word.chars().count() as f64 * 0.55 * LABEL_SIZE;
    let fit = if wide > room {
        format!(r#" textLength="{room}" lengthAdjust="spacingAndGlyphs""#)
    } else {
        String::new()
    };
    let (at, anchor) = if x < w / 2.0 {
        (2.0, "start")
    } else {
        (w - 2.0, "end")
    };
    format!(
        r#"<text x="{at}" y="{y}" fill="{c}" font-size="{LABEL_SIZE}" text-anchor="{anchor}"{fit}>{word}</text>"#,
        y = h + LABEL_SIZE + 4.0,
        c = hex(theme.muted),
        word = escaped(word),
    )
}

/// Front and back figures, each region shaded by how many episodes were there.
pub fn body_heat(counts: &[RegionCount], theme: &Theme, tr: &Tr) -> String {
    let map: serde_json::Value = serde_json::from_str(BODY_MAP_JSON).unwrap_or_default();
    let w = map["width"].as_f64().unwrap_or(200.0);
    let h = map["height"].as_f64().unwrap_or(440.0);
    let max = counts.iter().map(|c| c.count).max().unwrap_or(0).max(1);
    let mut svg = String::new();
    let total_w = w * 2.0 + 20.0;
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{tw}" height="{th}" viewBox="0 0 {tw} {th}" font-family="sans-serif"><rect width="100%" height="100%" fill="{bg}"/>"#,
        tw = total_w,
        th = h + LABELS_H,
        bg = hex(theme.background)
    );
    for (i, view) in ["front", "back"].iter().enumerate() {
        let v = &map["views"][view];
        let dx = i as f64 * (w + 20.0);
        let _ = write!(svg, r#"<g transform="translate({dx} 0)">"#);
        let shapes = v["shapes"].as_array().cloned().unwrap_or_default();
        let sided: std::collections::HashSet<&str> = shapes
            .iter()
            .filter(|s| s["side"] != "centre")
            .filter_map(|s| s["region"].as_str())
            .collect();
        for d in v["decor"].as_array().into_iter().flatten() {
            let _ = write!(
                svg,
                r#"<path d="{}" fill="{}" stroke="{}"/>"#,
                d.as_str().unwrap_or(""),
                hex(theme.grid),
                hex(theme.muted)
            );
        }
        let mut seen: HashMap<(Region, Side), u32> = HashMap::new();
        for s in &shapes {
            let (Some(region), Some(side)) = (
                s["region"].as_str().and_then(Region::from_code),
                s["side"].as_str().and_then(Side::from_code),
            ) else {
                continue;
            };
            let n = shape_count(counts, region, side, sided.contains(region.code()));
            seen.insert((region, side), n);
            let opacity = if n == 0 {
                0.0
            } else {
                0.25 + 0.75 * f64::from(n) / f64::from(max)
            };
            let _ = write!(
                svg,
                r#"<path d="{d}" fill="{grid}" stroke="{muted}" stroke-width="1"/><path d="{d}" fill="{accent}" fill-opacity="{opacity:.2}" stroke="none"><title>{label}: {n}</title></path>"#,
                d = s["d"].as_str().unwrap_or(""),
                grid = hex(theme.grid),
                muted = hex(theme.muted),
                accent = hex(theme.accent),
                label = escaped(&twinge_i18n::domain::region(tr, region)),
            );
        }
        let side_label = |x: f64, word: String| side_label(x, w, &word, (h, theme));
        let (l, r) = (
            v["left_label_x"].as_f64().unwrap_or(30.0),
            v["right_label_x"].as_f64().unwrap_or(170.0),
        );
        let _ = write!(
            svg,
            r#"{left}{right}<text x="{mid}" y="{y2}" fill="{c}" font-size="{LABEL_SIZE}" font-weight="bold" text-anchor="middle">{label}</text></g>"#,
            y2 = h + 2.0 * LABEL_SIZE + 10.0,
            mid = w / 2.0,
            c = hex(theme.muted),
            left = side_label(l, tr.chart_left()),
            right = side_label(r, tr.chart_right()),
            label = escaped(&if i == 0 {
                tr.chart_front()
            } else {
                tr.chart_back()
            }),
        );
    }
    svg.push_str("</svg>");
    svg
}
