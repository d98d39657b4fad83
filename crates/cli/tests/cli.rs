//! The `twinge` binary as a user runs it, against temporary data folders.

mod common;

use std::path::Path;

use common::{list_json, stdout, twinge, GOOD};

#[test]
fn add_then_list_shows_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let out = twinge(dir.path(), GOOD);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = list_json(dir.path());
    let e = &list.as_array().unwrap()[0];
    // What was saved, in the words and with the time `list` shows.
    let id = e["id"].as_str().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim_end(),
        format!("Saved: Cramp · Calf, left; Calf, right · 2026-11-20 03:10 ({id})")
    );
    assert_eq!(e["kind"], "cramp");
    assert_eq!(e["started_at"], "2026-11-20T03:10:00+01:00");
    assert_eq!(e["duration_s"], 120);
    assert_eq!(e["intensity"], 7);
    assert_eq!(e["locations"][1]["side"], "right");
    assert_eq!(e["triggers"][0]["key"], "lying_down");
    assert_eq!(e["reliefs"][0]["helped"], 3);
    assert_eq!(e["woke_from_sleep"], true);
    assert_eq!(e["notes"], "woke me up");

    let text = twinge(dir.path(), &["list"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.starts_with("2026-11-20 03:10  Cramp"), "{text}");
    assert!(text.contains("Calf, left; Calf, right"), "{text}");
    assert_eq!(
        e["place"], "Calf, left; Calf, right",
        "the JSON carries the same words"
    );
    let check = twinge(dir.path(), &["check"]);
    assert!(check.status.success());
    let check = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.contains("integrity: ok") && check.contains("episodes: 1"),
        "{check}"
    );
}

#[test]
fn bad_values_exit_non_zero_in_words_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    assert!(twinge(dir.path(), GOOD).status.success());
    let before = list_json(dir.path());
    let db = dir.path().join("twinge.db");
    let vocab_count = || (rows(&db, "trigger_vocab"), rows(&db, "episode"));
    let triggers_before = vocab_count();

    let replace = |flag: &str, value: &str| -> Vec<String> {
        let mut args: Vec<String> = GOOD.iter().map(|s| s.to_string()).collect();
        let i = args.iter().position(|a| a == flag).unwrap();
        args[i + 1] = value.to_string();
        args.push("--trigger".into());
        args.push("A trigger that must not be added".into());
        args
    };
    let cases = [
        (replace("--intensity", "11"), "from 0 to 10"),
        (replace("--where", "tail:left"), "not a body region"),
        (
            replace("--at", "2099-01-01T00:00:00+00:00"),
            "in the future",
        ),
        (replace("--kind", "hiccup"), "not a kind of episode"),
        (replace("--at", "yesterday"), "not a date and time"),
        (replace("--duration", "forever"), "not a duration"),
    ];
    for (args, words) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = twinge(dir.path(), &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(stderr.contains(words), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("_range") && !stderr.contains("unknown_"),
            "{stderr}"
        );
    }
    assert_eq!(
        list_json(dir.path()),
        before,
        "no episode was added or changed"
    );
    assert_eq!(
        vocab_count(),
        triggers_before,
        "no trigger or episode row was added"
    );
}

/// Rows in a table of the journal, read directly.
fn rows(db: &Path, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_journal_from_a_newer_version_is_refused_in_words() {
    let dir = tempfile::tempdir().unwrap();
    assert!(twinge(dir.path(), GOOD).status.success());
    // Mark the file as written by a future schema: user_version lives at byte 60.
    let db = dir.path().join("twinge.db");
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[60..64].copy_from_slice(&77i32.to_be_bytes());
    std::fs::write(&db, &bytes).unwrap();
    for args in [&["check"][..], &["list"][..], GOOD] {
        let out = twinge(dir.path(), args);
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("newer version of Twinge"));
    }
    assert_eq!(std::fs::read(&db).unwrap(), bytes);
}

#[test]
fn demo_data_is_deterministic_and_stats_add_up() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for dir in [a.path(), b.path()] {
        let out = twinge(dir, &["demo", "--episodes", "1500", "--seed", "42"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let stats = |dir: &Path, from: &str, to: &str| -> serde_json::Value {
        let out = twinge(dir, &["stats", "--from", from, "--to", to, "--json"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let whole = ("2020-01-01", "2040-01-01");
    let sa = stats(a.path(), whole.0, whole.1);
    let sb = stats(b.path(), whole.0, whole.1);
    assert_eq!(sa, sb, "same seed, same journal");
    assert_eq!(sa["total"], 1500);
    let by_kind: u64 = sa["by_kind"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(by_kind, 1500);
    let grid = sa["hour_weekday"].as_array().unwrap();
    assert_eq!(grid.len(), 7);
    assert!(grid.iter().all(|row| row.as_array().unwrap().len() == 24));
    let cells: u64 = grid
        .iter()
        .flat_map(|r| r.as_array().unwrap())
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(cells, 1500);
    let t = &sa["by_trigger"][0];
    assert!(t["low"].as_f64().unwrap() <= t["share"].as_f64().unwrap());
    assert!(t["share"].as_f64().unwrap() <= t["high"].as_f64().unwrap());

    // The medication started halfway makes night cramps rarer.
    let list: serde_json::Value = list_json(a.path());
    let mut dates: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["started_at"].as_str().unwrap()[..10])
        .collect();
    dates.sort();
    let (first, last) = (dates[0], dates[dates.len() - 1]);
    let mid = dates[dates.len() / 2];
    let cramps = |from: &str, to: &str| {
        stats(a.path(), from, to)["by_kind"]["cramp"]
            .as_u64()
            .unwrap()
    };
    let days = |from: &str, to: &str| {
        stats(a.path(), from, to)["summary"]["days"]
            .as_u64()
            .unwrap()
    };
    let before = cramps(first, mid) as f64 / days(first, mid) as f64;
    let after = cramps(mid, last) as f64 / days(mid, last) as f64;
    assert!(
        after < before * 0.8,
        "cramps per day before {before:.2}, after {after:.2}"
    );

    let bad = twinge(
        a.path(),
        &[
            "stats",
            "--from",
            "2026-02-01",
            "--to",
            "2026-01-01",
            "--json",
        ],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("ends before it starts"));
}

#[test]
fn export_import_backup_restore_through_files() {
    let a = tempfile::tempdir().unwrap();
    assert!(twinge(a.path(), GOOD).status.success());
    assert!(
        twinge(a.path(), &["demo", "--episodes", "300", "--seed", "5"])
            .status
            .success()
    );
    let json = a.path().join("out.json");
    let csv = a.path().join("out.csv");
    assert!(twinge(
        a.path(),
        &[
            "export",
            "--format",
            "json",
            "--out",
            json.to_str().unwrap()
        ]
    )
    .status
    .success());
    assert!(twinge(
        a.path(),
        &["export", "--format", "csv", "--out", csv.to_str().unwrap()]
    )
    .status
    .success());

    let b = tempfile::tempdir().unwrap();
    let dry = twinge(b.path(), &["import", json.to_str().unwrap(), "--dry-run"]);
    let text = String::from_utf8_lossy(&dry.stdout);
    assert!(
        text.contains("Would import: 301 episodes in the file: 301 new"),
        "{text}"
    );
    assert_eq!(
        list_json(b.path()).as_array().unwrap().len(),
        0,
        "a dry run writes nothing"
    );
    assert!(twinge(b.path(), &["import", json.to_str().unwrap()])
        .status
        .success());
    assert_eq!(list_json(b.path()), list_json(a.path()));
    let again = twinge(b.path(), &["import", json.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 new, 301 unchanged"));

    // A damaged file is refused in words and changes nothing.
    let broken = a.path().join("broken.json");
    let bytes = std::fs::read(&json).unwrap();
    std::fs::write(&broken, &bytes[..bytes.len() / 2]).unwrap();
    let out = twinge(b.path(), &["import", broken.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot be imported"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Backup, change, restore: back to the backup, and the replaced journal kept aside.
    let backup = a.path().join("backup.db");
    assert!(
        twinge(a.path(), &["backup", "--out", backup.to_str().unwrap()])
            .status
            .success()
    );
    assert!(twinge(
        a.path(),
        &[
            "add",
            "--kind",
            "twitch",
            "--where",
            "eyelid:left",
            "--intensity",
            "1",
            "--set-off"
        ]
    )
    .status
    .success());
    let listed = list_json(a.path());
    assert_eq!(listed.as_array().unwrap().len(), 302);
    let set_off_twitches = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "twitch" && e["set_off"] == true)
        .count();
    assert_eq!(
        set_off_twitches, 1,
        "--set-off is kept (the demo sets off spasms only)"
    );
    let out = twinge(a.path(), &["restore", backup.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(list_json(a.path()).as_array().unwrap().len(), 301);
    assert!(a.path().join("twinge.db.before-restore.bak").exists());
    let junk = a.path().join("junk.db");
    std::fs::write(&junk, b"not a journal").unwrap();
    let out = twinge(a.path(), &["restore", junk.to_str().unwrap()]);
    assert!(!out.status.success());
    assert_eq!(
        list_json(a.path()).as_array().unwrap().len(),
        301,
        "a bad backup changes nothing"
    );
}

#[test]
fn another_apps_diary_is_previewed_as_json_and_imported_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../app/tests/peers/migraine-buddy.csv");
    let file = file.to_str().unwrap();
    let preview = stdout(&twinge(
        dir.path(),
        &[
            "import",
            "--from",
            "migraine-buddy",
            file,
            "--kind",
            "*=spasm",
            "--dry-run",
            "--json",
        ],
    ));
    let p: serde_json::Value = serde_json::from_str(&preview).unwrap();
    assert_eq!(p["format"], "migraine-buddy");
    assert_eq!(
        (p["episodes"].as_u64(), p["checkin_days"].as_u64()),
        (Some(2), Some(0))
    );
    assert_eq!(p["by_kind"]["spasm"], 2);
    assert_eq!(p["triggers"]["Stress"], 2);
    assert!(p["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["what"] == "Geohash"));
    assert_eq!(
        list_json(dir.path()).as_array().unwrap().len(),
        0,
        "a dry run writes nothing"
    );

    // Without --from the header says which app; a second import adds nothing.
    let said = stdout(&twinge(dir.path(), &["import", file, "--kind", "*=spasm"]));
    assert!(said.contains("Migraine Buddy, 2 episodes"), "{said}");
    let again = stdout(&twinge(dir.path(), &["import", file, "--kind", "*=spasm"]));
    assert!(again.contains("0 new"), "{again}");
    assert_eq!(list_json(dir.path()).as_array().unwrap().len(), 2);
    let wrong = twinge(dir.path(), &["import", "--from", "flaredown", file]);
    assert!(!wrong.status.success());
    let err = String::from_utf8_lossy(&wrong.stderr);
    assert!(err.contains("not a Flaredown export"), "{err}");
}

#[test]
fn a_spreadsheet_diary_is_recognised_without_from_and_refused_as_a_twinge_csv() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("diary.csv");
    std::fs::write(
        &file,
        "Date,Time,Where,How bad,Notes\n2026-11-03,06:15,left calf,7,woke\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let said = stdout(&twinge(dir.path(), &["import", file, "--kind", "*=cramp"]));
    assert!(said.contains("a spreadsheet, 1 episode"), "{said}");
    assert_eq!(list_json(dir.path()).as_array().unwrap().len(), 1);
    let forced = twinge(dir.path(), &["import", "--format", "csv", file]);
    let err = String::from_utf8_lossy(&forced.stderr);
    assert!(
        !forced.status.success() && err.contains("without --format"),
        "{err}"
    );
}
