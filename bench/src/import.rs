//! Import of 100,000 episodes from JSON and from CSV into an empty journal, and of
//! 100,000 rows of another app's diary (a German spreadsheet, a Flaredown export), each
//! beside parsing (JSON) or splitting (CSV) the same file alone.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use twinge_app::{DemoOptions, FixedClock, Journal, PeerMapping, Role};

use crate::{median_of, ms, row, NOW_MS};

/// The imports from JSON and CSV; returns how long the JSON one took.
pub fn bench(dir: &Path) -> Duration {
    let clock = Arc::new(FixedClock::new(NOW_MS, 60));
    let source_dir = dir.join("import-source");
    let mut src = Journal::open(&source_dir, clock.clone()).expect("journal");
    src.demo(DemoOptions {
        episodes: 100_000,
        seed: 9,
    })
    .expect("demo");
    let mut json_took = Duration::ZERO;
    for (label, format) in [
        ("JSON", twinge_app::FileFormat::Json),
        ("CSV", twinge_app::FileFormat::Csv),
    ] {
        let bytes = src.export_bytes(format).expect("export");
        let target = dir.join(format!("import-{label}"));
        let mut j2 = Journal::open(&target, clock.clone()).expect("journal");
        let t = Instant::now();
        let s = j2.import(&bytes, format).expect("import");
        let took = t.elapsed();
        assert!(s.written && s.new == 100_000, "{s:?}");
        if label == "JSON" {
            json_took = took;
        }
        let parse = median_of(3, || -> serde_json::Value {
            match format {
                twinge_app::FileFormat::Json => serde_json::from_slice(&bytes).expect("json"),
                twinge_app::FileFormat::Csv => {
                    serde_json::Value::from(bytes.split(|b| *b == b'\n').count())
                }
            }
        });
        row(
            &format!(
                "import 100,000 episodes from {label} ({} MB)",
                bytes.len() / 1_000_000
            ),
            ms(took),
            if label == "JSON" {
                "parsing the same file only"
            } else {
                "splitting the same file into lines"
            },
            ms(parse),
            "< 2,000 ms",
            ms(took) < 2000.0,
        );
    }
    json_took
}

/// The JSON import of [`bench`] into an encrypted journal, against `plain` (the same
/// import into a plain journal, before any key was in the process).
pub fn bench_encrypted(dir: &Path, plain: Duration) {
    let clock = Arc::new(FixedClock::new(NOW_MS, 60));
    let src = Journal::open(&dir.join("import-source"), clock.clone()).expect("journal");
    let bytes = src
        .export_bytes(twinge_app::FileFormat::Json)
        .expect("export");
    drop(src);
    let mut j = Journal::open(&dir.join("import-encrypted"), clock).expect("journal");
    j.set_passcode(None, "bench passcode mossy teapot")
        .expect("encrypt");
    let t = Instant::now();
    let s = j
        .import(&bytes, twinge_app::FileFormat::Json)
        .expect("import");
    let took = t.elapsed();
    assert!(s.written && s.new == 100_000, "{s:?}");
    row(
        "import 100,000 episodes from JSON, encrypted",
        ms(took),
        "the same into a plain journal",
        ms(plain),
        "< 2,000 ms",
        ms(took) < 2000.0,
    );
}

/// 100,000 rows of a generated diary: twenty a day from 1 January 2000.
fn diary(header: &str, row: impl Fn(usize, &str) -> String) -> Vec<u8> {
    let start = time::macros::date!(2000 - 01 - 01);
    let mut text = format!("{header}\n");
    for i in 0..100_000 {
        let day = start + time::Duration::days((i / 20) as i64);
        text.push_str(&row(i, &day.to_string()));
        text.push('\n');
    }
    text.into_bytes()
}

/// Another app's diary: a German spreadsheet (every row a cramp) and a Flaredown export
/// (one symptom rated 1–4 in every check-in).
pub fn bench_peers(dir: &Path) {
    let clock = Arc::new(FixedClock::new(NOW_MS, 60));
    let places = [
        "Wade links",
        "Wade rechts",
        "Fuß links",
        "Oberschenkel hinten rechts",
    ];
    let sheet = diary(
        "Datum;Uhrzeit;Wo;Wie schlimm;Auslöser;Notizen",
        |i, day| {
            let (y, m, d) = (&day[2..4], &day[5..7], &day[8..10]);
            let time = format!("{:02}:{:02}", i % 24, (i * 7) % 60);
            let place = places[i % places.len()];
            format!(
                "{d}.{m}.{y};{time};{place};{}/10;Sport;Nummer {i}",
                1 + i % 10
            )
        },
    );
    let flaredown = diary("Date,Leg cramps,Magnesium,Tags,Foods", |i, day| {
        format!(
            "{day}T{:02}:00:00+00:00,{},300 mg,stress,\"\"",
            i % 24,
            1 + i % 4
        )
    });
    for (label, bytes) in [("a spreadsheet", sheet), ("Flaredown", flaredown)] {
        let mut j =
            Journal::open(&dir.join(format!("peer-{label}")), clock.clone()).expect("journal");
        let mapping = PeerMapping {
            roles: [("*".to_string(), Role::Cramp)].into(),
            ..PeerMapping::default()
        };
        let t = Instant::now();
        let p = j
            .import_peer(&bytes, None, &mapping, &mut |_| {})
            .expect("import");
        let took = t.elapsed();
        assert!(
            p.import.written && p.episodes == 100_000,
            "{label}: {} episodes, {:?} {:?}",
            p.episodes,
            p.problems.first(),
            p.import.problems.first()
        );
        let split = median_of(3, || bytes.split(|b| *b == b'\n').count());
        row(
            &format!(
                "import 100,000 rows from {label} ({} MB)",
                bytes.len() / 1_000_000
            ),
            ms(took),
            "splitting the same file into lines",
            ms(split),
            "< 2,000 ms",
            ms(took) < 2000.0,
        );
    }
}
