//! Running the `twinge` binary against a temporary data folder, as the CLI tests do.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// `twinge --data-dir <dir>`, without the data folder of the environment and in
/// English whatever the machine's language; the caller adds arguments, environment and
/// pipes.
pub fn command(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_twinge"));
    c.arg("--data-dir")
        .arg(dir)
        .env_remove("TWINGE_DATA_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    c
}

/// The journal in `dir` exported as JSON (to `export.json` beside it): the file's path
/// and what it holds.
pub fn exported(dir: &Path) -> (std::path::PathBuf, serde_json::Value) {
    let out = dir.join("export.json");
    let said = stdout(&twinge(
        dir,
        &["export", "--format", "json", "--out", out.to_str().unwrap()],
    ));
    assert!(!said.is_empty(), "the export says what it wrote");
    let json = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    (out, json)
}

/// Files that each hold one passcode on a line, as a person would save one, in a folder
/// of their own (kept while it lives): their paths, as arguments, in the order given.
pub fn passcode_files(passcodes: &[&str]) -> (tempfile::TempDir, Vec<String>) {
    let folder = tempfile::tempdir().unwrap();
    let paths = passcodes
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let path = folder.path().join(format!("passcode-{i}"));
            std::fs::write(&path, format!("{p}\n")).unwrap();
            path.to_str().unwrap().to_string()
        })
        .collect();
    (folder, paths)
}

/// Runs `twinge` with `args` on `dir` and returns what it did.
pub fn twinge(dir: &Path, args: &[&str]) -> Output {
    command(dir).args(args).output().expect("twinge runs")
}

/// The standard output of a run that must succeed (its output in the failure otherwise).
pub fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Logs an episode with `twinge add` (kind, place, intensity) and returns its id.
pub fn add(dir: &Path, kind: &str, place: &str, intensity: u8) -> String {
    add_with(dir, kind, place, intensity, &[])
}

/// `add` with more arguments (`--at`, `--notes`, `--symptom` …).
pub fn add_with(dir: &Path, kind: &str, place: &str, intensity: u8, more: &[&str]) -> String {
    let intensity = intensity.to_string();
    let mut args = vec![
        "add",
        "--kind",
        kind,
        "--where",
        place,
        "--intensity",
        &intensity,
    ];
    args.extend(more);
    let text = stdout(&twinge(dir, &args));
    // "Saved: Cramp · Calf, left · … (<id>)"
    text.rsplit('(')
        .next()
        .unwrap()
        .trim()
        .trim_end_matches(')')
        .to_string()
}

/// `twinge list --json` of `dir`, parsed.
pub fn list_json(dir: &Path) -> serde_json::Value {
    let out = twinge(dir, &["list", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("list --json prints JSON")
}

/// A cramp with every detail, as `twinge add` takes it.
pub const GOOD: &[&str] = &[
    "add",
    "--kind",
    "cramp",
    "--at",
    "2026-11-20T03:10:00+01:00",
    "--where",
    "calf:left",
    "--where",
    "calf:right",
    "--intensity",
    "7",
    "--duration",
    "2m",
    "--trigger",
    "lying down",
    "--relief",
    "stretching:3",
    "--woke",
    "--notes",
    "woke me up",
];
