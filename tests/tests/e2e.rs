//! End to end: the real app binary (built by `cargo xtask test` / `cargo xtask e2e`)
//! driven through tauri-driver and WebKitWebDriver on a virtual display (Xvfb)
//! that this harness starts, with a temporary data folder.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

/// One virtual display and driver at a time keeps the harness simple on 2 cores.
static SERIAL: Mutex<()> = Mutex::new(());

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn app_binary() -> PathBuf {
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

fn find_program(name: &str) -> PathBuf {
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
struct Harness {
    xvfb: Child,
    driver: Child,
    port: u16,
    _lock: std::sync::MutexGuard<'static, ()>,
}

impl Drop for Harness {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

fn wait_until(what: &str, timeout: Duration, mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn start(data_dir: &Path) -> Harness {
    let lock = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let display = (90..400)
        .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists())
        .expect("a free X display number");
    let xvfb = Command::new(find_program("Xvfb"))
        .args([
            format!(":{display}"),
            "-screen".into(),
            "0".into(),
            "1024x900x24".into(),
            "-nolisten".into(),
            "tcp".into(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts (install the xvfb package)");
    wait_until("Xvfb", Duration::from_secs(10), || {
        Path::new(&format!("/tmp/.X11-unix/X{display}")).exists()
    });
    let port = free_port();
    let native_port = free_port();
    let driver = Command::new(find_program("tauri-driver"))
        .args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
            "--native-driver",
            "/usr/bin/WebKitWebDriver",
        ])
        .env("DISPLAY", format!(":{display}"))
        .env("TWINGE_DATA_DIR", data_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("tauri-driver starts");
    wait_until("tauri-driver", Duration::from_secs(20), || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
    Harness {
        xvfb,
        driver,
        port,
        _lock: lock,
    }
}

async fn open_app(h: &Harness) -> WebDriver {
    let mut caps = Capabilities::new();
    caps.set(
        "tauri:options",
        serde_json::json!({ "application": app_binary() }),
    )
    .unwrap();
    let driver = WebDriver::new(format!("http://127.0.0.1:{}", h.port), caps)
        .await
        .expect("a WebDriver session with the app");
    // The Log screen is interactive once the kind choices are there.
    driver
        .query(By::Css("label.kind-cramp"))
        .wait(Duration::from_secs(20), Duration::from_millis(100))
        .first()
        .await
        .expect("the Log screen appears");
    driver
}

async fn text_of(driver: &WebDriver, css: &str) -> String {
    driver
        .query(By::Css(css))
        .wait(Duration::from_secs(10), Duration::from_millis(100))
        .first()
        .await
        .unwrap_or_else(|e| panic!("{css} not found: {e}"))
        .text()
        .await
        .unwrap()
}

async fn log_cramp(driver: &WebDriver, notes: &str) {
    driver
        .find(By::Css("label.kind-cramp"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let select = driver.find(By::Css("select[name=region]")).await.unwrap();
    thirtyfour::components::SelectElement::new(&select)
        .await
        .unwrap()
        .select_by_value("calf")
        .await
        .unwrap();
    driver
        .execute(
            "const r = document.querySelector('#intensity');
             r.value = '7';
             r.dispatchEvent(new Event('input', { bubbles: true }));",
            Vec::new(),
        )
        .await
        .unwrap();
    driver
        .find(By::Css("textarea[name=notes]"))
        .await
        .unwrap()
        .send_keys(notes)
        .await
        .unwrap();
    driver
        .find(By::Css("button.save"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let toast = text_of(driver, ".toast").await;
    assert!(toast.contains("Cramp saved"), "toast: {toast}");
}

async fn history_text(driver: &WebDriver) -> String {
    driver
        .find(By::Css("button[data-tab=history]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    text_of(driver, "li.episode").await;
    driver
        .find(By::Css("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn log_an_episode_see_it_in_history_and_after_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let h = start(data.path());

    let driver = open_app(&h).await;
    // Saving with nothing chosen shows the problems next to the fields.
    driver
        .find(By::Css("button.save"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(text_of(&driver, "#err-kind").await.contains("what kind"));
    assert!(text_of(&driver, "#err-where")
        .await
        .contains("where on the body"));

    let notes = "woke me up <img src=x onerror=alert(1)>";
    log_cramp(&driver, notes).await;
    let history = history_text(&driver).await;
    assert!(history.contains("Cramp"), "{history}");
    assert!(history.contains("Calf (left)"), "{history}");
    assert!(
        history.contains(notes),
        "notes are shown as text: {history}"
    );
    assert!(history.contains("1 episode"), "{history}");
    driver.quit().await.unwrap();

    // Start the app again on the same data folder: the episode is still there.
    let driver = open_app(&h).await;
    let history = history_text(&driver).await;
    assert!(history.contains(notes), "{history}");
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_journal_shows_an_error_screen_in_words() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("twinge.db");
    let junk = b"not a database at all\n".repeat(100);
    std::fs::write(&db, &junk).unwrap();
    let h = start(data.path());

    let mut caps = Capabilities::new();
    caps.set(
        "tauri:options",
        serde_json::json!({ "application": app_binary() }),
    )
    .unwrap();
    let driver = WebDriver::new(format!("http://127.0.0.1:{}", h.port), caps)
        .await
        .unwrap();
    let screen = text_of(&driver, ".error-screen").await;
    assert!(
        screen.contains("Twinge cannot open your journal"),
        "{screen}"
    );
    assert!(screen.contains("not a Twinge journal"), "{screen}");
    driver.quit().await.unwrap();
    assert_eq!(
        std::fs::read(&db).unwrap(),
        junk,
        "the file was left as it was"
    );
}
