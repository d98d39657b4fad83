//! `twinge check`: integrity, schema version, and the day summary Insights read, which
//! it builds again from the episodes when the two disagree. And output to a reader that
//! stops early (`twinge list | head -1`), and a journal too damaged to open, set aside
//! by restoring a backup (an encrypted one with its passcode kept).

mod common;

use std::path::Path;

use common::{command, stdout, twinge};

#[test]
fn check_finds_a_summary_that_drifted_from_the_episodes_and_builds_it_again() {
    let dir = tempfile::tempdir().unwrap();
    stdout(&twinge(dir.path(), &["demo", "--episodes", "300"]));
    let stats = |dir: &Path| {
        stdout(&twinge(
            dir,
            &["stats", "--from", "2020-01-01", "--to", "2045-12-31"],
        ))
    };
    let before = stats(dir.path());
    let check = stdout(&twinge(dir.path(), &["check"]));
    assert!(check.contains("Insights summary: ok"), "{check}");

    // Behind Twinge's back: one day's count of a kind changed, another day's places gone.
    let db = dir.path().join("twinge.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "UPDATE day_summary SET n = n + 5
               WHERE dim = 0 AND day = (SELECT max(day) FROM day_summary);
             DELETE FROM day_summary
               WHERE dim = 4 AND day = (SELECT min(day) FROM day_summary);",
        )
        .unwrap();
    }
    assert_ne!(
        stats(dir.path()),
        before,
        "Insights read the drifted summary"
    );
    let list_before = stdout(&twinge(dir.path(), &["list", "--json"]));

    let check = stdout(&twinge(dir.path(), &["check"]));
    assert!(
        check.contains("rows differed from the episodes; built again from them"),
        "{check}"
    );
    assert_eq!(
        stats(dir.path()),
        before,
        "the numbers are the episodes' again"
    );
    assert_eq!(
        stdout(&twinge(dir.path(), &["list", "--json"])),
        list_before,
        "no episode changed"
    );
    let again = stdout(&twinge(dir.path(), &["check"]));
    assert!(again.contains("Insights summary: ok"), "{again}");
}

#[test]
fn a_reader_that_stops_early_ends_the_listing_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    stdout(&twinge(dir.path(), &["demo", "--episodes", "2000"]));
    // 2,000 lines are about 145 KB, more than a pipe holds: the listing is still being
    // written when the reader goes, as with `twinge list | head -1`.
    let mut child = command(dir.path())
        .arg("list")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(stderr.is_empty(), "nothing said about it: {stderr}");
}

#[test]
fn an_imported_episode_without_a_clock_time_or_intensity_is_listed_and_counted_honestly() {
    let dir = tempfile::tempdir().unwrap();
    common::add(dir.path(), "cramp", "calf:left", 6);
    let (file, mut json) = common::exported(dir.path());
    // The same cramp as another app's diary would bring it: the morning only, unrated.
    let mut e = json["episodes"][0].clone();
    e["id"] = "0193a000-0000-7000-8000-000000000009".into();
    e["timing"] = "morning".into();
    e["intensity"] = serde_json::Value::Null;
    e["origin"] = serde_json::json!({"app": "Daylio", "file": "d41"});
    json["episodes"].as_array_mut().unwrap().push(e);
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    stdout(&twinge(dir.path(), &["import", file.to_str().unwrap()]));

    let list = stdout(&twinge(dir.path(), &["list"]));
    let imported = list.lines().find(|l| l.contains("Daylio")).expect(&list);
    for said in [
        "in the morning",
        "intensity not recorded",
        "Imported from Daylio",
    ] {
        assert!(imported.contains(said), "{said}: {imported}");
    }
    // The columns line up however long the time and the intensity read.
    let at = |l: &str, what: &str| l.find(what).expect(l);
    let logged = list.lines().find(|l| !l.contains("Daylio")).expect(&list);
    assert_eq!(at(logged, "Cramp"), at(imported, "Cramp"), "{list}");
    let end = |l: &str, what: &str| at(l, what) + what.len();
    assert_eq!(
        end(logged, "6/10"),
        end(imported, "intensity not recorded"),
        "{list}"
    );
    let stats = stdout(&twinge(
        dir.path(),
        &["stats", "--from", "2020-01-01", "--to", "2045-12-31"],
    ));
    for said in [
        "1 episode without an intensity is not in the intensity figures.",
        "1 episode without a clock time is not counted by hour of day.",
    ] {
        assert!(stats.contains(said), "{said}: {stats}");
    }
}

fn ok(dir: &Path, args: &[&str]) -> String {
    stdout(&twinge(dir, args))
}

#[test]
fn a_trial_compares_the_weeks_around_a_treatment_in_words_and_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["demo", "--episodes", "600"]);
    let (_, file) = common::exported(d);
    let date = file["medication_changes"][0]["date"]
        .as_str()
        .unwrap()
        .to_string();
    let said = ok(d, &["trial", "--change", &date]);
    assert!(said.starts_with("Magnesium started on"), "{said}");
    assert!(
        said.contains("Before: ") && said.contains("not proof"),
        "{said}"
    );
    let json: serde_json::Value = serde_json::from_str(&ok(
        d,
        &["trial", "--change", &date, "--trial-from", "1", "--json"],
    ))
    .unwrap();
    assert_eq!(json["change"]["date"], date.as_str());
    assert_eq!(json["change"]["name"], "Magnesium");
    for side in ["baseline", "trial"] {
        for key in [
            "from",
            "to",
            "recorded_days",
            "episodes",
            "per_day",
            "median_intensity",
        ] {
            assert!(!json[side][key].is_null(), "{side}.{key}: {json}");
        }
        for key in [
            "stiffness_median",
            "stiffness_days",
            "sleep_broken_median",
            "woke_episodes",
        ] {
            assert!(json[side].get(key).is_some(), "{side}.{key}: {json}");
        }
    }
    assert!(
        json["ratio"].is_number() && json["enough"].is_boolean(),
        "{json}"
    );
    assert!(json["words"].as_array().unwrap().len() >= 3, "{json}");
    // Page 1 of a report over the default windows prints the same figures in its box.
    let json: serde_json::Value =
        serde_json::from_str(&ok(d, &["trial", "--change", &date, "--json"])).unwrap();
    let pdf = d.join("trial.pdf");
    let (from, to) = (
        json["baseline"]["from"].as_str().unwrap(),
        json["trial"]["to"].as_str().unwrap(),
    );
    ok(
        d,
        &[
            "report",
            "--from",
            from,
            "--to",
            to,
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let page = std::process::Command::new("pdftotext")
        .args(["-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let page = String::from_utf8_lossy(&page.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // One decimal, rounded as the app rounds (the value scaled, then to the nearest whole).
    let one = |v: &serde_json::Value| format!("{:.1}", (v.as_f64().unwrap() * 10.0).round() / 10.0);
    let said = format!(
        "episodes a recorded day {} → {}",
        one(&json["baseline"]["per_day"]),
        one(&json["trial"]["per_day"])
    );
    assert!(page.contains(&said), "page 1 says {said}: {page}");
    let bad = twinge(d, &["trial", "--change", "1999-01-01"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no medication change or treatment"));
}

#[test]
fn a_journal_too_damaged_to_open_is_set_aside_by_restoring_a_backup() {
    restores_over_damaged(None);
}

#[test]
fn an_encrypted_journal_too_damaged_to_open_is_restored_with_its_passcode_kept() {
    restores_over_damaged(Some("correct horse battery mossy"));
}

/// Damages a journal of 40 episodes (encrypted with `passcode`, if given) and restores
/// its backup in its place from the command line.
fn restores_over_damaged(passcode: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (_secrets, files) = common::passcode_files(&[passcode.unwrap_or("")]);
    // Every run after the passcode is set gives it from a file.
    let with = |args: &[&str]| -> Vec<String> {
        let mut all: Vec<String> = match passcode {
            Some(_) => vec!["--passcode-file".into(), files[0].clone()],
            None => Vec::new(),
        };
        all.extend(args.iter().map(|a| a.to_string()));
        all
    };
    let run = |args: &[&str]| {
        let args = with(args);
        ok(d, &args.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let backup = d.join("saved.db");
    ok(d, &["demo", "--episodes", "40"]);
    if passcode.is_some() {
        ok(d, &["passcode", "set", "--new-passcode-file", &files[0]]);
    }
    run(&["backup", "--out", backup.to_str().unwrap()]);
    let db = d.join("twinge.db");
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[16384..20480].fill(0xde);
    std::fs::write(&db, &bytes).unwrap();
    let args = with(&["list"]);
    let refused = twinge(d, &args.iter().map(String::as_str).collect::<Vec<_>>());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        !refused.status.success() && said.contains("damaged"),
        "{said}"
    );
    assert!(said.contains("twinge restore FILE"), "the way back: {said}");

    let restored = run(&["restore", backup.to_str().unwrap()]);
    assert!(
        restored.contains("set aside, nothing deleted"),
        "{restored}"
    );
    assert!(restored.contains("Restored 40 episodes"), "{restored}");
    assert_eq!(run(&["list"]).lines().count(), 40);
    let aside: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("twinge-damaged-") && n.ends_with(".db"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(std::fs::read(d.join(&aside[0])).unwrap() == bytes);
    // An encrypted journal stays encrypted, and its damaged file keeps its key header.
    let locked = twinge(d, &["list"]);
    assert_eq!(locked.status.success(), passcode.is_none());
    assert_eq!(
        d.join(format!("{}.key", aside[0])).exists(),
        passcode.is_some()
    );
}
