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

/// The check-in of `date` with `factors`, no stiffness or sleep rated.
fn checkin(date: &str, factors: Vec<CheckinFactor>) -> CheckinDto {
    CheckinDto {
        date: date.into(),
        factors,
        stiffness: None,
        sleep_broken: None,
    }
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
        stiffness: None,
        sleep_broken: None,
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
    j.save_checkin(&checkin("2026-11-20", vec![yes("caffeine")]))
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
    let ok = checkin("2026-11-19", vec![yes("alcohol")]);
    j.save_checkin(&ok).unwrap();
    for (bad, code) in [
        (checkin("2026-11-22", vec![]), "date_in_future"),
        (checkin("yesterday", vec![]), "bad_date"),
        (checkin("2026-11-19", vec![yes("wine")]), "unknown_factor"),
        (checkin("2026-11-19", vec![yes("stress")]), "bad_level"),
        (
            checkin("2026-11-19", vec![yes("alcohol"), yes("alcohol")]),
            "duplicate_factor",
        ),
    ] {
        let e = j.save_checkin(&bad).unwrap_err();
        assert_eq!(e.fields[0].code, code, "{bad:?}: {}", e.message);
    }
    assert_eq!(j.checkin("2026-11-19").unwrap().unwrap(), ok);
    assert_eq!(j.add_factor("  ").unwrap_err().fields[0].field, "name");
}

#[test]
fn a_days_stiffness_and_broken_sleep_are_kept_exported_and_imported_and_checked() {
    let (_dir, mut j) = journal();
    let rated = CheckinDto {
        date: "2026-11-19".into(),
        factors: vec![yes("caffeine")],
        stiffness: Some(6),
        sleep_broken: Some(0),
    };
    assert_eq!(
        j.save_checkin(&rated).unwrap(),
        rated,
        "0 is a rating, not none"
    );
    // Off the scale: refused by field, and the day keeps what it had.
    for (field, over) in [
        ("stiffness", (Some(11), None)),
        ("sleep_broken", (None, Some(200))),
    ] {
        let e = j
            .save_checkin(&CheckinDto {
                stiffness: over.0,
                sleep_broken: over.1,
                ..rated.clone()
            })
            .unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.fields[0].field.as_str()),
            ("rating_out_of_range", field)
        );
    }
    assert_eq!(j.checkin("2026-11-19").unwrap().unwrap(), rated);
    // Both export formats carry the ratings into another journal.
    for format in [twinge_app::FileFormat::Json, twinge_app::FileFormat::Csv] {
        let file = j.export_bytes(format).unwrap();
        let (_other_dir, mut other) = journal();
        other.import(&file, format).unwrap();
        assert_eq!(
            other.checkin("2026-11-19").unwrap().unwrap(),
            rated,
            "{format:?}"
        );
    }
    let json: serde_json::Value =
        serde_json::from_slice(&j.export_bytes(twinge_app::FileFormat::Json).unwrap()).unwrap();
    assert_eq!(json["version"], twinge_app::FORMAT_VERSION);
    assert_eq!(json["checkins"][0]["stiffness"], 6);
}

#[test]
fn the_log_home_says_what_today_and_yesterday_hold_in_one_answer() {
    let (_dir, mut j) = journal();
    let home = j.log_home("2026-11-20").unwrap();
    assert!(!home.checked_in_today && !home.today_recorded && !home.yesterday_missing);
    assert_eq!(home.reminder_time, None);
    // A new user is not asked about yesterday: nothing before it is recorded either.
    j.mark_quiet_day("2026-11-18").unwrap();
    let home = j.log_home("2026-11-20").unwrap();
    assert!(
        home.yesterday_missing,
        "the day before yesterday is kept, yesterday is blank"
    );
    assert!(!home.today_recorded);
    j.save_checkin(&checkin("2026-11-19", vec![yes("alcohol")]))
        .unwrap();
    assert!(!j.log_home("2026-11-20").unwrap().yesterday_missing);
    j.save_checkin(&checkin("2026-11-20", vec![yes("caffeine")]))
        .unwrap();
    let home = j.log_home("2026-11-20").unwrap();
    assert!(home.checked_in_today && home.today_recorded);
    assert_eq!(j.log_home("20.11.2026").unwrap_err().code, "bad_date");
}
