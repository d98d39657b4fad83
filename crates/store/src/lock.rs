//! One journal, one writer for structural changes. Every process that opens the journal
//! in a data folder holds a shared lock on `twinge.lock` there for as long as it has it
//! open (the operating system's advisory file lock, `flock`, through the standard
//! library). A change that replaces, re-keys or removes the journal or its copies needs
//! that lock to itself, and refuses in words while anyone else holds it.
//!
//! Turning a shared lock into an exclusive one is not atomic on Linux (a refused try
//! drops the shared lock), so every exclusive hold is taken behind a second lock, the
//! *change gate* (`twinge.change.lock`): whoever holds the gate is the only one who may
//! take the journal's lock exclusively, so getting the shared lock back after a refused
//! try never waits. The daily backup and finishing an interrupted swap hold the gate
//! too, so they never interleave with a structural change.
//!
//! Waits are counted in tries a fixed interval apart, not read from the clock (the
//! store never reads the clock).

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{Result, StoreError};

/// The lock every process holds (shared) while the journal is open.
pub const LOCK_FILE: &str = "twinge.lock";
/// The gate that structural changes and the daily backup hold.
pub const GATE_FILE: &str = "twinge.change.lock";

const TRY_EVERY: Duration = Duration::from_millis(50);
/// How long an opener waits for a structural change of another process to finish
/// (re-keying a large journal takes seconds): 60 s.
const OPEN_TRIES: u32 = 1200;
/// How long a structural change waits for the gate (a daily backup, another change): 30 s.
const GATE_TRIES: u32 = 600;

/// The sentence a refused structural change says.
pub const IN_USE: &str =
    "Twinge is open in another window or command — close it and try again. Nothing was changed.";

fn open_lock_file(path: &Path) -> Result<File> {
    crate::private::create_file(path)?;
    Ok(OpenOptions::new().read(true).write(true).open(path)?)
}

/// Tries `attempt` until it succeeds or `tries` run out (`Ok(false)`).
fn retry(tries: u32, mut attempt: impl FnMut() -> std::io::Result<bool>) -> Result<bool> {
    for n in 0..tries.max(1) {
        if attempt()? {
            return Ok(true);
        }
        if n + 1 < tries {
            std::thread::sleep(TRY_EVERY);
        }
    }
    Ok(false)
}

fn would_block(r: std::result::Result<(), TryLockError>) -> std::io::Result<bool> {
    match r {
        Ok(()) => Ok(true),
        Err(TryLockError::WouldBlock) => Ok(false),
        Err(TryLockError::Error(e)) => Err(e),
    }
}

/// A shared hold on a data folder's journal.
#[derive(Debug)]
pub struct JournalLock {
    dir: PathBuf,
    file: File,
}

impl JournalLock {
    /// Takes the shared lock of the journal in `dir` (creating the folder and the lock
    /// file), waiting while another process changes the journal's structure.
    pub fn shared(dir: &Path) -> Result<JournalLock> {
        crate::private::create_dir(dir)?;
        // Both files exist from the first open on, so no later step adds a file.
        crate::private::create_file(&dir.join(GATE_FILE))?;
        let file = open_lock_file(&dir.join(LOCK_FILE))?;
        if !retry(OPEN_TRIES, || would_block(file.try_lock_shared()))? {
            return Err(StoreError::Busy(
                "Twinge is still changing this journal in another window or command (a \
                 passcode, a restore or a deletion). Try again when it has finished."
                    .into(),
            ));
        }
        Ok(JournalLock {
            dir: dir.to_path_buf(),
            file,
        })
    }

    /// The data folder this lock is for.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The journal to this process alone, for a structural change: refused in words
    /// ([`IN_USE`]) while another process or window has it open. Dropping the guard
    /// makes the hold shared again.
    pub fn exclusive(&self) -> Result<Exclusive<'_>> {
        let gate = Gate::take(&self.dir)?;
        // A refused try drops the shared lock (Linux converts by unlocking first); the
        // gate guarantees nobody else can hold it exclusively, so taking it back is
        // immediate.
        match self.file.try_lock() {
            Ok(()) => Ok(Exclusive {
                lock: self,
                _gate: gate,
            }),
            Err(TryLockError::WouldBlock) => {
                self.file.lock_shared()?;
                Err(StoreError::Busy(IN_USE.into()))
            }
            Err(TryLockError::Error(e)) => {
                self.file.lock_shared()?;
                Err(e.into())
            }
        }
    }
}

/// The journal held by this process alone; shared again when dropped.
#[derive(Debug)]
pub struct Exclusive<'a> {
    lock: &'a JournalLock,
    _gate: Gate,
}

impl Drop for Exclusive<'_> {
    fn drop(&mut self) {
        // Exclusive → shared never conflicts (nobody else holds it). Then the gate goes.
        let _ = self.lock.file.lock_shared();
    }
}

/// The change gate: while held, no structural change starts.
#[derive(Debug)]
pub struct Gate {
    file: File,
}

impl Gate {
    /// Takes the gate of the journal in `dir`, waiting up to 30 s for a daily backup or
    /// another change to finish; refused in words after that.
    pub fn take(dir: &Path) -> Result<Gate> {
        crate::private::create_dir(dir)?;
        let file = open_lock_file(&dir.join(GATE_FILE))?;
        if !retry(GATE_TRIES, || would_block(file.try_lock()))? {
            return Err(StoreError::Busy(IN_USE.into()));
        }
        Ok(Gate { file })
    }
}

impl Drop for Gate {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// Whether `name` is one of the lock files (kept by "delete everything": a process
/// waiting on one must not end up locking a file that is no longer there).
pub fn is_lock_file(name: &str) -> bool {
    name == LOCK_FILE || name == GATE_FILE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclusive_is_refused_while_another_holder_is_open_and_shared_again_after() {
        let dir = tempfile::tempdir().unwrap();
        let a = JournalLock::shared(dir.path()).unwrap();
        let b = JournalLock::shared(dir.path()).unwrap();
        let e = a.exclusive().unwrap_err();
        assert!(e.to_string().contains("open in another window"), "{e}");
        // a still holds its shared lock after the refused try: b cannot go exclusive.
        assert!(b.exclusive().is_err());
        drop(b);
        {
            let _x = a.exclusive().unwrap();
            // While a holds it alone, a new holder cannot even take the gate or a share.
            assert!(File::open(dir.path().join(LOCK_FILE))
                .unwrap()
                .try_lock_shared()
                .is_err());
        }
        // Shared again: another shared holder gets in at once.
        let c = File::open(dir.path().join(LOCK_FILE)).unwrap();
        assert!(c.try_lock_shared().is_ok());
    }
}
