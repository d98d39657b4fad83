//! Checkpoints off the save path. SQLite copies its write-ahead log back into the
//! database file (a checkpoint) inside whichever commit crosses its threshold, which
//! made about one save in a hundred several times slower than the others. A journal
//! file therefore turns automatic checkpoints off; after each commit a second
//! connection, on a thread of its own, runs a passive checkpoint (one for all the
//! commits that came meanwhile), which never blocks a save. With the log fully copied
//! back, the next save starts it over, so it stays small. Durability does not change:
//! every commit is in the log, synced, before it is acknowledged.

use std::path::Path;
use std::sync::mpsc;
use std::thread::JoinHandle;

use rusqlite::{Connection, OpenFlags};

use crate::open::{connect, harden};
use crate::{Key, Result};

/// How long the thread waits after a commit before checkpointing.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(20);

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
                    // The hook runs while its commit is still being written: give the
                    // commit a moment to finish, so the checkpoint covers it too (the
                    // next save can then start the log over). Every commit that came
                    // meanwhile is covered by this one checkpoint.
                    std::thread::sleep(SETTLE);
                    while rx.try_recv().is_ok() {}
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
