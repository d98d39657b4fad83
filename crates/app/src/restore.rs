//! Restoring a backup. A backup of this journal restores as it is; one made under
//! another passcode (or none, or into a journal that now has none) is first copied
//! beside the journal and re-encrypted with the journal's own key, so the journal
//! keeps its passcode whatever the backup had. The current journal is always copied
//! aside first, and a backup that cannot be read changes nothing.

use std::path::{Path, PathBuf};

use twinge_store::{Key, Store, StoreError, DB_FILE_NAME};

use crate::error::file_name;
use crate::files::{backup_file, data_dir_of};
use crate::passcode::{is_locked_dir, with_suffix, KeyHeader};
use crate::{AppError, FileReport, Journal};

/// Where a backup of an encrypted journal keeps its key header (salt and parameters).
pub(crate) fn key_beside(backup: &Path) -> PathBuf {
    with_suffix(backup, ".key")
}

impl Journal {
    /// Replaces the journal with a checked copy of `source`. The current journal is
    /// first copied beside itself (`twinge.db.before-restore.bak`, numbered if taken).
    /// A source that is not a healthy journal changes nothing; a backup made under
    /// another passcode is refused with code `backup_passcode_needed`.
    pub fn restore_from(&mut self, source: &Path) -> Result<FileReport, AppError> {
        self.restore(source, None)
    }

    /// [`Journal::restore_from`] of a backup made under another passcode, given that
    /// passcode. The journal keeps its own passcode (or stays without one).
    pub fn restore_with_passcode(
        &mut self,
        source: &Path,
        passcode: &str,
    ) -> Result<FileReport, AppError> {
        if passcode.chars().count() > crate::MAX_PASSCODE_CHARS {
            return Err(AppError::new(
                "wrong_passcode",
                "That passcode does not open this backup. Nothing was changed.",
            ));
        }
        self.restore(source, Some(passcode))
    }

    fn restore(&mut self, source: &Path, passcode: Option<&str>) -> Result<FileReport, AppError> {
        let dir = data_dir_of(self)?;
        let key = self.store().key().cloned();
        let source_key = source_key(source, &dir, key.as_ref(), passcode)?;
        let check = Store::check_file_with_key(source, source_key.as_ref())
            .map_err(|e| explain(e, source, passcode.is_some()))?;
        let db = dir.join(DB_FILE_NAME);
        let mut keep = dir.join(format!("{DB_FILE_NAME}.before-restore.bak"));
        let mut n = 2;
        while keep.exists() {
            keep = dir.join(format!("{DB_FILE_NAME}.before-restore.{n}.bak"));
            n += 1;
        }
        backup_file(&db, &keep, key.as_ref())?;
        let rekeyed = if source_key == key {
            None
        } else {
            Some(rekey(source, source_key.as_ref(), &db, key.as_ref())?)
        };
        let from = rekeyed.as_ref().map_or(source, |(_, path)| path.as_path());
        // Close the file, copy the source over it with the backup API (every page and
        // the log are replaced), then reopen, migrating if the source is older.
        *self.store_mut() = Store::open_in_memory()?;
        let copied = Store::copy_database(from, &db, key.as_ref());
        *self.store_mut() = match &key {
            Some(key) => Store::open_in_dir_with_key(&dir, key)?,
            None => Store::open(&db)?,
        };
        copied?;
        Ok(FileReport {
            path: db.display().to_string(),
            episodes: check.episodes,
            previous_copy: Some(keep.display().to_string()),
        })
    }
}

/// The key `source` is read with: none for a plain file; the key `passcode` gives with
/// the header kept beside the backup (or this journal's, when there is none beside
/// it); otherwise the journal's own key.
fn source_key(
    source: &Path,
    dir: &Path,
    key: Option<&Key>,
    passcode: Option<&str>,
) -> Result<Option<Key>, AppError> {
    if Store::is_plain_database(source)? {
        return Ok(None);
    }
    let Some(passcode) = passcode else {
        return Ok(key.cloned());
    };
    let beside = key_beside(source);
    let header = if beside.exists() {
        KeyHeader::read_file(&beside)?
    } else if is_locked_dir(dir) {
        KeyHeader::read_file(&dir.join(crate::KEY_FILE))?
    } else {
        return Err(AppError::new(
            "no_key_file",
            format!(
                "{} has no key file beside it ({}), so no passcode can open it. Nothing was changed.",
                file_name(source),
                file_name(&beside)
            ),
        ));
    };
    Ok(Some(header.derive(passcode)?))
}

/// A backup that this journal's key does not open asks for its own passcode.
fn explain(e: StoreError, source: &Path, with_passcode: bool) -> AppError {
    let locked = match &e {
        StoreError::WrongKey { .. } => true,
        StoreError::NotADatabase { .. } => key_beside(source).exists(),
        _ => false,
    };
    match (locked, with_passcode) {
        (true, false) => AppError::new(
            "backup_passcode_needed",
            format!(
                "{} was made under another passcode. Enter the passcode it was made with to restore it. Nothing was changed.",
                file_name(source)
            ),
        ),
        (true, true) => AppError::new(
            "wrong_passcode",
            format!(
                "That passcode does not open {}. Nothing was changed.",
                file_name(source)
            ),
        ),
        _ => e.into(),
    }
}

/// A copy of `source` (read with `source_key`) encrypted with `key`, or plain without
/// one, in a temporary folder beside the journal that is removed when dropped (with
/// anything opening the copy left there: its log, a copy made before migrating it).
fn rekey(
    source: &Path,
    source_key: Option<&Key>,
    db: &Path,
    key: Option<&Key>,
) -> Result<(tempfile::TempDir, PathBuf), AppError> {
    let dir = db.parent().unwrap_or(Path::new("."));
    let temp = tempfile::Builder::new()
        .prefix(".twinge-")
        .tempdir_in(dir)
        .map_err(|e| crate::files::io("write in", dir, e))?;
    let copy = temp.path().join(DB_FILE_NAME);
    let rekeyed = temp.path().join("rekeyed.db");
    Store::copy_database(source, &copy, source_key)?;
    Store::open_file(&copy, source_key)?.export_to(&rekeyed, key)?;
    Store::check_file_with_key(&rekeyed, key)?;
    Ok((temp, rekeyed))
}
