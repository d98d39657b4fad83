//! Encryption at rest: the time to unlock, and saves and Insights aggregates on an
//! encrypted journal beside the same figures on the plain one, in the same run.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use twinge_app::{FixedClock, Journal};
use twinge_core::insights::Period;

use crate::{cramp, median_of, ms, percentile, row, take_turns, with_previous, NOW_MS};

const PASSCODE: &str = "bench passcode mossy teapot";

/// Unlocking and aggregates; `big` holds the 200,000-episode journal.
pub fn bench(big: &Path, today: i64) {
    let year = Period {
        first_day: today - 364,
        last_day: today,
    };
    let clock = Arc::new(FixedClock::new(NOW_MS, 60));
    let plain = Journal::open(big, clock.clone()).expect("journal");
    let plain_agg = median_of(9, with_previous(&plain, year));
    let open_plain = median_of(5, || Journal::open(big, clock.clone()).expect("open"));
    drop(plain);
    let mut enc = Journal::open(big, clock.clone()).expect("journal");
    let t = Instant::now();
    enc.set_passcode(None, PASSCODE).expect("encrypt");
    println!(
        "\n(encrypted the 200,000-episode journal in {:.1} s)\n",
        t.elapsed().as_secs_f64()
    );
    drop(enc);
    let unlock = median_of(3, || {
        Journal::unlock(big, PASSCODE, clock.clone()).expect("unlock")
    });
    row(
        "unlock an encrypted journal (Argon2id+open)",
        ms(unlock),
        "open the plain journal",
        ms(open_plain),
        "0.3–1 s, deliberately",
        (300.0..=1000.0).contains(&ms(unlock)),
    );
    let mut enc = Journal::unlock(big, PASSCODE, clock.clone()).expect("unlock");
    let enc_agg = median_of(9, with_previous(&enc, year));
    row(
        "Insights aggregates, 1 year + previous, encrypted",
        ms(enc_agg),
        "the same, plain",
        ms(plain_agg),
        "≤ 1.25× baseline",
        ms(enc_agg) <= 1.25 * ms(plain_agg),
    );
    // The later benchmarks open the big journal without a passcode.
    enc.remove_passcode(PASSCODE).expect("decrypt");
}

/// Saves on an encrypted journal, against `plain_p99`: the durable saves of a process that
/// has no encrypted journal (a person without a passcode). A plain journal takes turns
/// with the encrypted one, 1,000 saves each, to show what the process-wide wiping of
/// freed memory costs a plain journal beside it.
pub fn saves(dir: &Path, plain_p99: f64) {
    let clock = Arc::new(FixedClock::new(NOW_MS, 60));
    let mut plain = Journal::open(&dir.join("small-plain"), clock.clone()).expect("journal");
    let mut encrypted = Journal::open(&dir.join("small-enc"), clock.clone()).expect("journal");
    encrypted.set_passcode(None, PASSCODE).expect("encrypt");
    let input = cramp();
    let (plain_saves, enc_saves) = take_turns(
        1000,
        |_| {
            plain.log(&input).expect("log");
        },
        |_| {
            encrypted.log(&input).expect("log");
        },
    );
    let (e99, p99) = (
        ms(percentile(&enc_saves, 0.99)),
        ms(percentile(&plain_saves, 0.99)),
    );
    row(
        "save one episode, durable, encrypted (p99)",
        e99,
        "the same, plain, no key in the process",
        plain_p99,
        "≤ 1.25× baseline",
        e99 <= 1.25 * plain_p99,
    );
    row(
        "  plain saves taking turns with it (p99)",
        p99,
        "the same, no key in the process",
        plain_p99,
        "(for reading)",
        true,
    );
}
