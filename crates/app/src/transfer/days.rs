//! The daily check-ins and their factors in an import or export (format version 2):
//! checked with the app's own rules (`checkins.rs`), and written with the rule every
//! import follows: the newer version of a day's check-in wins.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use twinge_store::{Checkin, FactorEntry, Store};

use super::check::Checked;
use super::{shown, JournalFile};
use crate::checkins::{day_ratings, level_of, stored_factors};
use crate::records::{check_name, parse_date};
use crate::{CheckinFactor, Journal};

/// A day-level factor in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactorFile {
    pub key: String,
    pub name: String,
    #[serde(default)]
    pub archived: bool,
    /// Recorded as none / some / a lot.
    #[serde(default)]
    pub levels: bool,
}

/// A daily check-in in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckinFile {
    pub date: String,
    pub factors: Vec<CheckinFactor>,
    /// The day's ratings, 0–10 (from format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stiffness: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_broken: Option<u8>,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
}

impl From<FactorEntry> for FactorFile {
    fn from(f: FactorEntry) -> Self {
        Self {
            key: f.key,
            name: f.name,
            archived: f.archived,
            levels: f.levels,
        }
    }
}

/// Most factors one check-in can list.
const MAX_FACTORS_PER_CHECKIN: usize = 200;

impl Journal {
    /// The journal's factors and check-ins for an export, by key and by date.
    pub(super) fn export_days(
        &self,
    ) -> Result<(Vec<FactorFile>, Vec<CheckinFile>), crate::AppError> {
        let factors = self.store().factors()?;
        let levels: HashMap<&str, bool> =
            factors.iter().map(|f| (f.key.as_str(), f.levels)).collect();
        let checkins = self
            .store()
            .checkins()?
            .into_iter()
            .map(|c| CheckinFile {
                factors: c
                    .factors
                    .iter()
                    .map(|(key, stored)| CheckinFactor {
                        key: key.clone(),
                        level: level_of(
                            *stored,
                            levels.get(key.as_str()).copied().unwrap_or(false),
                        ),
                    })
                    .collect(),
                date: c.date,
                stiffness: c.ratings.stiffness,
                sleep_broken: c.ratings.sleep_broken,
                created_at_ms: c.created_at_ms,
                updated_at_ms: c.updated_at_ms,
            })
            .collect();
        let mut factors: Vec<FactorFile> = factors.into_iter().map(FactorFile::from).collect();
        factors.sort_by(|a, b| a.key.cmp(&b.key));
        Ok((factors, checkins))
    }

    /// Checks the file's factors and check-ins; what passes goes into `checked`.
    pub(super) fn check_days(
        &self,
        file: &JournalFile,
        checked: &mut Checked,
    ) -> Result<(), crate::AppError> {
        let tr = self.tr();
        // Factors here keep their levels; the file's new ones bring theirs.
        let mut levels: HashMap<String, bool> = self
            .store()
            .factors()?
            .into_iter()
            .map(|f| (f.key, f.levels))
            .collect();
        for f in &file.factors {
            if check_name("key", &f.key).is_err()
                || twinge_core::slug(&f.key) != f.key
                || check_name("name", &f.name).is_err()
            {
                checked.problem(0, "factors", tr.import_bad_factor(shown(&f.name)));
                continue;
            }
            levels.entry(f.key.clone()).or_insert(f.levels);
            checked.factors.push(FactorEntry {
                key: f.key.clone(),
                name: f.name.trim().to_string(),
                archived: f.archived,
                levels: levels[&f.key],
            });
        }
        let latest = self.latest_today();
        let mut dates = std::collections::BTreeSet::new();
        for c in &file.checkins {
            let at = shown(&c.date);
            let mut bad = |why: String| {
                checked.problem(0, "checkins", tr.import_bad_checkin(at.as_str(), why))
            };
            let Ok(date) = parse_date("date", &c.date) else {
                bad(tr.import_checkin_not_a_date());
                continue;
            };
            if date > latest {
                bad(tr.import_checkin_not_started());
                continue;
            }
            if !dates.insert(date) {
                bad(tr.import_checkin_twice());
                continue;
            }
            if c.factors.len() > MAX_FACTORS_PER_CHECKIN {
                bad(tr.import_checkin_too_many(MAX_FACTORS_PER_CHECKIN));
                continue;
            }
            let factors = match stored_factors(&levels, &c.factors) {
                Ok(f) => f,
                Err((_, why)) => {
                    bad(why(&tr));
                    continue;
                }
            };
            let ratings = match day_ratings(c.stiffness, c.sleep_broken) {
                Ok(r) => r,
                Err(e) => {
                    bad(e.in_language(&tr).message);
                    continue;
                }
            };
            checked.checkins.push(Checkin {
                date: date.to_string(),
                factors,
                ratings,
                created_at_ms: c.created_at_ms,
                updated_at_ms: c.updated_at_ms,
            });
        }
        Ok(())
    }
}

/// Writes checked factors and check-ins inside the import's transaction: a day's
/// check-in is replaced only by a newer one (importing the same file twice changes
/// nothing the second time).
pub(super) fn write_days(s: &mut Store, checked: &Checked) -> twinge_store::Result<()> {
    for f in &checked.factors {
        s.upsert_factor(f)?;
    }
    let newer: Vec<Checkin> = checked
        .checkins
        .iter()
        .filter(|c| {
            s.checkin(&c.date)
                .ok()
                .flatten()
                .is_none_or(|here| here.updated_at_ms < c.updated_at_ms)
        })
        .cloned()
        .collect();
    s.write_checkins(&newer)
}
