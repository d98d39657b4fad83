//! One start of an app, timed by the lines it prints, and the keys a person would press.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::package::AppProcess;
use crate::Result;

/// How long a start took to each line the app printed (`twinge: <stage>` with
/// `TWINGE_STARTUP_PROBE=1`, or the blank app's `blank: ready`), in order.
pub type Stages = Vec<(String, Duration)>;

/// A started app and the lines it prints, each with when it came.
pub struct Running {
    pub app: AppProcess,
    started: Instant,
    lines: mpsc::Receiver<(String, Instant)>,
    pub stages: Stages,
}

/// Starts `binary` on `display` with its data (and, for the blank app, its web view's
/// data and shader cache) in `data_dir`: a new folder is a first start, a kept one a
/// start like any later day's.
pub fn launch(binary: &Path, display: &str, data_dir: &Path) -> Result<Running> {
    let started = Instant::now();
    let mut child = Command::new(binary)
        .env("DISPLAY", display)
        .env("TWINGE_DATA_DIR", data_dir)
        .env("XDG_DATA_HOME", data_dir.join("xdg-data"))
        .env("MESA_SHADER_CACHE_DIR", data_dir.join("shader-cache"))
        .env("TWINGE_STARTUP_PROBE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", binary.display()))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout)
            .lines()
            .map_while(std::io::Result::ok)
        {
            let stage = line.strip_prefix("twinge: ").unwrap_or(&line).to_string();
            if tx.send((stage, Instant::now())).is_err() {
                break;
            }
        }
    });
    Ok(Running {
        app: AppProcess(child),
        started,
        lines,
        stages: Vec::new(),
    })
}

impl Running {
    /// Waits (at most a minute) for a line starting with `prefix`; returns the line and
    /// when it came. Every line on the way is kept in `stages`.
    pub fn until(&mut self, prefix: &str) -> Result<(String, Instant)> {
        loop {
            let (line, at) = self
                .lines
                .recv_timeout(Duration::from_secs(60))
                .map_err(|_| format!("the app never printed “{prefix}”"))?;
            self.stages.push((line.clone(), at - self.started));
            if line.starts_with(prefix) {
                return Ok((line, at));
            }
        }
    }

    /// Waits until the app's first screen is usable: "interactive: <screen>" (or the
    /// blank app's ready line); returns the screen's name and the time from the start.
    pub fn usable(&mut self) -> Result<(String, Duration)> {
        loop {
            let (line, at) = self.until("")?;
            if let Some(screen) = line.strip_prefix("interactive: ") {
                return Ok((screen.to_string(), at - self.started));
            }
            if line == "blank: ready" {
                return Ok((String::new(), at - self.started));
            }
        }
    }
}

/// Presses keys in the app's window as a person would (xdotool through the X server):
/// `keys` as xdotool names them ("Tab", "Return"), after typing `text`.
pub fn press(display: &str, text: &str, keys: &[&str]) -> Result<Instant> {
    let window = Command::new("xdotool")
        .env("DISPLAY", display)
        .args(["search", "--sync", "--onlyvisible", "--name", "^Twinge$"])
        .output()
        .map_err(|e| format!("could not run xdotool: {e}"))?;
    let id = String::from_utf8_lossy(&window.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    if id.is_empty() {
        return Err("xdotool found no Twinge window".into());
    }
    // `type` takes every word after it as text: the keys are a second call.
    let typing = ["type", "--delay", "0", text];
    let focus = ["windowfocus", "--sync", id.as_str()];
    for args in [
        focus
            .iter()
            .chain(if text.is_empty() {
                &[][..]
            } else {
                &typing[..]
            })
            .copied()
            .collect::<Vec<_>>(),
        ["key"].iter().chain(keys).copied().collect(),
    ] {
        let ok = Command::new("xdotool")
            .env("DISPLAY", display)
            .args(&args)
            .status()
            .map_err(|e| format!("could not run xdotool: {e}"))?;
        if !ok.success() {
            return Err(format!("xdotool could not do {args:?}"));
        }
    }
    Ok(Instant::now())
}
