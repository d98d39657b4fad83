//! The daily check-in and the day-level statistics through the `twinge` binary, on a
//! journal of known counts. The expected numbers were computed independently of
//! Twinge, with SciPy 1.17.1:
//!
//! ```python
//! from scipy.stats import binomtest
//! ci = binomtest(e1, e1 + e0).proportion_ci(confidence_level=0.95, method='exact')
//! r = lambda p: p * n0 / ((1 - p) * n1)   # the share's interval as a rate ratio
//! # same day:  n1=7, n0=14, e1=10, e0=6 -> 1.429 0.429 3.333 [1.098, 11.159]
//! # day after: n1=7, n0=13, e1=10, e0=4 -> 1.429 0.308 4.643 [1.339, 20.281]
//! ```

mod common;

use std::path::Path;

use common::twinge;

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = twinge(dir, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// As [`ok`], with the arguments written as one command line (none with a space).
fn ok_line(dir: &Path, line: &str) -> String {
    ok(dir, &line.split(' ').collect::<Vec<_>>())
}

#[test]
fn stats_give_exactly_the_independently_computed_counts_rates_and_intervals() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // A check-in every day from 1 to 21 October: alcohol on the first seven.
    for day in 1..=21 {
        let date = format!("2026-10-{day:02}");
        let mut args = vec!["checkin", "--date", date.as_str()];
        if day <= 7 {
            args.extend(["--factor", "alcohol"]);
        }
        let said = ok(d, &args);
        assert!(said.contains(&date), "{said}");
    }
    // Episodes: 10 on alcohol days, 6 on the others.
    for (day, n) in [
        (1, 2),
        (3, 3),
        (5, 1),
        (7, 4),
        (8, 2),
        (12, 1),
        (15, 2),
        (20, 1),
    ] {
        for i in 0..n {
            let at = format!("2026-10-{day:02}T{:02}:00:00+02:00", 9 + i);
            ok_line(
                d,
                &format!("add --kind cramp --at {at} --where calf:left --intensity 5"),
            );
        }
    }
    let json: serde_json::Value = serde_json::from_str(&ok_line(
        d,
        "stats --from 2026-10-01 --to 2026-10-21 --json",
    ))
    .unwrap();
    let rows = json["by_factor"].as_array().unwrap();
    let row = |lag: i64| {
        rows.iter()
            .find(|r| r["factor"] == "alcohol" && r["lag_days"] == lag)
            .unwrap_or_else(|| panic!("no alcohol row at lag {lag}: {rows:?}"))
    };
    let r3 = |v: &serde_json::Value| (v.as_f64().unwrap() * 1000.0).round() / 1000.0;
    for (lag, counts, numbers) in [
        (0, [7, 14, 10, 6], [1.429, 0.429, 3.333, 1.098, 11.159]),
        (1, [7, 13, 10, 4], [1.429, 0.308, 4.643, 1.339, 20.281]),
    ] {
        let r = row(lag);
        let got_counts = [
            "days_with",
            "days_without",
            "episodes_with",
            "episodes_without",
        ]
        .map(|k| r[k].as_u64().unwrap());
        assert_eq!(got_counts, counts.map(|c: u64| c), "lag {lag}");
        let got = ["rate_with", "rate_without", "ratio", "low", "high"].map(|k| r3(&r[k]));
        assert_eq!(got, numbers, "lag {lag}");
        assert_eq!(r["enough"], true);
    }
    // A factor never checked: every day counts as without it, no days with.
    let never = rows
        .iter()
        .find(|r| r["factor"] == "hard_exercise" && r["lag_days"] == 0)
        .unwrap();
    assert_eq!(
        (never["days_with"].as_u64(), never["days_without"].as_u64()),
        (Some(0), Some(21))
    );
    assert_eq!(never["enough"], false);
    assert!(never["words"]
        .as_str()
        .unwrap()
        .contains("not enough days yet: 0 with, 7 needed"));

    // The summary says the same in words.
    let text = ok(d, &["stats", "--from", "2026-10-01", "--to", "2026-10-21"]);
    assert!(
        text.contains("Days after “Alcohol”: 1.43 episodes a day (7 days with 10 episodes)"),
        "{text}"
    );
    assert!(
        text.contains("4.6× as many (95% interval 1.3×–20×)"),
        "{text}"
    );
}

#[test]
fn a_bad_check_in_is_refused_in_words_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok_line(d, "checkin --date 2026-10-01 --factor caffeine");
    for (line, words) in [
        ("checkin --date 2026-10-01 --factor wine", "no factor"),
        ("checkin --date 2999-01-01", "more than a year ahead"),
        (
            "checkin --date 2026-10-01 --stress yes",
            "none, some or a_lot",
        ),
        (
            "checkin --date 2026-10-01 --factor caffeine --factor caffeine",
            "twice",
        ),
        ("checkin --date 2026-10-01 --factor stress", "cannot be"),
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        let out = twinge(d, &args);
        assert!(!out.status.success(), "{args:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains(words), "{args:?}: {said}");
    }
    let json: serde_json::Value = serde_json::from_str(&ok_line(
        d,
        "stats --from 2026-10-01 --to 2026-10-01 --json",
    ))
    .unwrap();
    let caffeine = json["by_factor"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["factor"] == "caffeine" && r["lag_days"] == 0)
        .unwrap()
        .clone();
    assert_eq!(caffeine["days_with"], 1, "the first check-in is as it was");
    ok(d, &["checkin", "--date", "2026-10-01", "--clear"]);
}

#[test]
fn the_days_ratings_are_taken_said_back_and_refused_off_the_scale() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let args = [
        "checkin",
        "--date",
        "2026-10-01",
        "--stiffness",
        "6",
        "--sleep-broken",
        "0",
    ];
    let said = ok(d, &args);
    assert!(said.contains("Stiffness: 6/10"), "{said}");
    assert!(
        said.contains("Sleep broken by spasms or cramps: 0/10"),
        "{said}"
    );
    let off = twinge(d, &["checkin", "--date", "2026-10-01", "--stiffness", "11"]);
    assert!(!off.status.success());
    let err = String::from_utf8_lossy(&off.stderr);
    assert!(err.contains("from 0 to 10, not 11"), "{err}");
    // The refused check-in changed nothing: the day still has its ratings.
    let (_, file) = common::exported(d);
    assert_eq!(file["checkins"][0]["stiffness"], 6);
    assert_eq!(file["checkins"][0]["sleep_broken"], 0);
}

#[test]
fn an_appointment_keeps_the_global_impression_and_refuses_an_answer_it_does_not_know() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let said = ok_line(
        d,
        "appointment --date 2026-10-01 --note neurology --pgic much_improved",
    );
    assert!(said.contains("Appointment on"), "{said}");
    assert!(
        said.contains("Since the last appointment, your spasms are… much improved"),
        "{said}"
    );
    let bad = twinge(
        d,
        &["appointment", "--date", "2026-10-02", "--pgic", "better"],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("“better” is not an answer"));
    let (out, file) = common::exported(d);
    let appointments = file["appointments"].as_array().unwrap();
    assert_eq!(appointments.len(), 1, "the refused one was not saved");
    assert_eq!(appointments[0]["pgic"], "much_improved");
    // The export brings the answer into another journal.
    let other = tempfile::tempdir().unwrap();
    ok(other.path(), &["import", out.to_str().unwrap()]);
    let (_, file) = common::exported(other.path());
    assert_eq!(file["appointments"][0]["pgic"], "much_improved");
}

#[test]
fn a_treatment_is_recorded_as_the_app_records_it_and_bad_input_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let said = ok_line(d, "treatment --date 2026-10-02 --name Physiotherapy");
    assert!(said.contains("Physiotherapy started on"), "{said}");
    for (args, says) in [
        (
            vec![
                "--date",
                "2026-10-03",
                "--name",
                "Baclofen",
                "--change",
                "paused",
            ],
            "“paused” is not a change",
        ),
        (
            vec!["--date", "2999-01-01", "--name", "Baclofen"],
            "more than a year ahead",
        ),
        (
            vec!["--date", "2026-10-03", "--name", " "],
            "A name needs 1 to",
        ),
    ] {
        let bad = twinge(d, &[&["treatment"], &args[..]].concat());
        assert!(!bad.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&bad.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let (_, file) = common::exported(d);
    let changes = file["medication_changes"].as_array().unwrap();
    assert_eq!(
        changes.len(),
        1,
        "the refused ones were not saved: {changes:?}"
    );
    assert_eq!(changes[0]["name"], "Physiotherapy");
    assert_eq!(changes[0]["change"], "started");
    assert_eq!(changes[0]["date"], "2026-10-02");
}
