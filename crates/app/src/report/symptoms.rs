//! Symptoms the patient recorded with episodes, for page 1 and the appendix: weakness,
//! numbness or tingling and what twitches are screened for first, marked as worth
//! asking about (they can point past a benign cramp or twitch), each with its count and
//! the dates of its last episodes.

use twinge_core::insights::{local_day_hour_weekday, Period};
use twinge_core::{Associated, Episode};
use twinge_i18n::domain::symptom;
use twinge_i18n::Tr;
use twinge_report::{Line, Symptoms};

/// How many of the latest dates are printed per symptom: three for those worth asking
/// about, the last one for the others.
const LAST_DATES: usize = 3;

/// One line per symptom recorded with an episode of `period` (episodes given newest
/// first), each kind by count: those worth asking about, and the others.
pub(super) fn lines(tr: &Tr, episodes: &[Episode], period: Period) -> Symptoms {
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
    found.sort_by_key(|(_, n, _)| std::cmp::Reverse(*n));
    let line = |(s, n, days): (Associated, u32, Vec<i64>)| Line {
        label: symptom(tr, s),
        count: tr.formats().count(i64::from(n)),
        note: tr.report_symptom_last(short_dates(
            tr,
            &days[..days
                .len()
                .min(if s.worth_asking() { LAST_DATES } else { 1 })],
        )),
    };
    let (warning, others): (Vec<_>, Vec<_>) =
        found.into_iter().partition(|(s, ..)| s.worth_asking());
    Symptoms {
        warning: warning.into_iter().map(line).collect(),
        others: others.into_iter().map(line).collect(),
    }
}

/// Days newest first as "19, 18 Nov, 30 Oct": each month named once, in `tr`'s way of
/// writing a date.
fn short_dates(tr: &Tr, days: &[i64]) -> String {
    let days: Vec<(i32, u8, u8)> = days
        .iter()
        .filter_map(|d| twinge_core::insights::date_of_day(*d))
        .map(|d| (d.year(), d.month() as u8, d.day()))
        .collect();
    tr.formats().days(&days)
}

/// What an appendix row adds to its notes: the symptoms, set off, woke from sleep, a
/// burst's count.
pub(super) fn flags(tr: &Tr, e: &Episode) -> String {
    let d = &e.draft;
    let mut out: Vec<String> = d.associated.iter().map(|a| symptom(tr, *a)).collect();
    if d.set_off {
        out.push(tr.report_set_off());
    }
    if d.woke_from_sleep {
        out.push(tr.report_woke());
    }
    if let Some(n) = d.count {
        out.push(tr.report_in_burst(tr.formats().count(i64::from(n))));
    }
    out.join(" · ")
}
