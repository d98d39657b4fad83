//! Encryption at rest: the time to unlock, and saves and Insights aggregates on an
//! encrypted journal beside the same figures on the plain one, in the same run.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use twinge_app::{FixedClock, Journal};
use twinge_core::insights::Period;

use crate::{cramp, median_of, ms, percentile, row, NOW_MS};

/// `big` holds the 200,000-episode journal; `dir` is a scratch folder; `n` saves.
pub fn bench(dir: &Path, big: &Path, today: i64, n: usize) {
    const PASSCODE: &str = "bench passcode";
    let year = Period {
        first_day: today - 364,
        last_day: today,
    };
    let clock = Arc::new(FixedClock::new(NOW_MS, 60));
    let plain = Journal::open(big, clock.clone()).expect("journal");
    let plain_agg = median_of(9, || {
        (
            plain.aggregates(year).expect("agg"),
            plain.aggregates(year.previous()).expect("agg"),
        )
    });
    let open_plain = median_of(5, || Journal::open(big, clock.clone()).expect("open"));
    drop(plain);
    let mut enc = Journal::open(big, clock.clone()).expect("journal");
    let t = Instant::now();
    enc.set_passcode(PASSCODE).expect("encrypt");
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
    let enc_agg = median_of(9, || {
        (
            enc.aggregates(year).expect("agg"),
            enc.aggregates(year.previous()).expect("agg"),
        )
    });
    row(
        "Insights aggregates, 1 year + previous, encrypted",
        ms(enc_agg),
        "the same, plain",
        ms(plain_agg),
        "≤ 1.25× baseline",
        ms(enc_agg) <= 1.25 * ms(plain_agg),
    );
    // The later benchmarks open the big journal without a passcode.
    enc.remove_passcode().expect("decrypt");
    drop(enc);
    let saves_in = |j: &mut Journal| {
        let input = cramp();
        let mut times: Vec<Duration> = (0..n)
            .map(|_| {
                let t = Instant::now();
                j.log(&input).expect("log");
                t.elapsed()
            })
            .collect();
        times.sort();
        times
    };
    let small = dir.join("small");
    let mut small_plain = Journal::open(&small, clock.clone()).expect("journal");
    let plain_saves = saves_in(&mut small_plain);
    small_plain.set_passcode(PASSCODE).expect("encrypt");
    let enc_saves = saves_in(&mut small_plain);
    let (e99, p99) = (
        ms(percentile(&enc_saves, 0.99)),
        ms(percentile(&plain_saves, 0.99)),
    );
    row(
        "save one episode, durable, encrypted (p99)",
        e99,
        "the same, plain (p99)",
        p99,
        "≤ 1.25× baseline",
        e99 <= 1.25 * p99,
    );
}
