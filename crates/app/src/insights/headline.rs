//! The headline numbers of Insights and page 1, each beside the previous period of the
//! same length and with its explanation. Rates count logged days only (an episode, a
//! "no episodes" mark or a check-in), so a period before the journal began never reads
//! as a period without symptoms.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::insights::{Aggregates, Period};
use twinge_i18n::Tr;

use super::{rate_change, rate_words, summary};

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

/// The headline numbers of `a` against `prev` over `period`, in `tr`'s language.
pub fn headlines(tr: &Tr, a: &Aggregates, prev: &Aggregates, period: Period) -> Vec<Headline> {
    let days = period.days();
    let (now, before) = (summary(a, tr), summary(prev, tr));
    vec![
        Headline {
            label: tr.headline_per_week(),
            value: rate_words(tr, now.per_logged_week),
            previous: rate_change(tr, &now, &before).1,
            explain: tr.explain_per_logged_week(),
        },
        Headline {
            label: tr.headline_days_with(),
            value: tr.headline_of_logged(a.days_with_episode, now.days_logged),
            previous: match before.days_logged {
                // "0 of 0 logged" says nothing a reader can use.
                0 => tr.headline_previous_nothing_logged(),
                logged => tr.headline_previous_of_logged(prev.days_with_episode, logged),
            },
            explain: tr.explain_days_with(),
        },
        Headline {
            label: tr.headline_days_logged(),
            value: tr.headline_of_days(now.days_logged, days),
            previous: tr.headline_previous_of_days(before.days_logged, days),
            explain: tr.explain_days_logged(),
        },
    ]
}
