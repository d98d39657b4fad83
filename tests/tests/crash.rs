//! Kill -9 a process that is saving episodes, many times, at random moments:
//! every save it acknowledged must be in the journal, and the file must be healthy.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use twinge_store::{ListFilter, Store};
use uuid::Uuid;

/// A small deterministic generator (xorshift), seeded per run and printed, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn every_acknowledged_save_survives_sigkill() {
    let seed = std::env::var("TWINGE_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64 | 1)
                .unwrap_or(0x9e37_79b9)
        });
    eprintln!("crash test seed: {seed} (set TWINGE_CRASH_SEED to replay)");
    let mut rng = Rng(seed);
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
        let run_for = Duration::from_millis(20 + rng.next() % 380);
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
