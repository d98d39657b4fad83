//! The bar charts: places, triggers (with their intervals) and what helped.

use plotters::prelude::*;
use twinge_core::insights::Aggregates;
use twinge_i18n::Tr;

use crate::draw::{fit, message, render, text, Caption, MIN_EPISODES_FOR_TRIGGERS};
use crate::{Theme, WIDTH};
use twinge_i18n::domain::place;

/// One bar: label, value, note on the right, optional interval.
type BarRow = (String, f64, String, Option<(f64, f64)>);

/// The most bars a chart draws: the first rows given, which come most first.
const MOST_BARS: usize = 8;

/// Horizontal bars: label on the left, bar, value text on the right; the first
/// [`MOST_BARS`] of `rows`, or the sentence `none` when there are no rows.
fn bars(
    rows: impl Iterator<Item = BarRow>,
    max: f64,
    (title, none): (&str, &str),
    (theme, tr): (&Theme, &Tr),
) -> String {
    let rows: Vec<BarRow> = rows.take(MOST_BARS).collect();
    if rows.is_empty() {
        return message(none, theme, 120);
    }
    let row_h = 30;
    let caption = Caption::new(title, (4, WIDTH as i32), 12);
    let first_row = 30 + caption.more();
    let height = (first_row + 4 + rows.len() as i32 * row_h + 6) as u32;
    render(height, (theme, tr), |root| {
        caption.draw(root, 6, theme)?;
        let (bar_x, bar_w) = (140, 126);
        for (i, (label, value, note, interval)) in rows.iter().enumerate() {
            let y = first_row + i as i32 * row_h;
            let shown = fit(label, 13, f64::from(bar_x - 8));
            root.draw_text(&shown, &text(13, &theme.text), (4, y + 4))?;
            root.draw(&Rectangle::new(
                [(bar_x, y + 2), (bar_x + bar_w, y + 18)],
                theme.grid.filled(),
            ))?;
            let w = ((value / max).clamp(0.0, 1.0) * f64::from(bar_w)) as i32;
            root.draw(&Rectangle::new(
                [(bar_x, y + 2), (bar_x + w.max(1), y + 18)],
                theme.accent.filled(),
            ))?;
            if let Some((lo, hi)) = interval {
                let x0 = bar_x + ((lo / max).clamp(0.0, 1.0) * f64::from(bar_w)) as i32;
                let x1 = bar_x + ((hi / max).clamp(0.0, 1.0) * f64::from(bar_w)) as i32;
                let style = ShapeStyle::from(&theme.text).stroke_width(2);
                root.draw(&PathElement::new(vec![(x0, y + 10), (x1, y + 10)], style))?;
                root.draw(&PathElement::new(vec![(x0, y + 5), (x0, y + 15)], style))?;
                root.draw(&PathElement::new(vec![(x1, y + 5), (x1, y + 15)], style))?;
            }
            root.draw_text(note, &text(12, &theme.muted), (bar_x + bar_w + 6, y + 4))?;
        }
        Ok(())
    })
}

/// Where: episodes by region and side, most first.
pub fn regions(a: &Aggregates, theme: &Theme, tr: &Tr) -> String {
    let rows = a.by_region.iter().map(|r| {
        (
            place(tr, r.region, r.side),
            f64::from(r.count),
            tr.formats().count(i64::from(r.count)),
            None,
        )
    });
    let max = a.by_region.first().map_or(1.0, |r| f64::from(r.count));
    let words = (&*tr.chart_by_place(), &*tr.chart_no_episodes());
    bars(rows, max, words, (theme, tr))
}

/// Triggers: share of episodes tagged with each, with a 95% Wilson interval.
/// `name` gives a trigger's display name from its key.
pub fn triggers(a: &Aggregates, name: &dyn Fn(&str) -> String, theme: &Theme, tr: &Tr) -> String {
    if a.total < MIN_EPISODES_FOR_TRIGGERS {
        return message(
            &tr.chart_triggers_too_few(MIN_EPISODES_FOR_TRIGGERS),
            theme,
            120,
        );
    }
    let rows = a.by_trigger.iter().map(|t| {
        (
            name(&t.trigger),
            t.share,
            tr.chart_trigger_share(
                tr.formats().count(i64::from(t.count)),
                twinge_i18n::domain::share(tr, t.share),
                tr.formats().count(i64::from(a.total)),
            ),
            Some((t.low, t.high)),
        )
    });
    let words = (&*tr.chart_triggers_title(), &*tr.chart_no_trigger());
    bars(rows, 1.0, words, (theme, tr))
}

/// What helped: times used and how much it helped on average (0–3).
pub fn reliefs(a: &Aggregates, name: &dyn Fn(&str) -> String, theme: &Theme, tr: &Tr) -> String {
    let rows = a.reliefs.iter().map(|r| {
        (
            name(&r.relief),
            r.mean_helped,
            tr.chart_relief_note(
                twinge_i18n::domain::helped(tr, r.mean_helped),
                tr.formats().count(i64::from(r.used)),
            ),
            None,
        )
    });
    let words = (&*tr.chart_reliefs_title(), &*tr.chart_nothing_helped());
    bars(rows, 3.0, words, (theme, tr))
}
