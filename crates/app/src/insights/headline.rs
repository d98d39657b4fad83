//! The headline numbers of Insights and page 1, each beside the previous period of the
//! same length and with its explanation. Rates count logged days only (an episode, a
//! "no episodes" mark or a check-in), so a period before the journal began never reads
//! as a period without symptoms.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::insights::{Aggregates, Period};

use super::{explain, rate_change, summary};

const NONE: &str = "–";

/// One headline number: its name, value, the period before in words, and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Headline {
    pub label: String,
    pub value: String,
    pub previous: String,
    pub explain: String,
}

impl Headline {
    /// As page 1 prints it (its definitions are in the doctor's terms already).
    pub(crate) fn into_report(self) -> twinge_report::Headline {
        twinge_report::Headline {
            label: self.label,
            value: self.value,
            previous: self.previous,
        }
    }
}

fn one_decimal(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.1}")).unwrap_or_else(|| NONE.into())
}

/// The headline numbers of `a` against `prev` over `period`.
pub fn headlines(a: &Aggregates, prev: &Aggregates, period: Period) -> Vec<Headline> {
    let days = period.days();
    let (now, before) = (summary(a), summary(prev));
    vec![
        Headline {
            label: "Episodes per logged week".into(),
            value: one_decimal(now.per_logged_week),
            previous: rate_change(&now, &before).1,
            explain: explain::PER_LOGGED_WEEK.into(),
        },
        Headline {
            label: "Days with episodes".into(),
            value: format!("{} of {} logged", a.days_with_episode, now.days_logged),
            previous: format!(
                "previous: {} of {} logged",
                prev.days_with_episode, before.days_logged
            ),
            explain: explain::DAYS_WITH.into(),
        },
        Headline {
            label: "Days logged".into(),
            value: format!("{} of {days}", now.days_logged),
            previous: format!("previous: {} of {days}", before.days_logged),
            explain: explain::DAYS_LOGGED.into(),
        },
    ]
}
