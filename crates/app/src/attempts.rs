//! Guessing stays slow: wrong passcodes in a row are counted in a small file beside the
//! journal (`twinge.tries`, 0600, outside the encrypted file), so the wait after them
//! holds across restarts and for the app, the command line and restoring a backup with
//! its own passcode alike. After three wrong tries each next one waits longer (1 s, 2 s,
//! 4 s … up to a minute).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{write_atomically, AppError};

/// The file of wrong tries, beside the journal.
pub const TRIES_FILE: &str = "twinge.tries";

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Tries {
    failures: u32,
    last_failure_ms: i64,
}

impl Tries {
    fn wait_ms(&self) -> i64 {
        match self.failures {
            0..=2 => 0,
            n => 1000 << (n - 3).min(6),
        }
    }
}

/// The wrong tries of the journal in a data folder.
#[derive(Debug)]
pub struct UnlockAttempts {
    path: PathBuf,
    tries: Tries,
}

impl UnlockAttempts {
    /// The count kept for the journal in `dir` (none yet, or unreadable: zero).
    pub fn of(dir: &Path) -> UnlockAttempts {
        let path = dir.join(TRIES_FILE);
        let tries = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        UnlockAttempts { path, tries }
    }

    /// Refuses a try that comes too soon after the last wrong passcode, in words.
    pub fn check(&self, now_ms: i64) -> Result<(), AppError> {
        let left = self.tries.last_failure_ms + self.tries.wait_ms() - now_ms;
        if left > 0 {
            let seconds = (left + 999) / 1000;
            let failures = self.tries.failures;
            return Err(AppError::say("too_many_tries", move |tr| {
                tr.failure_too_many_tries(failures, seconds)
            }));
        }
        Ok(())
    }

    /// Counts the outcome of a try: a wrong passcode adds one, success starts again.
    pub fn record<T>(&mut self, outcome: &Result<T, AppError>, now_ms: i64) {
        match outcome {
            Ok(_) if self.tries.failures > 0 => {
                self.tries = Tries::default();
                let _ = std::fs::remove_file(&self.path);
            }
            Err(e) if e.code == "wrong_passcode" => {
                self.tries.failures = self.tries.failures.saturating_add(1);
                self.tries.last_failure_ms = now_ms;
                if let Ok(text) = serde_json::to_vec(&self.tries) {
                    // Best effort: a folder that cannot be written to cannot be
                    // unlocked into either.
                    let _ = write_atomically(&self.path, &text);
                }
            }
            _ => {}
        }
    }
}

/// Runs a try of a passcode for the journal in `dir`: refused while the wait after wrong
/// passcodes runs, and counted.
pub(crate) fn guarded<T>(
    dir: &Path,
    now_ms: i64,
    attempt: impl FnOnce() -> Result<T, AppError>,
) -> Result<T, AppError> {
    let mut attempts = UnlockAttempts::of(dir);
    attempts.check(now_ms)?;
    let outcome = attempt();
    attempts.record(&outcome, now_ms);
    outcome
}
