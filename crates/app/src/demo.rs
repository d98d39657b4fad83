//! `twinge demo`: a realistic, deterministic journal for trying the app, for the
//! screenshots and for the benchmarks. It holds night calf cramps, back spasms
//! after lifting, eyelid twitch clusters in stressful weeks, a medication started
//! midway that makes the cramps rarer, and daily check-ins on most days with one
//! built-in day-level effect: a day after hard exercise has twice the episodes of
//! any other day (the other factors have none of their own, except stress, which
//! comes with the twitch weeks).

use twinge_core::{
    validate_draft, Associated, Episode, EpisodeDraft, Kind, LocalInstant, Location, Region,
    ReliefUse, Side,
};

use crate::insights::date_of;
use crate::{
    AppError, AppointmentInput, Journal, MedChange, MedicationChangeInput, VocabAddInput,
    VocabKindDto,
};

/// How much demo data to make.
#[derive(Debug, Clone, Copy)]
pub struct DemoOptions {
    pub episodes: u32,
    pub seed: u64,
}

/// Central European offsets: +2 h from April to October, else +1 h (close enough for a demo).
fn offset_for(day: i64) -> i32 {
    let month = twinge_core::insights::date_of_day(day)
        .map(|d| d.month() as u8)
        .unwrap_or(1);
    if (4..=10).contains(&month) {
        120
    } else {
        60
    }
}

impl Journal {
    /// Fills the journal with demo data ending today; returns how many episodes were added.
    pub fn demo(&mut self, opts: DemoOptions) -> Result<u32, AppError> {
        let mut rng = fastrand::Rng::with_seed(opts.seed);
        let now_ms = self.clock().now_ms();
        let today = (now_ms.div_euclid(1000) + 3600).div_euclid(86_400);
        let n = opts.episodes;
        let days = i64::from(n / 4).clamp(60, 3650);
        let first = today - days + 1;
        let med_day = first + days / 2;

        let magnesium = self.add_vocab(&VocabAddInput {
            kind: VocabKindDto::Relief,
            name: "Magnesium".into(),
            is_medication: true,
            dose: Some("300 mg".into()),
        })?;
        self.add_medication_change(&MedicationChangeInput {
            date: date_of(med_day),
            name: "Magnesium".into(),
            dose: "300 mg".into(),
            change: MedChange::Started,
            note: "for night cramps".into(),
        })?;
        let mut appt = today - 3;
        while appt > first {
            // At the latest check-up the person answered the global impression.
            let latest = appt == today - 3;
            self.add_appointment(&AppointmentInput {
                date: date_of(appt),
                note: "check-up".into(),
                pgic: latest.then_some(twinge_core::Pgic::MinimallyImproved),
            })?;
            appt -= 91;
        }

        // Daily check-ins on eight days in ten; hard exercise on three days in ten.
        let mut checkins = Vec::new();
        let mut exercise = std::collections::HashSet::new();
        for day in first - 1..=today {
            let stressful_week = (day - first).div_euclid(7) % 4 == 1;
            let exercised = rng.u8(0..10) < 3;
            if exercised {
                exercise.insert(day);
            }
            if rng.u8(0..10) >= 8 {
                continue;
            }
            let mut factors: Vec<(String, u8)> = Vec::new();
            for (key, yes) in [
                ("slept_badly", rng.u8(0..100) < 25),
                ("hard_exercise", exercised),
                ("long_sitting", rng.u8(0..100) < 40),
                ("caffeine", rng.u8(0..100) < 60),
                ("alcohol", rng.u8(0..100) < 15),
            ] {
                if yes {
                    factors.push((key.to_string(), 1));
                }
            }
            let stress = if stressful_week {
                rng.u8(0..10) < 7
            } else {
                rng.u8(0..10) < 1
            };
            if stress {
                factors.push(("stress".into(), if rng.bool() { 1 } else { 2 }));
            }
            factors.sort();
            // The day's ratings from a generator of their own, so that the episodes
            // drawn after them stay what they were: stiffer in a stressful week, a
            // night broken more often after a bad one.
            let mut day_rng = fastrand::Rng::with_seed(opts.seed ^ (day as u64).rotate_left(17));
            let stiffness = 3 + u8::from(stressful_week) * 2 + day_rng.u8(0..4);
            let slept_badly = factors.iter().any(|(k, _)| k == "slept_badly");
            let sleep_broken = u8::from(slept_badly) * 3 + day_rng.u8(0..3);
            let rated = day_rng.u8(0..10) < 7;
            checkins.push(twinge_store::Checkin {
                date: date_of(day),
                factors,
                ratings: twinge_store::DayRatings {
                    stiffness: rated.then_some(stiffness),
                    sleep_broken: rated.then_some(sleep_broken),
                },
                created_at_ms: now_ms,
                updated_at_ms: now_ms,
            });
        }
        self.store_mut()
            .in_transaction(|s| s.write_checkins(&checkins))?;

        let mut episodes = Vec::with_capacity(n as usize);
        let mut busy_days = std::collections::HashSet::new();
        let side = |rng: &mut fastrand::Rng| match rng.u8(0..10) {
            0..=4 => Side::Left,
            5..=7 => Side::Right,
            _ => Side::Both,
        };
        let mut i = 0u32;
        while i < n {
            let day = first + rng.i64(0..days);
            // The built-in effect: a day after hard exercise keeps every episode drawn
            // for it, any other day half of them.
            if !exercise.contains(&(day - 1)) && rng.bool() {
                continue;
            }
            let stressful_week = (day - first).div_euclid(7) % 4 == 1;
            let roll = rng.u8(0..100);
            let (kind, hour, draft_parts) = if roll < 45 {
                // Night calf cramps, rarer once magnesium is taken.
                if day >= med_day && rng.u8(0..100) < 55 {
                    continue;
                }
                let mut reliefs = vec![ReliefUse {
                    relief: "stretching".into(),
                    helped: rng.u8(2..4),
                }];
                if day >= med_day {
                    reliefs.push(ReliefUse {
                        relief: magnesium.key.clone(),
                        helped: rng.u8(1..3),
                    });
                }
                let mut triggers = vec!["lying_down".to_string()];
                if rng.u8(0..3) == 0 {
                    triggers.push("exercise".into());
                }
                if rng.u8(0..4) == 0 {
                    triggers.push("dehydration".into());
                }
                (
                    Kind::Cramp,
                    [0u8, 1, 2, 3, 4, 5, 23][rng.usize(0..7)],
                    (
                        vec![Location {
                            region: Region::Calf,
                            side: side(&mut rng),
                        }],
                        rng.u8(5..10),
                        Some([30u32, 60, 120, 300][rng.usize(0..4)]),
                        None,
                        triggers,
                        reliefs,
                        true,
                        vec![],
                    ),
                )
            } else if roll < 70 {
                // Back spasms in the day, after lifting or long sitting.
                let trigger = if rng.bool() {
                    "lifting"
                } else {
                    "prolonged_sitting"
                };
                (
                    Kind::Spasm,
                    rng.u8(9..20),
                    (
                        vec![Location {
                            region: Region::LowerBack,
                            side: Side::Centre,
                        }],
                        rng.u8(4..9),
                        Some([60u32, 300, 900][rng.usize(0..3)]),
                        None,
                        vec![trigger.to_string()],
                        vec![ReliefUse {
                            relief: "heat".into(),
                            helped: rng.u8(1..4),
                        }],
                        false,
                        vec![Associated::Stiffness],
                    ),
                )
            } else if roll < 95 {
                // Eyelid twitches, mostly in stressful weeks.
                if !stressful_week && rng.u8(0..100) < 80 {
                    continue;
                }
                let mut triggers = vec!["stress".to_string()];
                if rng.bool() {
                    triggers.push("caffeine".into());
                }
                if rng.u8(0..3) == 0 {
                    triggers.push("poor_sleep".into());
                }
                (
                    Kind::Twitch,
                    rng.u8(8..22),
                    (
                        vec![Location {
                            region: Region::Eyelid,
                            side: Side::Left,
                        }],
                        rng.u8(1..4),
                        Some(5),
                        Some(rng.u32(5..40)),
                        triggers,
                        vec![],
                        false,
                        vec![],
                    ),
                )
            } else {
                (
                    Kind::Other,
                    rng.u8(7..23),
                    (
                        vec![Location {
                            region: Region::Neck,
                            side: Side::Centre,
                        }],
                        rng.u8(2..6),
                        None,
                        None,
                        vec![],
                        vec![ReliefUse {
                            relief: "massage".into(),
                            helped: rng.u8(0..4),
                        }],
                        false,
                        vec![Associated::Fatigue],
                    ),
                )
            };
            let (locations, intensity, duration_s, count, triggers, reliefs, woke, associated) =
                draft_parts;
            let offset = offset_for(day);
            let local_s = day * 86_400 + i64::from(hour) * 3600 + i64::from(rng.u32(0..3600));
            let utc_s = local_s - i64::from(offset) * 60;
            if utc_s * 1000 > now_ms {
                continue;
            }
            let draft = EpisodeDraft {
                kind,
                started_at: LocalInstant::new(utc_s, offset)
                    .map_err(|e| AppError::internal(|tr| tr.failure_demo(), e))?,
                duration_s,
                count,
                intensity: Some(intensity),
                timing: twinge_core::Timing::Exact,
                locations,
                triggers,
                reliefs,
                associated,
                woke_from_sleep: woke && rng.u8(0..10) < 8,
                // About one spasm in three set off by touch or movement (from its start,
                // so that the demo's other figures stay as they were).
                set_off: kind == Kind::Spasm && local_s % 3 == 0,
                notes: if rng.u8(0..20) == 0 {
                    "Demo note: noticed after a long day.".into()
                } else {
                    String::new()
                },
                origin: None,
            };
            validate_draft(&draft, now_ms / 1000)?;
            let created = (utc_s + 120) * 1000;
            busy_days.insert(day);
            episodes.push(Episode {
                id: {
                    let mut random = [0u8; 10];
                    rng.fill(&mut random);
                    uuid::Builder::from_unix_timestamp_millis(created as u64, &random).into_uuid()
                },
                draft,
                created_at_ms: created,
                updated_at_ms: created,
                deleted_at_ms: None,
            });
            i += 1;
        }
        episodes.sort_by_key(|e| e.draft.started_at);
        let added = self.store_mut().insert_episodes(&episodes)? as u32;
        // Most quiet days are marked as such, so coverage looks like a real diligent user's.
        let quiet: Vec<String> = (first..=today)
            .filter(|day| !busy_days.contains(day) && rng.u8(0..10) < 7)
            .map(date_of)
            .collect();
        self.store_mut().set_quiet_days(&quiet, now_ms)?;
        self.store_mut().reconnect()?;
        Ok(added)
    }
}
