//! The forest plot of the day-level statistics: one row per factor, the rate ratio
//! as a point and its 95% interval as a line, on a log scale with 1× (no difference)
//! marked.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::draw::{fit, message, render, text, Caption};
use crate::{Theme, WIDTH};
use twinge_i18n::Tr;

/// One row: what it compares, the ratio and its interval (`None` where unbounded or
/// not computable), and a short note on the right.
#[derive(Debug, Clone, PartialEq)]
pub struct ForestRow {
    pub label: String,
    pub ratio: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub note: String,
}

/// The widest scale: from 1/16× to 16×.
const WIDEST: i32 = 4;

/// The scale, as a power of two `k` (from 2^−k to 2^k): the narrowest from ½×–2× up
/// that holds every point and every bounded end of an interval.
fn scale_power(rows: &[ForestRow]) -> i32 {
    let far = rows
        .iter()
        .flat_map(|r| [r.ratio, r.low, r.high])
        .flatten()
        .filter(|v| *v > 0.0 && v.is_finite())
        .map(|v| v.log2().abs().ceil() as i32)
        .max()
        .unwrap_or(1);
    far.clamp(1, WIDEST)
}

/// "0.25×", "1×", "4×" (with the language's decimal separator).
fn tick_label(tr: &Tr, power: i32) -> String {
    let v = 2f64.powi(power);
    let digits = if power < 0 { -power as usize } else { 0 };
    let text = tr.formats().number(v, digits);
    // "0.50" is "0.5": no trailing zero after the separator.
    let text = if digits > 0 {
        text.trim_end_matches('0').to_string()
    } else {
        text
    };
    format!("{text}×")
}

/// A forest plot of `rows`; a sentence instead when there is none.
pub fn forest(rows: &[ForestRow], theme: &Theme, tr: &Tr) -> String {
    if rows.is_empty() {
        return message(&tr.chart_factors_few(), theme, 120);
    }
    let row_h = 24;
    let caption = Caption::new(&tr.chart_factors_title(), (4, WIDTH as i32), 12);
    let top = 28 + caption.more();
    let height = (top + rows.len() as i32 * row_h + 26) as u32;
    let (x0, x1) = (132_i32, 346_i32);
    let k = scale_power(rows);
    let (scale_min, scale_max) = (2f64.powi(-k), 2f64.powi(k));
    let x_of = |r: f64| {
        let t = (r.clamp(scale_min, scale_max).log2() + f64::from(k)) / f64::from(2 * k);
        x0 + (t * f64::from(x1 - x0)).round() as i32
    };
    render(height, (theme, tr), |root| {
        caption.draw(root, 6, theme)?;
        let bottom = top + rows.len() as i32 * row_h;
        for power in -k..=k {
            let x = x_of(2f64.powi(power));
            let label = tick_label(tr, power);
            let style = if power == 0 {
                ShapeStyle::from(&theme.text).stroke_width(2)
            } else {
                ShapeStyle::from(&theme.grid).stroke_width(1)
            };
            root.draw(&PathElement::new(vec![(x, top - 4), (x, bottom)], style))?;
            let centred = text(11, &theme.muted).pos(Pos::new(HPos::Center, VPos::Top));
            root.draw_text(&label, &centred, (x, bottom + 6))?;
        }
        for (i, row) in rows.iter().enumerate() {
            let y = top + i as i32 * row_h + row_h / 2;
            let shown = fit(&row.label, 13, f64::from(x0 - 8));
            let left = text(13, &theme.text).pos(Pos::new(HPos::Left, VPos::Center));
            root.draw_text(&shown, &left, (4, y))?;
            let line = ShapeStyle::from(&theme.accent).stroke_width(3);
            let (lo, hi) = (row.low.map_or(x0, x_of), row.high.map_or(x1, x_of));
            root.draw(&PathElement::new(vec![(lo, y), (hi, y)], line))?;
            // An interval that runs off the scale ends in an arrow head.
            for (end, off) in [
                (lo, row.low.is_none_or(|l| l < scale_min)),
                (hi, row.high.is_none_or(|h| h > scale_max)),
            ] {
                if off {
                    let d = if end == lo { 6 } else { -6 };
                    root.draw(&PathElement::new(
                        vec![(end + d, y - 5), (end, y), (end + d, y + 5)],
                        line,
                    ))?;
                }
            }
            if let Some(r) = row.ratio {
                root.draw(&Circle::new((x_of(r), y), 5, theme.accent.filled()))?;
                root.draw(&Circle::new(
                    (x_of(r), y),
                    5,
                    ShapeStyle::from(&theme.background).stroke_width(1),
                ))?;
            }
            let right = text(12, &theme.muted).pos(Pos::new(HPos::Left, VPos::Center));
            root.draw_text(&row.note, &right, (x1 + 8, y))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_drawn_with_its_label_and_the_scale_marks_one() {
        let rows = vec![
            ForestRow {
                label: "After hard exercise".into(),
                ratio: Some(2.1),
                low: Some(1.3),
                high: Some(3.4),
                note: "2.1×".into(),
            },
            ForestRow {
                label: "Caffeine".into(),
                ratio: Some(0.0),
                low: Some(0.0),
                high: None,
                note: "0×".into(),
            },
        ];
        let svg = forest(&rows, &Theme::LIGHT, &crate::english());
        for needle in [
            "After hard exercise",
            "Caffeine",
            "2.1×",
            "1×",
            "4×",
            "0.25×",
        ] {
            assert!(svg.contains(needle), "{needle} missing");
        }
        assert_eq!(
            svg.matches("<circle").count(),
            4,
            "a point per row, drawn twice"
        );
        assert!(forest(&[], &Theme::LIGHT, &crate::english()).contains("Not enough days"));
    }

    #[test]
    fn the_scale_widens_to_hold_every_point_and_bounded_end() {
        let row = |low: f64, high: Option<f64>| ForestRow {
            label: String::new(),
            ratio: Some(1.0),
            low: Some(low),
            high,
            note: String::new(),
        };
        assert_eq!(scale_power(&[row(0.8, Some(1.2))]), 1);
        assert_eq!(scale_power(&[row(0.8, Some(3.5))]), 2);
        assert_eq!(scale_power(&[row(0.3, None)]), 2);
        assert_eq!(scale_power(&[row(0.0, Some(100.0))]), WIDEST);
    }
}
