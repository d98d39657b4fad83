//! History shows a day's check-in and "no episodes" mark beside its episodes: the
//! records of a range, newest first, the check-in's factors in words.

use std::sync::Arc;

use twinge_app::{CheckinDto, CheckinFactor, FixedClock, Journal};
use twinge_core::FactorLevel;

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

fn factor(key: &str, level: FactorLevel) -> CheckinFactor {
    CheckinFactor {
        key: key.into(),
        level,
    }
}

#[test]
fn a_range_lists_quiet_days_and_check_ins_in_words_newest_first() {
    let mut j = Journal::in_memory(Arc::new(FixedClock::new(NOW_MS, 60))).unwrap();
    j.mark_quiet_day("2026-11-18").unwrap();
    j.save_checkin(&CheckinDto {
        date: "2026-11-18".into(),
        factors: vec![
            factor("slept_badly", FactorLevel::Yes),
            factor("stress", FactorLevel::ALot),
        ],
        stiffness: None,
        sleep_broken: None,
    })
    .unwrap();
    j.save_checkin(&CheckinDto {
        date: "2026-11-19".into(),
        factors: vec![],
        stiffness: None,
        sleep_broken: None,
    })
    .unwrap();
    j.mark_quiet_day("2026-11-02").unwrap();

    let days = j.day_records("2026-11-10", "2026-11-20").unwrap();
    let seen: Vec<(&str, bool, bool, &str)> = days
        .iter()
        .map(|d| (d.date.as_str(), d.quiet, d.checked_in, d.checkin.as_str()))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("2026-11-19", false, true, "nothing special"),
            ("2026-11-18", true, true, "Slept badly, Stress: a lot"),
        ]
    );
    // The 2nd is outside the range; a whole range reaches it.
    let all = j.day_records("1900-01-01", "2026-11-20").unwrap();
    assert_eq!(all.last().unwrap().date, "2026-11-02");
    // A date that is not one is refused in words.
    let e = j.day_records("2026-13-01", "2026-11-20").unwrap_err();
    assert!(e.message.contains("date"), "{}", e.message);
}
