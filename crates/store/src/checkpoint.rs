//! Checkpoints off the save path. SQLite copies its write-ahead log back into the
//! database file (a checkpoint) inside whichever commit crosses its threshold, which
//! made about one save in a hundred several times slower than the others. A journal
//! file therefore turns automatic checkpoints off; a second connection, on a thread of
//! its own, runs a passive checkpoint once the journal has been quiet for a moment
//! (one for all the commits before), or after a long run of commits without a pause,
//! so that a checkpoint seldom competes with a save for the disk. With the log fully
//! copied back, the next save starts it over, so it stays small. Durability does not
//! change: every commit is in the log, synced, before it is acknowledged.

use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::connect::{connect, harden};
use crate::{Key, Result};

/// How long the journal must go without a commit before the thread checkpoints.
const QUIET: Duration = Duration::from_millis(150);
/// After this many commits without such a pause it checkpoints anyway.
const MOST_COMMITS: u32 = 256;

/// The checkpointing thread of one open journal; dropping it finishes the thread.
pub(crate) struct Checkpointer {
    wake: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Starts the thread with its own connection to `path`, and makes `main` count its
    /// commits for it (with automatic checkpoints off).
    pub(crate) fn start(main: &Connection, path: &Path, key: Option<&Key>) -> Result<Checkpointer> {
        let conn = connect(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        harden(&conn)?;
        if let Some(key) = key {
            crate::key::apply(&conn, key, path)?;
        }
        conn.execute_batch("PRAGMA busy_timeout = 5000;")?;
        let (wake, rx) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("twinge-checkpoint".into())
            .spawn(move || {
                while rx.recv().is_ok() {
                    // The hook runs while its commit is still being written; waiting
                    // for a quiet moment lets it finish, so the checkpoint covers it
                    // (and the next save can start the log over).
                    let mut commits = 1;
                    loop {
                        match rx.recv_timeout(QUIET) {
                            Ok(()) if commits + 1 < MOST_COMMITS => commits += 1,
                            Ok(()) | Err(RecvTimeoutError::Timeout) => break,
                            Err(RecvTimeoutError::Disconnected) => break,
                        }
                    }
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })?;
        main.execute_batch("PRAGMA wal_autocheckpoint = 0;")?;
        let tx = wake.clone();
        main.commit_hook(Some(move || {
            let _ = tx.send(());
            false
        }))?;
        Ok(Checkpointer {
            wake: Some(wake),
            thread: Some(thread),
        })
    }
}

impl Checkpointer {
    /// Stops counting `main`'s commits, lets the thread finish its checkpoint and waits
    /// for it, so its connection is closed before the journal's own (and before anyone
    /// replaces or copies over the file).
    pub(crate) fn stop(mut self, main: &Connection) {
        let _ = main.commit_hook(None::<fn() -> bool>);
        self.wake.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
