//! The passcode from the command line: set, used and removed through files (never
//! arguments), weak ones refused with reasons, wrong tries waited for across runs.

mod common;

use common::{list_json, passcode_files, twinge, GOOD};

#[test]
fn a_passcode_is_set_used_and_removed_from_files_never_from_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let (secrets, files) = passcode_files(&["correct horse battery mossy", "wrong horse"]);
    let [right, wrong] = [&files[0], &files[1]];
    assert!(twinge(dir.path(), GOOD).status.success());

    let set = twinge(
        dir.path(),
        &["passcode", "set", "--new-passcode-file", right],
    );
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    assert!(String::from_utf8_lossy(&set.stdout).contains("cannot be recovered"));

    // Locked: no terminal to ask in, so it says how to give the passcode.
    let locked = twinge(dir.path(), &["list"]);
    assert!(!locked.status.success());
    assert!(String::from_utf8_lossy(&locked.stderr).contains("--passcode-file"));
    let bad = twinge(dir.path(), &["--passcode-file", wrong, "list"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("does not open"));

    let list = twinge(dir.path(), &["--passcode-file", right, "list"]);
    assert!(
        list.status.success(),
        "{}",
        String::from_utf8_lossy(&list.stderr)
    );
    assert!(String::from_utf8_lossy(&list.stdout).contains("Calf, left"));

    let backup = secrets.path().join("backup.db");
    let backup = backup.to_str().unwrap();
    let made = twinge(
        dir.path(),
        &["--passcode-file", right, "backup", "--out", backup],
    );
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );

    let removed = twinge(
        dir.path(),
        &["--passcode-file", right, "passcode", "remove"],
    );
    assert!(removed.status.success());
    assert_eq!(list_json(dir.path()).as_array().unwrap().len(), 1);

    // The backup was made under the passcode: restoring it into the plain journal asks
    // for that passcode, from a file (no terminal here), and the journal stays plain.
    assert!(twinge(dir.path(), GOOD).status.success());
    let asked = twinge(dir.path(), &["restore", backup]);
    assert!(!asked.status.success());
    let said = String::from_utf8_lossy(&asked.stderr);
    assert!(
        said.contains("another passcode") && said.contains("--backup-passcode-file"),
        "{said}"
    );
    assert_eq!(
        list_json(dir.path()).as_array().unwrap().len(),
        2,
        "nothing changed"
    );
    let restored = twinge(
        dir.path(),
        &["restore", backup, "--backup-passcode-file", right],
    );
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    assert_eq!(list_json(dir.path()).as_array().unwrap().len(), 1);
}

#[test]
fn weak_new_passcodes_are_refused_with_reasons_and_wrong_ones_wait_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let (_secrets, files) = passcode_files(&["123456", "lantern orchid quietly ferment", "not it"]);
    let [weak, right, wrong] = [&files[0], &files[1], &files[2]];
    assert!(twinge(dir.path(), GOOD).status.success());
    let refused = twinge(
        dir.path(),
        &["passcode", "set", "--new-passcode-file", weak],
    );
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("easy to guess") && said.contains("word"),
        "{said}"
    );
    assert!(!dir.path().join("twinge.key").exists(), "nothing changed");
    assert!(twinge(
        dir.path(),
        &["passcode", "set", "--new-passcode-file", right],
    )
    .status
    .success());
    // Each run is a new process: the count of wrong tries is kept beside the journal.
    // Three are free; then each wrong one doubles the wait (1 s, 2 s, 4 s …). A slow
    // machine may take longer than a wait between two runs, so wrong tries go on until
    // one is told to wait.
    let said = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).into_owned();
    for _ in 0..3 {
        let bad = twinge(dir.path(), &["--passcode-file", wrong, "list"]);
        assert!(said(&bad).contains("does not open"), "{}", said(&bad));
    }
    let mut told_to_wait = false;
    for _ in 0..7 {
        let bad = twinge(dir.path(), &["--passcode-file", wrong, "list"]);
        if said(&bad).contains("wait") {
            told_to_wait = true;
            break;
        }
    }
    assert!(told_to_wait, "wrong tries were never made to wait");
    // While it waits, even the right passcode is not tried.
    let waits = twinge(dir.path(), &["--passcode-file", right, "list"]);
    assert!(!waits.status.success());
    assert!(said(&waits).contains("wait"), "{}", said(&waits));
    // Changing the passcode needs the current one, once the wait is over.
    let change_args = [
        "--passcode-file",
        right,
        "passcode",
        "set",
        "--new-passcode-file",
        right,
    ];
    let mut change = twinge(dir.path(), &change_args);
    for _ in 0..70 {
        if !said(&change).contains("wait") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_secs(1));
        change = twinge(dir.path(), &change_args);
    }
    assert!(
        change.status.success(),
        "{}",
        String::from_utf8_lossy(&change.stderr)
    );
}
