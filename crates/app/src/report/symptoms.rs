//! Symptoms the patient recorded with episodes, for page 1 and the appendix: weakness,
//! numbness or tingling and what twitches are screened for first, marked as worth
//! asking about (they can point past a benign cramp or twitch), each with its count and
//! the dates of its last episodes.

use twinge_core::insights::{local_day_hour_weekday, Period};
use twinge_core::{Associated, Episode};
use twinge_report::Line;

use crate::words::short_date;

/// How many of the latest dates are printed per symptom: three for those worth asking
/// about, the last one for the others.
const LAST_DATES: usize = 3;

/// One line per symptom recorded with an episode of `period` (episodes given newest
/// first): the warning ones first, then the others by count; and how many are warning
/// ones.
pub(super) fn lines(episodes: &[Episode], period: Period) -> (Vec<Line>, usize) {
    let mut found: Vec<(Associated, u32, Vec<i64>)> = Vec::new();
    for e in episodes {
        let day = local_day_hour_weekday(e).0;
        if !period.contains(day) {
            continue;
        }
        for a in &e.draft.associated {
            match found.iter_mut().find(|(s, ..)| s == a) {
                Some((_, n, days)) => {
                    *n += 1;
                    if days.len() < LAST_DATES && days.last() != Some(&day) {
                        days.push(day);
                    }
                }
                None => found.push((*a, 1, vec![day])),
            }
        }
    }
    found.sort_by_key(|(s, n, _)| (!s.worth_asking(), std::cmp::Reverse(*n)));
    let warn = found.iter().filter(|(s, ..)| s.worth_asking()).count();
    let lines = found
        .into_iter()
        .map(|(s, n, days)| Line {
            label: s.label().into(),
            count: n.to_string(),
            note: format!(
                "last: {}",
                short_dates(
                    &days[..days
                        .len()
                        .min(if s.worth_asking() { LAST_DATES } else { 1 })]
                )
            ),
        })
        .collect();
    (lines, warn)
}

/// Days newest first as "19, 18, 17 Nov; 30 Oct": a month named once.
fn short_dates(days: &[i64]) -> String {
    let mut out = String::new();
    for (i, d) in days.iter().enumerate() {
        let date = short_date(*d);
        let (day, month) = date.split_once(' ').unwrap_or((&date, ""));
        let next_month = days.get(i + 1).map(|n| short_date(*n)).map(|n| {
            n.split_once(' ')
                .map(|(_, m)| m.to_string())
                .unwrap_or_default()
        });
        out.push_str(day);
        match next_month {
            Some(m) if m == month => out.push_str(", "),
            Some(_) => {
                out.push(' ');
                out.push_str(month);
                out.push_str("; ");
            }
            None => {
                out.push(' ');
                out.push_str(month);
            }
        }
    }
    out
}

/// What an appendix row adds to its notes: the symptoms, woke from sleep, a burst's count.
pub(super) fn flags(e: &Episode) -> String {
    let d = &e.draft;
    let mut out: Vec<String> = d.associated.iter().map(|a| a.label().to_string()).collect();
    if d.woke_from_sleep {
        out.push("woke from sleep".into());
    }
    if let Some(n) = d.count {
        out.push(format!("{n} in the burst"));
    }
    out.join(" · ")
}
