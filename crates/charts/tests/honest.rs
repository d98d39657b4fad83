//! Charts that do not invent: a week the period cuts short is drawn as a rate per
//! logged week and marked, weeks before the journal began are left blank and said to
//! be, the week bars and the intensity chart share one time axis, and the four kinds
//! stay apart in grey print.

use twinge_charts::{kind_pattern, Theme};
use twinge_core::insights::{aggregate, Aggregates, Period};
use twinge_core::{Episode, EpisodeDraft, Kind, LocalInstant, Location, Region, Side};
use uuid::Uuid;

const DAY0: i64 = 20_400; // 2025-11-08

/// Two spasms a day at 10:00 on each of `days` from `first`.
fn two_a_day(first: i64, days: i64) -> Vec<Episode> {
    (0..days * 2)
        .map(|i| {
            let at = LocalInstant::new((first + i / 2) * 86_400 + 10 * 3600, 0).unwrap();
            let draft = EpisodeDraft {
                duration_s: Some(60),
                intensity: Some(5),
                locations: vec![Location {
                    region: Region::Calf,
                    side: Side::Left,
                }],
                ..EpisodeDraft::new(Kind::Spasm, at)
            };
            Episode::saved(Uuid::from_u128(i as u128 + 1), draft, 0)
        })
        .collect()
}

fn agg(episodes: &[Episode], first: i64, days: i64) -> Aggregates {
    let period = Period {
        first_day: first,
        last_day: first + days - 1,
    };
    aggregate(episodes, &[], period, 0)
}

/// Every bar (a `<rect>` below the legend) filled with `colour`: (x, width, height,
/// opacity).
fn rects(svg: &str, colour: &str) -> Vec<(f64, f64, f64, f64)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let num = |n: &roxmltree::Node, a: &str| n.attribute(a).and_then(|v| v.parse().ok());
    doc.descendants()
        .filter(|n| n.tag_name().name() == "rect")
        .filter(|n| {
            n.attribute("fill")
                .is_some_and(|f| f.eq_ignore_ascii_case(colour))
        })
        .filter(|n| num(n, "y").is_some_and(|y: f64| y > 30.0))
        .filter_map(|n| {
            Some((
                num(&n, "x")?,
                num(&n, "width")?,
                num(&n, "height")?,
                num(&n, "opacity").unwrap_or(1.0),
            ))
        })
        .collect()
}

/// The x of each `<text>` saying exactly `label`.
fn text_xs(svg: &str, label: &str) -> Vec<f64> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.tag_name().name() == "text")
        .filter(|n| {
            let words: String = n
                .descendants()
                .filter(|t| t.is_text())
                .filter_map(|t| t.text())
                .collect();
            words.trim() == label
        })
        .filter_map(|n| n.attribute("x")?.parse().ok())
        .collect()
}

const SPASM: &str = "#E69F00";

#[test]
fn a_week_the_period_cuts_short_is_a_rate_per_logged_week_and_marked() {
    // 365 days: 52 full weeks and a last week of one day, two spasms on every day.
    let a = agg(&two_a_day(DAY0, 365), DAY0, 365);
    let svg =
        twinge_charts::frequency_sized(&a, (&[], Some(DAY0)), (&Theme::LIGHT, &en()), (720, 200));
    let bars: Vec<_> = rects(&svg, SPASM)
        .into_iter()
        .filter(|r| r.1 > 5.0)
        .collect();
    assert_eq!(bars.len(), 53, "{bars:?}");
    let full = bars[0];
    let last = bars.last().unwrap();
    // The one-day week is 2 episodes, drawn as 14 a week: as tall as the others, pale.
    assert!((last.2 - full.2).abs() <= 1.5, "{last:?} vs {full:?}");
    assert!(last.3 < 1.0 && full.3 == 1.0, "{last:?} {full:?}");
    assert!(
        svg.contains("part of the week logged, scaled to 7 days"),
        "{svg}"
    );
    assert!(svg.contains("per logged week"));
}

#[test]
fn weeks_before_the_journal_began_are_blank_and_say_so() {
    // A year whose journal began 134 days in.
    let began = DAY0 + 134;
    let a = agg(&two_a_day(began, 231), DAY0, 365);
    let svg =
        twinge_charts::frequency_sized(&a, (&[], Some(began)), (&Theme::LIGHT, &en()), (720, 200));
    assert!(svg.contains("not yet logging"), "{svg}");
    let bars: Vec<_> = rects(&svg, SPASM)
        .into_iter()
        .filter(|r| r.1 > 5.0)
        .collect();
    // Weeks 0–18 end before the first entry: no bar there, not even a zero one.
    assert_eq!(bars.len(), 53 - 19, "{bars:?}");
    let full = bars.iter().map(|r| r.2).fold(0.0, f64::max);
    // The week the journal began in was logged on 1 of its 7 days: a rate, not a dip.
    assert!((bars[0].2 - full).abs() <= 1.5, "{:?} vs {full}", bars[0]);
    let whole =
        twinge_charts::frequency_sized(&a, (&[], Some(DAY0)), (&Theme::LIGHT, &en()), (720, 200));
    assert!(!whole.contains("not yet logging"));
}

#[test]
fn the_week_bars_and_the_intensity_chart_share_one_time_axis() {
    for days in [30, 90, 365] {
        let a = agg(&two_a_day(DAY0, days), DAY0, days);
        let size = (720, 200);
        let bars =
            twinge_charts::frequency_sized(&a, (&[], Some(DAY0)), (&Theme::LIGHT, &en()), size);
        let line = twinge_charts::intensity_trend_sized(&a, (&Theme::LIGHT, &en()), size);
        let first = "8 Nov";
        let (x_bars, x_line) = (text_xs(&bars, first), text_xs(&line, first));
        assert_eq!(x_bars.len(), 1, "{days} days: {x_bars:?} {x_line:?}");
        assert_eq!(
            x_bars, x_line,
            "{days} days: the first date under the same place"
        );
    }
}

/// Luma (0–255) of a colour as grey-scale printing renders it.
fn luma(c: plotters::style::RGBColor) -> f64 {
    0.299 * f64::from(c.0) + 0.587 * f64::from(c.1) + 0.114 * f64::from(c.2)
}

#[test]
fn the_four_kinds_stay_apart_in_grey() {
    // The printed report uses the light theme.
    for theme in [Theme::LIGHT] {
        for i in 0..4 {
            for j in i + 1..4 {
                let apart_in_grey = (luma(theme.kinds[i]) - luma(theme.kinds[j])).abs() >= 40.0;
                assert!(
                    apart_in_grey || kind_pattern(i) != kind_pattern(j),
                    "kinds {i} and {j} print alike"
                );
            }
        }
    }
}

fn en() -> twinge_i18n::Tr {
    twinge_i18n::Tr::new(&twinge_i18n::Lang::english())
}
