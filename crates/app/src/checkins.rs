//! The daily check-in use cases: the factors (seeded, added by the person, renamed,
//! archived) and the check-in of a date (one tap per factor; stress none / some / a
//! lot). A day counts as recorded when it has an episode, a quiet-day mark or a
//! check-in.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::{slug, FactorLevel};
use twinge_store::{Checkin, DayRatings, FactorEntry};

use crate::error::{shown, Said};
use crate::insights::day_of;
use crate::records::{check_name, parse_date};
use crate::{AppError, Journal};

/// A day-level factor as the check-in offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FactorDto {
    pub key: String,
    pub name: String,
    /// Archived factors are not offered on new check-ins (the menstrual period starts so).
    pub archived: bool,
    /// Recorded as none / some / a lot instead of yes or no.
    pub levels: bool,
}

/// A factor present on a check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CheckinFactor {
    pub key: String,
    #[ts(type = "\"yes\" | \"some\" | \"a_lot\"")]
    pub level: FactorLevel,
}

/// The check-in of a local date: the factors present (the others were not), and the
/// day's two optional 0–10 ratings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CheckinDto {
    /// Local date, `YYYY-MM-DD`.
    pub date: String,
    pub factors: Vec<CheckinFactor>,
    /// How stiff the day was, 0 (no stiffness) to 10 (the worst possible); absent: not
    /// rated.
    #[serde(default)]
    #[ts(optional)]
    pub stiffness: Option<u8>,
    /// How much spasms or cramps broke the night's sleep, 0 (not at all) to 10 (all
    /// night); absent: not rated.
    #[serde(default)]
    #[ts(optional)]
    pub sleep_broken: Option<u8>,
}

/// The highest value of a day's rating.
pub const MAX_DAY_RATING: u8 = 10;

/// A day's two ratings, each checked to be 0–10 (refused in words otherwise).
pub(crate) fn day_ratings(
    stiffness: Option<u8>,
    sleep_broken: Option<u8>,
) -> Result<DayRatings, AppError> {
    for (field, value) in [("stiffness", stiffness), ("sleep_broken", sleep_broken)] {
        if let Some(value) = value.filter(|v| *v > MAX_DAY_RATING) {
            return Err(AppError::field(field, "rating_out_of_range", move |tr| {
                tr.failure_rating_out_of_range(MAX_DAY_RATING, value)
            }));
        }
    }
    Ok(DayRatings {
        stiffness,
        sleep_broken,
    })
}

/// A new factor of the person's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FactorEditInput {
    pub key: String,
    pub name: String,
    pub archived: bool,
}

/// A factor as the screens show it: a built-in name in the person's language.
fn dto(f: FactorEntry, tr: &twinge_i18n::Tr) -> FactorDto {
    use twinge_i18n::domain::{vocab_name, Seeded};
    FactorDto {
        name: vocab_name(tr, Seeded::Factor, &f.key, &f.name),
        key: f.key,
        archived: f.archived,
        levels: f.levels,
    }
}

/// The stored level of a factor present on a check-in (2 is "a lot").
pub(crate) fn stored_level(level: FactorLevel) -> u8 {
    match level {
        FactorLevel::ALot => 2,
        FactorLevel::Yes | FactorLevel::Some => 1,
    }
}

/// The level a stored one reads as, for a factor with or without levels.
pub(crate) fn level_of(stored: u8, levels: bool) -> FactorLevel {
    match (levels, stored) {
        (false, _) => FactorLevel::Yes,
        (true, 2) => FactorLevel::ALot,
        (true, _) => FactorLevel::Some,
    }
}

/// A check-in's factors as stored, checked against the factors there are (`levels`:
/// key → recorded as none/some/a lot): each known, at a level it has, once; sorted.
/// The one rule set of the check-in screen, the command line and imports; a problem is
/// `(code, words)`.
pub(crate) fn stored_factors(
    levels: &HashMap<String, bool>,
    factors: &[CheckinFactor],
) -> Result<Vec<(String, u8)>, (&'static str, Said)> {
    let mut out: Vec<(String, u8)> = Vec::with_capacity(factors.len());
    for f in factors {
        let key = shown(&f.key);
        let Some(&has_levels) = levels.get(&f.key) else {
            let said: Said = Arc::new(move |tr| tr.failure_no_such_factor(key.as_str()));
            return Err(("unknown_factor", said));
        };
        if has_levels == (f.level == FactorLevel::Yes) {
            let level = f.level;
            let said: Said = Arc::new(move |tr| {
                tr.failure_bad_level(key.as_str(), twinge_i18n::domain::factor_level(tr, level))
            });
            return Err(("bad_level", said));
        }
        if out.iter().any(|(k, _)| *k == f.key) {
            let said: Said = Arc::new(move |tr| tr.failure_factor_twice(key.as_str()));
            return Err(("duplicate_factor", said));
        }
        out.push((f.key.clone(), stored_level(f.level)));
    }
    out.sort();
    Ok(out)
}

impl Journal {
    /// Today's local date on this computer's clock, `YYYY-MM-DD`.
    pub fn today(&self) -> String {
        let clock = self.clock();
        let offset = time::UtcOffset::from_whole_seconds(clock.local_offset_min() * 60)
            .unwrap_or(time::UtcOffset::UTC);
        time::OffsetDateTime::from_unix_timestamp(clock.now_ms().div_euclid(1000))
            .map(|t| t.to_offset(offset).date().to_string())
            .unwrap_or_default()
    }

    /// Every factor, the seeds first.
    pub fn factors(&self) -> Result<Vec<FactorDto>, AppError> {
        let tr = self.tr();
        Ok(self
            .store()
            .factors()?
            .into_iter()
            .map(|f| dto(f, &tr))
            .collect())
    }

    /// Adds a factor of the person's own (yes or no); a name already there is
    /// brought back from the archive instead.
    pub fn add_factor(&mut self, name: &str) -> Result<FactorDto, AppError> {
        let name = check_name("name", name)?;
        let key = slug(&name);
        if key.is_empty() {
            return Err(AppError::field("name", "bad_name", |tr| {
                tr.failure_factor_name()
            }));
        }
        let existing = self.store().factors()?.into_iter().find(|f| f.key == key);
        let entry = match existing {
            Some(f) => FactorEntry {
                archived: false,
                ..f
            },
            None => FactorEntry {
                key,
                name,
                archived: false,
                levels: false,
            },
        };
        self.store_mut().upsert_factor(&entry)?;
        Ok(dto(entry, &self.tr()))
    }

    /// Renames, archives or brings back a factor.
    pub fn edit_factor(&mut self, input: &FactorEditInput) -> Result<FactorDto, AppError> {
        let name = check_name("name", &input.name)?;
        if !self
            .store_mut()
            .edit_factor(&input.key, &name, input.archived)?
        {
            return Err(AppError::say("not_found", |tr| tr.failure_no_factor()));
        }
        self.factors()?
            .into_iter()
            .find(|f| f.key == input.key)
            .ok_or_else(|| AppError::say("not_found", |tr| tr.failure_no_factor()))
    }

    /// The check-in of a local date; `None` when there is none.
    pub fn checkin(&self, date: &str) -> Result<Option<CheckinDto>, AppError> {
        let d = parse_date("date", date)?;
        let levels = self.factor_levels()?;
        Ok(self.store().checkin(&d.to_string())?.map(|c| CheckinDto {
            date: c.date,
            factors: c
                .factors
                .into_iter()
                .map(|(key, stored)| {
                    let level = level_of(stored, levels.get(&key).copied().unwrap_or(false));
                    CheckinFactor { key, level }
                })
                .collect(),
            stiffness: c.ratings.stiffness,
            sleep_broken: c.ratings.sleep_broken,
        }))
    }

    pub(crate) fn factor_levels(&self) -> Result<HashMap<String, bool>, AppError> {
        Ok(self
            .store()
            .factors()?
            .into_iter()
            .map(|f| (f.key, f.levels))
            .collect())
    }

    /// Checks a check-in with the app's rules: a date that has started, known factors,
    /// each once, at a level the factor has.
    pub(crate) fn check_checkin(&self, c: &CheckinDto) -> Result<Checkin, AppError> {
        let d = crate::records::parse_record_date("date", &c.date, self.latest_today())?;
        if d > self.latest_today() {
            return Err(AppError::field("date", "date_in_future", |tr| {
                tr.failure_checkin_future()
            }));
        }
        let levels = self.factor_levels()?;
        let factors = stored_factors(&levels, &c.factors)
            .map_err(|(code, why)| AppError::field("factors", code, move |tr| why(tr)))?;
        let ratings = day_ratings(c.stiffness, c.sleep_broken)?;
        let now = self.clock().now_ms();
        Ok(Checkin {
            date: d.to_string(),
            factors,
            ratings,
            created_at_ms: now,
            updated_at_ms: now,
        })
    }

    /// Saves the check-in of a date (replacing an earlier one of the same date).
    pub fn save_checkin(&mut self, c: &CheckinDto) -> Result<CheckinDto, AppError> {
        let checkin = self.check_checkin(c)?;
        self.store_mut().save_checkin(&checkin)?;
        self.note_recorded(&checkin.date);
        self.checkin(&checkin.date)?
            .ok_or_else(|| AppError::say("internal", |tr| tr.failure_checkin_not_saved()))
    }

    /// Removes the check-in of a date.
    pub fn delete_checkin(&mut self, date: &str) -> Result<(), AppError> {
        let d = parse_date("date", date)?;
        self.store_mut().delete_checkin(&d.to_string())?;
        Ok(())
    }

    /// Whether anything was recorded for a local date (an episode, a quiet-day mark or
    /// a check-in): what the evening reminder and yesterday's offer ask.
    pub fn is_recorded(&self, date: &str) -> Result<bool, AppError> {
        let d = parse_date("date", date)?;
        Ok(self.store().is_recorded(day_of(d))?)
    }
}
