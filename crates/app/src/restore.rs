//! Restoring a backup. A backup of this journal restores as it is; one made under
//! another passcode (or none, or into a journal that now has none) is first copied
//! beside the journal and re-encrypted with the journal's own key, so the journal
//! keeps its passcode whatever the backup had. The current journal is always copied
//! aside first, and a backup that cannot be read changes nothing.
//!
//! A restore needs the journal to this process alone. The backup is copied into a
//! temporary folder beside the journal and opened there — upgraded to the current
//! schema and checked — before it replaces anything; only a candidate that opened
//! takes the journal's place (a rename), so a failure at any step leaves the previous
//! journal in place and open.

use std::path::{Path, PathBuf};

use twinge_store::{Key, Store, StoreError, DB_FILE_NAME};

use crate::error::file_name;
use crate::files::{backup_file, data_dir_of};
use crate::keyheader::KeyHeader;
use crate::passcode::is_locked_dir;
use crate::paths::{key_beside, with_suffix};
use crate::{AppError, FileReport, Journal};

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
            return Err(AppError::say("wrong_passcode", |tr| {
                tr.failure_backup_not_opened()
            }));
        }
        self.restore(source, Some(passcode))
    }

    /// Restores `source` into `dir` when the journal there is too damaged to open: the
    /// backup is checked first (one that does not read changes nothing), the damaged
    /// journal is set aside ([`crate::set_aside_damaged_journal`]), and the backup
    /// restores into a new journal — encrypted again with `passcode` when the damaged
    /// one had it. Returns the restored journal, what was restored, and the file the
    /// damaged journal now has.
    pub fn restore_over_damaged(
        dir: &Path,
        source: &Path,
        (passcode, clock): (Option<&str>, std::sync::Arc<dyn crate::Clock>),
    ) -> Result<(Journal, FileReport, PathBuf), AppError> {
        std::fs::metadata(source).map_err(|e| AppError::io("read", source, &e))?;
        // The key is derived once, for the backup's check and the damaged journal's.
        let key = crate::aside::damaged_key(dir, passcode)?;
        read_source(source, dir, key.as_ref(), passcode)?;
        let aside = crate::aside::set_aside_damaged(
            dir,
            clock.now_ms(),
            key.as_ref(),
            crate::aside::Backups::Stay,
        )?;
        let mut journal = Journal::open(dir, clock)?;
        let report = match passcode {
            None => journal.restore_from(source)?,
            Some(passcode) => journal.restore_with_passcode(source, passcode)?,
        };
        // The copy a restore keeps of the journal it replaced is of the empty one made a
        // moment ago: nothing worth keeping.
        if let Some(empty) = &report.previous_copy {
            let _ = std::fs::remove_file(empty);
        }
        if let Some(passcode) = passcode {
            journal.set_passcode(None, passcode)?;
        }
        let report = FileReport {
            previous_copy: None,
            ..report
        };
        Ok((journal, report, aside))
    }

    fn restore(&mut self, source: &Path, passcode: Option<&str>) -> Result<FileReport, AppError> {
        // A backup that is not there is said so, not taken for a damaged one.
        std::fs::metadata(source).map_err(|e| AppError::io("read", source, &e))?;
        let dir = data_dir_of(self)?;
        let lock = self.hold()?;
        let _alone = lock.exclusive()?;
        let key = self.store().key().cloned();
        let now = self.clock().now_ms();
        let (source_key, check) = match passcode {
            // A backup's passcode is tried like an unlock: the wait after wrong ones holds.
            Some(_) => crate::attempts::guarded(&dir, now, || {
                read_source(source, &dir, key.as_ref(), passcode)
            })?,
            None => read_source(source, &dir, key.as_ref(), passcode)?,
        };
        let db = dir.join(DB_FILE_NAME);
        let candidate = candidate(source, source_key.as_ref(), &dir, key.as_ref())?;
        let mut keep = dir.join(format!("{DB_FILE_NAME}.before-restore.bak"));
        let mut n = 2;
        while keep.exists() {
            keep = dir.join(format!("{DB_FILE_NAME}.before-restore.{n}.bak"));
            n += 1;
        }
        backup_file(&db, &keep, key.as_ref())?;
        // Close the journal (its log emptied into the file), put the candidate in its
        // place, and open it.
        self.store().checkpoint()?;
        self.close();
        let swapped = crate::swap::remove_if_there(&with_suffix(&db, "-wal"))
            .and_then(|()| crate::swap::remove_if_there(&with_suffix(&db, "-shm")))
            .and_then(|()| {
                std::fs::rename(candidate.1.as_path(), &db)
                    .map_err(|e| crate::files::io("replace", &db, e))
            })
            .and_then(|()| crate::swap::sync_dir(&dir));
        self.reopened(Store::open_locked(lock.clone(), key.as_ref()))?;
        swapped?;
        Ok(FileReport {
            path: db.display().to_string(),
            episodes: check.episodes,
            previous_copy: Some(keep.display().to_string()),
        })
    }
}

/// The key `source` is read with, and what it holds, checked.
fn read_source(
    source: &Path,
    dir: &Path,
    key: Option<&Key>,
    passcode: Option<&str>,
) -> Result<(Option<Key>, twinge_store::FileCheck), AppError> {
    let source_key = source_key(source, dir, key, passcode)?;
    let check = Store::check_file_with_key(source, source_key.as_ref())
        .map_err(|e| explain(e, source, passcode.is_some()))?;
    Ok((source_key, check))
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
        let (file, key) = (file_name(source), file_name(&beside));
        return Err(AppError::say("no_key_file", move |tr| {
            tr.failure_no_key_file(file.as_str(), key.as_str())
        }));
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
    let file = file_name(source);
    match (locked, with_passcode, e) {
        (true, false, _) => AppError::say("backup_passcode_needed", move |tr| {
            tr.failure_backup_passcode(file.as_str())
        }),
        (true, true, _) => AppError::say("wrong_passcode", move |tr| {
            tr.failure_backup_wrong_passcode(file.as_str())
        }),
        // The backup is damaged, not the journal: another backup is the way on.
        (false, _, StoreError::Corrupt { path, detail }) => {
            let details = format!("{}: {detail}", path.display());
            AppError::say("backup_damaged", move |tr| {
                tr.failure_backup_damaged(detail.as_str(), file.as_str())
            })
            .with_details(details)
        }
        (_, _, e) => e.into(),
    }
}

/// The journal-to-be: `source` (read with `source_key`) copied into a temporary folder
/// beside the journal, encrypted with the journal's `key` (or plain), then opened there
/// as a journal — upgraded to the current schema, checked — and closed again. The
/// folder is removed when dropped (with anything opening the copy left there).
fn candidate(
    source: &Path,
    source_key: Option<&Key>,
    dir: &Path,
    key: Option<&Key>,
) -> Result<(tempfile::TempDir, PathBuf), AppError> {
    let temp = crate::files::temp_dir_in(dir)?;
    let copy = temp.path().join(DB_FILE_NAME);
    let failed = |e: AppError| {
        let (file, details) = (file_name(source), e.details.clone().unwrap_or_default());
        AppError::say("restore_failed", move |tr| {
            tr.failure_restore(file.as_str(), e.clone().in_language(tr).message)
        })
        .with_details(details)
    };
    let opened = (|| {
        if source_key == key {
            Store::copy_database(source, &copy, key)?;
        } else {
            Store::rekey_file(source, source_key, &copy, key)?;
        }
        let store = Store::open_file(&copy, key)?;
        let problems = store.integrity_check()?;
        if !problems.is_empty() {
            return Err(twinge_store::StoreError::Corrupt {
                path: copy.clone(),
                detail: problems.join("; "),
            });
        }
        store.checkpoint()?;
        Ok(())
    })();
    opened.map_err(|e: twinge_store::StoreError| failed(e.into()))?;
    Ok((temp, copy))
}
