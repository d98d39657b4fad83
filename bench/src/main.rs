//! `cargo xtask bench`: Twinge's budgets (docs/design.md, Budgets), each figure printed beside
//! a baseline measured in the same run on the same machine. Nothing here asserts:
//! the verdict column is for reading.

mod encryption;
mod html;
mod import;
mod places;
mod report;

use std::sync::Arc;
use std::time::{Duration, Instant};

use twinge_app::{
    DemoOptions, EpisodeInput, FixedClock, InsightsQuery, Journal, LocationInput, ReliefInput,
};
use twinge_core::insights::{Aggregates, Period};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// `a` and `b` take turns, `turns` times each, so that both meet the same moments of
/// the machine (other work, the disk's own flushes); their times, each sorted.
fn take_turns(
    turns: usize,
    mut a: impl FnMut(usize),
    mut b: impl FnMut(usize),
) -> (Vec<Duration>, Vec<Duration>) {
    let (mut at, mut bt) = (Vec::with_capacity(turns), Vec::with_capacity(turns));
    for i in 0..turns {
        let t = Instant::now();
        a(i);
        at.push(t.elapsed());
        let t = Instant::now();
        b(i);
        bt.push(t.elapsed());
    }
    at.sort();
    bt.sort();
    (at, bt)
}

/// The spread of every median taken so far: (median, fastest, slowest, runs), in ms.
static SPREADS: std::sync::Mutex<Vec<(f64, f64, f64, usize)>> = std::sync::Mutex::new(Vec::new());

/// Insights' aggregates of a period and the one before it, through the Journal.
fn with_previous(j: &Journal, period: Period) -> impl FnMut() -> [Aggregates; 2] + '_ {
    move || [period, period.previous()].map(|p| j.aggregates(p).expect("agg"))
}

/// The same straight from the store, with weeks starting on Monday.
fn store_with_previous(
    store: &twinge_store::Store,
    period: Period,
) -> impl FnMut() -> [Aggregates; 2] + '_ {
    move || [period, period.previous()].map(|p| store.aggregates(p, 0).expect("agg"))
}

fn median_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    if let Ok(mut spreads) = SPREADS.lock() {
        spreads.push((ms(median), ms(times[0]), ms(times[runs - 1]), runs));
    }
    median
}

/// The fastest and slowest run and the number of runs behind a median figure (`None`
/// for a figure measured once, or a percentile).
fn spread_of(figure: f64) -> Option<(f64, f64, usize)> {
    SPREADS.lock().ok().and_then(|s| {
        s.iter()
            .rev()
            .find(|(m, ..)| *m == figure)
            .map(|&(_, lo, hi, n)| (lo, hi, n))
    })
}

/// Every row printed so far, written to `target/bench/results.json` at the end so that a
/// script can compare runs.
static RESULTS: std::sync::Mutex<Vec<serde_json::Value>> = std::sync::Mutex::new(Vec::new());

fn row(what: &str, figure: f64, baseline_name: &str, baseline: f64, budget: &str, ok: bool) {
    let spread = spread_of(figure);
    let baseline_spread = spread_of(baseline);
    if let Ok(mut results) = RESULTS.lock() {
        let json = |s: Option<(f64, f64, usize)>| {
            s.map(|(lo, hi, n)| serde_json::json!({ "fastest": lo, "slowest": hi, "runs": n }))
        };
        results.push(serde_json::json!({
            "name": what,
            "unit": "ms",
            "figure": figure,
            "spread": json(spread),
            "baseline_name": baseline_name,
            "baseline": baseline,
            "baseline_spread": json(baseline_spread),
            "ratio": figure / baseline.max(1e-9),
            "budget": budget,
            "within": ok,
        }));
    }
    let range = |s: Option<(f64, f64, usize)>| {
        s.map_or(String::new(), |(lo, hi, n)| {
            format!(" ({lo:.1}–{hi:.1}, {n} runs)")
        })
    };
    println!(
        "{what:<44} {figure:>9.2} ms{}   {baseline_name:<34} {baseline:>9.2} ms{}   ×{ratio:>6.2}   {budget:<28} {verdict}",
        range(spread),
        range(baseline_spread),
        ratio = figure / baseline.max(1e-9),
        verdict = if ok { "within budget" } else { "OVER BUDGET" }
    );
}

fn cramp() -> EpisodeInput {
    EpisodeInput {
        kind: "cramp".into(),
        started_at: "2026-11-20T03:10:00+01:00".into(),
        duration_s: Some(120),
        intensity: Some(7),
        locations: vec![LocationInput {
            region: "calf".into(),
            side: "left".into(),
        }],
        triggers: vec!["lying_down".into()],
        reliefs: vec![ReliefInput {
            relief: "stretching".into(),
            helped: 3,
        }],
        woke_from_sleep: true,
        notes: "bench".into(),
        ..Default::default()
    }
}

/// 2026-11-24 12:00 UTC.
const NOW_MS: i64 = 1_795_521_600_000;

fn main() {
    // `twinge-bench report` runs only the report benchmark, `twinge-bench save` only the
    // saves, `twinge-bench import` only the imports.
    let only = std::env::args().nth(1);
    println!("Twinge benchmarks (release build; figure beside a baseline from the same run)\n");
    println!(
        "{:<44} {:>12}   {:<34} {:>12}   {:>7}   {:<28}",
        "what", "figure", "baseline", "", "ratio", "budget"
    );
    if let Some(which @ ("report" | "import")) = only.as_deref() {
        let dir = tempfile::tempdir().expect("temp dir");
        if which == "report" {
            report::bench(dir.path());
        } else {
            import::bench(dir.path());
            import::bench_peers(dir.path());
        }
        write_results();
        return;
    }

    // 1. Saving one episode durably, against a bare rusqlite insert + commit, taking
    // turns; each p99 is of 1,000 saves.
    let dir = tempfile::tempdir().expect("temp dir");
    let (bare, saves) = {
        let conn = rusqlite::Connection::open(dir.path().join("bare.db")).expect("open");
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
             CREATE TABLE t (id TEXT PRIMARY KEY, kind TEXT, started_at INTEGER, intensity INTEGER, notes TEXT);",
        )
        .expect("schema");
        let clock = Arc::new(FixedClock::new(NOW_MS, 60));
        let mut j = Journal::open(&dir.path().join("journal"), clock).expect("journal");
        let input = cramp();
        take_turns(
            1000,
            |i| {
                conn.execute(
                    "INSERT INTO t VALUES (?1, 'cramp', ?2, 7, 'bench')",
                    rusqlite::params![format!("id-{i}"), i as i64],
                )
                .expect("insert");
            },
            |_| {
                j.log(&input).expect("log");
            },
        )
    };
    let (p99, base99) = (ms(percentile(&saves, 0.99)), ms(percentile(&bare, 0.99)));
    row(
        "save one episode, durable (p99)",
        p99,
        "bare insert+commit (p99)",
        base99,
        "≤ 2× baseline",
        p99 <= 2.0 * base99,
    );
    row(
        "save one episode, durable (p50)",
        ms(percentile(&saves, 0.5)),
        "bare insert+commit (p50)",
        ms(percentile(&bare, 0.5)),
        "(for reading)",
        true,
    );
    if only.as_deref() == Some("save") {
        encryption::saves(dir.path(), p99);
        write_results();
        return;
    }

    // 2. Aggregates over 200,000 demo episodes (about ten heavy years).
    let big = dir.path().join("big");
    let clock = Arc::new(FixedClock::new(NOW_MS, 60));
    let t = Instant::now();
    let mut j = Journal::open(&big, clock.clone()).expect("journal");
    let added = j
        .demo(DemoOptions {
            episodes: 200_000,
            seed: 1,
        })
        .expect("demo");
    println!(
        "\n(generated {added} demo episodes in {:.1} s)\n",
        t.elapsed().as_secs_f64()
    );
    let store = twinge_store::Store::open_in_dir(&big).expect("store");
    let today = NOW_MS / 86_400_000;
    let raw_conn = rusqlite::Connection::open(big.join(twinge_store::DB_FILE_NAME)).expect("raw");
    // Budgets (#16): a year and the previous in < 50 ms, all ten years and the previous
    // ten in < 150 ms.
    for (label, days, budget_ms) in [("1 year", 365, 50.0), ("all 10 years", 3650, 150.0)] {
        let period = Period {
            first_day: today - days + 1,
            last_day: today,
        };
        let lo = period.first_day * 86_400 - 50_400;
        let hi = (period.last_day + 1) * 86_400 + 50_400;
        let agg = median_of(9, store_with_previous(&store, period));
        let raw = median_of(9, || {
            let one = |lo: i64, hi: i64| -> (i64, f64) {
                raw_conn
                    .query_row(
                        "SELECT count(*), avg(intensity) FROM episode
                         WHERE deleted_at IS NULL AND started_at BETWEEN ?1 AND ?2",
                        [lo, hi],
                        |r| Ok((r.get(0)?, r.get::<_, Option<f64>>(1)?.unwrap_or(0.0))),
                    )
                    .expect("raw")
            };
            (one(lo, hi), one(lo - days * 86_400, lo))
        });
        row(
            &format!("all Insights aggregates, {label} + previous"),
            ms(agg),
            "one raw count+avg scan, same rows",
            ms(raw),
            &format!("< {budget_ms} ms"),
            ms(agg) < budget_ms,
        );
    }

    drop(raw_conn);

    // 3. All charts of a year, against empty SVG renders.
    let period = Period {
        first_day: today - 364,
        last_day: today,
    };
    let a = store.aggregates(period, 0).expect("agg");
    let theme = twinge_charts::Theme::LIGHT;
    let name = |k: &str| k.to_string();
    let tr = twinge_app::english();
    let charts = median_of(15, || {
        [
            twinge_charts::frequency(&a, &[], Some(period.first_day), &theme, &tr),
            twinge_charts::body_heat(&a.by_region, &theme, &tr),
            twinge_charts::regions(&a, &theme, &tr),
            twinge_charts::triggers(&a, &name, &theme, &tr),
            twinge_charts::hour_weekday(&a, &theme, &tr),
            twinge_charts::intensity_trend(&a, &theme, &tr),
            twinge_charts::reliefs(&a, &name, &theme, &tr),
        ]
    });
    let empty = median_of(15, || {
        (0..7)
            .map(|_| {
                use plotters::prelude::*;
                let mut s = String::new();
                {
                    let root = SVGBackend::with_string(&mut s, (400, 220)).into_drawing_area();
                    let _ = root.fill(&WHITE);
                    let _ = root.present();
                }
                s
            })
            .collect::<Vec<_>>()
    });
    row(
        "all Insights charts to SVG (1 year)",
        ms(charts),
        "7 empty SVG renders",
        ms(empty),
        "< 30 ms",
        ms(charts) < 30.0,
    );

    let fresh = Journal::open(&big, clock.clone()).expect("journal");
    for (label, journal) in [("the Journal", &j), ("a freshly opened Journal", &fresh)] {
        row(
            &format!("aggregates through {label} (1 year + prev.)"),
            ms(median_of(9, with_previous(journal, period))),
            "aggregates on a fresh connection",
            ms(median_of(9, store_with_previous(&store, period))),
            "(for reading)",
            true,
        );
    }

    places::bench(&big);

    let json_import = import::bench(dir.path());
    import::bench_peers(dir.path());

    // The day-level factor statistics (every factor, same day and day after) of a year.
    row(
        "day-level factor statistics (1 year)",
        ms(median_of(9, || j.factor_stats(period).expect("factors"))),
        "aggregates alone (1 year)",
        ms(median_of(9, || store.aggregates(period, 0))),
        "(for reading)",
        true,
    );

    // The whole Insights use case as the screen calls it.
    let whole = median_of(9, || {
        j.insights(&InsightsQuery {
            from: "2025-11-25".into(),
            to: "2026-11-24".into(),
            dark: false,
        })
        .expect("insights")
    });
    row(
        "Insights screen request (aggregates+charts)",
        ms(whole),
        "aggregates alone (1 year + prev.)",
        ms(median_of(9, || {
            (
                store.aggregates(period, 0),
                store.aggregates(period.previous(), 0),
            )
        })),
        "(for reading)",
        true,
    );

    report::bench(dir.path());

    // 6. Encryption at rest, last: once a process has handed SQLCipher a key, it wipes
    // every block of memory SQLite frees, for the rest of the process, and every SQLite
    // write in it is slower. Each figure above is what a journal without a passcode
    // gets; each below is beside its plain figure. Setting a passcode needs the journal
    // alone: this run's handles on it close first.
    drop((j, store, fresh));
    encryption::bench(&big, today);
    encryption::saves(dir.path(), p99);
    import::bench_encrypted(dir.path(), json_import);
    write_results();
}

/// Writes the rows of this run to `target/bench/results.json`.
fn write_results() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench/results.json");
    let rows = RESULTS.lock().map(|r| r.clone()).unwrap_or_default();
    let text = serde_json::to_string_pretty(&rows).expect("rows are JSON");
    let written = path
        .parent()
        .map(std::fs::create_dir_all)
        .unwrap_or(Ok(()))
        .and_then(|()| std::fs::write(&path, text + "\n"));
    match written {
        Ok(()) => println!("\n(the figures are also in {})", path.display()),
        Err(e) => eprintln!("could not write {}: {e}", path.display()),
    }
}
