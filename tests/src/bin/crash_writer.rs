//! A child process for the crash tests, killed with SIGKILL at random moments.
//!
//! - `crash-writer DATA_DIR`: saves episodes in a loop and prints each id only after
//!   its save has returned (committed).
//! - `crash-writer import DATA_DIR FILE`: imports a JSON export, then prints "done".
//! - `crash-writer open DATA_DIR`: opens (and so migrates) the journal, then prints "done".
//! - `crash-writer passcode DATA_DIR`: sets and removes the passcode `PASSCODE` in turn,
//!   printing "encrypted" or "plain" after each change has returned.

use std::io::Write;
use std::sync::Arc;

use twinge_app::{EpisodeInput, FileFormat, Journal, LocationInput, ReliefInput, SystemClock};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("import") => {
            let mut journal = Journal::open(std::path::Path::new(&args[1]), Arc::new(SystemClock))
                .expect("journal opens");
            let bytes = std::fs::read(&args[2]).expect("file");
            let s = journal
                .import(&bytes, FileFormat::Json)
                .expect("import runs");
            assert!(s.written, "{:?}", s.problems);
            println!("done");
        }
        Some("passcode") => passcode_loop(&args[1]),
        Some("open") => {
            Journal::open(std::path::Path::new(&args[1]), Arc::new(SystemClock))
                .expect("journal opens");
            println!("done");
        }
        Some(dir) => save_loop(dir),
        None => panic!("usage: crash-writer DATA_DIR | import DATA_DIR FILE | open DATA_DIR"),
    }
}

fn save_loop(dir: &str) {
    let mut journal =
        Journal::open(std::path::Path::new(dir), Arc::new(SystemClock)).expect("journal opens");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for n in 0u64.. {
        let input = EpisodeInput {
            kind: ["spasm", "cramp", "twitch", "other"][(n % 4) as usize].into(),
            started_at: "2026-01-15T03:10:00+01:00".into(),
            duration_s: Some(30 + (n % 600) as u32),
            count: None,
            intensity: Some((n % 11) as i64),
            locations: vec![LocationInput {
                region: "calf".into(),
                side: "left".into(),
            }],
            triggers: vec!["stress".into(), format!("trigger {}", n % 7)],
            reliefs: vec![ReliefInput {
                relief: "stretching".into(),
                helped: (n % 4) as i64,
            }],
            associated: vec![],
            woke_from_sleep: n % 2 == 0,
            set_off: false,
            notes: format!("crash test episode {n}"),
        };
        let saved = journal.log(&input).expect("save succeeds");
        writeln!(out, "{}", saved.id).expect("stdout open");
        out.flush().expect("stdout open");
    }
}

/// The passcode the crash test sets and removes.
pub const PASSCODE: &str = "crash test passcode mossy teapot";

fn passcode_loop(dir: &str) {
    let dir = std::path::Path::new(dir);
    let clock = Arc::new(SystemClock);
    let mut journal = match Journal::open(dir, clock.clone()) {
        Ok(j) => j,
        Err(e) if e.code == "locked" => Journal::unlock(dir, PASSCODE, clock).expect("unlocks"),
        Err(e) => panic!("journal opens: {e:?}"),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    loop {
        if journal.privacy_status().encrypted {
            journal.remove_passcode(PASSCODE).expect("passcode removed");
            writeln!(out, "plain").expect("stdout open");
        } else {
            journal.set_passcode(None, PASSCODE).expect("passcode set");
            writeln!(out, "encrypted").expect("stdout open");
        }
        out.flush().expect("stdout open");
    }
}
