//! `cargo xtask bench startup`: how fast the app starts and how much memory it holds,
//! each beside a blank Tauri 2 app (`bench/blank`: one static page) built in the same
//! run with the same release profile. Nothing is asserted; the figures are printed.
//!
//! - cold start: from spawning the process to the first frame in which the Log form can
//!   be used (the UI calls `app_ready` two animation frames after it is drawn; with
//!   `TWINGE_STARTUP_PROBE=1` the app prints a line then); median of 7 runs after one
//!   warm-up run.
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

/// Starts `binary` on `display` with `data_dir`; returns it once it printed its ready
/// line, with the time that took.
fn start_until_ready(
    binary: &Path,
    display: &str,
    data_dir: &Path,
) -> Result<(AppProcess, Duration)> {
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
            if line.contains("interactive") || line.contains("ready") {
                let _ = tx.send(Instant::now());
            }
        }
    });
    let ready = rx
        .recv_timeout(Duration::from_secs(60))
        .map_err(|_| format!("{} never became ready", binary.display()))?;
    Ok((app, ready - started))
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

fn cold_start(binary: &Path, display: &str) -> Result<Duration> {
    let mut times = Vec::new();
    for i in 0..=RUNS {
        let data = tempfile_dir("twinge-startup")?;
        let (app, took) = start_until_ready(binary, display, &data)?;
        drop(app);
        let _ = std::fs::remove_dir_all(&data);
        if i > 0 {
            times.push(took);
        }
    }
    Ok(median(times))
}

fn idle_pss(binary: &Path, display: &str, data: &Path) -> Result<u64> {
    let (app, _) = start_until_ready(binary, display, data)?;
    std::thread::sleep(Duration::from_secs(10));
    Ok(tree_pss_kb(app.0.id()))
}

pub fn bench() -> Result {
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
    let twinge_start = cold_start(&twinge, &display.name)?;
    let blank_start = cold_start(&blank, &display.name)?;

    step("Idle memory (PSS of the whole process tree) 10 s after start");
    let empty = tempfile_dir("twinge-pss-empty")?;
    let demo = tempfile_dir("twinge-pss-demo")?;
    run(Command::new(&twinge).arg("--data-dir").arg(&demo).args([
        "demo",
        "--episodes",
        "2000",
        "--seed",
        "1",
    ]))?;
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
    println!(
        "  cold start to interactive   twinge {:>7.0} ms   blank Tauri app {:>7.0} ms   ×{:.2}   (budget < 1500 ms)",
        ms(twinge_start),
        ms(blank_start),
        ms(twinge_start) / ms(blank_start)
    );
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
    Ok(())
}
