//! The evening reminder through the `twinge` binary: the decision's branches as a
//! person meets them, and the notification actually sent on a private D-Bus session
//! bus (its own `dbus-daemon`), seen both by `dbus-monitor` and by a stand-in
//! notification service; the systemd units checked by `systemd-analyze verify`.

mod common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::stdout;

fn twinge(dir: &Path, bus: &str, config: &Path, args: &[&str]) -> Output {
    common::command(dir)
        .args(args)
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .env("XDG_CONFIG_HOME", config)
        .output()
        .expect("twinge runs")
}

/// A process that is stopped when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The notifications the stand-in service was asked to show: (summary, body).
#[derive(Clone, Default)]
struct Shown(Arc<Mutex<Vec<(String, String)>>>);

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Shown {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        _actions: Vec<String>,
        _hints: HashMap<String, zbus::OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut shown = self.0.lock().unwrap();
        shown.push((summary, body));
        shown.len() as u32
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into(), "actions".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "stand-in".into(),
            "twinge tests".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}
}

fn which(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_reminder_is_sent_on_the_session_bus_once_and_only_when_today_is_blank() {
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let d = dir.path();

    // A private session bus.
    let mut daemon = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("dbus-daemon (Debian package dbus-daemon) is installed");
    let mut address = String::new();
    BufReader::new(daemon.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    let _daemon = Running(daemon);
    let bus = address.trim().to_string();

    let shown = Shown::default();
    let _service = zbus::block_on(
        zbus::connection::Builder::address(bus.as_str())
            .name("org.freedesktop.Notifications")
            .serve_at("/org/freedesktop/Notifications", shown.clone())
            .build(),
    )
    .expect("the stand-in notification service is on the bus");
    let log = dir.path().join("monitor.txt");
    let _monitor = Running(
        Command::new("dbus-monitor")
            .args([
                "--address",
                &bus,
                "interface='org.freedesktop.Notifications'",
            ])
            .stdout(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("dbus-monitor (Debian package dbus-bin) is installed"),
    );
    std::thread::sleep(Duration::from_millis(500));

    // Off: nothing is sent.
    let said = stdout(&twinge(d, &bus, config.path(), &["remind"]));
    assert!(said.contains("is off"), "{said}");
    // On at 00:00 (so its time has come), nothing recorded today: sent.
    let on = stdout(&twinge(
        d,
        &bus,
        config.path(),
        &["remind", "--at", "00:00"],
    ));
    assert!(on.contains("on at 00:00"), "{on}");
    // No user systemd on this private bus: it says so and leaves no units behind.
    assert!(on.contains("cannot come while Twinge is closed"), "{on}");
    // In Twinge's words: what systemctl said is only in the details.
    assert!(!on.contains("bus") && !on.contains("Failed"), "{on}");
    assert!(!config
        .path()
        .join("systemd/user/twinge-reminder.timer")
        .exists());
    let sent = stdout(&twinge(d, &bus, config.path(), &["remind", "--no-wait"]));
    assert!(sent.contains("Reminder shown"), "{sent}");
    // Once a day.
    let again = stdout(&twinge(d, &bus, config.path(), &["remind", "--no-wait"]));
    assert!(again.contains("already sent"), "{again}");
    assert_eq!(
        shown.0.lock().unwrap().clone(),
        vec![(
            "Anything to log today?".to_string(),
            "Nothing is recorded for today yet. The daily check-in takes a few taps.".to_string()
        )]
    );
    std::thread::sleep(Duration::from_millis(300));
    let seen = std::fs::read_to_string(&log).unwrap();
    assert!(
        seen.contains("member=Notify") && seen.contains("Anything to log today?"),
        "dbus-monitor saw: {seen}"
    );

    // A new day's state (not sent yet) after today's check-in: recorded, nothing sent.
    let mut state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join("reminder.json")).unwrap()).unwrap();
    state["sent_on"] = serde_json::Value::Null;
    std::fs::write(d.join("reminder.json"), state.to_string()).unwrap();
    stdout(&twinge(
        d,
        &bus,
        config.path(),
        &["checkin", "--factor", "caffeine"],
    ));
    let recorded = stdout(&twinge(d, &bus, config.path(), &["remind", "--no-wait"]));
    assert!(recorded.contains("Today is recorded"), "{recorded}");
    assert_eq!(shown.0.lock().unwrap().len(), 1);

    // Off again: no timer left.
    stdout(&twinge(d, &bus, config.path(), &["remind", "--off"]));
    assert!(!config
        .path()
        .join("systemd/user/twinge-reminder.timer")
        .exists());
}

#[test]
fn the_timer_units_pass_systemd_analyze_verify() {
    if !which("systemd-analyze") {
        eprintln!("systemd-analyze is not installed here: the units were not verified");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir
        .path()
        .join("data with space, $HOME ${HOME} %h and \"quotes\"");
    let (service, timer) =
        twinge_app::unit_files(Path::new(env!("CARGO_BIN_EXE_twinge")), &data, "21:30").unwrap();
    assert!(timer.contains("OnCalendar=*-*-* 21:30:00"), "{timer}");
    // Nothing systemd would expand or split: variables and specifiers doubled, quotes
    // escaped inside one quoted word.
    assert!(
        service.contains("$$HOME $${HOME} %%h and \\\"quotes\\\"\" remind"),
        "{service}"
    );
    // A line break in a folder's name would add lines to the unit: refused in words.
    let broken = dir.path().join("two\nlines");
    let e = twinge_app::unit_files(Path::new("/usr/bin/twinge"), &broken, "21:30").unwrap_err();
    assert_eq!(e.code, "bad_folder_name", "{}", e.message);
    for bad in ["+9:+5", "9:05", "21:60", "24:00", "21:3a"] {
        assert!(
            twinge_app::unit_files(Path::new("/usr/bin/twinge"), &data, bad).is_err(),
            "{bad}"
        );
        assert_eq!(twinge_app::parse_time(bad), None, "{bad}");
    }
    let s = dir.path().join("twinge-reminder.service");
    let t = dir.path().join("twinge-reminder.timer");
    std::fs::write(&s, service).unwrap();
    std::fs::write(&t, timer).unwrap();
    let out = Command::new("systemd-analyze")
        .args(["verify", "--man=no"])
        .arg(&s)
        .arg(&t)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
