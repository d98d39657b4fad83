//! Saves episodes in a loop into the journal in the given folder and prints each
//! id only after its save has returned (committed). The crash test kills it at a
//! random moment and checks that every printed id survived.

use std::io::Write;
use std::sync::Arc;

use twinge_app::{EpisodeInput, Journal, LocationInput, ReliefInput, SystemClock};

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .expect("usage: crash-writer DATA_DIR");
    let mut journal =
        Journal::open(std::path::Path::new(&dir), Arc::new(SystemClock)).expect("journal opens");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for n in 0u64.. {
        let input = EpisodeInput {
            kind: ["spasm", "cramp", "twitch", "other"][(n % 4) as usize].into(),
            started_at: "2026-01-15T03:10:00+01:00".into(),
            duration_s: Some(30 + (n % 600) as u32),
            count: None,
            intensity: (n % 11) as i64,
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
            notes: format!("crash test episode {n}"),
        };
        let saved = journal.log(&input).expect("save succeeds");
        writeln!(out, "{}", saved.id).expect("stdout open");
        out.flush().expect("stdout open");
    }
}
