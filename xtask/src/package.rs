//! `cargo xtask package [--check]` and `cargo xtask bench startup`.
//!
//! The packages are made by the Tauri bundler (the npm `@tauri-apps/cli`, pinned in
//! `ui/package-lock.json`) from a release build. One binary serves the window and the
//! command line, installed as `/usr/bin/twinge`. `--check` installs the `.deb` on this
//! machine with apt-get, tries it as a user would (command line, then the window under
//! Xvfb, with a screenshot), and removes it again.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use twinge_xvfb::Display;

use crate::{ensure_debian_packages, root, run, setup_build, step, Result};

/// The sizes of the hicolor icons, all drawn from `assets/icon.svg`.
const ICON_SIZES: &str = "16,24,32,48,64,128,256,512";
/// The package's budget.
const DEB_BUDGET_BYTES: u64 = 25 * 1000 * 1000;

/// The Tauri CLI, started in `src-tauri` so that it finds the app's own configuration
/// (not the blank benchmark app's in `bench/blank`).
fn tauri_cli() -> Command {
    let mut c = Command::new(root().join("ui/node_modules/.bin/tauri"));
    c.current_dir(root().join("src-tauri"));
    c
}

/// Where `cargo xtask package` leaves the packages.
fn out_dir() -> PathBuf {
    root().join("target/package")
}

fn version() -> Result<String> {
    let conf = std::fs::read_to_string(root().join("src-tauri/tauri.conf.json"))
        .map_err(|e| format!("could not read tauri.conf.json: {e}"))?;
    conf.lines()
        .find_map(|l| {
            let l = l.trim();
            l.strip_prefix("\"version\": \"")
                .and_then(|v| v.split('"').next())
                .map(str::to_string)
        })
        .ok_or_else(|| "tauri.conf.json names no version".into())
}

fn newest_with_extension(dir: &Path, ext: &str) -> Result<PathBuf> {
    std::fs::read_dir(dir)
        .map_err(|e| format!("no bundle folder {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .ok_or_else(|| format!("the bundler left no .{ext} in {}", dir.display()))
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

pub fn package(check: bool) -> Result {
    setup_build()?;
    step("Drawing the icons from assets/icon.svg (tauri icon)");
    run(tauri_cli()
        .arg("icon")
        .arg(root().join("assets/icon.svg"))
        .arg("--output")
        .arg(root().join("src-tauri/icons"))
        .args(["--png", ICON_SIZES]))?;
    step(
        "Building the release app and bundling .deb and .rpm (tauri build) — about 9 minutes \
         on 2 cores the first time",
    );
    run(tauri_cli().args(["build", "--ci", "--bundles", "deb,rpm"]))?;
    let bundle = root().join("target/release/bundle");
    let deb = newest_with_extension(&bundle.join("deb"), "deb")?;
    let rpm = newest_with_extension(&bundle.join("rpm"), "rpm")?;
    let out = out_dir();
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let v = version()?;
    let deb_out = out.join(format!("twinge_{v}_amd64.deb"));
    let rpm_out = out.join(format!("twinge-{v}-1.x86_64.rpm"));
    std::fs::copy(&deb, &deb_out).map_err(|e| e.to_string())?;
    std::fs::copy(&rpm, &rpm_out).map_err(|e| e.to_string())?;
    let deb_size = std::fs::metadata(&deb_out)
        .map_err(|e| e.to_string())?
        .len();
    let rpm_size = std::fs::metadata(&rpm_out)
        .map_err(|e| e.to_string())?
        .len();
    let binary = root().join("target/release/twinge");
    let binary_size = std::fs::metadata(&binary).map(|m| m.len()).unwrap_or(0);
    println!("package: {} {}", deb_out.display(), megabytes(deb_size));
    println!("package: {} {}", rpm_out.display(), megabytes(rpm_size));
    println!(
        "package: the binary (window and command line) {}",
        megabytes(binary_size)
    );
    if deb_size > DEB_BUDGET_BYTES {
        eprintln!(
            "package: the .deb is over its budget of {}",
            megabytes(DEB_BUDGET_BYTES)
        );
    }
    if check {
        check_deb(&deb_out)?;
    }
    Ok(())
}

/// Runs an installed command and returns what it printed; fails when it fails.
fn output_of(cmd: &mut Command) -> Result<String> {
    eprintln!("$ {}", crate::describe(cmd));
    let out = cmd
        .output()
        .map_err(|e| format!("could not start `{}`: {e}", crate::describe(cmd)))?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    print!("{text}");
    if out.status.success() {
        Ok(text)
    } else {
        Err(format!(
            "`{}` failed ({}): {}",
            crate::describe(cmd),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Ends a started app and all its children (WebKit's processes) on drop.
pub struct AppProcess(pub Child);

impl Drop for AppProcess {
    fn drop(&mut self) {
        for pid in descendants(self.0.id()) {
            let _ = Command::new("kill").arg(pid.to_string()).status();
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The process ids under `pid` (children, grandchildren, …), read from /proc.
pub fn descendants(pid: u32) -> Vec<u32> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for e in entries.flatten() {
            let Some(p) = e.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
                continue;
            };
            // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces.
            if let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) {
                if let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) {
                    if let Some(ppid) = rest.split_whitespace().nth(1).and_then(|s| s.parse().ok())
                    {
                        parents.push((p, ppid));
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut frontier = vec![pid];
    while let Some(p) = frontier.pop() {
        for &(child, parent) in &parents {
            if parent == p {
                out.push(child);
                frontier.push(child);
            }
        }
    }
    out
}

fn check_deb(deb: &Path) -> Result {
    ensure_debian_packages(&[
        "xvfb",
        "xauth",
        "xdotool",
        "imagemagick",
        "appstream",
        "desktop-file-utils",
    ])?;
    step(&format!(
        "Installing {} with apt-get",
        deb.file_name().unwrap_or_default().to_string_lossy()
    ));
    run(&mut crate::apt(&[
        "install",
        "-y",
        "-qq",
        &deb.to_string_lossy(),
    ]))?;
    let result = try_installed();
    step("Removing the package again (apt-get remove twinge)");
    let removed = run(&mut crate::apt(&["remove", "-y", "-qq", "twinge"]));
    result.and(removed)
}

fn try_installed() -> Result {
    let data = tempfile_dir("twinge-package-check")?;
    step("The installed command line: twinge --version, twinge check, twinge add, twinge list");
    let version = output_of(Command::new("/usr/bin/twinge").arg("--version"))?;
    if !version.starts_with("twinge ") {
        return Err(format!("`twinge --version` printed {version:?}"));
    }
    let twinge = |args: &[&str]| {
        let mut c = Command::new("/usr/bin/twinge");
        c.arg("--data-dir").arg(&data).args(args);
        c
    };
    // The end-to-end tests answer file dialogs through an environment variable; a
    // release build must not even contain its name.
    let binary = std::fs::read("/usr/bin/twinge").map_err(|e| e.to_string())?;
    let name = b"TWINGE_TEST_DIALOG_PATH";
    if binary.windows(name.len()).any(|w| w == name) {
        return Err("the installed binary contains the test-only dialog variable".into());
    }
    output_of(&mut twinge(&["check"]))?;
    let add = Vec::from_iter("add --kind cramp --where calf:left --intensity 6".split(' '));
    output_of(&mut twinge(&add))?;
    let list = output_of(&mut twinge(&["list"]))?;
    if !(list.contains("Cramp") && list.contains("Calf, left")) {
        return Err("`twinge list` does not show the episode just added".into());
    }
    for f in [
        "/usr/share/applications/Twinge.desktop",
        "/usr/share/metainfo/app.twinge.journal.metainfo.xml",
        "/usr/share/icons/hicolor/48x48/apps/twinge.png",
        "/usr/share/icons/hicolor/256x256/apps/twinge.png",
    ] {
        if !Path::new(f).exists() {
            return Err(format!("the package did not install {f}"));
        }
    }
    let desktop = std::fs::read_to_string("/usr/share/applications/Twinge.desktop")
        .map_err(|e| e.to_string())?;
    for line in [
        "Categories=Utility;MedicalSoftware;",
        "GenericName=Symptom journal",
        "Exec=twinge",
    ] {
        if !desktop.lines().any(|l| l == line) {
            return Err(format!("Twinge.desktop lacks the line {line}"));
        }
    }
    step("Validating the installed desktop entry and AppStream metainfo");
    run(Command::new("desktop-file-validate").arg("/usr/share/applications/Twinge.desktop"))?;
    run(Command::new("appstreamcli").args([
        "validate",
        "--no-net",
        "/usr/share/metainfo/app.twinge.journal.metainfo.xml",
    ]))?;
    step("The installed app under Xvfb: waiting for its window, then a screenshot");
    let display = Display::start(120)?;
    let app = AppProcess(
        Command::new("/usr/bin/twinge")
            .env("DISPLAY", display.name())
            .env("TWINGE_DATA_DIR", &data)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("the installed twinge did not start: {e}"))?,
    );
    let window = output_of(
        Command::new("timeout")
            .args([
                "30",
                "xdotool",
                "search",
                "--sync",
                "--onlyvisible",
                "--name",
                "^Twinge$",
            ])
            .env("DISPLAY", display.name()),
    )?;
    if window.trim().is_empty() {
        return Err("the installed app showed no window within 30 s".into());
    }
    // Give the page a moment to draw, then keep a picture of it.
    std::thread::sleep(Duration::from_secs(3));
    let shot = out_dir().join("installed-app.png");
    run(Command::new("import")
        .args(["-window", "root"])
        .arg(&shot)
        .env("DISPLAY", display.name()))?;
    println!(
        "package: screenshot of the installed app: {}",
        shot.display()
    );
    drop(app);
    drop(display);
    let _ = std::fs::remove_dir_all(&data);
    Ok(())
}

/// A new empty folder under the system's temporary folder.
pub fn tempfile_dir(prefix: &str) -> Result<PathBuf> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("{prefix}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    Ok(dir)
}
