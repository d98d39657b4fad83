//! The display and the driver: Xvfb and tauri-driver (with WebKitWebDriver), each in a
//! process group of its own, ended whole when the [`Harness`] is dropped, which then
//! checks that nothing it started is still running.

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use twinge_xvfb::{kill_group, Display};

/// One virtual display and driver at a time keeps the harness simple on 2 cores.
static SERIAL: Mutex<()> = Mutex::new(());

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn app_binary() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"));
    let bin = target.join("debug/twinge-desktop");
    assert!(
        bin.exists(),
        "{} is missing: build it first with `cargo xtask e2e` (or `cargo xtask test`)",
        bin.display()
    );
    bin
}

pub fn find_program(name: &str) -> PathBuf {
    let mut candidates: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).map(|d| d.join(name)).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo").into_os_string()))
    {
        candidates.push(Path::new(&home).join("bin").join(name));
    }
    candidates
        .into_iter()
        .find(|p| p.exists())
        .unwrap_or_else(|| panic!("{name} not found: run `cargo xtask setup`"))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// Kills its processes when dropped, even when a test fails.
pub struct Harness {
    xvfb: Display,
    /// tauri-driver as last started, and the port it listens on.
    driver: Mutex<(Child, u16)>,
    /// What tauri-driver is started with, to start it again.
    spec: DriverSpec,
    /// What tauri-driver and the WebKitWebDriver it starts print.
    log: tempfile::NamedTempFile,
    _lock: std::sync::MutexGuard<'static, ()>,
}

impl Harness {
    /// The X display the app runs on, as `DISPLAY` says it (`:N`).
    pub fn display(&self) -> String {
        self.xvfb.name()
    }

    /// Where tauri-driver takes WebDriver requests.
    pub fn url(&self) -> String {
        let port = self.driver.lock().unwrap_or_else(|e| e.into_inner()).1;
        format!("http://127.0.0.1:{port}")
    }

    /// The last lines the drivers have printed (tauri-driver prints a backtrace with
    /// each request it could not pass on, so the whole log can be long).
    pub fn driver_log(&self) -> String {
        let log = std::fs::read_to_string(self.log.path()).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(60)..].join("\n")
    }

    /// Ends tauri-driver (and the WebKitWebDriver it started) and starts both again on
    /// new ports, on the same display with the same settings.
    pub fn restart_driver(&self) {
        let mut driver = self.driver.lock().unwrap_or_else(|e| e.into_inner());
        kill_group(&mut driver.0);
        *driver = self.spec.spawn(&self.xvfb, &self.log);
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        // tauri-driver runs in a process group of its own, with the WebKitWebDriver it
        // starts (and the app that one starts): end the whole group, not only its head.
        let driver = &mut self.driver.get_mut().unwrap_or_else(|e| e.into_inner()).0;
        let groups = [driver.id(), self.xvfb.pid()];
        kill_group(driver);
        self.xvfb.stop();
        // Then check that nothing the harness started is left: no process in those
        // groups, and none whose parent chain leads back to this test process.
        let left = leftovers(&groups, Duration::from_secs(5));
        if !left.is_empty() {
            let list = left.join("\n  ");
            if std::thread::panicking() {
                eprintln!("processes left running by the harness:\n  {list}");
            } else {
                panic!("processes left running by the harness:\n  {list}");
            }
        }
    }
}

/// One line of /proc/PID/stat read as (pid, name, parent pid, process group).
fn stat(pid: u32) -> Option<(u32, String, u32, u32)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The name is in parentheses and may hold spaces; the fields after it are plain.
    let open = text.find('(')?;
    let close = text.rfind(')')?;
    let name = text[open + 1..close].to_string();
    let mut rest = text[close + 2..].split(' ');
    let state = rest.next()?;
    if state == "Z" {
        return None; // already dead, waiting for its parent to read the status
    }
    let ppid = rest.next()?.parse().ok()?;
    let pgrp = rest.next()?.parse().ok()?;
    Some((pid, name, ppid, pgrp))
}

/// Processes still alive in `groups` or below this process, waiting up to `patience`
/// for them to go; each as "pid name".
fn leftovers(groups: &[u32], patience: Duration) -> Vec<String> {
    let me = std::process::id();
    let start = Instant::now();
    loop {
        let all: Vec<(u32, String, u32, u32)> = std::fs::read_dir("/proc")
            .map(|d| {
                d.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
                    .filter_map(stat)
                    .collect()
            })
            .unwrap_or_default();
        let parent: std::collections::HashMap<u32, u32> =
            all.iter().map(|(p, _, pp, _)| (*p, *pp)).collect();
        let descends_from_me = |mut pid: u32| {
            for _ in 0..64 {
                match parent.get(&pid) {
                    Some(&pp) if pp == me => return true,
                    Some(&pp) if pp > 1 => pid = pp,
                    _ => return false,
                }
            }
            false
        };
        let left: Vec<String> = all
            .iter()
            .filter(|(pid, _, _, pgrp)| groups.contains(pgrp) || descends_from_me(*pid))
            .map(|(pid, name, _, _)| format!("{pid} {name}"))
            .collect();
        if left.is_empty() || start.elapsed() > patience {
            return left;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

pub fn wait_until(what: &str, timeout: Duration, mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub fn start(data_dir: &Path) -> Harness {
    start_with(data_dir, None)
}

/// Starts the display and the driver; `dialog_answer` presets the file dialogs' answer
/// through the documented test-only variable.
pub fn start_with(data_dir: &Path, dialog_answer: Option<&Path>) -> Harness {
    start_full(data_dir, dialog_answer, None)
}

/// As [`start_with`]; `home`, when given, is (a `HOME` with its XDG folders, a session's
/// runtime folder) for the driver and the app, as a desktop session would set them.
pub fn start_full(
    data_dir: &Path,
    dialog_answer: Option<&Path>,
    home: Option<(&Path, &Path)>,
) -> Harness {
    skip_welcome(data_dir);
    launch(data_dir, dialog_answer, home, None)
}

/// As [`start`], the app speaking `lang` (its system language: `LANG`).
pub fn start_in_language(data_dir: &Path, lang: &str) -> Harness {
    skip_welcome(data_dir);
    launch(data_dir, None, None, Some(lang))
}

/// As [`start_in_language`] for a journal that has never been opened: the app opens on
/// the first-run welcome (every other start goes straight to the Log form).
pub fn start_new(data_dir: &Path, lang: &str) -> Harness {
    launch(data_dir, None, None, Some(lang))
}

/// Marks the journal in `dir` as past its first-run welcome, as a person who skipped it
/// would have (nothing to do for a journal that is locked or cannot open).
fn skip_welcome(dir: &Path) {
    let clock = std::sync::Arc::new(twinge_app::SystemClock);
    if let Ok(mut j) = twinge_app::Journal::open(dir, clock) {
        let _ = j.finish_welcome();
    }
}

fn launch(
    data_dir: &Path,
    dialog_answer: Option<&Path>,
    home: Option<(&Path, &Path)>,
    lang: Option<&str>,
) -> Harness {
    let lock = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let xvfb = Display::start(90).expect("a virtual display");
    let spec = DriverSpec {
        data_dir: data_dir.to_path_buf(),
        dialog_answer: dialog_answer.map(Path::to_path_buf),
        home: home.map(|(h, r)| (h.to_path_buf(), r.to_path_buf())),
        // The app speaks English whatever the machine's language, unless a test asks
        // for another (or TWINGE_TEST_LANG does, to look at it by hand).
        lang: lang.map(str::to_string).unwrap_or_else(|| {
            std::env::var("TWINGE_TEST_LANG").unwrap_or_else(|_| "C.UTF-8".into())
        }),
    };
    let log = tempfile::NamedTempFile::new().expect("a file for the drivers' log");
    let driver = spec.spawn(&xvfb, &log);
    Harness {
        xvfb,
        driver: Mutex::new(driver),
        spec,
        log,
        _lock: lock,
    }
}

/// Whether a server listens on the local `port`. A connection whose two ends are the
/// same port is not one: polling a port in the ephemeral range, the system now and then
/// picks that very port as the connection's own and the socket connects to itself
/// (which also keeps the port from the server about to bind it).
fn listens(port: u16) -> bool {
    std::net::TcpStream::connect(("127.0.0.1", port))
        .is_ok_and(|s| s.local_addr().ok() != s.peer_addr().ok())
}

/// How tauri-driver is started for one harness.
struct DriverSpec {
    data_dir: PathBuf,
    dialog_answer: Option<PathBuf>,
    home: Option<(PathBuf, PathBuf)>,
    lang: String,
}

impl DriverSpec {
    /// Starts tauri-driver on two new ports, its output added to `log`, and waits until
    /// it and its WebKitWebDriver listen; returns it with the port it listens on.
    fn spawn(&self, xvfb: &Display, log: &tempfile::NamedTempFile) -> (Child, u16) {
        let port = free_port();
        let native_port = free_port();
        let mut driver = Command::new(find_program("tauri-driver"));
        if let Some(answer) = &self.dialog_answer {
            driver.env("TWINGE_TEST_DIALOG_PATH", answer);
        }
        if let Some((home, runtime)) = &self.home {
            driver
                .env("XDG_RUNTIME_DIR", runtime)
                .env("HOME", home)
                .env("XDG_DATA_HOME", home.join(".local/share"))
                .env("XDG_CACHE_HOME", home.join(".cache"))
                .env("XDG_CONFIG_HOME", home.join(".config"));
        }
        let out = std::fs::OpenOptions::new()
            .append(true)
            .open(log.path())
            .expect("the drivers' log");
        let err = out.try_clone().expect("the drivers' log");
        let driver = driver
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
                "--native-driver",
                "/usr/bin/WebKitWebDriver",
            ])
            .env("DISPLAY", xvfb.name())
            .env("TWINGE_DATA_DIR", &self.data_dir)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", &self.lang)
            .stdout(out)
            .stderr(err)
            .process_group(0)
            .spawn()
            .expect("tauri-driver starts");
        // tauri-driver opens its port at once but forwards each request to the
        // WebKitWebDriver it starts, which may take seconds to listen on a cold machine;
        // a request sent before then is dropped. Both ports must accept connections.
        wait_until("tauri-driver", Duration::from_secs(30), || {
            listens(port) && listens(native_port)
        });
        (driver, port)
    }
}

/// The journal in `dir`, opened as the command line opens it (the app closed).
pub fn journal_at(dir: &Path) -> twinge_app::Journal {
    twinge_app::Journal::open(dir, std::sync::Arc::new(twinge_app::SystemClock))
        .expect("the journal opens")
}

/// Fills the journal in `dir` with `episodes` demo episodes ending today.
pub fn demo_journal(dir: &Path, episodes: u32, seed: u64) {
    let mut j = journal_at(dir);
    j.demo(twinge_app::DemoOptions { episodes, seed }).unwrap();
}
