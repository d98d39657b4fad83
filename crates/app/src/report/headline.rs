//! Page 1's headline numbers, each beside the previous period of the same length.

use twinge_core::insights::{Aggregates, Period};
use twinge_report::Headline;

use super::words::{change, minutes};

const NONE: &str = "–";

fn pct(x: Option<f64>) -> String {
    x.map(|v| format!("{:.0}%", v * 100.0))
        .unwrap_or_else(|| NONE.into())
}

fn one_decimal(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.1}")).unwrap_or_else(|| NONE.into())
}

fn whole<T: ToString>(x: Option<T>) -> String {
    x.map(|v| v.to_string()).unwrap_or_else(|| NONE.into())
}

/// The headline numbers of `a` against `prev` over `period`.
pub(super) fn headlines(a: &Aggregates, prev: &Aggregates, period: Period) -> Vec<Headline> {
    let days = period.days();
    vec![
        Headline {
            label: "Episodes per week".into(),
            value: format!("{:.1}", a.per_week),
            previous: change(a.per_week, prev.per_week, ""),
        },
        Headline {
            label: "Days with episodes".into(),
            value: format!("{} of {days}", a.days_with_episode),
            previous: format!("previous: {} of {days}", prev.days_with_episode),
        },
        Headline {
            label: "Days covered by logging".into(),
            value: format!("{} of {days}", a.days_covered),
            previous: "episode or “no episodes” mark".into(),
        },
        Headline {
            label: "Episodes in period".into(),
            value: a.total.to_string(),
            previous: format!("previous period: {}", prev.total),
        },
        Headline {
            label: "Intensity 0–10, median / worst".into(),
            value: format!(
                "{} / {}",
                one_decimal(a.median_intensity),
                whole(a.max_intensity)
            ),
            previous: format!(
                "previous: {} / {}",
                one_decimal(prev.median_intensity),
                whole(prev.max_intensity)
            ),
        },
        Headline {
            label: "Duration, median / longest".into(),
            value: format!(
                "{} / {}",
                a.median_duration_s
                    .map(minutes)
                    .unwrap_or_else(|| NONE.into()),
                a.max_duration_s
                    .map(|s| minutes(f64::from(s)))
                    .unwrap_or_else(|| NONE.into())
            ),
            previous: format!(
                "previous median: {}",
                prev.median_duration_s
                    .map(minutes)
                    .unwrap_or_else(|| NONE.into())
            ),
        },
        Headline {
            label: "At night (22–06 h)".into(),
            value: pct(a.night_share),
            previous: format!("previous: {}", pct(prev.night_share)),
        },
        Headline {
            label: "Woke from sleep".into(),
            value: pct(a.woke_share),
            previous: format!("previous: {}", pct(prev.woke_share)),
        },
    ]
}
