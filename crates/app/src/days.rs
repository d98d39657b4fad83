//! What History shows of a day besides its episodes: the "no episodes" mark and the
//! check-in, in words.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::FactorLevel;

use crate::checkins::level_of;
use crate::records::parse_date;
use crate::{AppError, Journal};

/// A day's records other than episodes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DayRecord {
    /// Local date, `YYYY-MM-DD`.
    pub date: String,
    /// Marked "no episodes".
    pub quiet: bool,
    /// Whether the day has a check-in.
    pub checked_in: bool,
    /// The check-in's factors in words ("Slept badly, Stress: a lot"; "nothing
    /// special" for a check-in with none) and its ratings ("Stiffness: 6/10"), `·`
    /// between them; empty without a check-in.
    pub checkin: String,
}

/// A check-in's factors in words, named as the check-in names them.
fn checkin_words(
    tr: &twinge_i18n::Tr,
    factors: &[(String, FactorLevel)],
    names: &HashMap<String, String>,
) -> String {
    if factors.is_empty() {
        return tr.screen_checkin_nothing();
    }
    let words: Vec<String> = factors
        .iter()
        .map(|(key, level)| {
            let name = names.get(key).map_or(key.as_str(), String::as_str);
            twinge_i18n::domain::factor_said(tr, (key, name), *level)
        })
        .collect();
    crate::error::sentence(&words.join(", "))
}

impl Journal {
    /// The quiet-day marks and check-ins from `from` to `to` (inclusive), newest first.
    pub fn day_records(&self, from: &str, to: &str) -> Result<Vec<DayRecord>, AppError> {
        let (from, to) = (
            parse_date("from", from)?.to_string(),
            parse_date("to", to)?.to_string(),
        );
        let factors = self.store().factors()?;
        let levels: HashMap<String, bool> =
            factors.iter().map(|f| (f.key.clone(), f.levels)).collect();
        let names: HashMap<String, String> = factors.into_iter().map(|f| (f.key, f.name)).collect();
        let tr = self.tr();
        let mut days: BTreeMap<String, DayRecord> = BTreeMap::new();
        let blank = |date: &str| DayRecord {
            date: date.to_string(),
            quiet: false,
            checked_in: false,
            checkin: String::new(),
        };
        for date in self.store().quiet_dates(&from, &to)? {
            days.entry(date.clone())
                .or_insert_with(|| blank(&date))
                .quiet = true;
        }
        for c in self.store().checkins_between(&from, &to)? {
            let factors: Vec<(String, FactorLevel)> = c
                .factors
                .into_iter()
                .map(|(key, stored)| {
                    let level = level_of(stored, levels.get(&key).copied().unwrap_or(false));
                    (key, level)
                })
                .collect();
            let day = days.entry(c.date.clone()).or_insert_with(|| blank(&c.date));
            day.checked_in = true;
            let (stiffness, sleep_broken) = (c.ratings.stiffness, c.ratings.sleep_broken);
            let ratings = twinge_i18n::domain::day_ratings(&tr, stiffness, sleep_broken);
            day.checkin = std::iter::once(checkin_words(&tr, &factors, &names))
                .chain(ratings)
                .collect::<Vec<_>>()
                .join(" · ");
        }
        Ok(days.into_values().rev().collect())
    }
}
