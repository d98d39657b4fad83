//! The daily check-in use cases: factors (seeded, own, renamed, archived), saving a
//! check-in (replacing the day's earlier one), and what counts as a recorded day.

use std::sync::Arc;

use twinge_app::{CheckinDto, CheckinFactor, FactorEditInput, FactorLevel, FixedClock, Journal};

fn journal() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    // 2026-11-20 09:00 UTC, an hour ahead locally.
    let j = Journal::open(dir.path(), Arc::new(FixedClock::new(1_795_165_200_000, 60))).unwrap();
    (dir, j)
}

fn yes(key: &str) -> CheckinFactor {
    CheckinFactor {
        key: key.into(),
        level: FactorLevel::Yes,
    }
}

#[test]
fn a_new_journal_offers_the_seeded_factors_with_the_period_off() {
    let (_dir, j) = journal();
    let factors = j.factors().unwrap();
    let keys: Vec<&str> = factors.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "slept_badly",
            "hard_exercise",
            "long_sitting",
            "long_standing",
            "caffeine",
            "alcohol",
            "hot_day",
            "dehydrated",
            "stress",
            "period"
        ]
    );
    assert!(factors.iter().find(|f| f.key == "period").unwrap().archived);
    assert!(factors.iter().find(|f| f.key == "stress").unwrap().levels);
}

#[test]
fn a_check_in_is_saved_replaced_read_and_removed() {
    let (_dir, mut j) = journal();
    assert_eq!(j.today(), "2026-11-20");
    assert!(!j.is_recorded("2026-11-20").unwrap());
    let own = j.add_factor("Long drive").unwrap();
    assert_eq!(own.key, "long_drive");
    let first = CheckinDto {
        date: "2026-11-20".into(),
        factors: vec![
            yes("long_drive"),
            yes("alcohol"),
            CheckinFactor {
                key: "stress".into(),
                level: FactorLevel::ALot,
            },
        ],
    };
    let saved = j.save_checkin(&first).unwrap();
    assert_eq!(saved.factors.len(), 3);
    assert!(j.is_recorded("2026-11-20").unwrap());
    assert_eq!(
        j.checkin("2026-11-20").unwrap().unwrap().factors[2],
        CheckinFactor {
            key: "stress".into(),
            level: FactorLevel::ALot
        }
    );
    // The same day again replaces it.
    j.save_checkin(&CheckinDto {
        date: "2026-11-20".into(),
        factors: vec![yes("caffeine")],
    })
    .unwrap();
    assert_eq!(
        j.checkin("2026-11-20").unwrap().unwrap().factors,
        vec![yes("caffeine")]
    );
    // Archiving a factor keeps it on old check-ins.
    j.edit_factor(&FactorEditInput {
        key: "caffeine".into(),
        name: "Coffee".into(),
        archived: true,
    })
    .unwrap();
    assert_eq!(j.checkin("2026-11-20").unwrap().unwrap().factors.len(), 1);
    j.delete_checkin("2026-11-20").unwrap();
    assert_eq!(j.checkin("2026-11-20").unwrap(), None);
    assert!(!j.is_recorded("2026-11-20").unwrap());
}

#[test]
fn bad_check_ins_are_refused_by_field_and_change_nothing() {
    let (_dir, mut j) = journal();
    let ok = CheckinDto {
        date: "2026-11-19".into(),
        factors: vec![yes("alcohol")],
    };
    j.save_checkin(&ok).unwrap();
    for (bad, code) in [
        (
            CheckinDto {
                date: "2026-11-22".into(),
                factors: vec![],
            },
            "date_in_future",
        ),
        (
            CheckinDto {
                date: "yesterday".into(),
                factors: vec![],
            },
            "bad_date",
        ),
        (
            CheckinDto {
                date: "2026-11-19".into(),
                factors: vec![yes("wine")],
            },
            "unknown_factor",
        ),
        (
            CheckinDto {
                date: "2026-11-19".into(),
                factors: vec![yes("stress")],
            },
            "bad_level",
        ),
        (
            CheckinDto {
                date: "2026-11-19".into(),
                factors: vec![yes("alcohol"), yes("alcohol")],
            },
            "duplicate_factor",
        ),
    ] {
        let e = j.save_checkin(&bad).unwrap_err();
        assert_eq!(e.fields[0].code, code, "{bad:?}: {}", e.message);
    }
    assert_eq!(j.checkin("2026-11-19").unwrap().unwrap(), ok);
    assert_eq!(j.add_factor("  ").unwrap_err().fields[0].field, "name");
}
