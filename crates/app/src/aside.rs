//! Setting a journal aside so that a new one can start in its place, deleting nothing:
//! a locked journal whose passcode is forgotten (with its log and key header, where
//! "Restore a backup" can open it later with the passcode), or a damaged one that no
//! longer opens (then a backup restores the entries). The file keeps a dated name in
//! the data folder.

use std::path::{Path, PathBuf};

use twinge_store::{Key, Store, StoreError, DB_FILE_NAME};

use crate::keyheader::{KeyHeader, KEY_FILE};
use crate::paths::{key_beside, with_suffix};
use crate::AppError;

/// The start of the names of locked journals set aside by "start over".
pub const SET_ASIDE_PREFIX: &str = "twinge-locked-";

/// The start of the names of damaged journals set aside.
pub const DAMAGED_PREFIX: &str = "twinge-damaged-";

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
    set_aside(
        dir,
        (now_ms, SET_ASIDE_PREFIX, Backups::Keep),
        || match dir.join(KEY_FILE).exists() {
            true => Ok(()),
            false => Err(AppError::say("not_locked", |tr| {
                tr.failure_nothing_to_start_over()
            })),
        },
    )
}

/// Sets a damaged journal in `dir` aside (`twinge-damaged-<UTC time>.db`, with its
/// `-wal` and `-shm`, and an encrypted one's key header as `….db.key`): one whose file
/// is no longer a journal that reads — with `passcode`, for an encrypted one. Returns
/// the file it now has. A journal that reads (or is from a newer Twinge) is refused in
/// words and left as it is; an encrypted one without its passcode too.
pub fn set_aside_damaged_journal(
    dir: &Path,
    now_ms: i64,
    passcode: Option<&str>,
) -> Result<PathBuf, AppError> {
    let key = damaged_key(dir, passcode)?;
    set_aside_damaged(dir, now_ms, key.as_ref(), Backups::Keep)
}

/// The key `passcode` gives the damaged journal in `dir`: none for a plain one; an
/// encrypted one without its passcode is [`locked`].
pub(crate) fn damaged_key(dir: &Path, passcode: Option<&str>) -> Result<Option<Key>, AppError> {
    match (dir.join(KEY_FILE).exists(), passcode) {
        (false, _) => Ok(None),
        (true, Some(passcode)) => Ok(Some(KeyHeader::read(dir)?.derive(passcode)?)),
        (true, None) => Err(locked()),
    }
}

/// What becomes of the daily backups when a journal is set aside.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backups {
    /// A new, empty journal starts: the set-aside journal's backups move into a folder
    /// of its name in `backups/`, out of the rotation that keeps seven (the new
    /// journal's would push them out within a week, and they may be all that is left of
    /// its entries).
    Keep,
    /// A backup is restored in its place: they stay, the restored journal's own.
    Stay,
}

/// [`set_aside_damaged_journal`] with the key the passcode gives (none: a plain journal).
pub(crate) fn set_aside_damaged(
    dir: &Path,
    now_ms: i64,
    key: Option<&Key>,
    backups: Backups,
) -> Result<PathBuf, AppError> {
    let db = dir.join(DB_FILE_NAME);
    set_aside(dir, (now_ms, DAMAGED_PREFIX, backups), || {
        if !db.exists() || dir.join(KEY_FILE).exists() != key.is_some() {
            return Err(AppError::say("not_damaged", |tr| tr.failure_not_damaged()));
        }
        match Store::check_file_with_key(&db, key) {
            Err(StoreError::Corrupt { .. } | StoreError::NotADatabase { .. }) => Ok(()),
            Err(StoreError::WrongKey { .. }) => Err(crate::passcode::wrong_passcode()),
            _ => Err(AppError::say("not_damaged", |tr| tr.failure_not_damaged())),
        }
    })
}

/// Moves the journal in `dir` aside under `prefix` and the time when `applies` says it
/// may, asked before and again with the journal held by this process alone; otherwise
/// the reason `applies` gives.
fn set_aside(
    dir: &Path,
    (now_ms, prefix, backups): (i64, &str, Backups),
    applies: impl Fn() -> Result<(), AppError>,
) -> Result<PathBuf, AppError> {
    applies()?;
    let lock = crate::swap::hold(dir)?;
    let _alone = lock.exclusive()?;
    applies()?;
    let aside = move_aside(dir, now_ms, prefix)?;
    if backups == Backups::Keep {
        // The journal is aside already, so this says no error: a backup that could not
        // move stays where it was, deleted by nothing sooner than before.
        let _ = keep_backups(dir, &aside);
    }
    Ok(aside)
}

/// Moves the daily backups (and their key headers) into `backups/<the set-aside
/// file's name without .db>/`, where no rotation reaches them.
fn keep_backups(dir: &Path, aside: &Path) -> Result<(), AppError> {
    let backups = dir.join(crate::BACKUP_DIR);
    let daily = crate::paths::daily_backups(&backups);
    if daily.is_empty() {
        return Ok(());
    }
    let folder = backups.join(aside.file_stem().unwrap_or_default());
    twinge_store::private::create_dir(&folder)
        .map_err(|e| crate::files::io("write in", &folder, e))?;
    for backup in daily {
        let Some(name) = backup.file_name() else {
            continue;
        };
        let to = folder.join(name);
        for (from, to) in [(key_beside(&backup), key_beside(&to)), (backup, to)] {
            match std::fs::rename(&from, &to) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(crate::files::io("move", &from, e)),
            }
        }
    }
    crate::swap::sync_dir(&folder)?;
    crate::swap::sync_dir(&backups)
}

fn move_aside(dir: &Path, now_ms: i64, prefix: &str) -> Result<PathBuf, AppError> {
    let stamp = time::OffsetDateTime::from_unix_timestamp(now_ms.div_euclid(1000))
        .ok()
        .and_then(|t| {
            t.format(time::macros::format_description!(
                "[year][month][day]-[hour][minute][second]"
            ))
            .ok()
        })
        .unwrap_or_else(|| now_ms.to_string());
    let mut aside = dir.join(format!("{prefix}{stamp}.db"));
    let mut n = 2;
    while aside.exists() {
        aside = dir.join(format!("{prefix}{stamp}-{n}.db"));
        n += 1;
    }
    let db = dir.join(DB_FILE_NAME);
    let files = [
        (with_suffix(&db, "-wal"), with_suffix(&aside, "-wal")),
        (with_suffix(&db, "-shm"), with_suffix(&aside, "-shm")),
        (db.clone(), aside.clone()),
        (dir.join(KEY_FILE), key_beside(&aside)),
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
