//! Files on disk: atomic writes, backups (on demand and rolling daily), and deleting
//! everything. Restoring a backup is in `restore.rs`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tempfile::NamedTempFile;
use ts_rs::TS;
use twinge_store::{private, Key, Store, DB_FILE_NAME};

use crate::{AppError, Journal};

/// The lock the first window on a journal holds, and the socket later launches use to
/// bring that window to the front (src-tauri's `instance.rs`).
pub const WINDOW_LOCK: &str = "twinge.window.lock";
pub const WINDOW_SOCKET: &str = "twinge.window.sock";

/// Folder (inside the data folder) of the automatic daily backups.
pub const BACKUP_DIR: &str = "backups";
/// How many daily backups are kept.
pub const KEEP_DAILY: usize = 7;
/// The folder, inside the data folder, where the window's web view keeps its own data
/// (caches, storage, the GPU shader cache).
pub const WEBVIEW_DIR: &str = "webview";

/// What a backup or restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FileReport {
    pub path: String,
    #[ts(type = "number")]
    pub episodes: i64,
    /// Where the journal was copied before a restore replaced it.
    pub previous_copy: Option<String>,
}

pub(crate) fn io(what: &str, path: &Path, e: std::io::Error) -> AppError {
    AppError::io(what, path, &e)
}

/// Creates a folder readable by the user only (0700), or narrows an existing one: for
/// folders others fill, like the web view's data folder.
pub fn create_private_dir(dir: &Path) -> Result<(), AppError> {
    private::create_dir(dir).map_err(|e| io("create", dir, e))
}

/// The folder a file at `path` goes in ("." for a bare name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A new temporary file beside `path`: a random name, created exclusively, readable by
/// the user only (so no other account can read it or place a link where it will be).
pub(crate) fn temp_beside(path: &Path) -> Result<NamedTempFile, AppError> {
    let dir = folder_of(path);
    NamedTempFile::with_prefix_in(".twinge-", dir).map_err(|e| io("write in", dir, e))
}

/// A new temporary folder inside `dir` (`.twinge-…`, the user's alone), removed when
/// dropped: where a copy of the journal is written and checked before it replaces one.
pub(crate) fn temp_dir_in(dir: &Path) -> Result<tempfile::TempDir, AppError> {
    tempfile::Builder::new()
        .prefix(".twinge-")
        .tempdir_in(dir)
        .map_err(|e| io("write in", dir, e))
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, flushed to disk, then
/// renamed over `path`. The file is readable by the user only (0600).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    let mut tmp = temp_beside(path)?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| io("write", path, e))?;
    tmp.persist(path).map_err(|e| io("write", path, e.error))?;
    Ok(())
}

pub(crate) fn data_dir_of(j: &Journal) -> Result<PathBuf, AppError> {
    j.store()
        .path()
        .and_then(|p| p.parent())
        .map(Path::to_path_buf)
        .ok_or_else(|| AppError::say("no_file", |tr| tr.failure_no_file()))
}

/// Copies the journal to `target` (SQLite backup API to a temporary file, checked with
/// `integrity_check`, then renamed into place). The copy of an encrypted journal gets
/// the journal's key header beside it (`<target>.key`, no secret in it), so it can be
/// restored with the passcode it was made under even after the passcode changes.
pub(crate) fn backup_file(
    db: &Path,
    target: &Path,
    key: Option<&Key>,
) -> Result<FileReport, AppError> {
    let tmp = temp_beside(target)?;
    let check = Store::copy_database(db, tmp.path(), key)
        .and_then(|()| Store::check_file_with_key(tmp.path(), key))?;
    tmp.persist(target)
        .map_err(|e| io("write", target, e.error))?;
    let sidecar = crate::paths::key_beside(target);
    match key {
        Some(_) => {
            let header = folder_of(db).join(crate::KEY_FILE);
            let bytes = fs::read(&header).map_err(|e| io("read", &header, e))?;
            write_atomically(&sidecar, &bytes)?;
        }
        None => match fs::remove_file(&sidecar) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(io("remove", &sidecar, e))
            }
            _ => {}
        },
    }
    Ok(FileReport {
        path: target.display().to_string(),
        episodes: check.episodes,
        previous_copy: None,
    })
}

/// Today's automatic backup in `dir` (its folder made if missing): `backups/twinge-<UTC date>.db`.
fn todays_backup(dir: &Path, clock: &dyn crate::Clock) -> Option<PathBuf> {
    let day = time::OffsetDateTime::from_unix_timestamp(clock.now_ms().div_euclid(1000))
        .map(|t| t.date().to_string())
        .ok()?;
    let backups = dir.join(BACKUP_DIR);
    private::create_dir(&backups).ok()?;
    Some(backups.join(format!("twinge-{day}.db")))
}

/// Keeps the last seven daily backups (and their key headers).
fn prune_daily(dir: &Path) -> Result<(), AppError> {
    let backups = dir.join(BACKUP_DIR);
    fs::metadata(&backups).map_err(|e| io("read", &backups, e))?;
    let mut daily = crate::paths::daily_backups(&backups);
    while daily.len() > KEEP_DAILY {
        let old = daily.remove(0);
        let _ = fs::remove_file(crate::paths::key_beside(&old));
        let _ = fs::remove_file(old);
    }
    Ok(())
}

impl Journal {
    /// The folder that holds this journal.
    pub fn data_dir(&self) -> Result<PathBuf, AppError> {
        data_dir_of(self)
    }

    /// "Back up now": a checked copy of the journal at `target`.
    pub fn backup_to(&self, target: &Path) -> Result<FileReport, AppError> {
        let dir = data_dir_of(self)?;
        backup_file(&dir.join(DB_FILE_NAME), target, self.store().key())
    }

    /// Makes today's automatic backup in `backups/` if there is none yet, and keeps the
    /// last seven. Runs on its own thread and connection, so it never holds up a save;
    /// it holds the change gate, so no passcode change or restore interleaves with it.
    /// A journal that holds no day yet (a new one, or one started over) makes none: its
    /// copy would only push a real backup out of the seven kept.
    pub fn start_daily_backup(&self) -> Option<std::thread::JoinHandle<Result<(), AppError>>> {
        self.store().journal_began().ok()??;
        let dir = data_dir_of(self).ok()?;
        let target = todays_backup(&dir, self.clock())?;
        let key = self.store().key().cloned();
        let header = fs::read(dir.join(crate::KEY_FILE)).ok();
        Some(std::thread::spawn(move || {
            let _gate = twinge_store::Gate::take(&dir)?;
            // A passcode changed since the thread started has made today's backup itself.
            if fs::read(dir.join(crate::KEY_FILE)).ok() != header {
                return Ok(());
            }
            if !target.exists() {
                backup_file(&dir.join(DB_FILE_NAME), &target, key.as_ref())?;
            }
            prune_daily(&dir)
        }))
    }

    /// Writes today's automatic backup again from the journal as it is now (after a
    /// change of passcode, so that it is encrypted with the new key, or plain).
    pub(crate) fn remake_todays_backup(&self, dir: &Path) -> Result<(), AppError> {
        let Some(target) = todays_backup(dir, self.clock()) else {
            return Ok(());
        };
        backup_file(&dir.join(DB_FILE_NAME), &target, self.store().key())?;
        prune_daily(dir)
    }

    /// Remembers a file Twinge wrote outside its data folder at the person's request (an
    /// export, a PDF, a backup), so that "Delete everything" can say it is still there.
    /// The list lives in the journal (encrypted with it) and goes with it.
    pub fn remember_written(&mut self, path: &Path) -> Result<(), AppError> {
        let mut list = self.written_files();
        let path = path.to_path_buf();
        list.retain(|p| p != &path);
        list.push(path);
        if list.len() > MAX_REMEMBERED {
            list.drain(..list.len() - MAX_REMEMBERED);
        }
        let text = serde_json::to_string(&list)
            .map_err(|e| AppError::internal(|tr| tr.failure_written_list(), e))?;
        self.store_mut().set_setting(WRITTEN_KEY, &text)?;
        Ok(())
    }

    pub(crate) fn written_files(&self) -> Vec<PathBuf> {
        self.store()
            .setting(WRITTEN_KEY)
            .ok()
            .flatten()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }
}

/// The setting that lists the files written outside the data folder.
const WRITTEN_KEY: &str = "written_files";
/// How many such files are remembered.
const MAX_REMEMBERED: usize = 200;
