//! Page 1's headline numbers, each beside the previous period of the same length. Rates
//! count logged days only (an episode, a "no episodes" mark or a check-in), so a period
//! before the journal began never reads as a period without symptoms.

use twinge_core::insights::{Aggregates, Period};
use twinge_report::Headline;

use super::words::minutes;
use crate::insights::{rate_change, summary, CHANGE_CAVEAT};

/// The line under the headline: given when a change is printed.
pub(super) fn caveat(a: &Aggregates, prev: &Aggregates) -> String {
    match rate_change(&summary(a), &summary(prev)).0 {
        true => CHANGE_CAVEAT.into(),
        false => String::new(),
    }
}

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
    let (now, before) = (summary(a), summary(prev));
    vec![
        Headline {
            label: "Episodes per logged week".into(),
            value: one_decimal(now.per_logged_week),
            previous: rate_change(&now, &before).1,
        },
        Headline {
            label: "Days with episodes".into(),
            value: format!("{} of {} logged", a.days_with_episode, now.days_logged),
            previous: format!(
                "previous: {} of {} logged",
                prev.days_with_episode, before.days_logged
            ),
        },
        Headline {
            label: "Days logged".into(),
            value: format!("{} of {days}", now.days_logged),
            previous: format!("previous: {} of {days}", before.days_logged),
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
