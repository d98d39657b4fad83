//! The doctor's PDF: a 90-day report of about 500 episodes, first and warm, in
//! process and as a whole `twinge report` process, beside headless Chromium printing
//! an HTML page of the same content (same numbers, same tables, the same SVG charts,
//! every appendix row) in the same run.

use crate::html::html_of;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use twinge_app::{
    EpisodeInput, FixedClock, Journal, LocationInput, PaperSize, ReliefInput, ReportRequest,
};

use crate::{median_of, ms, row, NOW_MS};

const KINDS: &[&str] = &["cramp", "spasm", "twitch"];
const PLACES: &[(&str, &str)] = &[
    ("calf", "left"),
    ("calf", "right"),
    ("foot", "right"),
    ("eyelid", "left"),
    ("thigh_back", "both"),
    ("neck", "centre"),
    ("lower_back", "centre"),
    ("hand", "left"),
];
const TRIGGERS: &[&str] = &[
    "lying_down",
    "exercise",
    "caffeine",
    "stress",
    "dehydration",
];
const RELIEFS: &[&str] = &["stretching", "walking", "massage", "heat"];

/// Fills `dir` with a journal holding about 500 episodes in the 90 days up to
/// the bench's fixed "now": with notes as people write them (a third have a line,
/// one in twenty a paragraph), or heavy (every tenth at the 2,000-character limit).
fn journal_of_90_days(dir: &Path, episodes: usize, heavy_notes: bool) -> Journal {
    let clock = Arc::new(FixedClock::new(NOW_MS, 60));
    let mut j = Journal::open(dir, clock).expect("journal");
    let mut rng = fastrand::Rng::with_seed(90);
    let now_s = NOW_MS / 1000;
    for i in 0..episodes {
        let at = now_s - rng.i64(600..90 * 86_400 - 3_600);
        let started = time::OffsetDateTime::from_unix_timestamp(at)
            .expect("time")
            .to_offset(time::UtcOffset::from_hms(1, 0, 0).expect("offset"))
            .format(&time::format_description::well_known::Rfc3339)
            .expect("format");
        let kind = KINDS[rng.usize(..KINDS.len())];
        let (region, side) = PLACES[rng.usize(..PLACES.len())];
        let note_len = if heavy_notes {
            match i % 10 {
                0 => 2_000,
                1..=3 => rng.usize(100..600),
                _ => rng.usize(0..60),
            }
        } else if i % 20 == 0 {
            rng.usize(200..600)
        } else if i % 3 == 0 {
            rng.usize(20..120)
        } else {
            0
        };
        let notes: String = "Woke with the calf locked hard; stretched it against the wall. "
            .chars()
            .cycle()
            .take(note_len)
            .collect();
        let input = EpisodeInput {
            kind: kind.into(),
            started_at: started,
            duration_s: Some(rng.u32(5..900)),
            count: (kind == "twitch").then(|| rng.u32(1..40)),
            intensity: Some(rng.i64(1..=10)),
            locations: vec![LocationInput {
                region: region.into(),
                side: side.into(),
            }],
            triggers: (0..rng.usize(0..3))
                .map(|_| TRIGGERS[rng.usize(..TRIGGERS.len())].to_string())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect(),
            reliefs: vec![ReliefInput {
                relief: RELIEFS[rng.usize(..RELIEFS.len())].into(),
                helped: rng.i64(0..=3),
            }],
            associated: vec![],
            woke_from_sleep: rng.bool(),
            set_off: false,
            notes: notes.trim().to_string(),
        };
        j.log(&input).expect("log");
    }
    j
}

fn pdf_pages(pdf: &Path) -> String {
    Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .find(|l| l.starts_with("Pages:"))
                .map(|l| l.trim_start_matches("Pages:").trim().to_string())
        })
        .unwrap_or_else(|| "?".into())
}

fn timed(cmd: &mut Command) -> Duration {
    let t = Instant::now();
    let out = cmd.output().expect("start process");
    let took = t.elapsed();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

fn first_and_median(runs: usize, mut f: impl FnMut() -> Duration) -> (Duration, Duration) {
    let first = f();
    let mut rest: Vec<Duration> = (0..runs).map(|_| f()).collect();
    rest.sort();
    (first, rest[rest.len() / 2])
}

fn chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

pub fn bench(dir: &Path) {
    one(dir, false);
    one(dir, true);
}

fn one(dir: &Path, heavy_notes: bool) {
    println!(
        "\nThe doctor's PDF: 90 days, about 500 episodes, {}\n",
        if heavy_notes {
            "heavy notes (every tenth note 2,000 characters)"
        } else {
            "notes as people write them"
        }
    );
    let dir = &dir.join(if heavy_notes { "heavy" } else { "typical" });
    std::fs::create_dir_all(dir).expect("dir");
    let data = dir.join("report-journal");
    let episodes = 500;
    let j = journal_of_90_days(&data, episodes, heavy_notes);
    let request = ReportRequest {
        from: "2026-08-27".into(),
        to: "2026-11-24".into(),
        paper: PaperSize::A4,
        questions: "Is magnesium worth continuing? Should I see a neurologist?".into(),
        appendix: twinge_app::AppendixChoice::All,
        psfs_frequency: None,
        psfs_severity: None,
        language: None,
    };
    drop(j);

    // In process: the first report of this journal (for the first journal, the first
    // of the process: fonts parsed, Typst's standard library built); then the same report from scratch in
    // the warm process (memoized layouts forgotten first); then again with Typst's
    // memo hot, as when Export follows the preview of the same report.
    let j = Journal::open(&data, Arc::new(FixedClock::new(NOW_MS, 60))).expect("journal");
    let model = j.report_model(&request).expect("model");
    let t = Instant::now();
    std::hint::black_box(j.report_pdf(&request).expect("pdf"));
    let cold = t.elapsed();
    let (_, warm) = first_and_median(7, || {
        twinge_report::clear_caches();
        let t = Instant::now();
        std::hint::black_box(j.report_pdf(&request).expect("pdf"));
        t.elapsed()
    });
    let (_, layout_only) = first_and_median(5, || {
        twinge_report::clear_caches();
        let t = Instant::now();
        std::hint::black_box(twinge_report::layout(&model).expect("layout"));
        t.elapsed()
    });
    let (_, cached) = first_and_median(7, || {
        let t = Instant::now();
        std::hint::black_box(j.report_pdf(&request).expect("pdf"));
        t.elapsed()
    });
    let model_only = median_of(7, || j.report_model(&request).expect("model"));
    let ours = dir.join("twinge.pdf");
    std::fs::write(&ours, j.report_pdf(&request).expect("pdf")).expect("write");

    // As a whole process, the way `twinge report` is used from a shell.
    let twinge = std::env::current_exe()
        .expect("exe")
        .with_file_name("twinge");
    let report_process = |from: &str, to: &str, out: &Path| {
        first_and_median(5, || {
            timed(
                Command::new(&twinge)
                    .arg("--data-dir")
                    .arg(&data)
                    .args(["report", "--from", from, "--to", to])
                    .arg("--questions")
                    .arg(&request.questions)
                    .arg("--out")
                    .arg(out),
            )
        })
    };
    let cli = twinge
        .exists()
        .then(|| report_process(&request.from, &request.to, &dir.join("cli.pdf")));
    // The same process over a period without episodes: what starting up costs.
    let startup = twinge
        .exists()
        .then(|| report_process("2001-01-01", "2001-01-31", &dir.join("empty.pdf")));

    // Headless Chromium printing the same content as HTML.
    let html = dir.join("report.html");
    std::fs::write(&html, html_of(&model)).expect("html");
    let theirs = dir.join("chromium.pdf");
    let chrome = chromium().map(|bin| {
        let profile = tempfile::tempdir().expect("profile");
        first_and_median(5, || {
            timed(
                Command::new(&bin)
                    .args([
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-extensions",
                    ])
                    .arg(format!("--user-data-dir={}", profile.path().display()))
                    .arg(format!("--print-to-pdf={}", theirs.display()))
                    .arg(format!("file://{}", html.display())),
            )
        })
    });

    println!(
        "(Twinge: {} episodes, {} pages, {} KB; building the model and charts alone {:.1} ms, \
         laying out the pages from scratch {:.1} ms, the rest is writing the PDF)\n",
        model.how_often.total,
        pdf_pages(&ours),
        std::fs::metadata(&ours)
            .map(|m| m.len() / 1024)
            .unwrap_or(0),
        ms(model_only),
        ms(layout_only)
    );
    // To look at both files: TWINGE_BENCH_OUT=folder cargo xtask bench report
    if let Some(out) = std::env::var_os("TWINGE_BENCH_OUT") {
        let out = PathBuf::from(out);
        for f in [&ours, &theirs, &html] {
            if let Some(name) = f.file_name() {
                let tag = if heavy_notes { "heavy" } else { "typical" };
                let _ = std::fs::copy(f, out.join(format!("{tag}-{}", name.to_string_lossy())));
            }
        }
    }
    // The two journals' rows carry distinct names in the results file.
    let named = |what: &str| {
        if heavy_notes {
            format!("{what} (heavy notes)")
        } else {
            what.to_string()
        }
    };
    row(
        &named("report PDF, warm process, Typst memo hot"),
        ms(cached),
        "the same from scratch",
        ms(warm),
        "(for reading)",
        true,
    );
    let Some((c_first, c_warm)) = chrome else {
        println!(
            "Chromium is not installed: `cargo xtask bench` installs it (Debian package chromium)."
        );
        row(
            &named("report PDF in process, warm"),
            ms(warm),
            "the same, first run",
            ms(cold),
            "< 300 ms",
            ms(warm) < 300.0,
        );
        return;
    };
    println!(
        "(Chromium: {} pages, {} KB)\n",
        pdf_pages(&theirs),
        std::fs::metadata(&theirs)
            .map(|m| m.len() / 1024)
            .unwrap_or(0)
    );
    let five = |ours: Duration, theirs: Duration| ms(ours) * 5.0 <= ms(theirs);
    row(
        &named("report PDF in process, warm (from scratch)"),
        ms(warm),
        "Chromium printing the HTML, warm",
        ms(c_warm),
        "< 300 ms and ≥ 5× faster",
        ms(warm) < 300.0 && five(warm, c_warm),
    );
    row(
        &named(if heavy_notes {
            "report PDF in process, first of this journal"
        } else {
            "report PDF in process, first in a process"
        }),
        ms(cold),
        "Chromium printing the HTML, first",
        ms(c_first),
        "≥ 5× faster",
        five(cold, c_first),
    );
    if let Some((p_first, p_warm)) = cli {
        row(
            &named("`twinge report` whole process, warm"),
            ms(p_warm),
            "Chromium whole process, warm",
            ms(c_warm),
            "≥ 5× faster",
            five(p_warm, c_warm),
        );
        row(
            &named("`twinge report` whole process, first"),
            ms(p_first),
            "Chromium whole process, first",
            ms(c_first),
            "≥ 5× faster",
            five(p_first, c_first),
        );
        if let Some((_, empty)) = startup {
            row(
                &named("`twinge report`, empty period (start-up)"),
                ms(empty),
                "`twinge report`, 90 days, warm",
                ms(p_warm),
                "(for reading)",
                true,
            );
        }
    } else {
        println!("(no release `twinge` beside the bench binary: `cargo xtask bench` builds it)");
    }
}
