//! The time axis the week (or day) bars and the intensity chart share, so that one sits
//! above the other on page 2 with the same dates under the same places; and the
//! intensity chart drawn on it.

use plotters::chart::MeshStyle;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use twinge_core::insights::{Aggregates, DayNumber, Period};

use crate::draw::{message, render_sized, text, Area, DrawResult};
use crate::{Theme, WIDTH};
use twinge_i18n::Tr;

/// Periods longer than this are drawn by week, shorter ones by day.
pub const DAILY_UP_TO_DAYS: i64 = 60;

/// A period cut into buckets (weeks from its first day, or days).
#[derive(Debug, Clone, Copy)]
pub(crate) struct TimeAxis {
    pub period: Period,
    /// 7 or 1.
    pub bucket_days: i64,
    pub n: usize,
}

impl TimeAxis {
    pub fn of(period: Period) -> TimeAxis {
        let bucket_days = if period.days() > DAILY_UP_TO_DAYS {
            7
        } else {
            1
        };
        let n = ((period.days() - 1).max(0) / bucket_days + 1) as usize;
        TimeAxis {
            period,
            bucket_days,
            n,
        }
    }

    pub fn weekly(&self) -> bool {
        self.bucket_days == 7
    }

    pub fn bucket(&self, day: DayNumber) -> usize {
        ((day - self.period.first_day) / self.bucket_days) as usize
    }

    /// The first and last day of a bucket; the last bucket ends with the period.
    pub fn days_of(&self, i: usize) -> (DayNumber, DayNumber) {
        let first = self.period.first_day + i as i64 * self.bucket_days;
        (
            first,
            (first + self.bucket_days - 1).min(self.period.last_day),
        )
    }

    /// Where a day's middle falls on the axis.
    pub fn x_of_day(&self, day: f64) -> f64 {
        ((day - self.period.first_day as f64 + 0.5) / self.bucket_days as f64)
            .clamp(0.0, self.n as f64)
    }

    fn label(&self, v: f64, tr: &Tr) -> String {
        let i = v.floor() as usize;
        if i >= self.n {
            return String::new();
        }
        twinge_i18n::domain::day_month(tr, self.days_of(i).0)
    }
}

/// Space above the plot (a legend or a title line) and the label areas, the same for
/// both charts of the axis.
pub(crate) const TOP: u32 = 26;
const X_LABELS: u32 = 22;
const Y_LABELS: u32 = 46;
const RIGHT: u32 = 8;
const LEFT: u32 = 8;

/// The y axis of a time chart: how many labels, their words, the axis's name.
pub(crate) type YAxis<'a> = (usize, &'a dyn Fn(&f64) -> String, &'a str);

pub(crate) type TimeChart<'a, 'b> =
    ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A chart's mesh in the house style: no vertical lines, light horizontal ones, muted
/// axes.
pub(crate) fn quiet_mesh<'a, 'b, 'c>(
    chart: &'c mut TimeChart<'a, 'b>,
    theme: &Theme,
) -> MeshStyle<'a, 'c, RangedCoordf64, RangedCoordf64, SVGBackend<'b>> {
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .bold_line_style(theme.grid)
        .light_line_style(theme.background)
        .axis_style(theme.muted);
    mesh
}

/// A chart over the axis, up to `top` on the y axis and `top_margin` below the top of
/// the picture, its mesh drawn with `y_labels` labels formatted by `y_format`.
pub(crate) fn time_chart<'a, 'b>(
    root: &'a Area<'b>,
    axis: &TimeAxis,
    top: f64,
    top_margin: u32,
    (y_labels, y_format, y_desc): YAxis<'_>,
    (theme, tr): (&Theme, &Tr),
) -> Result<TimeChart<'a, 'b>, Box<dyn std::error::Error>> {
    let body = root.margin(top_margin, 0, 0, LEFT);
    let mut chart = ChartBuilder::on(&body)
        .x_label_area_size(X_LABELS)
        .y_label_area_size(Y_LABELS)
        .margin_right(RIGHT)
        .build_cartesian_2d(0f64..axis.n as f64, 0f64..top)?;
    let label = |v: &f64| axis.label(*v, tr);
    quiet_mesh(&mut chart, theme)
        .y_labels(y_labels)
        .y_label_formatter(y_format)
        .x_labels(axis.n.min(5))
        .x_label_formatter(&label)
        .label_style(text(13, &theme.muted))
        .y_desc(y_desc)
        .axis_desc_style(text(13, &theme.muted))
        .draw()?;
    Ok(chart)
}

/// Weekly median intensity with a band from least to worst, on the period's time axis.
pub fn intensity_trend(a: &Aggregates, theme: &Theme, tr: &Tr) -> String {
    intensity_trend_sized(a, (theme, tr), (WIDTH, 200))
}

/// [`intensity_trend`] at another size (the PDF's is as wide as its week bars).
pub fn intensity_trend_sized(
    a: &Aggregates,
    (theme, tr): (&Theme, &Tr),
    size: (u32, u32),
) -> String {
    if a.weekly_intensity.len() < 2 {
        return message(&tr.chart_intensity_few(), theme, size.1);
    }
    let axis = TimeAxis::of(a.period);
    let weeks = &a.weekly_intensity;
    // A week's point sits at its middle, clipped to the period.
    let x = |start: DayNumber| {
        let first = start.max(a.period.first_day);
        let last = (start + 6).min(a.period.last_day);
        axis.x_of_day((first + last) as f64 / 2.0)
    };
    render_sized(size, (theme, tr), |root| {
        draw_intensity(root, &axis, weeks, &x, (theme, tr))
    })
}

fn draw_intensity(
    root: &Area<'_>,
    axis: &TimeAxis,
    weeks: &[twinge_core::insights::WeekIntensity],
    x: &dyn Fn(DayNumber) -> f64,
    (theme, tr): (&Theme, &Tr),
) -> DrawResult {
    root.draw_text(
        &tr.chart_intensity_legend(),
        &text(13, &theme.muted),
        (LEFT as i32 + Y_LABELS as i32, 7),
    )?;
    let mut chart = time_chart(
        root,
        axis,
        10.0,
        TOP,
        (6, &|v| format!("{v:.0}"), "0–10"),
        (theme, tr),
    )?;
    let mut band: Vec<(f64, f64)> = weeks
        .iter()
        .map(|w| (x(w.week_start), f64::from(w.max)))
        .collect();
    band.extend(
        weeks
            .iter()
            .rev()
            .map(|w| (x(w.week_start), f64::from(w.min))),
    );
    chart.draw_series(std::iter::once(Polygon::new(
        band,
        theme.accent.mix(0.2).filled(),
    )))?;
    chart.draw_series(LineSeries::new(
        weeks.iter().map(|w| (x(w.week_start), w.median)),
        ShapeStyle::from(&theme.accent).stroke_width(2),
    ))?;
    chart.draw_series(
        weeks
            .iter()
            .map(|w| Circle::new((x(w.week_start), w.median), 3, theme.accent.filled())),
    )?;
    Ok(())
}
