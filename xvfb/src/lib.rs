//! A virtual X display (Xvfb) for the app's window where there is no screen: the
//! end-to-end harness, the package check and the startup bench each start one. Also
//! how a process started in a group of its own is ended with its group.
//!
//! Xvfb runs in a process group of its own and is ended on drop. A display number is
//! free when it has no lock file, or a stale one whose server is gone: a killed Xvfb
//! leaves its lock and socket behind, and those are removed.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One running Xvfb, 1024×900 at 24 bits, listening on no TCP port.
pub struct Display {
    child: Child,
    /// The display number: `DISPLAY` is `:number`.
    pub number: u32,
    stopped: bool,
}

impl Display {
    /// Starts Xvfb on the first free display number from `first` and waits (up to
    /// 10 s) for its socket.
    pub fn start(first: u32) -> Result<Display, String> {
        let number = (first..first + 300)
            .find(|n| is_free(*n))
            .ok_or("no free X display number")?;
        let child = Command::new("Xvfb")
            .args([
                format!(":{number}"),
                "-screen".into(),
                "0".into(),
                "1024x900x24".into(),
                "-nolisten".into(),
                "tcp".into(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .map_err(|e| format!("Xvfb did not start (install the xvfb package): {e}"))?;
        let mut display = Display {
            child,
            number,
            stopped: false,
        };
        let socket = format!("/tmp/.X11-unix/X{number}");
        let start = Instant::now();
        while !Path::new(&socket).exists() {
            if start.elapsed() > Duration::from_secs(10) {
                display.stop();
                return Err("Xvfb did not open its display".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(display)
    }

    /// What `DISPLAY` is set to: `:number`.
    pub fn name(&self) -> String {
        format!(":{}", self.number)
    }

    /// Xvfb's process id, which is also its process group's.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Asks Xvfb to stop, so that it removes its lock file and socket itself; after
    /// 2 s, kills its whole group. Stopping twice does nothing more.
    pub fn stop(&mut self) {
        if std::mem::replace(&mut self.stopped, true) {
            return;
        }
        let _ = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .stderr(Stdio::null())
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(2) {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        kill_group(&mut self.child);
    }
}

/// Ends a child started with `process_group(0)` and everything in its group.
pub fn kill_group(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .stderr(Stdio::null())
        .status();
    let _ = child.kill();
    let _ = child.wait();
}

impl Drop for Display {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Whether X display `n` is free: no lock file, or a stale one whose server is gone
/// (then removed, with its socket).
fn is_free(n: u32) -> bool {
    let lock = format!("/tmp/.X{n}-lock");
    let Ok(text) = std::fs::read_to_string(&lock) else {
        return !Path::new(&lock).exists();
    };
    let alive = text
        .trim()
        .parse::<u32>()
        .is_ok_and(|pid| Path::new(&format!("/proc/{pid}")).exists());
    if alive {
        return false;
    }
    let _ = std::fs::remove_file(&lock);
    let _ = std::fs::remove_file(format!("/tmp/.X11-unix/X{n}"));
    !Path::new(&lock).exists()
}
