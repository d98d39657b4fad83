//! `cargo xtask bench startup`: how fast the app starts and how much memory it holds,
//! each beside a blank Tauri 2 app (`bench/blank`: one static page) built in the same
//! run with the same release profile. Nothing is asserted; the figures are printed.
//!
//! - cold start: from spawning the process to the first frame in which the first screen
//!   can be used (the UI calls `app_ready` two animation frames after it is drawn; with
//!   `TWINGE_STARTUP_PROBE=1` the app prints `interactive: <screen>` then); median of 7
//!   runs after one warm-up run. A first start (a new folder each run: the welcome)
//!   beside the blank app in a new folder each run; an empty journal (its welcome
//!   skipped with the keyboard), a 2,000-episode one and an encrypted one beside the
//!   blank app in a kept folder. The encrypted journal is timed from the passcode's
//!   Enter to the usable Log form, beside the unlock's own time (Argon2 and opening).
//!   The app prints a line at each stage before (started, journal open, window made,
//!   first command), and the median time to each is printed: where a start goes.
//! - idle memory: PSS summed over the app's whole process tree (the app and WebKit's
//!   processes, from `/proc/*/smaps_rollup`) 10 s after start, with an empty journal
//!   and with a 2,000-episode demo journal.

mod results;
mod runs;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::package::{descendants, tempfile_dir};
use crate::{cargo, ensure_debian_packages, root, run, setup_build, step, Result};
use results::{write_results, Figure};
use runs::{launch, press, Stages};
use twinge_xvfb::Display;

const RUNS: usize = 7;
/// The encrypted journal's passcode (the bench's own, in a folder of its own).
const PASSCODE: &str = "bench-passcode-7";

fn release_binary(name: &str) -> PathBuf {
    root().join("target/release").join(name)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Where the starts of one case were timed: `New` gives each run a folder of its own,
/// `Kept` starts every run in the same folder.
#[derive(Clone, Copy)]
enum Folder<'a> {
    New,
    Kept(&'a Path),
}

/// The medians of one case.
struct Measured {
    /// From spawning to the first usable screen (for an encrypted journal: from the
    /// passcode's Enter to the usable Log form).
    took: Duration,
    /// The median time to each stage the app printed.
    split: Stages,
    /// For an encrypted journal: the unlock command's own time.
    unlocking: Option<Duration>,
}

/// `RUNS` starts after a warm-up; each must reach `screen` ("" for the blank app). For
/// `unlock`, the passcode is typed on the unlock screen and the Log form is waited for.
fn cold_start(
    binary: &Path,
    display: &str,
    folder: Folder,
    screen: &str,
    unlock: bool,
) -> Result<Measured> {
    let (mut times, mut unlocks, mut all_stages) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..=RUNS {
        let dir = match folder {
            Folder::Kept(d) => d.to_path_buf(),
            Folder::New => tempfile_dir("twinge-startup")?,
        };
        let mut app = launch(binary, display, &dir)?;
        let (first, mut took) = app.usable()?;
        let wanted = if unlock { "unlock" } else { screen };
        if first != wanted {
            return Err(format!("the app opened on “{first}”, not on “{wanted}”"));
        }
        if unlock {
            let enter = press(display, PASSCODE, &["Return"])?;
            let (line, at) = app.until("interactive: ")?;
            if line != format!("interactive: {screen}") {
                return Err(format!("after the passcode the app said “{line}”"));
            }
            took = at - enter;
            let at_stage = |name: &str| app.stages.iter().find(|(s, _)| s == name).map(|s| s.1);
            if let (Some(a), Some(b)) = (at_stage("unlocking"), at_stage("unlocked")) {
                unlocks.push(b - a);
            }
        }
        drop(app.app);
        if matches!(folder, Folder::New) {
            let _ = std::fs::remove_dir_all(&dir);
        }
        if i > 0 {
            times.push(took);
            all_stages.push(app.stages);
        }
    }
    let names: Vec<String> = all_stages[0].iter().map(|(s, _)| s.clone()).collect();
    let split = names
        .into_iter()
        .map(|name| {
            let at: Vec<Duration> = all_stages
                .iter()
                .filter_map(|st| st.iter().find(|(s, _)| *s == name).map(|(_, d)| *d))
                .collect();
            (name, median(at))
        })
        .collect();
    Ok(Measured {
        took: median(times),
        split,
        unlocking: (!unlocks.is_empty()).then(|| median(unlocks)),
    })
}

/// A new journal whose welcome was skipped as a person would: Tab to "Skip", Enter.
fn welcomed_empty_journal(twinge: &Path, display: &str) -> Result<PathBuf> {
    let dir = tempfile_dir("twinge-startup-empty")?;
    let mut app = launch(twinge, display, &dir)?;
    let (screen, _) = app.usable()?;
    if screen != "welcome" {
        return Err(format!(
            "a new journal opened on “{screen}”, not on the welcome"
        ));
    }
    press(display, "", &["Tab", "Tab", "Return"])?;
    // The welcome's end is saved by the UI's next call; give it a moment.
    std::thread::sleep(Duration::from_secs(1));
    Ok(dir)
}

/// A 2,000-episode demo journal, encrypted with `passcode` when given.
fn demo_journal(twinge: &Path, passcode: Option<&str>) -> Result<PathBuf> {
    let dir = tempfile_dir("twinge-startup-demo")?;
    run(Command::new(twinge).arg("--data-dir").arg(&dir).args([
        "demo",
        "--episodes",
        "2000",
        "--seed",
        "1",
    ]))?;
    if let Some(passcode) = passcode {
        let file = dir.with_extension("passcode");
        std::fs::write(&file, format!("{passcode}\n")).map_err(|e| e.to_string())?;
        run(Command::new(twinge)
            .arg("--data-dir")
            .arg(&dir)
            .args(["passcode", "set", "--new-passcode-file"])
            .arg(&file))?;
        let _ = std::fs::remove_file(file);
    }
    Ok(dir)
}

/// PSS in kB summed over `pid` and every process under it.
fn tree_pss_kb(pid: u32) -> u64 {
    std::iter::once(pid)
        .chain(descendants(pid))
        .filter_map(|p| std::fs::read_to_string(format!("/proc/{p}/smaps_rollup")).ok())
        .filter_map(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        })
        .sum()
}

fn idle_pss(binary: &Path, display: &str, data: &Path) -> Result<u64> {
    let mut app = launch(binary, display, data)?;
    app.usable()?;
    std::thread::sleep(Duration::from_secs(10));
    Ok(tree_pss_kb(app.app.0.id()))
}

/// "started 9 ms · journal open 21 ms · …": where a start spends its time.
fn split_line(stages: &Stages) -> String {
    stages
        .iter()
        .map(|(s, d)| format!("{s} {:.0} ms", d.as_secs_f64() * 1000.0))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A row of the file, and its line on the screen.
/// A budget in words (as the results file writes it) and as a factor of the baseline.
type Budget = (&'static str, f64);
const START_BUDGET: Budget = ("≤ 1.25× baseline", 1.25);
const MEMORY_BUDGET: Budget = ("≤ 1.2× baseline", 1.2);

fn row(
    name: &'static str,
    unit: &'static str,
    figure: f64,
    baseline_name: &'static str,
    baseline: f64,
    budget: Budget,
) -> Figure {
    println!(
        "  {name:<40} twinge {figure:>7.1} {unit}   {baseline_name} {baseline:>7.1} {unit}   ×{:.2}   (budget ≤ ×{})",
        figure / baseline,
        budget.1
    );
    Figure {
        name,
        unit,
        figure,
        baseline_name,
        baseline,
        budget: budget.0,
        within: figure <= budget.1 * baseline,
    }
}

pub fn bench(after_other_figures: bool) -> Result {
    setup_build()?;
    ensure_debian_packages(&["xvfb", "xauth", "xdotool"])?;
    step(
        "Building the app and a blank Tauri app (release, as packaged) — several minutes the \
         first time",
    );
    run(cargo().args([
        "build",
        "--release",
        "-p",
        "twinge-desktop",
        "-p",
        "twinge-blank",
        "--features",
        "tauri/custom-protocol",
    ]))?;
    let twinge = release_binary("twinge-desktop");
    let blank = release_binary("twinge-blank");
    let display = Display::start(120)?;
    let name = display.name();
    let d = name.as_str();

    step(&format!(
        "Cold starts to a usable screen, median of {RUNS} runs"
    ));
    let empty = welcomed_empty_journal(&twinge, d)?;
    let demo = demo_journal(&twinge, None)?;
    let locked = demo_journal(&twinge, Some(PASSCODE))?;
    let blank_dir = tempfile_dir("twinge-startup-blank")?;
    let first = cold_start(&twinge, d, Folder::New, "welcome", false)?;
    let blank_new = cold_start(&blank, d, Folder::New, "", false)?;
    let log_empty = cold_start(&twinge, d, Folder::Kept(&empty), "log", false)?;
    let log_demo = cold_start(&twinge, d, Folder::Kept(&demo), "log", false)?;
    let unlocked = cold_start(&twinge, d, Folder::Kept(&locked), "log", true)?;
    let blank_kept = cold_start(&blank, d, Folder::Kept(&blank_dir), "", false)?;

    step("Idle memory (PSS of the whole process tree) 10 s after start");
    let pss_empty = idle_pss(&twinge, d, &empty)? as f64 / 1024.0;
    let pss_demo = idle_pss(&twinge, d, &demo)? as f64 / 1024.0;
    let pss_blank = idle_pss(&blank, d, &blank_dir)? as f64 / 1024.0;
    for dir in [empty, demo, locked, blank_dir] {
        let _ = std::fs::remove_dir_all(dir);
    }

    println!();
    println!("startup and memory (release builds, Xvfb, this machine)");
    let unlock_time = unlocked.unlocking.unwrap_or_default();
    let rows = [
        row(
            "first start, new folder (the welcome)",
            "ms",
            ms(first.took),
            "blank Tauri app, new folder",
            ms(blank_new.took),
            START_BUDGET,
        ),
        row(
            "cold start to the Log form, empty journal",
            "ms",
            ms(log_empty.took),
            "blank Tauri app",
            ms(blank_kept.took),
            START_BUDGET,
        ),
        row(
            "cold start to the Log form, 2,000 episodes",
            "ms",
            ms(log_demo.took),
            "blank Tauri app",
            ms(blank_kept.took),
            START_BUDGET,
        ),
        row(
            "encrypted: passcode's Enter to the Log form",
            "ms",
            ms(unlocked.took),
            "the unlock itself",
            ms(unlock_time),
            START_BUDGET,
        ),
        row(
            "idle PSS, empty journal",
            "MB",
            pss_empty,
            "blank Tauri app",
            pss_blank,
            MEMORY_BUDGET,
        ),
        row(
            "idle PSS, 2,000 episodes",
            "MB",
            pss_demo,
            "blank Tauri app",
            pss_blank,
            MEMORY_BUDGET,
        ),
    ];
    println!("  where the time goes (medians from spawning the process):");
    for (what, m) in [
        ("first start", &first),
        ("empty journal", &log_empty),
        ("2,000 episodes", &log_demo),
        ("encrypted", &unlocked),
        ("blank, new folder", &blank_new),
        ("blank, kept folder", &blank_kept),
    ] {
        println!("    {what:<19} {}", split_line(&m.split));
    }
    write_results(&rows, after_other_figures)
}
