//! One window per journal: with the app open, a second launch on the same journal
//! brings the first window forward and ends, and a structural change from the command
//! line is refused in words while saves from it still land.

use std::process::Command;
use std::time::{Duration, Instant};

use twinge_tests::driver::new_app;
use twinge_tests::harness::app_binary;

#[tokio::test(flavor = "multi_thread")]
async fn a_second_launch_on_an_open_journal_opens_no_second_window() {
    let (data, h, driver) = new_app().await;

    // The same program, launched again on the same journal (as the reminder's "Open
    // Twinge" or the menu would): it ends at once instead of opening a window.
    let began = Instant::now();
    let second = Command::new(app_binary())
        .env("DISPLAY", h.display())
        .env("TWINGE_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert!(second.status.success());
    assert!(
        String::from_utf8_lossy(&second.stdout).contains("already open"),
        "{}",
        String::from_utf8_lossy(&second.stdout)
    );
    assert!(began.elapsed() < Duration::from_secs(20));

    // The command line beside the open window: a save lands, a passcode change is
    // refused in the app's own words and changes nothing.
    let cli = |args: &[&str]| {
        Command::new(app_binary())
            .arg("--data-dir")
            .arg(data.path())
            .args(args)
            .env_remove("TWINGE_DATA_DIR")
            .output()
            .unwrap()
    };
    let add = cli(&Vec::from_iter(
        "add --kind cramp --where calf:left --intensity 5".split(' '),
    ));
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    let pc = data.path().join("pc");
    std::fs::write(&pc, "violet harbour lantern quietly\n").unwrap();
    let set = cli(&[
        "passcode",
        "set",
        "--new-passcode-file",
        pc.to_str().unwrap(),
    ]);
    assert!(!set.status.success());
    let said = String::from_utf8_lossy(&set.stderr);
    assert!(
        said.contains("Twinge is open in another window or command — close it and try again"),
        "{said}"
    );
    assert!(!data.path().join("twinge.key").exists());
    driver.quit().await.unwrap();
}
