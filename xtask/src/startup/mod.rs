//! `cargo xtask bench startup`: how fast the app starts and how much memory it holds,
//! each beside a blank Tauri 2 app (`bench/blank`: one static page) built in the same
//! run with the same release profile. Nothing is asserted; the figures are printed.
//!
//! - cold start: from spawning the process to the first frame in which the Log form can
//!   be used (the UI calls `app_ready` two animation frames after it is drawn; with
//!   `TWINGE_STARTUP_PROBE=1` the app prints a line then); median of 7 runs after one
//!   warm-up run, on a new empty journal and on a 2,000-episode one. The app also prints
//!   a line at each stage before (started, journal open, window made, first command),
//!   and the median time to each is printed: where a start spends its time.
//! - idle memory: PSS summed over the app's whole process tree (the app and WebKit's
//!   processes, from `/proc/*/smaps_rollup`) 10 s after start, with an empty journal
//!   and with a 2,000-episode demo journal.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::package::{descendants, tempfile_dir, AppProcess, Display};
use crate::{cargo, ensure_debian_packages, root, run, setup_build, step, Result};

const RUNS: usize = 7;

fn release_binary(name: &str) -> PathBuf {
    root().join("target/release").join(name)
}

/// How long a start took to each stage the app prints (`twinge: <stage>` with
/// `TWINGE_STARTUP_PROBE=1`), in order; the last is "interactive" (or the blank app's
/// ready line).
type Stages = Vec<(String, Duration)>;

/// Starts `binary` on `display` with `data_dir`; returns it once it printed its ready
/// line, with the time that took and the time to each stage before it.
fn start_until_ready(
    binary: &Path,
    display: &str,
    data_dir: &Path,
) -> Result<(AppProcess, Duration, Stages)> {
    let started = Instant::now();
    let mut child = Command::new(binary)
        .env("DISPLAY", display)
        .env("TWINGE_DATA_DIR", data_dir)
        .env("TWINGE_STARTUP_PROBE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", binary.display()))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let app = AppProcess(child);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout)
            .lines()
            .map_while(std::io::Result::ok)
        {
            let at = Instant::now();
            let stage = line.strip_prefix("twinge: ").unwrap_or(&line).to_string();
            let ready = line.contains("interactive") || line.contains("ready");
            if tx.send((stage, at, ready)).is_err() {
                break;
            }
        }
    });
    let mut stages = Vec::new();
    loop {
        let (stage, at, ready) = rx
            .recv_timeout(Duration::from_secs(60))
            .map_err(|_| format!("{} never became ready", binary.display()))?;
        stages.push((stage, at - started));
        if ready {
            return Ok((app, at - started, stages));
        }
    }
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

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The median cold start over `RUNS` runs after a warm-up, and the median time to each
/// stage. With `journal`, every run opens that journal; else each a new empty one.
fn cold_start(binary: &Path, display: &str, journal: Option<&Path>) -> Result<(Duration, Stages)> {
    let mut times = Vec::new();
    let mut all_stages: Vec<Stages> = Vec::new();
    for i in 0..=RUNS {
        let data = match journal {
            Some(j) => j.to_path_buf(),
            None => tempfile_dir("twinge-startup")?,
        };
        let (app, took, stages) = start_until_ready(binary, display, &data)?;
        drop(app);
        if journal.is_none() {
            let _ = std::fs::remove_dir_all(&data);
        }
        if i > 0 {
            times.push(took);
            all_stages.push(stages);
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
    Ok((median(times), split))
}

/// "started 9 ms · journal open 21 ms · …": where a start spends its time.
fn split_line(stages: &Stages) -> String {
    stages
        .iter()
        .map(|(s, d)| format!("{s} {:.0} ms", d.as_secs_f64() * 1000.0))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn idle_pss(binary: &Path, display: &str, data: &Path) -> Result<u64> {
    let (app, _, _) = start_until_ready(binary, display, data)?;
    std::thread::sleep(Duration::from_secs(10));
    Ok(tree_pss_kb(app.0.id()))
}

pub fn bench(after_other_figures: bool) -> Result {
    setup_build()?;
    ensure_debian_packages(&["xvfb", "xauth"])?;
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
    let display = Display::start()?;

    step(&format!(
        "Cold start to an interactive Log form, median of {RUNS} runs"
    ));
    let demo = tempfile_dir("twinge-pss-demo")?;
    run(Command::new(&twinge).arg("--data-dir").arg(&demo).args([
        "demo",
        "--episodes",
        "2000",
        "--seed",
        "1",
    ]))?;
    let (twinge_start, twinge_split) = cold_start(&twinge, &display.name, None)?;
    let (demo_start, demo_split) = cold_start(&twinge, &display.name, Some(&demo))?;
    let (blank_start, blank_split) = cold_start(&blank, &display.name, None)?;

    step("Idle memory (PSS of the whole process tree) 10 s after start");
    let empty = tempfile_dir("twinge-pss-empty")?;
    let pss_empty = idle_pss(&twinge, &display.name, &empty)?;
    let pss_demo = idle_pss(&twinge, &display.name, &demo)?;
    let blank_dir = tempfile_dir("twinge-pss-blank")?;
    let pss_blank = idle_pss(&blank, &display.name, &blank_dir)?;
    for d in [empty, demo, blank_dir] {
        let _ = std::fs::remove_dir_all(d);
    }

    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mb = |kb: u64| kb as f64 / 1024.0;
    println!();
    println!("startup and memory (release builds, Xvfb, this machine)");
    for (what, took) in [
        ("empty journal", twinge_start),
        ("2,000 episodes", demo_start),
    ] {
        println!(
            "  cold start, {what:<15} twinge {:>7.0} ms   blank Tauri app {:>7.0} ms   ×{:.2}   (budget ≤ ×1.25)",
            ms(took),
            ms(blank_start),
            ms(took) / ms(blank_start)
        );
    }
    println!("  where the time goes (medians from spawning the process):");
    println!("    empty journal:  {}", split_line(&twinge_split));
    println!("    2,000 episodes: {}", split_line(&demo_split));
    println!("    blank app:      {}", split_line(&blank_split));
    println!(
        "  idle PSS, empty journal     twinge {:>7.1} MB   blank Tauri app {:>7.1} MB   ×{:.2}   (budget ≤ ×1.2)",
        mb(pss_empty),
        mb(pss_blank),
        mb(pss_empty) / mb(pss_blank)
    );
    println!(
        "  idle PSS, 2,000 episodes    twinge {:>7.1} MB   blank Tauri app {:>7.1} MB   ×{:.2}   (budget ≤ ×1.2)",
        mb(pss_demo),
        mb(pss_blank),
        mb(pss_demo) / mb(pss_blank)
    );
    let rows = [
        Figure {
            name: "cold start to an interactive Log form",
            unit: "ms",
            figure: ms(twinge_start),
            baseline_name: "blank Tauri app",
            baseline: ms(blank_start),
            budget: "≤ 1.25× baseline",
            within: ms(twinge_start) <= 1.25 * ms(blank_start),
        },
        Figure {
            name: "cold start, 2,000 episodes",
            unit: "ms",
            figure: ms(demo_start),
            baseline_name: "blank Tauri app",
            baseline: ms(blank_start),
            budget: "≤ 1.25× baseline",
            within: ms(demo_start) <= 1.25 * ms(blank_start),
        },
        Figure {
            name: "idle PSS, empty journal",
            unit: "MB",
            figure: mb(pss_empty),
            baseline_name: "blank Tauri app",
            baseline: mb(pss_blank),
            budget: "≤ 1.2× baseline",
            within: mb(pss_empty) <= 1.2 * mb(pss_blank),
        },
        Figure {
            name: "idle PSS, 2,000 episodes",
            unit: "MB",
            figure: mb(pss_demo),
            baseline_name: "blank Tauri app",
            baseline: mb(pss_blank),
            budget: "≤ 1.2× baseline",
            within: mb(pss_demo) <= 1.2 * mb(pss_blank),
        },
    ];
    write_results(&rows, after_other_figures)
}

/// One row of `target/bench/results.json`, as the benchmark binary writes them.
struct Figure {
    name: &'static str,
    unit: &'static str,
    figure: f64,
    baseline_name: &'static str,
    baseline: f64,
    budget: &'static str,
    within: bool,
}

impl Figure {
    fn json(&self) -> String {
        // The texts are this file's own, without quotes or backslashes.
        format!(
            "  {{\n    \"name\": \"{}\",\n    \"unit\": \"{}\",\n    \"figure\": {:.3},\n    \
             \"baseline_name\": \"{}\",\n    \"baseline\": {:.3},\n    \"ratio\": {:.4},\n    \
             \"budget\": \"{}\",\n    \"within\": {}\n  }}",
            self.name,
            self.unit,
            self.figure,
            self.baseline_name,
            self.baseline,
            self.figure / self.baseline.max(1e-9),
            self.budget,
            self.within
        )
    }
}

/// Adds the rows to the results file the benchmark binary wrote earlier in this run,
/// or writes a file of these rows alone (`cargo xtask bench startup`).
fn write_results(rows: &[Figure], after_other_figures: bool) -> Result {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench/results.json");
    let earlier = std::fs::read_to_string(&path)
        .ok()
        .filter(|_| after_other_figures);
    let text = joined(earlier.as_deref(), rows);
    path.parent()
        .map(std::fs::create_dir_all)
        .unwrap_or(Ok(()))
        .and_then(|()| std::fs::write(&path, text))
        .map_err(|e| format!("could not write {}: {e}", path.display()))?;
    println!("(also in {})", path.display());
    Ok(())
}

/// The rows as a JSON array, after the rows of `earlier` (a JSON array) when there is one.
fn joined(earlier: Option<&str>, rows: &[Figure]) -> String {
    let ours: Vec<String> = rows.iter().map(Figure::json).collect();
    match earlier.map(str::trim_end).and_then(|t| t.strip_suffix(']')) {
        Some(head) if head.trim_end().ends_with('}') => {
            format!("{},\n{}\n]\n", head.trim_end(), ours.join(",\n"))
        }
        _ => format!("[\n{}\n]\n", ours.join(",\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn startup_rows_join_the_file_or_make_their_own() {
        let row = |name| Figure {
            name,
            unit: "MB",
            figure: 300.0,
            baseline_name: "blank Tauri app",
            baseline: 240.0,
            budget: "≤ 1.2× baseline",
            within: false,
        };
        let alone = joined(None, &[row("a"), row("b")]);
        assert!(
            alone.starts_with("[\n  {") && alone.ends_with("}\n]\n"),
            "{alone}"
        );
        assert_eq!(alone.matches("\"name\"").count(), 2);
        assert!(alone.contains("\"ratio\": 1.2500"), "{alone}");
        let both = joined(Some("[\n  {\n    \"name\": \"x\"\n  }\n]\n"), &[row("a")]);
        assert!(
            both.contains("\"x\"\n  },\n  {\n    \"name\": \"a\""),
            "{both}"
        );
        // An empty earlier array: this run's rows alone.
        assert_eq!(joined(Some("[]"), &[row("a")]), joined(None, &[row("a")]));
    }
}
