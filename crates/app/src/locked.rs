//! A journal behind its passcode: the error that says so, and starting over when the
//! passcode is forgotten. Starting over deletes nothing: the locked journal (with its
//! log and key header) is set aside under a dated name, where "Restore a backup" can
//! open it later with the passcode, and an empty journal starts in its place.

use std::path::{Path, PathBuf};

use twinge_store::DB_FILE_NAME;

use crate::keyheader::KEY_FILE;
use crate::paths::with_suffix;
use crate::AppError;

/// The start of the names of journals set aside by "start over".
pub const SET_ASIDE_PREFIX: &str = "twinge-locked-";

/// Why the journal cannot be used yet: it waits for its passcode.
pub fn locked() -> AppError {
    AppError::say("locked", |tr| tr.failure_locked())
}

/// Sets the locked journal in `dir` aside (`twinge-locked-<UTC time>.db`, its `-wal`
/// and `-shm`, and its key header as `….db.key`) so that a new journal can start there.
/// Returns the file the journal now has. Does nothing to a journal without a passcode.
///
/// It needs the journal to this process alone (refused in words otherwise).
pub fn set_aside_locked_journal(dir: &Path, now_ms: i64) -> Result<PathBuf, AppError> {
    let not_locked = || AppError::say("not_locked", |tr| tr.failure_nothing_to_start_over());
    if !dir.join(KEY_FILE).exists() {
        return Err(not_locked());
    }
    let lock = crate::swap::hold(dir)?;
    let _alone = lock.exclusive()?;
    if !dir.join(KEY_FILE).exists() {
        return Err(not_locked());
    }
    let stamp = time::OffsetDateTime::from_unix_timestamp(now_ms.div_euclid(1000))
        .ok()
        .and_then(|t| {
            t.format(time::macros::format_description!(
                "[year][month][day]-[hour][minute][second]"
            ))
            .ok()
        })
        .unwrap_or_else(|| now_ms.to_string());
    let mut aside = dir.join(format!("{SET_ASIDE_PREFIX}{stamp}.db"));
    let mut n = 2;
    while aside.exists() {
        aside = dir.join(format!("{SET_ASIDE_PREFIX}{stamp}-{n}.db"));
        n += 1;
    }
    let db = dir.join(DB_FILE_NAME);
    let files = [
        (with_suffix(&db, "-wal"), with_suffix(&aside, "-wal")),
        (with_suffix(&db, "-shm"), with_suffix(&aside, "-shm")),
        (db.clone(), aside.clone()),
        (dir.join(KEY_FILE), crate::paths::key_beside(&aside)),
    ];
    // First a second name for each file (the set-aside copy is complete before any
    // original goes), then the originals, the key header last: a crash in between
    // leaves at worst the journal under both names.
    for (from, to) in &files {
        match std::fs::hard_link(from, to) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(crate::files::io("set aside", from, e)),
        }
    }
    crate::swap::sync_dir(dir)?;
    for (from, _) in &files {
        match std::fs::remove_file(from) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(crate::files::io("remove", from, e)),
        }
    }
    crate::swap::sync_dir(dir)?;
    Ok(aside)
}
