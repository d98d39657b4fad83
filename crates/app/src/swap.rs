//! The swap that replaces the journal file: the new journal is written beside it as
//! `twinge.db.swap` (with `twinge.key.swap` for an encrypted one) and checked; then the
//! mark `twinge.swap` decides it, and the renames that follow are redone by the next
//! open if a crash cut them short. Without the mark, the swap files are thrown away.
//! Only a holder of the journal's lock alone (a structural change) or of the change
//! gate (an opener finishing a swap a crash left) runs these.

use std::path::Path;

use twinge_store::DB_FILE_NAME;

use crate::files::io;
use crate::keyheader::KEY_FILE;
use crate::paths::with_suffix;
use crate::AppError;

pub(crate) const DB_SWAP: &str = "twinge.db.swap";
pub(crate) const KEY_SWAP: &str = "twinge.key.swap";
pub(crate) const SWAP_MARK: &str = "twinge.swap";

/// Whether a swap left files behind (so an opener must finish or clear it).
pub(crate) fn pending(dir: &Path) -> bool {
    [SWAP_MARK, DB_SWAP, KEY_SWAP]
        .iter()
        .any(|n| dir.join(n).exists())
}

/// Writes the mark that decides a swap to `encrypted` or plain.
pub(crate) fn decide(dir: &Path, encrypted: bool) -> Result<(), AppError> {
    let mark: &[u8] = if encrypted {
        b"encrypted\n"
    } else {
        b"plain\n"
    };
    crate::write_atomically(&dir.join(SWAP_MARK), mark)?;
    sync_dir(dir)
}

pub(crate) fn remove_if_there(path: &Path) -> Result<(), AppError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io("remove", path, e)),
    }
}

/// Makes the renames of a folder durable.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), AppError> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io("sync", dir, e))
}

/// Finishes a swap that was decided (the mark is there), or throws away one that was not.
/// Run before a journal is opened; doing it twice does no harm.
pub(crate) fn recover_swap(dir: &Path) -> Result<(), AppError> {
    let mark = dir.join(SWAP_MARK);
    let target = match std::fs::read_to_string(&mark) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            remove_if_there(&dir.join(DB_SWAP))?;
            return remove_if_there(&dir.join(KEY_SWAP));
        }
        Err(e) => return Err(io("read", &mark, e)),
    };
    let db = dir.join(DB_FILE_NAME);
    let new_db = dir.join(DB_SWAP);
    if new_db.exists() {
        // The old journal's log belongs to the old file, which is being replaced (it was
        // closed cleanly before the mark, so everything in it is in the new file).
        remove_if_there(&with_suffix(&db, "-wal"))?;
        remove_if_there(&with_suffix(&db, "-shm"))?;
        std::fs::rename(&new_db, &db).map_err(|e| io("replace", &db, e))?;
    }
    let key = dir.join(KEY_FILE);
    if target.trim() == "encrypted" {
        let new_key = dir.join(KEY_SWAP);
        if new_key.exists() {
            std::fs::rename(&new_key, &key).map_err(|e| io("replace", &key, e))?;
        }
    } else {
        remove_if_there(&key)?;
        remove_if_there(&dir.join(KEY_SWAP))?;
    }
    sync_dir(dir)?;
    remove_if_there(&mark)?;
    sync_dir(dir)
}

/// Takes the shared hold of the journal in `dir` that every opener keeps while the
/// journal is open, and finishes (under the change gate) a swap a crash left.
pub(crate) fn hold(dir: &Path) -> Result<std::sync::Arc<twinge_store::JournalLock>, AppError> {
    let lock = std::sync::Arc::new(twinge_store::JournalLock::shared(dir)?);
    if pending(dir) {
        let _gate = twinge_store::Gate::take(dir)?;
        recover_swap(dir)?;
    }
    Ok(lock)
}
