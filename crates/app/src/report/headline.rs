//! Page 1's headline numbers, each beside the previous period of the same length. Rates
//! count logged days only (an episode, a "no episodes" mark or a check-in), so a period
//! before the journal began never reads as a period without symptoms.

use twinge_core::insights::{Aggregates, Period};
use twinge_report::Headline;

use crate::insights::{rate_change, summary};

const NONE: &str = "–";

fn one_decimal(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.1}")).unwrap_or_else(|| NONE.into())
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
    ]
}
