//! Journals made for the transfer tests: episodes of every kind, offset and intensity,
//! vocabulary, settings, records and check-ins, some archived or deleted.

use twinge_app::{
    AppointmentInput, CheckinDto, CheckinFactor, EpisodeInput, FactorEditInput, FactorLevel,
    Journal, LocationInput, MedChange, MedicationChangeInput, ReliefInput, Settings, Theme,
    VocabAddInput, VocabEditInput, VocabKindDto, WeekStart,
};

use super::clock;

pub fn input(i: usize, notes: &str, offset: i32, intensity: i64) -> EpisodeInput {
    let sign = if offset < 0 { '-' } else { '+' };
    let o = offset.unsigned_abs();
    EpisodeInput {
        kind: ["spasm", "cramp", "twitch", "other"][i % 4].into(),
        started_at: format!(
            "2026-{:02}-{:02}T{:02}:{:02}:00{sign}{:02}:{:02}",
            1 + i % 10,
            1 + i % 27,
            i % 24,
            i % 60,
            o / 60,
            o % 60
        ),
        duration_s: if i.is_multiple_of(3) {
            None
        } else {
            Some(1 + (i as u32 * 37) % 604_799)
        },
        count: if i.is_multiple_of(5) {
            Some(1 + i as u32 % 100_000)
        } else {
            None
        },
        intensity: Some(intensity),
        locations: vec![LocationInput {
            region: ["calf", "jaw", "lower_back"][i % 3].into(),
            side: ["left", "right", "both", "centre"][i % 4].into(),
        }],
        triggers: if i.is_multiple_of(2) {
            vec!["stress".into(), format!("Trigger {}", i % 5)]
        } else {
            vec![]
        },
        reliefs: vec![ReliefInput {
            relief: "heat".into(),
            helped: (i % 4) as i64,
        }],
        associated: if i % 3 == 1 {
            vec!["fatigue".into(), "weakness".into()]
        } else {
            vec![]
        },
        woke_from_sleep: i % 2 == 1,
        set_off: i % 3 == 2,
        notes: notes.into(),
    }
}

pub fn journal_with(
    notes: &[String],
    offsets: &[i32],
    intensities: &[i64],
    archive: bool,
    delete_every: usize,
) -> Journal {
    let c = clock();
    let mut j = Journal::in_memory(c.clone()).unwrap();
    j.add_vocab(&VocabAddInput {
        kind: VocabKindDto::Relief,
        name: "Magnesium".into(),
        is_medication: true,
        dose: Some("300 mg".into()),
    })
    .unwrap();
    j.add_appointment(&AppointmentInput {
        date: "2026-10-01".into(),
        note: "neuro ✓".into(),
        pgic: None,
    })
    .unwrap();
    j.add_medication_change(&MedicationChangeInput {
        date: "2026-09-01".into(),
        name: "Magnesium".into(),
        dose: "300 mg".into(),
        change: MedChange::Started,
        note: String::new(),
    })
    .unwrap();
    j.mark_quiet_day("2026-11-02").unwrap();
    // Daily check-ins: a factor of one's own, stress at both levels, an empty one.
    j.add_factor("Long drive, “Ünicode”").unwrap();
    let level = |key: &str, level: FactorLevel| CheckinFactor {
        key: key.into(),
        level,
    };
    for (date, factors) in [
        (
            "2026-11-01",
            vec![
                level("hard_exercise", FactorLevel::Yes),
                level("stress", FactorLevel::ALot),
            ],
        ),
        (
            "2026-11-03",
            vec![
                level("long_drive_ünicode", FactorLevel::Yes),
                level("stress", FactorLevel::Some),
            ],
        ),
        ("2026-11-04", vec![]),
    ] {
        c.advance_ms(1000);
        j.save_checkin(&CheckinDto {
            date: date.into(),
            factors,
            stiffness: None,
            sleep_broken: None,
        })
        .unwrap();
    }
    j.update_settings(&Settings {
        display_name: "Zoë Ünicode".into(),
        theme: Theme::Dark,
        week_start: WeekStart::Sunday,
        auto_lock_minutes: 5,
        date_of_birth: String::new(),
    })
    .unwrap();
    for (i, n) in notes.iter().enumerate() {
        c.advance_ms(1000);
        let e = j
            .log(&input(
                i,
                n,
                offsets[i % offsets.len()],
                intensities[i % intensities.len()],
            ))
            .unwrap();
        if delete_every > 0 && i % delete_every == 0 {
            j.delete(&e.id).unwrap();
        }
    }
    if archive {
        j.edit_factor(&FactorEditInput {
            key: "caffeine".into(),
            name: "Coffee".into(),
            archived: true,
        })
        .unwrap();
        j.edit_vocab(&VocabEditInput {
            kind: VocabKindDto::Trigger,
            key: "stress".into(),
            name: Some("Stress at work".into()),
            archived: Some(true),
        })
        .unwrap();
    }
    j
}
