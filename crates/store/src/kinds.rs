//! The facts each kind's row is counted from (`twinge_core::kinds`), read for a period
//! in one query over the live episodes that started in it.

use rusqlite::params;
use twinge_core::insights::Period;
use twinge_core::kinds::KindFact;
use twinge_core::{Kind, Region, Side};

use crate::summary::DAY;
use crate::{Result, Store};

/// Local offsets are within a day of UTC: episodes are read a day beyond each end of
/// the period, then kept by their local day.
const SLACK_S: i64 = 86_400;

impl Store {
    /// One fact per live episode of `period` (local days), oldest first.
    pub fn kind_facts(&self, period: Period) -> Result<Vec<KindFact>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT e.id, e.kind, {DAY}, e.woke_from_sleep, e.intensity, e.duration_s,
                    l.region, l.side
             FROM episode e LEFT JOIN episode_location l ON l.episode_id = e.id
             WHERE e.deleted_at IS NULL AND e.started_at BETWEEN ?1 AND ?2
             ORDER BY e.started_at, e.id, l.position"
        ))?;
        let from = period.first_day * 86_400 - SLACK_S;
        let to = (period.last_day + 1) * 86_400 + SLACK_S;
        let mut facts: Vec<KindFact> = Vec::new();
        let mut last_id = String::new();
        let mut rows = stmt.query(params![from, to])?;
        while let Some(r) = rows.next()? {
            let day: i64 = r.get(2)?;
            if !period.contains(day) {
                continue;
            }
            // An episode's rows come together, one per place.
            let id: String = r.get(0)?;
            if id != last_id {
                let kind: String = r.get(1)?;
                facts.push(KindFact {
                    kind: Kind::from_code(&kind).unwrap_or(Kind::Other),
                    day,
                    woke_from_sleep: r.get(3)?,
                    intensity: r.get(4)?,
                    duration_s: r.get(5)?,
                    places: Vec::new(),
                });
                last_id = id;
            }
            let region: Option<String> = r.get(6)?;
            let side: Option<String> = r.get(7)?;
            if let (Some(fact), Some(region), Some(side)) = (
                facts.last_mut(),
                region.as_deref().and_then(Region::from_code),
                side.as_deref().and_then(Side::from_code),
            ) {
                fact.places.push((region, side));
            }
        }
        Ok(facts)
    }
}
