//! Episodes per week (or per day), stacked by kind, on the period's time axis. A week
//! that was only partly logged (or that the period cuts short) is drawn as a rate per
//! logged week and outlined; days or weeks before the journal began are left blank and
//! labelled "not yet logging", unlogged ones blank: neither is a time without episodes.
//! Kinds differ in lightness and pattern as well as hue, so they hold in grey print.

use plotters::prelude::*;
use twinge_core::insights::{Aggregates, DayNumber};
use twinge_core::Kind;
use twinge_i18n::Tr;

use crate::draw::{
    count_ticks, drawn_width, message, render_sized, text, Area, Caption, DrawResult, Marker,
    MarkerKind,
};
use crate::timeline::{time_chart, TimeAxis, TOP};

/// The height of a line of the legend.
const LINE_H: i32 = 20;
use crate::{Theme, WIDTH};

/// One bucket of the chart: what is drawn for it.
enum Bucket {
    /// Before the journal's first entry.
    NotYet,
    /// Nothing logged on its days.
    Unlogged,
    /// Episodes by kind, scaled to a full week when only part of it was logged.
    Counts { values: [f64; 4], partial: bool },
}

/// Episodes per day (periods up to 60 days) or per logged week, stacked by kind, with
/// appointments and medication changes marked. `began` is the journal's first day.
pub fn frequency(
    a: &Aggregates,
    markers: &[Marker],
    began: Option<DayNumber>,
    theme: &Theme,
    tr: &Tr,
) -> String {
    frequency_sized(a, (markers, began), (theme, tr), (WIDTH, 240))
}

fn buckets(a: &Aggregates, axis: &TimeAxis, began: Option<DayNumber>) -> Vec<Bucket> {
    let mut counts = vec![[0u32; 4]; axis.n];
    for d in &a.by_day {
        for (total, n) in counts[axis.bucket(d.day)].iter_mut().zip(d.by_kind) {
            *total += n;
        }
    }
    counts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (first, last) = axis.days_of(i);
            if began.is_none_or(|b| last < b) {
                return Bucket::NotYet;
            }
            let logged = a
                .logged_days
                .iter()
                .filter(|d| (first..=last).contains(*d))
                .count() as f64;
            if logged == 0.0 {
                return Bucket::Unlogged;
            }
            let scale = if axis.weekly() { 7.0 / logged } else { 1.0 };
            Bucket::Counts {
                values: c.map(|n| f64::from(n) * scale),
                partial: axis.weekly() && logged < 7.0,
            }
        })
        .collect()
}

/// [`frequency`] at another size (the PDF uses a wide one).
pub fn frequency_sized(
    a: &Aggregates,
    (markers, began): (&[Marker], Option<DayNumber>),
    (theme, tr): (&Theme, &Tr),
    size: (u32, u32),
) -> String {
    if a.total == 0 {
        return message(&tr.chart_no_episodes(), theme, size.1);
    }
    let axis = TimeAxis::of(a.period);
    let buckets = buckets(a, &axis, began);
    let max = buckets
        .iter()
        .map(|b| match b {
            Bucket::Counts { values, .. } => values.iter().sum::<f64>().ceil() as u32,
            _ => 0,
        })
        .max()
        .unwrap_or(1)
        .max(1);
    let present = [0, 1, 2, 3].map(|k| a.by_kind[k] > 0);
    let ticks = count_ticks(max);
    let top = f64::from(ticks.last().copied().unwrap_or(1)) * 1.15;
    render_sized(size, (theme, tr), |root| {
        let partial = buckets
            .iter()
            .any(|b| matches!(b, Bucket::Counts { partial: true, .. }));
        let unlogged = buckets.iter().any(|b| matches!(b, Bucket::Unlogged));
        let top_margin = legend(root, (theme, tr), present, (partial, unlogged))?;
        let y_format = |v: &f64| {
            if v.fract() == 0.0 {
                format!("{v:.0}")
            } else {
                String::new()
            }
        };
        let desc = if axis.weekly() {
            tr.chart_per_logged_week()
        } else {
            tr.chart_per_day()
        };
        let y_axis: crate::timeline::YAxis = (ticks.len(), &y_format, &desc);
        let mut chart = time_chart(root, &axis, top, top_margin, y_axis, (theme, tr))?;
        let px = |x: f64, y: f64| chart.backend_coord(&(x, y));
        let mut not_yet: Option<(usize, usize)> = None;
        for (i, b) in buckets.iter().enumerate() {
            let (x0, x1) = (i as f64 + 0.12, i as f64 + 0.88);
            match b {
                Bucket::NotYet => {
                    not_yet = Some((not_yet.map_or(i, |r| r.0), i));
                }
                Bucket::Unlogged => {
                    let (l, y) = px(x0, 0.0);
                    let (r, _) = px(x1, 0.0);
                    root.draw(&PathElement::new(
                        vec![(l, y - 2), (r, y - 2)],
                        ShapeStyle::from(&theme.muted).stroke_width(1),
                    ))?;
                }
                Bucket::Counts { values, partial } => {
                    let mut base = 0.0;
                    for (k, &v) in values.iter().enumerate().filter(|(_, v)| **v > 0.0) {
                        let (l, t) = px(x0, base + v);
                        let (r, b) = px(x1, base);
                        swatch(root, (l, t), (r, b), k, *partial, theme)?;
                        base += v;
                    }
                }
            }
        }
        if let Some((first, last)) = not_yet {
            let (l, y) = px(first as f64 + 0.1, top * 0.5);
            let (r, _) = px(last as f64 + 0.9, 0.0);
            let mid = ((l + r) / 2).max(l + 48);
            root.draw_text(
                &tr.chart_not_yet_logging(),
                &text(13, &theme.muted).pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Center,
                    plotters::style::text_anchor::VPos::Center,
                )),
                (mid, y),
            )?;
        }
        draw_markers(&mut chart, (a, &axis), markers, top, (theme, tr))
    })
}

/// How a kind's bars are filled besides their colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    /// Upright stripes.
    Upright,
    /// Stripes across.
    Across,
}

/// The pattern of kind `k` (spasm, cramp, twitch, other): spasm (light) and cramp
/// (dark) apart by lightness, twitch and "other" by stripes, so that four kinds stay
/// apart in grey print.
pub fn kind_pattern(k: usize) -> Pattern {
    match k {
        2 => Pattern::Upright,
        3 => Pattern::Across,
        _ => Pattern::Solid,
    }
}

/// A bar segment of kind `k`, in its colour and pattern; a part-logged week is pale
/// and outlined.
fn swatch(
    root: &Area<'_>,
    (l, t): (i32, i32),
    (r, b): (i32, i32),
    k: usize,
    partial: bool,
    theme: &Theme,
) -> DrawResult {
    let colour = theme.kinds[k];
    let fill = if partial {
        colour.mix(0.4).filled()
    } else {
        colour.filled()
    };
    root.draw(&Rectangle::new([(l, t), (r, b)], fill))?;
    let stripe = ShapeStyle::from(&theme.background).stroke_width(1);
    match kind_pattern(k) {
        Pattern::Upright => {
            for x in (l + 2..r).step_by(4) {
                root.draw(&PathElement::new(vec![(x, t), (x, b)], stripe))?;
            }
        }
        Pattern::Across => {
            for y in (t + 2..b).step_by(4) {
                root.draw(&PathElement::new(vec![(l, y), (r, y)], stripe))?;
            }
        }
        Pattern::Solid => {}
    }
    if partial {
        root.draw(&Rectangle::new(
            [(l, t), (r, b)],
            ShapeStyle::from(&colour).stroke_width(2),
        ))?;
    }
    Ok(())
}

/// The kinds drawn, and a second line for part-logged and unlogged weeks when shown;
/// returns the space the legend takes above the plot.
fn legend(
    root: &Area<'_>,
    (theme, tr): (&Theme, &Tr),
    present: [bool; 4],
    (partial, unlogged): (bool, bool),
) -> Result<u32, Box<dyn std::error::Error>> {
    let width = root.dim_in_pixel().0 as i32;
    let right = f64::from(width - 4);
    // A kind that would run past the right edge starts a new line.
    let (mut x, mut y) = (44, 8);
    for (i, kind) in Kind::ALL.iter().enumerate() {
        if !present[i] {
            continue;
        }
        let name = twinge_i18n::domain::kind(tr, *kind);
        let width = 18 + drawn_width(&name, 13).ceil() as i32;
        if x > 44 && f64::from(x + width) > right {
            (x, y) = (44, y + LINE_H);
        }
        swatch(root, (x, y), (x + 14, y + 14), i, false, theme)?;
        root.draw_text(&name, &text(13, &theme.text), (x + 18, y))?;
        x += width + 14;
    }
    let more = (y - 8) as u32;
    let mut notes = Vec::new();
    if partial {
        notes.push(tr.chart_partial_week());
    }
    if unlogged {
        notes.push(tr.chart_unlogged());
    }
    if notes.is_empty() {
        return Ok(TOP + more);
    }
    // The notes wrap where a language's words need more than the line.
    let notes = Caption::new(&notes.join(" · "), (44, width), 13);
    notes.draw(root, y + LINE_H, theme)?;
    Ok(TOP + more + 18 + notes.more() as u32)
}

/// Appointments and medication changes as dashed lines with their names; a label that
/// would run into an earlier one goes a line lower (a lane).
fn draw_markers(
    chart: &mut crate::timeline::TimeChart<'_, '_>,
    (a, axis): (&Aggregates, &TimeAxis),
    markers: &[Marker],
    top: f64,
    (theme, tr): (&Theme, &Tr),
) -> DrawResult {
    let (plot_w, plot_h) = chart.plotting_area().dim_in_pixel();
    let x_per_px = axis.n as f64 / f64::from(plot_w.max(1));
    let y_per_px = top / f64::from(plot_h.max(1));
    let mut shown: Vec<&Marker> = markers
        .iter()
        .filter(|m| a.period.contains(m.day))
        .collect();
    shown.sort_by_key(|m| m.day);
    let mut lane_ends: Vec<f64> = Vec::new();
    let line_top = top * 0.97;
    // Every line first, then the labels over them on a veil of the chart's background,
    // so that no later line runs through an earlier label.
    let mut labels = Vec::new();
    for m in shown {
        let x = axis.bucket(m.day) as f64 + 0.5;
        let style = match m.kind {
            MarkerKind::Appointment => ShapeStyle::from(&theme.text).stroke_width(1),
            MarkerKind::Medication => ShapeStyle::from(&theme.accent).stroke_width(2),
        };
        chart.draw_series(DashedLineSeries::new(
            vec![(x, 0.0), (x, line_top)],
            4,
            3,
            style,
        ))?;
        let label = match m.kind {
            MarkerKind::Appointment if m.label.is_empty() => tr.chart_appointment(),
            MarkerKind::Appointment => tr.chart_appointment_named(m.label.as_str()),
            MarkerKind::Medication => tr.chart_medication_named(m.label.as_str()),
        };
        // About 7.5 px a character at 13 px, and 4 px between labels; a label that
        // would run off the plot moves left until it fits.
        let width = (label.chars().count() as f64 * 7.5 + 4.0) * x_per_px;
        let start = x.min(axis.n as f64 - width).max(0.0);
        let end = start + width;
        let lane = match lane_ends.iter().position(|&e| e <= start) {
            Some(free) => free,
            None => {
                lane_ends.push(f64::MIN);
                lane_ends.len() - 1
            }
        };
        lane_ends[lane] = end;
        labels.push((label, start, line_top - lane as f64 * 15.0 * y_per_px));
    }
    for (label, x, y) in labels {
        let right = x + drawn_width(&label, 13) * x_per_px;
        let below = y - 13.0 * y_per_px;
        // A veil, not a cover: a bar behind a label still shows through.
        chart.draw_series(std::iter::once(Rectangle::new(
            [(x, y), (right, below)],
            theme.background.mix(0.8).filled(),
        )))?;
        chart.draw_series(std::iter::once(Text::new(
            label,
            (x, y),
            text(13, &theme.text),
        )))?;
    }
    Ok(())
}
