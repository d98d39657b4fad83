//! One journal, one writer for structural changes: a second process on the same journal
//! (an import running while the passcode is set, a restore, "delete everything") never
//! loses an entry that was reported saved — each structural change either runs after
//! the other process is done or refuses in words — and ordinary saves from two
//! processes at once all land.

mod common;

use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::time::Duration;

use common::{command, stdout, twinge};

const IN_USE: &str = "open in another window or command";

fn ids_in(list_json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(list_json).expect("list --json");
    v.as_array()
        .expect("an array")
        .iter()
        .map(|e| e["id"].as_str().expect("id").to_string())
        .collect()
}

fn list_ids(dir: &Path, passcode: Option<&Path>) -> Vec<String> {
    let mut c = command(dir);
    if let Some(p) = passcode {
        c.arg("--passcode-file").arg(p);
    }
    let out = c.args(["list", "--json"]).output().unwrap();
    ids_in(&stdout(&out))
}

/// An export of `n` demo episodes, made once per test.
fn export_of(n: usize, dir: &Path) -> std::path::PathBuf {
    let source = dir.join("source");
    let file = dir.join("big.json");
    stdout(&twinge(
        &source,
        &["demo", "--episodes", &n.to_string(), "--seed", "3"],
    ));
    stdout(&twinge(
        &source,
        &[
            "export",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap(),
        ],
    ));
    file
}

/// A journal with one episode of its own; returns that episode's id.
fn journal_with_one(dir: &Path) -> String {
    common::add(dir, "cramp", "calf:left", 6)
}

/// What the import said: `Some(n)` new episodes when it reported them saved.
fn import_outcome(child: Child) -> Option<usize> {
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.trim().is_empty(), "a refused import says why");
        return None;
    }
    // "Imported: 3,000 episodes in the file: 3,000 new, 0 unchanged, …"
    let new = text
        .split(" new,")
        .next()
        .and_then(|t| t.rsplit(' ').next())
        .and_then(|n| n.replace(',', "").parse().ok())
        .unwrap_or_else(|| panic!("import output: {text}"));
    Some(new)
}

const DELAYS_MS: [u64; 4] = [0, 40, 120, 300];

/// For each of [`DELAYS_MS`]: that delay, and a fresh journal `j<delay>` under `work`
/// holding one episode of its own (its id).
fn each_delay(work: &Path) -> impl Iterator<Item = (u64, std::path::PathBuf, String)> + '_ {
    DELAYS_MS.into_iter().map(move |delay| {
        let dir = work.join(format!("j{delay}"));
        let own = journal_with_one(&dir);
        (delay, dir, own)
    })
}

/// Starts importing `file` into `dir`, then waits `delay_ms` before the test goes on.
fn import_for(dir: &Path, file: &Path, delay_ms: u64) -> Child {
    let import = command(dir)
        .arg("import")
        .arg(file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(delay_ms));
    import
}

#[test]
fn a_passcode_set_while_an_import_runs_loses_nothing() {
    let work = tempfile::tempdir().unwrap();
    let file = export_of(3000, work.path());
    let (_secrets, files) = common::passcode_files(&["violet harbour lantern quietly"]);
    let pc = Path::new(&files[0]);
    for (delay, dir, own) in each_delay(work.path()) {
        let import = import_for(&dir, &file, delay);
        let set = twinge(
            &dir,
            &[
                "passcode",
                "set",
                "--new-passcode-file",
                pc.to_str().unwrap(),
            ],
        );
        let imported = import_outcome(import);
        let encrypted = dir.join("twinge.key").exists();
        assert_eq!(set.status.success(), encrypted, "delay {delay} ms");
        if !set.status.success() {
            let err = String::from_utf8_lossy(&set.stderr);
            assert!(err.contains(IN_USE), "delay {delay} ms: {err}");
        }
        let ids = list_ids(&dir, encrypted.then_some(pc));
        assert!(ids.contains(&own), "delay {delay} ms: the first episode");
        let expected = 1 + imported.unwrap_or(0);
        assert_eq!(ids.len(), expected, "delay {delay} ms: every saved episode");
    }
}

#[test]
fn a_restore_while_an_import_runs_either_waits_its_turn_or_refuses() {
    let work = tempfile::tempdir().unwrap();
    let file = export_of(3000, work.path());
    for (delay, dir, own) in each_delay(work.path()) {
        let backup = work.path().join(format!("backup{delay}.db"));
        stdout(&twinge(
            &dir,
            &["backup", "--out", backup.to_str().unwrap()],
        ));
        let import = import_for(&dir, &file, delay);
        let restore = twinge(&dir, &["restore", backup.to_str().unwrap()]);
        let imported = import_outcome(import).unwrap_or(0);
        if restore.status.success() {
            let ids = list_ids(&dir, None);
            let aside = work.path().join(format!("aside{delay}"));
            std::fs::create_dir_all(&aside).unwrap();
            std::fs::copy(
                dir.join("twinge.db.before-restore.bak"),
                aside.join("twinge.db"),
            )
            .unwrap();
            let kept = list_ids(&aside, None).len();
            if ids == vec![own.clone()] {
                // It ran after the import: the journal is the backup, and the journal
                // the import wrote is the copy kept aside.
                assert_eq!(kept, 1 + imported, "delay {delay} ms");
            } else {
                // It ran before the import began writing, which then took its turn
                // on the restored journal: every episode the import saved is there.
                assert!(ids.contains(&own), "delay {delay} ms");
                assert_eq!(ids.len(), 1 + imported, "delay {delay} ms");
                assert_eq!(kept, 1, "delay {delay} ms: the journal before the restore");
            }
        } else {
            let err = String::from_utf8_lossy(&restore.stderr);
            assert!(err.contains(IN_USE), "delay {delay} ms: {err}");
            assert_eq!(list_ids(&dir, None).len(), 1 + imported, "delay {delay} ms");
        }
    }
}

#[test]
fn delete_everything_while_an_import_runs_is_refused_and_deletes_nothing() {
    let work = tempfile::tempdir().unwrap();
    let file = export_of(3000, work.path());
    for (delay, dir, _) in each_delay(work.path()) {
        let mut import = import_for(&dir, &file, delay);
        let journal = twinge_app::Journal::open(&dir, Arc::new(twinge_app::SystemClock));
        let deleted = journal.and_then(|j| j.delete_everything());
        let import_done = import.try_wait().unwrap().is_some();
        let imported = import_outcome(import);
        match deleted {
            // Deleted after the import was done, or before it began: then everything
            // the import reported saved is in the new journal.
            Ok(_) if import_done => {}
            Ok(_) => assert_eq!(
                list_ids(&dir, None).len(),
                imported.unwrap_or(0),
                "delay {delay} ms: deleted while importing"
            ),
            Err(e) => {
                assert!(
                    e.message.contains(IN_USE) || e.code == "journal_in_use",
                    "delay {delay} ms: {e:?}"
                );
                assert_eq!(list_ids(&dir, None).len(), 1 + imported.unwrap_or(0));
            }
        }
    }
}

#[test]
fn two_processes_saving_at_once_both_land_every_episode() {
    let dir = tempfile::tempdir().unwrap();
    journal_with_one(dir.path());
    let path = Arc::new(dir.path().to_path_buf());
    let writers: Vec<_> = (0..2u8)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                (0..250u8)
                    .chain(0..250u8)
                    .map(|i| common::add(&path, "twitch", "eyelid:left", (i + w) % 10))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let saved: Vec<String> = writers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert_eq!(saved.len(), 1000);
    let ids = list_ids(dir.path(), None);
    assert_eq!(ids.len(), 1001);
    for id in &saved {
        assert!(ids.contains(id), "{id} was reported saved and is missing");
    }
}
