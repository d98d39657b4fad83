//! The copies Twinge keeps in the journal's folder — the daily backups in `backups/`
//! (and in its folders of a set-aside journal's backups),
//! the copies made before an upgrade (`twinge.db.v5.bak`) and before a restore
//! (`twinge.db.before-restore.bak`) — follow the journal when its passcode is set,
//! changed or removed: each is written again encrypted with the new key (or plain), so
//! no copy keeps the journal's text in the clear or opens with a replaced passcode.
//! Journals set aside by "Forgot the passcode?" keep their own key: they are the only
//! way back to what that passcode locked.

use std::path::{Path, PathBuf};

use twinge_store::{Key, Store, DB_FILE_NAME};

use crate::error::file_name;
use crate::keyheader::KeyHeader;
use crate::paths::{daily_backups, files_named, key_beside, with_suffix};
use crate::{AppError, BACKUP_DIR};

/// Every copy of the journal Twinge keeps in `dir`, sorted by name.
pub(crate) fn kept(dir: &Path) -> Vec<PathBuf> {
    let journal_copy = |name: &str| {
        name.starts_with(&format!("{DB_FILE_NAME}.")) && name.ends_with(twinge_store::BACKUP_SUFFIX)
    };
    let mut all = files_named(dir, journal_copy);
    // The daily backups, and those kept in a folder of their own when the journal they
    // were made of was set aside.
    let backups = dir.join(BACKUP_DIR);
    all.extend(daily_backups(&backups));
    let folders = std::fs::read_dir(&backups).into_iter().flatten();
    for folder in folders.filter_map(Result::ok) {
        if folder.file_type().is_ok_and(|t| t.is_dir()) {
            all.extend(daily_backups(&folder.path()));
        }
    }
    all.sort();
    all
}

/// The damaged journals set aside in `dir` that were not encrypted (no key header
/// beside them), by name, each with its `-wal` when one that a crash left holds pages:
/// a passcode cannot encrypt them, as they cannot be read.
pub(crate) fn damaged_in_plain(dir: &Path) -> Vec<String> {
    let damaged = |name: &str| name.starts_with(crate::DAMAGED_PREFIX) && name.ends_with(".db");
    let mut names = Vec::new();
    for db in files_named(dir, damaged) {
        if key_beside(&db).exists() {
            continue;
        }
        names.push(file_name(&db));
        let wal = with_suffix(&db, "-wal");
        if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
            names.push(file_name(&wal));
        }
    }
    names
}

/// Makes every kept copy follow a change of passcode: from `old` (the journal's key
/// and header before, or plain) to `new` (or plain). Returns how many copies follow
/// and the names of those left as they were (locked by an even older passcode).
pub(crate) fn follow(
    dir: &Path,
    old: Option<(&Key, &KeyHeader)>,
    new: Option<(&KeyHeader, &Key)>,
) -> Result<(u32, Vec<String>), AppError> {
    let mut done = 0;
    let mut left = Vec::new();
    for copy in kept(dir) {
        match source_key(&copy, old)? {
            Some(source) if rewrite(&copy, source.as_ref(), new)? => done += 1,
            _ => left.push(file_name(&copy)),
        }
    }
    Ok((done, left))
}

/// The key a copy is read with: none for a plain file, the journal's old key for one
/// made under it (its header beside it is the old header, or it has none); `None` when
/// another passcode locks it.
fn source_key(
    copy: &Path,
    old: Option<(&Key, &KeyHeader)>,
) -> Result<Option<Option<Key>>, AppError> {
    if Store::is_plain_database(copy)? {
        return Ok(Some(None));
    }
    let Some((key, header)) = old else {
        return Ok(None);
    };
    let beside = key_beside(copy);
    if beside.exists() && KeyHeader::read_file(&beside).ok().as_ref() != Some(header) {
        return Ok(None);
    }
    Ok(Some(Some(key.clone())))
}

/// Writes `copy` again with `new` (through a checked file in a temporary folder beside
/// it, renamed over it), and its key header beside it, or none for a plain copy. A copy
/// the old key does not open after all is left as it is (`false`).
fn rewrite(
    copy: &Path,
    source: Option<&Key>,
    new: Option<(&KeyHeader, &Key)>,
) -> Result<bool, AppError> {
    let folder = copy.parent().unwrap_or(Path::new("."));
    let temp = crate::files::temp_dir_in(folder)?;
    let written = temp.path().join(DB_FILE_NAME);
    let key = new.map(|(_, k)| k);
    match Store::rekey_file(copy, source, &written, key) {
        Err(twinge_store::StoreError::WrongKey { .. }) => return Ok(false),
        other => other?,
    }
    Store::check_file_with_key(&written, key)?;
    std::fs::rename(&written, copy).map_err(|e| crate::files::io("replace", copy, e))?;
    let beside = key_beside(copy);
    match new {
        Some((header, _)) => crate::write_atomically(&beside, &header.bytes()?)?,
        None => crate::swap::remove_if_there(&beside)?,
    }
    crate::swap::sync_dir(folder)?;
    Ok(true)
}
