//! Structural checks: every chart is well-formed SVG carrying the expected labels
//! and values, in both themes; empty and tiny data say so in words.

use twinge_charts::{Marker, MarkerKind, Theme};
use twinge_core::insights::{aggregate, Aggregates, Period};
use twinge_core::{Episode, EpisodeDraft, Kind, LocalInstant, Location, Region, ReliefUse, Side};
use uuid::Uuid;

const DAY0: i64 = 20_400; // 2025-11-08

fn episodes(n: usize) -> Vec<Episode> {
    (0..n)
        .map(|i| {
            let at = LocalInstant::new((DAY0 + (i % 20) as i64) * 86_400 + 3 * 3600, 60).unwrap();
            let draft = EpisodeDraft {
                duration_s: Some(60),
                intensity: Some((i % 10) as u8),
                locations: vec![Location {
                    region: if i % 2 == 0 {
                        Region::Calf
                    } else {
                        Region::LowerBack
                    },
                    side: if i % 2 == 0 { Side::Left } else { Side::Centre },
                }],
                triggers: if i % 2 == 0 {
                    vec!["lying_down".into()]
                } else {
                    vec!["<script>x</script>".into()]
                },
                reliefs: vec![ReliefUse {
                    relief: "stretching".into(),
                    helped: 2,
                }],
                woke_from_sleep: true,
                ..EpisodeDraft::new(Kind::ALL[i % 3], at)
            };
            Episode::saved(Uuid::from_u128(i as u128 + 1), draft, 0)
        })
        .collect()
}

fn agg(n: usize, days: i64) -> Aggregates {
    aggregate(
        &episodes(n),
        &[],
        Period {
            first_day: DAY0,
            last_day: DAY0 + days - 1,
        },
        0,
    )
}

/// Parses the SVG and returns all its text content.
fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not SVG: {e}\n{svg}"));
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.is_element() && matches!(n.tag_name().name(), "text" | "title"))
        .map(|n| n.descendants().filter_map(|t| t.text()).collect::<String>())
        .collect()
}

fn has(texts: &[String], needle: &str) -> bool {
    texts.iter().any(|t| t.contains(needle))
}

fn name(k: &str) -> String {
    match k {
        "lying_down" => "Lying down / night".into(),
        "stretching" => "Stretching".into(),
        other => other.to_string(),
    }
}

#[test]
fn frequency_shows_kinds_dates_and_markers() {
    for theme in [Theme::LIGHT, Theme::DARK] {
        let a = agg(40, 30);
        let markers = [Marker {
            day: DAY0 + 5,
            kind: MarkerKind::Medication,
            label: "Magnesium started".into(),
        }];
        let t = texts(&twinge_charts::frequency(
            &a,
            &markers,
            Some(DAY0),
            &theme,
            &en(),
        ));
        assert!(
            has(&t, "Spasm") && has(&t, "Cramp") && has(&t, "Twitch"),
            "{t:?}"
        );
        assert!(
            !has(&t, "Other"),
            "kinds with no episodes are left out of the legend"
        );
        assert!(has(&t, "8 Nov"), "first date label: {t:?}");
        assert!(has(&t, "Medication: Magnesium started"), "{t:?}");
        assert!(has(&t, "per day"));
    }
    let yearly = agg(40, 365);
    assert!(has(
        &texts(&twinge_charts::frequency(
            &yearly,
            &[],
            Some(DAY0),
            &Theme::LIGHT,
            &en()
        )),
        "per logged week"
    ));
}

/// The y of each `<text>` whose content starts with `prefix`.
fn label_ys(svg: &str, prefix: &str) -> Vec<f64> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "text")
        .filter(|n| {
            n.descendants()
                .filter_map(|t| t.text())
                .collect::<String>()
                .trim()
                .starts_with(prefix)
        })
        .map(|n| {
            n.attribute("y")
                .and_then(|y| y.parse().ok())
                .unwrap_or(f64::NAN)
        })
        .collect()
}

#[test]
fn labels_of_events_close_in_time_do_not_overlap() {
    let yearly = agg(40, 365);
    let marker = |day, kind, label: &str| Marker {
        day: DAY0 + day,
        kind,
        label: label.into(),
    };
    // A week apart on a year's chart: a few pixels apart, on lines of their own.
    let close = [
        marker(100, MarkerKind::Medication, "Magnesium started"),
        marker(107, MarkerKind::Appointment, "Neurologist"),
        marker(300, MarkerKind::Appointment, "GP"),
    ];
    let svg = twinge_charts::frequency_sized(
        &yearly,
        (&close, Some(DAY0)),
        (&Theme::LIGHT, &en()),
        (720, 200),
    );
    let (rx, appt, gp) = (
        label_ys(&svg, "Medication: Magnesium"),
        label_ys(&svg, "Appointment: Neurologist"),
        label_ys(&svg, "Appointment: GP"),
    );
    assert_eq!((rx.len(), appt.len(), gp.len()), (1, 1, 1), "{svg}");
    assert!(appt[0] - rx[0] >= 10.0, "a line lower: {rx:?} {appt:?}");
    // Far from the others, a label stays on the first line.
    assert!((gp[0] - rx[0]).abs() < 0.5, "{rx:?} {gp:?}");
    // The medication's label reaches over the neurologist's line: lines are drawn first,
    // then each label on a veil of the background, so no line runs through a label.
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let el: Vec<_> = doc.descendants().filter(|n| n.is_element()).collect();
    let is_label = |n: &&roxmltree::Node| n.text().is_some_and(|t| t.contains("Medication:"));
    let label = el.iter().position(|n| is_label(&n)).unwrap();
    let last_line = el.iter().rposition(|n| n.tag_name().name() == "polyline");
    assert!(last_line < Some(label), "{last_line:?} {label}");
    assert_eq!(el[label - 1].attribute("fill"), Some("#FFFFFF"));
}

#[test]
fn triggers_show_counts_and_escape_names() {
    let a = agg(40, 30);
    let svg = twinge_charts::triggers(&a, &name, &Theme::LIGHT, &en());
    let t = texts(&svg);
    assert!(has(&t, "Lying down / night"), "{t:?}");
    assert!(has(&t, "20 of 40 (50%)"), "{t:?}");
    assert!(
        has(&t, "<script>x</script>"),
        "names are text, escaped in the markup"
    );
    assert!(!svg.contains("<script>"));
    assert!(has(&t, "tagged with"));
    let few = agg(5, 30);
    assert!(has(
        &texts(&twinge_charts::triggers(&few, &name, &Theme::LIGHT, &en())),
        "Not enough data"
    ));
}

#[test]
fn heatmap_trend_places_and_reliefs() {
    let a = agg(40, 30);
    let t = texts(&twinge_charts::hour_weekday(&a, &Theme::DARK, &en()));
    assert!(has(&t, "Mon") && has(&t, "Sun") && has(&t, "12h"), "{t:?}");
    assert!(has(
        &t,
        &format!(
            "the darkest square is {} episodes",
            a.hour_weekday.iter().flatten().max().unwrap()
        )
    ));
    let t = texts(&twinge_charts::intensity_trend(&a, &Theme::LIGHT, &en()));
    assert!(t.iter().any(|s| s.contains("Nov")), "{t:?}");
    let t = texts(&twinge_charts::regions(&a, &Theme::LIGHT, &en()));
    assert!(
        has(&t, "Calf, left") && has(&t, "Lower back") && has(&t, "20"),
        "{t:?}"
    );
    let t = texts(&twinge_charts::reliefs(&a, &name, &Theme::LIGHT, &en()));
    assert!(has(&t, "Stretching") && has(&t, "2.0/3, used 40×"), "{t:?}");
}

#[test]
fn body_heat_marks_every_place_with_its_count() {
    let a = agg(40, 30);
    let t = texts(&twinge_charts::body_heat(
        &a.by_region,
        &Theme::LIGHT,
        &en(),
    ));
    assert!(has(&t, "Calf: 20"), "{t:?}");
    assert!(
        has(&t, "Lower back: 20"),
        "centre counts on both halves: {t:?}"
    );
    assert!(has(&t, "Front") && has(&t, "Back"));
}

#[test]
fn the_insights_heat_map_writes_its_colour_scale_and_the_report_leaves_it_to_its_table() {
    let a = agg(40, 30);
    let counts = |svg: &str| -> Vec<String> {
        let doc = roxmltree::Document::parse(svg).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .filter(|t| t.parse::<u32>().is_ok())
            .map(String::from)
            .collect()
    };
    // 20 episodes in the left calf, the most at one place: the scale runs 0, 1 … 20.
    let with = twinge_charts::body_heat_with_scale(&a.by_region, &Theme::LIGHT, &en());
    assert_eq!(counts(&with), ["0", "1", "20"]);
    let without = twinge_charts::body_heat(&a.by_region, &Theme::LIGHT, &en());
    assert!(counts(&without).is_empty(), "{:?}", texts(&without));
}

#[test]
fn empty_periods_say_so() {
    let a = agg(0, 30);
    for svg in [
        twinge_charts::frequency(&a, &[], Some(DAY0), &Theme::LIGHT, &en()),
        twinge_charts::hour_weekday(&a, &Theme::LIGHT, &en()),
        twinge_charts::regions(&a, &Theme::LIGHT, &en()),
    ] {
        assert!(has(&texts(&svg), "No episodes in this period."));
    }
    assert!(has(
        &texts(&twinge_charts::intensity_trend(&a, &Theme::LIGHT, &en())),
        "needs two weeks"
    ));
    assert!(has(
        &texts(&twinge_charts::reliefs(&a, &name, &Theme::LIGHT, &en())),
        "Nothing was marked"
    ));
}

#[test]
fn count_axes_have_whole_distinct_ticks_from_zero_to_the_tallest_bar() {
    for n in [1usize, 2, 3, 7, 37] {
        // n episodes on one day of a week: the tallest bar is n.
        let same_day: Vec<Episode> = episodes(n)
            .into_iter()
            .map(|mut e| {
                e.draft.started_at = LocalInstant::new(DAY0 * 86_400 + 10 * 3600, 60).unwrap();
                e
            })
            .collect();
        let period = Period {
            first_day: DAY0,
            last_day: DAY0 + 6,
        };
        let a = aggregate(&same_day, &[], period, 0);
        for svg in [
            twinge_charts::frequency(&a, &[], Some(DAY0), &Theme::LIGHT, &en()),
            twinge_charts::frequency_sized(
                &a,
                (&[], Some(DAY0)),
                (&Theme::DARK, &en()),
                (720, 230),
            ),
        ] {
            let ticks: Vec<u32> = texts(&svg)
                .iter()
                .filter_map(|t| {
                    t.lines()
                        .map(str::trim)
                        .find(|l| !l.is_empty())?
                        .parse()
                        .ok()
                })
                .collect();
            let mut distinct = ticks.clone();
            distinct.dedup();
            assert_eq!(
                distinct, ticks,
                "{n} episodes: a tick label repeats: {ticks:?}"
            );
            assert_eq!(ticks.first(), Some(&0), "{n} episodes: {ticks:?}");
            assert!(
                ticks.last().is_some_and(|&t| t as usize >= n),
                "{n} episodes: the axis stops below the tallest bar: {ticks:?}"
            );
            assert!(ticks.len() >= 2, "{n} episodes: {ticks:?}");
        }
    }
    assert_eq!(twinge_charts::count_ticks(1), [0, 1]);
    assert_eq!(twinge_charts::count_ticks(3), [0, 1, 2, 3]);
    assert_eq!(twinge_charts::count_ticks(7), [0, 2, 4, 6, 8]);
    assert_eq!(twinge_charts::count_ticks(37), [0, 10, 20, 30, 40]);
}

fn en() -> twinge_i18n::Tr {
    twinge_i18n::Tr::new(&twinge_i18n::Lang::english())
}

/// The corners of a path of straight lines (`M x y L x y … Z`), one list a ring.
fn rings(d: &str) -> Vec<Vec<(i64, i64)>> {
    d.split('M')
        .skip(1)
        .map(|ring| {
            let nums: Vec<f64> = ring
                .replace(['L', 'Z'], " ")
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            nums.chunks(2)
                .map(|p| ((p[0] * 10.0).round() as i64, (p[1] * 10.0).round() as i64))
                .collect()
        })
        .collect()
}

#[test]
fn the_body_figures_places_share_their_borders_and_the_outline_is_the_rest() {
    let map: serde_json::Value = serde_json::from_str(twinge_core::BODY_MAP_JSON).unwrap();
    for view in ["front", "back"] {
        let v = &map["views"][view];
        let mut edges: std::collections::HashMap<_, u32> = Default::default();
        let shapes = v["shapes"].as_array().unwrap();
        let decor = v["decor"].as_array().unwrap();
        for d in shapes.iter().map(|s| &s["d"]).chain(decor) {
            for ring in rings(d.as_str().unwrap()) {
                for (i, &a) in ring.iter().enumerate() {
                    let b = ring[(i + 1) % ring.len()];
                    *edges
                        .entry(if a < b { (a, b) } else { (b, a) })
                        .or_default() += 1;
                }
            }
        }
        // Each border is drawn by the two places it separates, the same points both
        // ways (no gap, no overlap); the edge of the figure by one, and only there.
        assert!(
            edges.values().all(|&n| n <= 2),
            "{view}: a border drawn thrice"
        );
        let mut outline = std::collections::HashSet::new();
        for line in rings(v["outline"].as_str().unwrap()) {
            for w in line.windows(2) {
                outline.insert(if w[0] < w[1] {
                    (w[0], w[1])
                } else {
                    (w[1], w[0])
                });
            }
        }
        let lone: Vec<_> = edges
            .iter()
            .filter(|(_, &n)| n == 1)
            .map(|(e, _)| e)
            .collect();
        assert!(lone.len() > 100, "{view}: {} outer edges", lone.len());
        let inside: Vec<_> = lone.iter().filter(|e| !outline.contains(*e)).collect();
        assert!(
            inside.is_empty(),
            "{view}: edges that touch nothing: {inside:?}"
        );
    }
}
