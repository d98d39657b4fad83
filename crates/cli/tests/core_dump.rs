//! Key hygiene: a running `twinge` that has opened an encrypted journal holds no copy of
//! the key as hex text (the form `PRAGMA key` and `ATTACH … KEY` take) in its memory.
//! The memory is dumped with `gcore` (gdb; the tests run as root on CI, which may attach
//! to a process that turned core dumps off).

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{stdout, twinge};

/// The journal's key, derived here independently from its header and passcode.
fn key_of(dir: &std::path::Path, passcode: &str) -> [u8; 32] {
    let header: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("twinge.key")).unwrap()).unwrap();
    let n = |k: &str| u32::try_from(header[k].as_u64().unwrap()).unwrap();
    let salt_hex = header["salt"].as_str().unwrap();
    let salt: Vec<u8> = (0..salt_hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&salt_hex[i..i + 2], 16).unwrap())
        .collect();
    let params = argon2::Params::new(n("memory_kib"), n("passes"), n("lanes"), Some(32)).unwrap();
    let mut key = [0u8; 32];
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password_into(passcode.as_bytes(), &salt, &mut key)
        .unwrap();
    key
}

#[test]
fn a_running_twinge_with_an_encrypted_journal_holds_no_hex_key_text() {
    let work = tempfile::tempdir().unwrap();
    let (journal, other) = (work.path().join("j"), work.path().join("o"));
    let passcode = "violet harbour lantern quietly";
    let (_secrets, files) = common::passcode_files(&[passcode, "other words entirely here"]);
    let [pc, p2] = [files[0].as_str(), files[1].as_str()];
    for (dir, p) in [(&journal, pc), (&other, p2)] {
        common::add(dir, "cramp", "calf:left", 6);
        let set = ["passcode", "set", "--new-passcode-file", p];
        stdout(&twinge(dir, &set));
    }
    let backup = work.path().join("other-backup.db");
    let b = backup.to_str().unwrap();
    stdout(&twinge(
        &other,
        &["--passcode-file", p2, "backup", "--out", b],
    ));

    // Restoring the other journal's backup opens this journal, then waits for the
    // backup's passcode on a pipe that nobody writes yet: a process to dump.
    let fifo = work.path().join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let mut child = common::command(&journal)
        .args(["--passcode-file", pc, "restore", b])
        .arg("--backup-passcode-file")
        .arg(&fifo)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut said = String::new();
    BufReader::new(child.stderr.as_mut().unwrap())
        .read_line(&mut said)
        .unwrap();
    assert!(said.contains("another passcode"), "{said}");

    let core = work.path().join("core");
    let dumped = std::process::Command::new("gcore")
        .arg("-o")
        .arg(&core)
        .arg(child.id().to_string())
        .output()
        .expect("gcore (gdb) is installed: cargo xtask test installs it");
    std::fs::write(&fifo, "").ok();
    let _ = child.wait();
    assert!(
        dumped.status.success(),
        "{}",
        String::from_utf8_lossy(&dumped.stderr)
    );
    let memory = std::fs::read(format!("{}.{}", core.display(), child.id())).unwrap();
    // The dump is of the right process: the journal's folder name is in it.
    let folder = journal.to_string_lossy().into_owned();
    assert!(memory.windows(folder.len()).any(|w| w == folder.as_bytes()));
    let key = key_of(&journal, passcode);
    for upper in [false, true] {
        let hex: String = key
            .iter()
            .map(|b| {
                if upper {
                    format!("{b:02X}")
                } else {
                    format!("{b:02x}")
                }
            })
            .collect();
        for part in [&hex[..32], &hex[32..]] {
            assert!(
                !memory.windows(32).any(|w| w == part.as_bytes()),
                "the key's hex text is in the process's memory"
            );
        }
    }
}
