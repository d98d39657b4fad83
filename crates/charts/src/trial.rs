//! "Did it help?": episodes a day across a treatment's baseline and trial windows, with
//! the change marked and each window's median drawn, and the daily stiffness rating
//! below on the same days (the first two weeks after the change, left out of the trial
//! window, are shown greyed).

use plotters::prelude::*;
use twinge_core::insights::DayNumber;
use twinge_core::trial::TrialWindows;
use twinge_i18n::Tr;

use crate::draw::{message, render, text, Area, Caption, DrawResult};
use crate::timeline::{quiet_mesh, TimeChart};
use crate::{Theme, WIDTH};

/// One day on the chart: its episodes (none when nothing was recorded) and stiffness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrialPoint {
    pub day: DayNumber,
    pub episodes: Option<u32>,
    pub stiffness: Option<u8>,
}

/// The chart of a trial; `medians` are each window's median episodes a recorded day.
pub fn trial_chart(
    points: &[TrialPoint],
    (windows, change_day): (&TrialWindows, DayNumber),
    medians: (Option<f64>, Option<f64>),
    (theme, tr): (&Theme, &Tr),
) -> String {
    if points.iter().all(|p| p.episodes.is_none()) {
        return message(&tr.chart_trial_empty(), theme, 120);
    }
    render(300, (theme, tr), |root| {
        draw(root, points, (windows, change_day), medians, (theme, tr))
    })
}

/// Days from the change (−14 … +28) below, whole numbers beside.
fn day_axes(chart: &mut TimeChart<'_, '_>, y_labels: usize, theme: &Theme) -> DrawResult {
    quiet_mesh(chart, theme)
        .y_labels(y_labels)
        .y_label_formatter(&|v| format!("{v:.0}"))
        .x_labels(6)
        .x_label_formatter(&|v| format!("{v:+.0}"))
        .label_style(text(12, &theme.muted))
        .draw()?;
    Ok(())
}

fn draw(
    root: &Area<'_>,
    points: &[TrialPoint],
    (w, change_day): (&TrialWindows, DayNumber),
    (before, after): (Option<f64>, Option<f64>),
    (theme, tr): (&Theme, &Tr),
) -> DrawResult {
    let first = w.baseline.first_day - change_day;
    let last = w.trial.last_day.max(w.baseline.last_day) - change_day + 1;
    let x = |d: DayNumber| (d - change_day) as f64;
    let (top, bottom) = root.split_vertically(190);
    let most = points
        .iter()
        .filter_map(|p| p.episodes)
        .max()
        .unwrap_or(1)
        .max(1);
    let legend = Caption::new(&tr.chart_trial_legend(), (36, WIDTH as i32), 13);
    let mut chart = ChartBuilder::on(&top)
        .margin(6)
        .margin_top(24 + legend.more())
        .x_label_area_size(18)
        .y_label_area_size(30)
        .build_cartesian_2d(first as f64..last as f64, 0f64..f64::from(most) * 1.15)?;
    day_axes(&mut chart, 4, theme)?;
    legend.draw(&top, 4, theme)?;
    let in_window = |d: DayNumber| w.trial.first_day <= d && d <= w.trial.last_day;
    chart.draw_series(points.iter().filter_map(|p| {
        let n = p.episodes?;
        let color = match p.day {
            d if d < change_day => theme.muted,
            d if in_window(d) => theme.accent,
            _ => theme.grid,
        };
        let x0 = x(p.day) + 0.15;
        Some(Rectangle::new(
            [(x0, 0.0), (x0 + 0.7, f64::from(n))],
            color.filled(),
        ))
    }))?;
    let dashed = ShapeStyle::from(&theme.text).stroke_width(2);
    for (median, p) in [(before, w.baseline), (after, w.trial)] {
        if let Some(m) = median.filter(|_| p.first_day <= p.last_day) {
            chart.draw_series(std::iter::once(PathElement::new(
                vec![(x(p.first_day), m), (x(p.last_day) + 1.0, m)],
                dashed,
            )))?;
        }
    }
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(0.0, 0.0), (0.0, f64::from(most) * 1.15)],
        ShapeStyle::from(&theme.text).stroke_width(1),
    )))?;

    let mut stiff = ChartBuilder::on(&bottom)
        .margin(6)
        .margin_top(18)
        .x_label_area_size(18)
        .y_label_area_size(30)
        .build_cartesian_2d(first as f64..last as f64, 0f64..10f64)?;
    day_axes(&mut stiff, 3, theme)?;
    bottom.draw_text(
        &tr.chart_trial_stiffness(),
        &text(13, &theme.muted),
        (36, 2),
    )?;
    let rated: Vec<(f64, f64)> = points
        .iter()
        .filter_map(|p| Some((x(p.day) + 0.5, f64::from(p.stiffness?))))
        .collect();
    stiff.draw_series(
        rated
            .iter()
            .map(|&(d, s)| Circle::new((d, s), 3, theme.accent.filled())),
    )?;
    stiff.draw_series(std::iter::once(PathElement::new(
        vec![(0.0, 0.0), (0.0, 10.0)],
        ShapeStyle::from(&theme.text).stroke_width(1),
    )))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use twinge_core::insights::Period;

    #[test]
    fn the_change_the_windows_and_both_medians_are_drawn() {
        let w = TrialWindows {
            baseline: Period {
                first_day: 86,
                last_day: 99,
            },
            trial: Period {
                first_day: 115,
                last_day: 128,
            },
            running: false,
        };
        let points: Vec<TrialPoint> = (86..129)
            .map(|day| TrialPoint {
                day,
                episodes: Some(if day < 100 { 4 } else { 2 }),
                stiffness: (day % 2 == 0).then_some(5),
            })
            .collect();
        let svg = trial_chart(
            &points,
            (&w, 100),
            (Some(4.0), Some(2.0)),
            (&Theme::LIGHT, &crate::english()),
        );
        assert!(svg.contains("<svg"), "{svg}");
        assert!(
            svg.matches("<rect").count() >= 43,
            "a bar for each recorded day"
        );
        assert!(
            svg.contains("Episodes a recorded day"),
            "the legend is there"
        );
        let empty: Vec<TrialPoint> = vec![TrialPoint {
            day: 90,
            episodes: None,
            stiffness: None,
        }];
        let said = trial_chart(
            &empty,
            (&w, 100),
            (None, None),
            (&Theme::LIGHT, &crate::english()),
        );
        assert!(
            said.contains("Nothing recorded around this change"),
            "{said}"
        );
    }
}
