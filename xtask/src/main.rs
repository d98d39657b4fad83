//! `cargo xtask <command>`: the project's commands (see README.md).
//!
//! - `setup`: install what a fresh Debian/Ubuntu machine lacks (system packages,
//!   npm packages, tauri-driver) and build the UI
//! - `run`: setup, then start the app on its default database
//! - `test`: every check: fmt, clippy, cargo tests, bindings, svelte-check, Vitest, end to end
//! - `e2e`: only the end-to-end tests of the real app window
//! - `bench`: the benchmarks of DESIGN.md §9, each beside a baseline from the same run
//! - `bindings`: regenerate the UI's TypeScript types from the Rust DTOs

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const DEBIAN_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libxdo-dev",
    "libssl-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "poppler-utils",
    "fonts-dejavu-core",
];

type Result<T = ()> = std::result::Result<T, String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
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

fn missing_debian_packages() -> Vec<&'static str> {
    DEBIAN_PACKAGES
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

fn apt_install(packages: &[&str]) -> Result {
    if !have("apt-get") {
        return Err(format!(
            "these system packages are needed and no apt-get was found: {}",
            packages.join(" ")
        ));
    }
    let sudo: &[&str] = if is_root() { &[] } else { &["sudo"] };
    let apt = |args: &[&str]| {
        let mut all: Vec<&str> = sudo.to_vec();
        all.push("apt-get");
        all.extend_from_slice(args);
        let mut c = Command::new(all[0]);
        c.args(&all[1..]).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(&mut apt(&["update", "-qq"]))?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(packages.iter().copied());
    run(&mut apt(&args))
}

fn setup() -> Result {
    let missing = missing_debian_packages();
    if !missing.is_empty() {
        apt_install(&missing)?;
    }
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
        run(&mut npm(&["ci", "--no-audit", "--no-fund"]))?;
    }
    if !have("tauri-driver") {
        run(cargo().args(["install", "tauri-driver", "--locked", "--version", "2.1.0"]))?;
    }
    build_ui()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn build_ui() -> Result {
    run(&mut npm(&["run", "build"]))
}

fn build_app() -> Result {
    run(cargo().args(["build", "-p", "twinge-desktop", "-p", "twinge-cli"]))
}

fn bindings() -> Result {
    let path = root().join(twinge_app::bindings::BINDINGS_PATH);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    std::fs::write(&path, twinge_app::bindings::typescript()).map_err(|e| e.to_string())?;
    eprintln!("wrote {}", twinge_app::bindings::BINDINGS_PATH);
    Ok(())
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
    run(cargo().args(["fmt", "--all", "--check"]))?;
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(&mut npm(&["run", "check"]))?;
    let mut tally = Tally::default();
    let ui = run_counting(&mut npm(&["test"]), &mut tally);
    let rust = ui.and_then(|()| {
        build_app()?;
        // Every Rust test: unit, property, store, crash, CLI, IPC, bindings and end to end.
        run_counting(cargo().args(["test", "--workspace"]), &mut tally)
    });
    println!("summary: {} passed, {} failed", tally.passed, tally.failed);
    rust
}

fn e2e() -> Result {
    setup()?;
    build_app()?;
    run(cargo().args(["test", "-p", "twinge-tests", "--test", "e2e"]))
}

fn bench() -> Result {
    // `cargo xtask bench [report | history]`: all, or one part.
    let only = std::env::args().nth(2).unwrap_or_default();
    if only != "history" {
        // The report benchmark compares with headless Chromium printing the same content.
        if !have("chromium") {
            apt_install(&["chromium"])?;
        }
        run(cargo().args(["build", "--release", "-p", "twinge-cli"]))?;
        run(cargo()
            .args(["run", "--release", "-p", "twinge-bench", "--"])
            .args((only == "report").then_some("report")))?;
    }
    if only != "report" {
        // History in the real app window: needs the display, the driver and the UI.
        setup()?;
        build_app()?;
        run(cargo().args([
            "test",
            "-p",
            "twinge-tests",
            "--test",
            "e2e",
            "--",
            "--ignored",
            "--nocapture",
            "bench_history_scroll_with_10000_episodes",
        ]))?;
    }
    Ok(())
}

fn start() -> Result {
    setup()?;
    run(cargo().args(["run", "-p", "twinge-desktop"]))
}

fn main() -> ExitCode {
    let cmd = std::env::args().nth(1).unwrap_or_default();
    let result = match cmd.as_str() {
        "setup" => setup(),
        "run" => start(),
        "test" => test(),
        "e2e" => e2e(),
        "bindings" => bindings(),
        "bench" => bench(),
        _ => Err("usage: cargo xtask <setup | run | test | e2e | bench | bindings>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
