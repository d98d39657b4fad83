//! `cargo xtask <command>`: the project's commands (see README.md).
//!
//! - `setup`: install what a fresh Debian/Ubuntu machine lacks (system packages,
//!   npm packages, tauri-driver) and build the UI
//! - `run`: install what building needs, then build and start the app on its default journal
//! - `test`: every check: fmt, clippy, cargo tests, bindings, svelte-check, Vitest, end to end
//! - `e2e`: only the end-to-end tests of the real app window
//! - `package [--check]`: the `.deb` and `.rpm`; `--check` installs the `.deb` and tries it
//! - `bench [report | startup | history]`: the benchmarks, each beside a baseline from the same run
//! - `bindings`: regenerate the UI's TypeScript types from the Rust DTOs
//!
//! xtask depends on no Twinge crate, so it compiles in seconds and its first line of
//! output comes before any long build. Every step prints a line before it starts.

mod package;
mod startup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// What building and running the app needs.
const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libxdo-dev",
    "libssl-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
];

/// What the tests add: a display, the WebKit driver, PDF tools, a font for screenshots,
/// D-Bus and systemd tools.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "poppler-utils",
    "fonts-dejavu-core",
    // gcore: the test that a running twinge holds no key text in its memory.
    "gdb",
    // The reminder test: a private session bus, its monitor, systemd-analyze.
    "dbus-daemon",
    "dbus-bin",
    "systemd",
];

type Result<T = ()> = std::result::Result<T, String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Announces a step, so a long one is never silent.
fn step(what: &str) {
    eprintln!("==> {what}");
}

fn run(cmd: &mut Command) -> Result {
    eprintln!("$ {}", describe(cmd));
    let status = cmd
        .status()
        .map_err(|e| format!("could not start `{}`: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

fn npm(args: &[&str]) -> Command {
    let mut c = Command::new("npm");
    c.args(args).current_dir(root().join("ui"));
    c
}

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program} >/dev/null 2>&1")])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

fn missing_debian_packages<'a>(wanted: &[&'a str]) -> Vec<&'a str> {
    wanted
        .iter()
        .copied()
        .filter(|p| {
            let out = Command::new("dpkg-query")
                .args(["-W", "-f=${Status}", p])
                .output();
            !matches!(out, Ok(o) if String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        })
        .collect()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// `apt-get` as root (through `sudo` when not root), without questions.
fn apt(args: &[&str]) -> Command {
    let mut all: Vec<&str> = if is_root() { vec![] } else { vec!["sudo"] };
    all.push("apt-get");
    all.extend_from_slice(args);
    let mut c = Command::new(all[0]);
    c.args(&all[1..]).env("DEBIAN_FRONTEND", "noninteractive");
    c
}

/// Installs the Debian packages of `wanted` that are missing, saying which.
fn ensure_debian_packages(wanted: &[&str]) -> Result {
    let missing = missing_debian_packages(wanted);
    if missing.is_empty() {
        return Ok(());
    }
    if !have("apt-get") {
        return Err(format!(
            "these system packages are needed and no apt-get was found: {}",
            missing.join(" ")
        ));
    }
    step(&format!(
        "Installing Debian packages: {}",
        missing.join(" ")
    ));
    run(&mut apt(&["update", "-qq"]))?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(missing.iter().copied());
    run(&mut apt(&args))
}

/// `npm ci` when `node_modules` is missing or older than the lock file.
fn ensure_ui_packages() -> Result {
    let ui = root().join("ui");
    let stamp = ui.join("node_modules/.package-lock.json");
    let stale = match (
        std::fs::metadata(&stamp),
        std::fs::metadata(ui.join("package-lock.json")),
    ) {
        (Ok(s), Ok(l)) => s.modified().ok() < l.modified().ok(),
        _ => true,
    };
    if stale {
        step("Installing UI packages (npm ci)");
        run(&mut npm(&["ci", "--no-audit", "--no-fund"]))?;
    }
    Ok(())
}

/// What building the app needs: system packages, UI packages, the built UI.
fn setup_build() -> Result {
    ensure_debian_packages(BUILD_PACKAGES)?;
    ensure_ui_packages()?;
    build_ui()
}

/// Everything: what building needs, plus what the tests need.
fn setup() -> Result {
    ensure_debian_packages(&[BUILD_PACKAGES, TEST_PACKAGES].concat())?;
    ensure_ui_packages()?;
    if !have("tauri-driver") {
        step("Installing tauri-driver for the end-to-end tests (cargo install, about a minute)");
        run(cargo().args(["install", "tauri-driver", "--locked", "--version", "2.1.0"]))?;
    }
    build_ui()
}

fn build_ui() -> Result {
    step("Building the UI (Vite)");
    run(&mut npm(&["run", "build"]))
}

fn build_app() -> Result {
    step(
        "Building the app and the command line (debug) — the first build takes about \
         8 minutes on 2 cores, later ones seconds",
    );
    run(cargo().args(["build", "-p", "twinge-desktop", "-p", "twinge-cli"]))
}

fn bindings() -> Result {
    step("Writing ui/src/lib/bindings/index.ts from the Rust types");
    run(cargo()
        .args([
            "test",
            "-p",
            "twinge-app",
            "--test",
            "bindings",
            "--",
            "--nocapture",
        ])
        .env("UPDATE_BINDINGS", "1"))
}

/// Test counts read from the runners' own summary lines.
#[derive(Default, Debug, Clone, Copy)]
struct Tally {
    passed: u64,
    failed: u64,
}

/// The number in front of `word` in a line like "ok. 12 passed; 0 failed".
fn count_before(line: &str, word: &str) -> Option<u64> {
    let words: Vec<&str> = line.split_whitespace().collect();
    words
        .iter()
        .position(|w| w.trim_end_matches([';', ',']) == word)
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| words[i].parse().ok())
}

fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Runs a test command, echoing its output, and adds up the summary lines it prints.
fn run_counting(cmd: &mut Command, tally: &mut Tally) -> Result {
    use std::io::{BufRead, BufReader};
    eprintln!("$ {}", describe(cmd));
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{}`: {e}", describe(cmd)))?;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(std::io::Result::ok) {
            println!("{line}");
            let plain = strip_ansi(&line);
            let t = plain.trim_start();
            // cargo: "test result: ok. 3 passed; 0 failed; ..."; Vitest: "Tests  12 passed (12)".
            if t.starts_with("test result:") || t.starts_with("Tests ") {
                tally.passed += count_before(t, "passed").unwrap_or(0);
                tally.failed += count_before(t, "failed").unwrap_or(0);
            }
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

fn test() -> Result {
    setup()?;
    step("Checking formatting (cargo fmt)");
    run(cargo().args(["fmt", "--all", "--check"]))?;
    step("Linting (cargo clippy) — compiles the whole workspace first");
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("Type-checking the UI (svelte-check)");
    run(&mut npm(&["run", "check"]))?;
    let mut tally = Tally::default();
    step("UI tests (Vitest)");
    let ui = run_counting(&mut npm(&["test"]), &mut tally);
    let rust = ui.and_then(|()| {
        // `cargo test --workspace` builds the app and command-line binaries the end-to-end
        // and CLI tests start (with the test features unified, so nothing is built twice).
        step(
            "Rust tests: unit, property, store, crash, CLI, IPC, bindings and end to end \
             (builds the app first)",
        );
        run_counting(cargo().args(["test", "--workspace"]), &mut tally)
    });
    println!("summary: {} passed, {} failed", tally.passed, tally.failed);
    rust
}

fn e2e() -> Result {
    real_window(
        "End-to-end tests of the real window (Xvfb + tauri-driver)",
        &[],
    )
}

/// The tests of `tests/` in the real app window: they need the display, the driver and
/// the built UI and app first. `extra` narrows them (a test file, a filter, flags).
fn real_window(title: &str, extra: &[&str]) -> Result {
    setup()?;
    build_app()?;
    step(title);
    run(cargo().args(["test", "-p", "twinge-tests"]).args(extra))
}

fn bench() -> Result {
    // `cargo xtask bench [save | report | history | startup]`: all, or one part.
    let only = std::env::args().nth(2).unwrap_or_default();
    let all = only.is_empty();
    if all || only == "report" || only == "save" {
        if only != "save" {
            // The report benchmark compares with headless Chromium printing the same content.
            if !have("chromium") {
                ensure_debian_packages(&["chromium"])?;
            }
            step("Building the command line (release) for the benchmarks");
            run(cargo().args(["build", "--release", "-p", "twinge-cli"]))?;
        }
        step("Benchmarks: saving, Insights, import, the doctor's PDF");
        run(cargo()
            .args(["run", "--release", "-p", "twinge-bench", "--"])
            .args((!all).then_some(only.as_str())))?;
    }
    if all || only == "startup" {
        // After the figures above in the same run, the startup rows join their file.
        startup::bench(all)?;
    }
    if all || only == "history" {
        real_window(
            "Benchmark: History scrolled through 10,000 episodes in the real window",
            &[
                "--test",
                "history_bench",
                "--",
                "--ignored",
                "--nocapture",
                "bench_history_scroll_with_10000_episodes",
            ],
        )?;
    }
    Ok(())
}

fn start() -> Result {
    setup_build()?;
    build_app()?;
    step("Starting Twinge on its default journal");
    run(cargo().args(["run", "-p", "twinge-desktop"]))
}

fn main() -> ExitCode {
    let cmd = std::env::args().nth(1).unwrap_or_default();
    let result = match cmd.as_str() {
        "setup" => setup(),
        "run" => start(),
        "test" => test(),
        "e2e" => e2e(),
        "package" => package::package(std::env::args().skip(2).any(|a| a == "--check")),
        "bindings" => bindings(),
        "bench" => bench(),
        _ => Err(
            "usage: cargo xtask <setup | run | test | e2e | package [--check] | bench | bindings>"
                .into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
