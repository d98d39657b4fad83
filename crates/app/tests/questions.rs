//! The questions for the doctor outlive closing Twinge and are forgotten once a report
//! with them is saved; questions too long for page 1 are refused in words.

use std::sync::Arc;

use twinge_app::{FixedClock, Journal};

fn open(dir: &std::path::Path) -> Journal {
    Journal::open(dir, Arc::new(FixedClock::new(1_795_165_200_000, 60))).unwrap()
}

#[test]
fn questions_are_kept_across_a_restart_until_the_report_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = open(dir.path());
    assert_eq!(j.report_defaults("2026-11-20").unwrap().questions, "");
    j.keep_report_questions("1. Keep the tablets?\n2. Stretch more?")
        .unwrap();
    drop(j);

    let mut j = open(dir.path());
    assert_eq!(
        j.report_defaults("2026-11-20").unwrap().questions,
        "1. Keep the tablets?\n2. Stretch more?"
    );
    let long = "?".repeat(601);
    let e = j.keep_report_questions(&long).unwrap_err();
    assert_eq!(e.code, "questions_too_long");
    assert!(e.message.contains("601 now"), "{}", e.message);
    // What was kept is still there after a refusal.
    assert!(j.kept_report_questions().unwrap().starts_with("1. Keep"));

    j.report_saved().unwrap();
    drop(j);
    assert_eq!(open(dir.path()).kept_report_questions().unwrap(), "");
}
