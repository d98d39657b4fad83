//! The charts drawn with plotters.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use twinge_core::insights::{Aggregates, DayNumber};
use twinge_i18n::Tr;

use crate::{Theme, WIDTH};

pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub(crate) type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// Fewer tagged episodes than this and the trigger chart says "not enough data".
pub const MIN_EPISODES_FOR_TRIGGERS: u32 = 10;

const FONT: &str = "sans-serif";

/// The width of an average character, in ems, of the sans-serif faces the charts are
/// shown in (DejaVu Sans, Liberation Sans): a little wider than most, so that a text
/// estimated to fit does.
const CHAR_EM: f64 = 0.55;

/// plotters writes a text style's size divided by this as the SVG's `font-size`.
const PLOTTERS_EM: f64 = 1.24;

/// About how wide `text` is at an SVG `font-size` of `size` px: what the charts lay
/// their words out by, and what a test checks every chart's words against.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * CHAR_EM * size
}

/// [`text_width`] of `text` drawn in [`text`]`(size, …)`.
pub(crate) fn drawn_width(text: &str, size: u32) -> f64 {
    text_width(text, f64::from(size) / PLOTTERS_EM)
}

/// `text` drawn in [`text`]`(size, …)`, in lines that each fit `width` px, broken
/// between words.
fn wrap(text: &str, size: u32, width: f64) -> Vec<String> {
    let columns = (width / drawn_width("m", size)).floor().max(1.0) as usize;
    textwrap::wrap(text, columns)
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

/// A chart's caption or legend line: muted, at `size`, from `x` to 4 px short of the
/// chart's right edge `right`, in as many lines as it needs (a language with longer
/// words takes two).
pub(crate) struct Caption {
    lines: Vec<String>,
    x: i32,
    size: u32,
}

impl Caption {
    /// The height of one of its lines.
    pub(crate) const LINE_H: i32 = 15;

    pub(crate) fn new(caption: &str, (x, right): (i32, i32), size: u32) -> Caption {
        let lines = wrap(caption, size, f64::from(right - x - 4));
        Caption { lines, x, size }
    }

    /// How much taller than one line it is.
    pub(crate) fn more(&self) -> i32 {
        (self.lines.len().max(1) as i32 - 1) * Self::LINE_H
    }

    /// Draws it with its first line at `y`.
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        y: i32,
        theme: &Theme,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        for (i, line) in self.lines.iter().enumerate() {
            let at = (self.x, y + i as i32 * Self::LINE_H);
            area.draw_text(line, &text(self.size, &theme.muted), at)?;
        }
        Ok(())
    }
}

/// `text` drawn in [`text`]`(size, …)`, cut to fit `width` px, with "…" where cut.
pub(crate) fn fit(text: &str, size: u32, width: f64) -> String {
    if drawn_width(text, size) <= width {
        return text.to_string();
    }
    let keep = (width / drawn_width("m", size)).floor() as usize;
    let cut: String = text.chars().take(keep.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// A dated event drawn on the frequency chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub day: DayNumber,
    pub kind: MarkerKind,
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    Appointment,
    Medication,
}

pub(crate) fn render(
    height: u32,
    (theme, tr): (&Theme, &Tr),
    draw: impl FnOnce(&Area<'_>) -> DrawResult,
) -> String {
    render_sized((WIDTH, height), (theme, tr), draw)
}

pub(crate) fn render_sized(
    (width, height): (u32, u32),
    (theme, tr): (&Theme, &Tr),
    draw: impl FnOnce(&Area<'_>) -> DrawResult,
) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let ok = root.fill(&theme.background).is_ok() && draw(&root).is_ok();
        let _ = root.present();
        if !ok {
            drop(root);
            return message(&tr.chart_not_drawn(), theme, height);
        }
    }
    svg
}

/// A chart-sized picture that says something in words.
pub fn message(text: &str, theme: &Theme, height: u32) -> String {
    // Centred, in as many lines as it takes to stay inside the picture.
    let lines = wrap(text, 15, f64::from(WIDTH) - 16.0);
    let line_h = 20;
    let first = height as i32 / 2 - (lines.len() as i32 - 1) * line_h / 2;
    render_plain(height, theme, |root| {
        let style = TextStyle::from((FONT, 15).into_font())
            .color(&theme.muted)
            .pos(Pos::new(HPos::Center, VPos::Center));
        for (i, line) in lines.iter().enumerate() {
            root.draw_text(line, &style, (WIDTH as i32 / 2, first + i as i32 * line_h))?;
        }
        Ok(())
    })
}

pub(crate) fn render_plain(
    height: u32,
    theme: &Theme,
    draw: impl FnOnce(&Area<'_>) -> DrawResult,
) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        let _ = root.fill(&theme.background);
        let _ = draw(&root);
        let _ = root.present();
    }
    svg
}

pub(crate) fn text<'a>(size: u32, color: &'a RGBColor) -> TextStyle<'a> {
    TextStyle::from((FONT, size).into_font()).color(color)
}

/// Whole-number ticks for an axis of counts up to `max`: from 0 in steps of 1, 2 or 5
/// times a power of ten, to the first step at or above `max`; at most six, never a
/// fraction, so no label repeats.
pub fn count_ticks(max: u32) -> Vec<u32> {
    let max = max.max(1);
    let mut power = 1u32;
    let step = loop {
        if let Some(s) = [1, 2, 5]
            .iter()
            .map(|m| m * power)
            .find(|s| max.div_ceil(*s) <= 5)
        {
            break s;
        }
        power = power.saturating_mul(10);
    };
    let top = max.div_ceil(step) * step;
    (0..=top).step_by(step as usize).collect()
}

/// Local hour × weekday heatmap (Monday first).
pub fn hour_weekday(a: &Aggregates, theme: &Theme, tr: &Tr) -> String {
    const H: u32 = 200;
    if a.total == 0 {
        return message(&tr.chart_no_episodes(), theme, H);
    }
    let max = a
        .hour_weekday
        .iter()
        .flatten()
        .copied()
        .max()
        .unwrap_or(1)
        .max(1);
    let days: Vec<String> = (0..7).map(|d| tr.formats().weekday(d)).collect();
    render(H, (theme, tr), |root| {
        let (left, top, cell_w, cell_h) = (40, 8, 14, 22);
        for (d, row) in a.hour_weekday.iter().enumerate() {
            let y = top + d as i32 * cell_h;
            root.draw_text(&days[d], &text(11, &theme.muted), (4, y + 5))?;
            for (h, &n) in row.iter().enumerate() {
                let x = left + h as i32 * cell_w;
                root.draw(&Rectangle::new(
                    [(x, y), (x + cell_w - 1, y + cell_h - 2)],
                    theme.grid.filled(),
                ))?;
                if n > 0 {
                    let alpha = 0.2 + 0.8 * f64::from(n) / f64::from(max);
                    root.draw(&Rectangle::new(
                        [(x, y), (x + cell_w - 1, y + cell_h - 2)],
                        theme.accent.mix(alpha).filled(),
                    ))?;
                }
            }
        }
        for h in [0, 6, 12, 18] {
            root.draw_text(
                &tr.chart_hour(format!("{h:02}")),
                &text(11, &theme.muted),
                (left + h * cell_w, top + 7 * cell_h + 4),
            )?;
        }
        root.draw_text(
            &tr.chart_darkest(max),
            &text(11, &theme.muted),
            (left, top + 7 * cell_h + 20),
        )?;
        Ok(())
    })
}
