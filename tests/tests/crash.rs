//! Kill -9 a process that is saving episodes, many times, at random moments:
//! every save it acknowledged must be in the journal, and the file must be healthy.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use twinge_store::{ListFilter, Store};
use twinge_tests::harness::demo_journal;
use uuid::Uuid;

#[test]
fn every_acknowledged_save_survives_sigkill() {
    let seed = std::env::var("TWINGE_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    eprintln!("crash test seed: {seed} (set TWINGE_CRASH_SEED to replay)");
    let mut rng = fastrand::Rng::with_seed(seed);
    let dir = tempfile::tempdir().unwrap();
    let mut acknowledged: Vec<Uuid> = Vec::new();
    const ROUNDS: usize = 24;

    for round in 0..ROUNDS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("crash-writer starts");
        let mut stdout = child.stdout.take().unwrap();
        // Let it run from 20 to 400 ms, reading what it acknowledges meanwhile.
        let run_for = Duration::from_millis(rng.u64(20..400));
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stdout.read_to_string(&mut text);
            text
        });
        let start = Instant::now();
        while start.elapsed() < run_for {
            std::thread::sleep(Duration::from_millis(5));
        }
        child.kill().expect("SIGKILL"); // std sends SIGKILL on Unix
        let _ = child.wait();
        let text = reader.join().unwrap();
        // Only whole lines are acknowledgements; a cut-off last line is not.
        let complete = match text.rfind('\n') {
            Some(i) => &text[..=i],
            None => "",
        };
        let ids: Vec<Uuid> = complete
            .lines()
            .map(|l| Uuid::parse_str(l).expect("an id per line"))
            .collect();
        eprintln!(
            "round {round}: killed after {run_for:?}, {} saves acknowledged",
            ids.len()
        );
        acknowledged.extend(ids);

        let store = Store::open_in_dir(dir.path()).expect("the journal opens after a crash");
        assert!(
            store.integrity_check().unwrap().is_empty(),
            "integrity after round {round}"
        );
        let present: std::collections::HashSet<Uuid> = store
            .list_episodes(&ListFilter {
                limit: u32::MAX,
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect();
        for id in &acknowledged {
            assert!(
                present.contains(id),
                "acknowledged episode {id} lost in round {round}"
            );
        }
    }
    assert!(
        acknowledged.len() >= ROUNDS,
        "the writer saved too little for the test to mean anything ({})",
        acknowledged.len()
    );
}

fn kill_after(args: &[&std::ffi::OsStr], after: Duration) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("crash-writer starts");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    std::thread::sleep(after);
    let _ = child.kill();
    let _ = child.wait();
    reader.join().unwrap()
}

#[test]
fn sigkill_during_an_import_leaves_all_or_none_of_it() {
    // A file of 3,000 episodes, made by the app itself.
    let source = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
        .args([std::ffi::OsStr::new("open"), source.path().as_os_str()])
        .status()
        .unwrap();
    assert!(status.success());
    let file = source.path().join("export.json");
    demo_journal(source.path(), 3000, 3);
    {
        let clock = std::sync::Arc::new(twinge_app::SystemClock);
        let j = twinge_app::Journal::open(source.path(), clock).unwrap();
        std::fs::write(&file, j.export_bytes(twinge_app::FileFormat::Json).unwrap()).unwrap();
    }
    let mut rng = fastrand::Rng::with_seed(0x1234_5678_9abc_def1);
    let (mut none, mut all) = (0, 0);
    for round in 0..12 {
        let dir = tempfile::tempdir().unwrap();
        let after = Duration::from_millis(rng.u64(5..305));
        let out = kill_after(
            &[
                std::ffi::OsStr::new("import"),
                dir.path().as_os_str(),
                file.as_os_str(),
            ],
            after,
        );
        let store = match Store::open_in_dir(dir.path()) {
            Ok(s) => s,
            Err(e) => panic!("round {round}: the journal does not open after a crash: {e}"),
        };
        assert!(store.integrity_check().unwrap().is_empty(), "round {round}");
        let n = store.count_episodes().unwrap();
        assert!(
            n == 0 || n == 3000,
            "round {round}: {n} episodes, neither none nor all"
        );
        if out.contains("done") {
            assert_eq!(n, 3000, "an acknowledged import is complete");
        }
        if n == 0 {
            none += 1
        } else {
            all += 1
        }
    }
    eprintln!("imports killed: {none} left nothing, {all} were complete");
}

#[test]
fn sigkill_during_a_migration_leaves_a_journal_that_opens() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../crates/store/tests/fixtures/journal-v1.db");
    let mut rng = fastrand::Rng::with_seed(0xdead_beef_cafe_f00d);
    for round in 0..20 {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(&fixture, dir.path().join(twinge_store::DB_FILE_NAME)).unwrap();
        let after = Duration::from_micros(rng.u64(..40_000));
        kill_after(
            &[std::ffi::OsStr::new("open"), dir.path().as_os_str()],
            after,
        );
        let store = Store::open_in_dir(dir.path()).unwrap_or_else(|e| {
            panic!("round {round}: does not open after a killed migration: {e}")
        });
        assert_eq!(
            store.schema_version().unwrap(),
            twinge_store::LATEST_VERSION
        );
        assert!(store.integrity_check().unwrap().is_empty());
        let list = store.list_episodes(&ListFilter::default()).unwrap();
        assert_eq!(
            list.len(),
            1,
            "round {round}: the episode of the old journal is there"
        );
    }
}

#[test]
fn sigkill_while_setting_or_removing_the_passcode_leaves_a_whole_journal() {
    const PASSCODE: &str = "crash test passcode mossy teapot";
    let dir = tempfile::tempdir().unwrap();
    demo_journal(dir.path(), 300, 5);
    let open = |round: usize| {
        let clock = std::sync::Arc::new(twinge_app::SystemClock);
        match twinge_app::Journal::open(dir.path(), clock.clone()) {
            Ok(j) => j,
            Err(e) if e.code == "locked" => {
                twinge_app::Journal::unlock(dir.path(), PASSCODE, clock).unwrap_or_else(|e| {
                    panic!("round {round}: the encrypted journal does not open: {e:?}")
                })
            }
            Err(e) => panic!("round {round}: the journal does not open: {e:?}"),
        }
    };
    // Up to 500 episodes listed: every one the journal holds here.
    let count = |j: &twinge_app::Journal| {
        j.list(&twinge_app::ListQuery {
            limit: Some(500),
            ..Default::default()
        })
        .unwrap()
        .episodes
        .len()
    };
    let episodes = count(&open(0));
    let mut rng = fastrand::Rng::with_seed(0x5eed_c0de_0000_0001);
    let (mut plain, mut encrypted) = (0, 0);
    for round in 0..20 {
        let after = Duration::from_millis(rng.u64(20..4000));
        kill_after(
            &[std::ffi::OsStr::new("passcode"), dir.path().as_os_str()],
            after,
        );
        let j = open(round);
        let n = count(&j);
        assert_eq!(n, episodes, "round {round}: every episode is there");
        if j.privacy_status().encrypted {
            encrypted += 1
        } else {
            plain += 1
        }
    }
    eprintln!("passcode changes killed: {plain} rounds left a plain journal, {encrypted} an encrypted one");
}
