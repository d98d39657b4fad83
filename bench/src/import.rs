//! Import of 100,000 episodes from JSON and from CSV into an empty journal, beside
//! parsing (JSON) or splitting (CSV) the same file alone.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use twinge_app::{DemoOptions, FixedClock, Journal};

use crate::{median_of, ms, row, NOW_MS};

pub fn bench(dir: &Path) {
    let clock = Arc::new(FixedClock::new(NOW_MS, 60));
    let source_dir = dir.join("import-source");
    let mut src = Journal::open(&source_dir, clock.clone()).expect("journal");
    src.demo(DemoOptions {
        episodes: 100_000,
        seed: 9,
    })
    .expect("demo");
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
}
