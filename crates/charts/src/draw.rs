//! The charts drawn with plotters.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use twinge_core::insights::{Aggregates, DayNumber};
use twinge_core::Kind;

use crate::{Theme, WIDTH};

pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub(crate) type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// Fewer tagged episodes than this and the trigger chart says "not enough data".
pub const MIN_EPISODES_FOR_TRIGGERS: u32 = 10;

const FONT: &str = "sans-serif";

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
    theme: &Theme,
    draw: impl FnOnce(&Area<'_>) -> DrawResult,
) -> String {
    render_sized((WIDTH, height), theme, draw)
}

pub(crate) fn render_sized(
    (width, height): (u32, u32),
    theme: &Theme,
    draw: impl FnOnce(&Area<'_>) -> DrawResult,
) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let ok = root.fill(&theme.background).is_ok() && draw(&root).is_ok();
        let _ = root.present();
        if !ok {
            drop(root);
            return message("This chart could not be drawn.", theme, height);
        }
    }
    svg
}

/// A chart-sized picture that says something in words.
pub fn message(text: &str, theme: &Theme, height: u32) -> String {
    render_plain(height, theme, |root| {
        let style = TextStyle::from((FONT, 15).into_font())
            .color(&theme.muted)
            .pos(Pos::new(HPos::Center, VPos::Center));
        root.draw_text(text, &style, (WIDTH as i32 / 2, height as i32 / 2))?;
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

/// "20 Nov" for a day number.
pub(crate) fn short_date(day: DayNumber) -> String {
    twinge_core::insights::date_of_day(day)
        .map(|d| {
            let month = &d.month().to_string()[..3];
            format!("{} {month}", d.day())
        })
        .unwrap_or_default()
}

fn legend(root: &Area<'_>, theme: &Theme, present: [bool; 4]) -> DrawResult {
    let mut x = 44;
    for (i, name) in Kind::ALL.iter().map(|k| k.label()).enumerate() {
        if !present[i] {
            continue;
        }
        root.draw(&Rectangle::new(
            [(x, 8), (x + 12, 20)],
            theme.kinds[i].filled(),
        ))?;
        root.draw_text(name, &text(13, &theme.text), (x + 16, 7))?;
        x += 24 + 8 * name.len() as i32;
    }
    Ok(())
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

/// Episodes per day (periods up to 60 days) or per week, stacked by kind, with
/// appointments and medication changes marked.
pub fn frequency(a: &Aggregates, markers: &[Marker], theme: &Theme) -> String {
    frequency_sized(a, markers, theme, (WIDTH, 240))
}

/// [`frequency`] at another size (the PDF uses a wide one).
pub fn frequency_sized(
    a: &Aggregates,
    markers: &[Marker],
    theme: &Theme,
    size: (u32, u32),
) -> String {
    let (_, h) = size;
    if a.total == 0 {
        return message("No episodes in this period.", theme, h);
    }
    let weekly = a.period.days() > 60;
    let bucket = |day: DayNumber| -> usize {
        let i = day - a.period.first_day;
        (if weekly { i / 7 } else { i }) as usize
    };
    let n = bucket(a.period.last_day) + 1;
    let mut counts = vec![[0u32; 4]; n];
    for d in &a.by_day {
        let slot = &mut counts[bucket(d.day)];
        for (total, n) in slot.iter_mut().zip(d.by_kind) {
            *total += n;
        }
    }
    let max = counts
        .iter()
        .map(|c| c.iter().sum::<u32>())
        .max()
        .unwrap_or(1)
        .max(1);
    let present = [0, 1, 2, 3].map(|k| a.by_kind[k] > 0);
    let ticks = count_ticks(max);
    let top = f64::from(ticks.last().copied().unwrap_or(1));
    render_sized(size, theme, |root| {
        legend(root, theme, present)?;
        let body = root.margin(26, 0, 0, 8);
        let mut chart = ChartBuilder::on(&body)
            .x_label_area_size(22)
            .y_label_area_size(30)
            .margin_right(8)
            .build_cartesian_2d(0f64..n as f64, 0f64..top * 1.15)?;
        let first = a.period.first_day;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .bold_line_style(theme.grid)
            .light_line_style(theme.background)
            .axis_style(theme.muted)
            // As many labels as whole-number ticks, and a fraction (should plotters
            // choose one) left unlabelled: a count axis reads 0, 1, 2, never 0, 0, 1.
            .y_labels(ticks.len())
            .y_label_formatter(&|v| {
                if v.fract() == 0.0 {
                    format!("{v:.0}")
                } else {
                    String::new()
                }
            })
            .x_labels(n.min(5))
            .x_label_formatter(&|v| {
                let i = v.floor() as usize;
                if i >= n {
                    return String::new();
                }
                short_date(first + (i as i64) * if weekly { 7 } else { 1 })
            })
            .label_style(text(11, &theme.muted))
            .y_desc(if weekly { "per week" } else { "per day" })
            .axis_desc_style(text(11, &theme.muted))
            .draw()?;
        for (i, c) in counts.iter().enumerate() {
            let mut base = 0u32;
            for (k, &n) in c.iter().enumerate() {
                if n == 0 {
                    continue;
                }
                let x0 = i as f64 + 0.12;
                let x1 = i as f64 + 0.88;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x0, f64::from(base)), (x1, f64::from(base + n))],
                    theme.kinds[k].filled(),
                )))?;
                base += n;
            }
        }
        // A label that would run into an earlier one goes a line lower (a lane), so
        // two events close in time stay readable.
        let (plot_w, plot_h) = chart.plotting_area().dim_in_pixel();
        let x_per_px = n as f64 / f64::from(plot_w.max(1));
        let y_per_px = top * 1.15 / f64::from(plot_h.max(1));
        let mut shown: Vec<&Marker> = markers
            .iter()
            .filter(|m| a.period.contains(m.day))
            .collect();
        shown.sort_by_key(|m| m.day);
        let mut lane_ends: Vec<f64> = Vec::new();
        for m in shown {
            let x = bucket(m.day) as f64 + 0.5;
            let line_top = top * 1.12;
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
            let glyph = match m.kind {
                MarkerKind::Appointment => "Appt",
                MarkerKind::Medication => "Rx",
            };
            let label = format!("{glyph} {}", m.label);
            // About 6 px a character at 10 px, and 4 px between labels.
            let end = x + (label.chars().count() as f64 * 6.0 + 4.0) * x_per_px;
            let lane = match lane_ends.iter().position(|&e| e <= x) {
                Some(free) => free,
                None => {
                    lane_ends.push(f64::MIN);
                    lane_ends.len() - 1
                }
            };
            lane_ends[lane] = end;
            chart.draw_series(std::iter::once(Text::new(
                label,
                (x, line_top - lane as f64 * 12.0 * y_per_px),
                text(10, &theme.text),
            )))?;
        }
        Ok(())
    })
}

/// Local hour × weekday heatmap (Monday first).
pub fn hour_weekday(a: &Aggregates, theme: &Theme) -> String {
    const H: u32 = 200;
    if a.total == 0 {
        return message("No episodes in this period.", theme, H);
    }
    let max = a
        .hour_weekday
        .iter()
        .flatten()
        .copied()
        .max()
        .unwrap_or(1)
        .max(1);
    render(H, theme, |root| {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        let (left, top, cell_w, cell_h) = (40, 8, 14, 22);
        for (d, row) in a.hour_weekday.iter().enumerate() {
            let y = top + d as i32 * cell_h;
            root.draw_text(days[d], &text(11, &theme.muted), (4, y + 5))?;
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
                &format!("{h:02}h"),
                &text(11, &theme.muted),
                (left + h * cell_w, top + 7 * cell_h + 4),
            )?;
        }
        root.draw_text(
            &format!("local time; the darkest square is {max} episodes"),
            &text(11, &theme.muted),
            (left, top + 7 * cell_h + 20),
        )?;
        Ok(())
    })
}

/// Weekly median intensity with a min–max band.
pub fn intensity_trend(a: &Aggregates, theme: &Theme) -> String {
    const H: u32 = 200;
    if a.weekly_intensity.len() < 2 {
        return message("Intensity over time needs two weeks of episodes.", theme, H);
    }
    let weeks = &a.weekly_intensity;
    let n = weeks.len();
    render(H, theme, |root| {
        let mut chart = ChartBuilder::on(&root.margin(8, 8, 0, 8))
            .x_label_area_size(22)
            .y_label_area_size(30)
            .build_cartesian_2d(0f64..(n - 1) as f64, 0f64..10f64)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .bold_line_style(theme.grid)
            .light_line_style(theme.background)
            .axis_style(theme.muted)
            .y_labels(6)
            .y_label_formatter(&|v| format!("{v:.0}"))
            .x_labels(n.min(5))
            .x_label_formatter(&|v| {
                let i = v.round() as usize;
                if i >= n {
                    String::new()
                } else {
                    short_date(weeks[i].week_start)
                }
            })
            .label_style(text(11, &theme.muted))
            .draw()?;
        let mut band: Vec<(f64, f64)> = weeks
            .iter()
            .enumerate()
            .map(|(i, w)| (i as f64, f64::from(w.max)))
            .collect();
        band.extend(
            weeks
                .iter()
                .enumerate()
                .rev()
                .map(|(i, w)| (i as f64, f64::from(w.min))),
        );
        chart.draw_series(std::iter::once(Polygon::new(
            band,
            theme.accent.mix(0.2).filled(),
        )))?;
        chart.draw_series(LineSeries::new(
            weeks.iter().enumerate().map(|(i, w)| (i as f64, w.median)),
            ShapeStyle::from(&theme.accent).stroke_width(2),
        ))?;
        chart.draw_series(
            weeks
                .iter()
                .enumerate()
                .map(|(i, w)| Circle::new((i as f64, w.median), 3, theme.accent.filled())),
        )?;
        Ok(())
    })
}

/// Kind labels in chart order, for text alternatives.
pub fn kind_label(i: usize) -> &'static str {
    Kind::ALL.get(i).map(|k| k.label()).unwrap_or("")
}
