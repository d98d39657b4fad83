//! The body-map heat picture, from the same figure the Log screen uses.

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

/// One figure's shapes: each region with its outline and how many episodes fall on it.
fn view_shapes<'a>(
    v: &'a serde_json::Value,
    counts: &[RegionCount],
) -> Vec<(Region, &'a str, u32)> {
    let shapes = v["shapes"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let sided: std::collections::HashSet<&str> = shapes
        .iter()
        .filter(|s| s["side"] != "centre")
        .filter_map(|s| s["region"].as_str())
        .collect();
    shapes
        .iter()
        .filter_map(|s| {
            let region = s["region"].as_str().and_then(Region::from_code)?;
            let side = s["side"].as_str().and_then(Side::from_code)?;
            let n = shape_count(counts, region, side, sided.contains(region.code()));
            Some((region, s["d"].as_str().unwrap_or(""), n))
        })
        .collect()
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
    let wide = crate::draw::text_width(word, LABEL_SIZE);
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

/// The shade of a place with `n` of the most (`max`) episodes at one place.
fn shade(n: u32, max: u32) -> f64 {
    if n == 0 {
        0.0
    } else {
        0.25 + 0.75 * f64::from(n) / f64::from(max.max(1))
    }
}

/// The height of the colour scale under the words.
const LEGEND_H: f64 = LABEL_SIZE + 18.0;

/// The colour scale, centred in `total_w` at `y`: an unshaded square for 0, then
/// squares from 1 to `max` episodes (at most five, evenly spread), each count written.
fn legend(max: u32, (total_w, y): (f64, f64), theme: &Theme) -> String {
    let steps: Vec<u32> = if max <= 5 {
        (1..=max).collect()
    } else {
        (0..5).map(|i| 1 + (max - 1) * i / 4).collect()
    };
    let (box_w, gap) = (30.0, 4.0);
    let digits = |n: u32| n.to_string().len() as f64 * 0.6 * LABEL_SIZE;
    let width = digits(0)
        + gap
        + box_w
        + 14.0
        + digits(1)
        + gap
        + steps.len() as f64 * box_w
        + gap
        + digits(max);
    let mut x = (total_w - width) / 2.0;
    let mut out = String::new();
    let text = |x: f64, n: u32| {
        format!(
            r#"<text x="{x}" y="{ty}" fill="{c}" font-size="{LABEL_SIZE}">{n}</text>"#,
            ty = y + LABEL_SIZE - 4.0,
            c = hex(theme.muted)
        )
    };
    let square = |x: f64, opacity: f64| {
        format!(
            r#"<rect x="{x}" y="{y}" width="{box_w}" height="{LABEL_SIZE}" fill="{grid}" stroke="{muted}" stroke-width="1"/><rect x="{x}" y="{y}" width="{box_w}" height="{LABEL_SIZE}" fill="{accent}" fill-opacity="{opacity:.2}"/>"#,
            grid = hex(theme.grid),
            muted = hex(theme.muted),
            accent = hex(theme.accent),
        )
    };
    out.push_str(&text(x, 0));
    x += digits(0) + gap;
    out.push_str(&square(x, 0.0));
    x += box_w + 14.0;
    out.push_str(&text(x, 1));
    x += digits(1) + gap;
    for &n in &steps {
        out.push_str(&square(x, shade(n, max)));
        x += box_w;
    }
    out.push_str(&text(x + gap, max));
    out
}

/// Front and back figures, each region shaded by how many episodes were there: the
/// report's, where the table beside it gives the counts.
pub fn body_heat(counts: &[RegionCount], theme: &Theme, tr: &Tr) -> String {
    figures(counts, theme, tr, false)
}

/// The same with the colour scale under the figures, for Insights.
pub fn body_heat_with_scale(counts: &[RegionCount], theme: &Theme, tr: &Tr) -> String {
    figures(counts, theme, tr, true)
}

fn figures(counts: &[RegionCount], theme: &Theme, tr: &Tr, scale: bool) -> String {
    let map: serde_json::Value = serde_json::from_str(BODY_MAP_JSON).unwrap_or_default();
    let w = map["width"].as_f64().unwrap_or(200.0);
    let h = map["height"].as_f64().unwrap_or(440.0);
    let views = ["front", "back"].map(|view| &map["views"][view]);
    let shapes = views.map(|v| view_shapes(v, counts));
    let max = shapes
        .iter()
        .flatten()
        .map(|&(.., n)| n)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut svg = String::new();
    let total_w = w * 2.0 + 20.0;
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{tw}" height="{th}" viewBox="0 0 {tw} {th}" font-family="sans-serif"><rect width="100%" height="100%" fill="{bg}"/>"#,
        tw = total_w,
        th = h + LABELS_H + if scale { LEGEND_H } else { 0.0 },
        bg = hex(theme.background)
    );
    for (i, v) in views.iter().enumerate() {
        let dx = i as f64 * (w + 20.0);
        let _ = write!(svg, r#"<g transform="translate({dx} 0)">"#);
        for d in v["decor"].as_array().into_iter().flatten() {
            let _ = write!(
                svg,
                r#"<path d="{}" fill="{}" stroke="{}"/>"#,
                d.as_str().unwrap_or(""),
                hex(theme.grid),
                hex(theme.muted)
            );
        }
        for &(region, d, n) in &shapes[i] {
            let opacity = shade(n, max);
            let _ = write!(
                svg,
                r#"<path d="{d}" fill="{grid}" stroke="{muted}" stroke-width="0.6" stroke-opacity="0.6" stroke-linejoin="round"/><path d="{d}" fill="{accent}" fill-opacity="{opacity:.2}" stroke="none"><title>{label}: {n}</title></path>"#,
                grid = hex(theme.grid),
                muted = hex(theme.muted),
                accent = hex(theme.accent),
                label = escaped(&twinge_i18n::domain::region(tr, region)),
            );
        }
        let _ = write!(
            svg,
            r#"<path d="{}" fill="none" stroke="{}" stroke-width="1.3" stroke-linejoin="round" stroke-linecap="round"/>"#,
            v["outline"].as_str().unwrap_or(""),
            hex(theme.muted)
        );
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
    if scale {
        svg.push_str(&legend(max, (total_w, h + LABELS_H + 6.0), theme));
    }
    svg.push_str("</svg>");
    svg
}
