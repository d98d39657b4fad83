//! "Delete everything": the journal, its copies and logs, the web view's data and the
//! reminder's timer, with what is left said in words.

use std::fs;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_store::DB_FILE_NAME;

use crate::files::{data_dir_of, io, BACKUP_DIR, WEBVIEW_DIR, WINDOW_LOCK, WINDOW_SOCKET};
use crate::{AppError, Journal};

/// What "Delete everything" removed, and what is still there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeleteReport {
    /// Files and folders removed from the data folder.
    pub removed: u32,
    /// Files still there: exports, PDFs and backups Twinge wrote elsewhere, and files in
    /// the data folder that are not Twinge's.
    pub left: Vec<String>,
}

impl Journal {
    /// Deletes the journal, its logs, every backup Twinge made in the data folder, and
    /// the web view's data (its caches and storage); then says what is left: files
    /// Twinge wrote elsewhere (exports, PDFs, backups) that still exist, and anything
    /// else in the data folder.
    ///
    /// It needs the journal to this process alone: with another window or command
    /// open on it, it is refused in words and nothing is deleted.
    pub fn delete_everything(self) -> Result<DeleteReport, AppError> {
        let dir = data_dir_of(&self)?;
        let written = self.written_files();
        let lock = self.hold()?;
        let _alone = lock.exclusive()?;
        drop(self);
        // The evening reminder's timer runs `twinge remind` for this folder: it goes too.
        if crate::reminder::read_state(&dir).time.is_some() {
            crate::reminder::remove_timer();
        }
        let mut removed = 0;
        let mut left = Vec::new();
        let entries = fs::read_dir(&dir).map_err(|e| io("read", &dir, e))?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            // The journal and its log, backups, the web view's data, the reminder's
            // state, and temporaries an interrupted backup, export or restore left.
            let ours = name.starts_with(DB_FILE_NAME)
                || name.starts_with(crate::KEY_FILE)
                || name == "twinge.swap"
                || name == BACKUP_DIR
                || name == WEBVIEW_DIR
                || name == crate::REMINDER_FILE
                || name == crate::attempts::TRIES_FILE
                || name.starts_with(".twinge-")
                || name.starts_with(crate::SET_ASIDE_PREFIX)
                || name.starts_with(crate::DAMAGED_PREFIX);
            if twinge_store::lock::is_lock_file(&name)
                || name == WINDOW_LOCK
                || name == WINDOW_SOCKET
            {
                // Empty files that hold nothing; whoever waits on one must find it there.
                continue;
            }
            if !ours {
                left.push(path.display().to_string());
                continue;
            }
            let r = if path.is_dir() {
                fs::remove_dir_all(&path)
            } else {
                fs::remove_file(&path)
            };
            r.map_err(|e| io("delete", &path, e))?;
            removed += 1;
        }
        left.extend(
            written
                .into_iter()
                .filter(|p| p.exists())
                .map(|p| p.display().to_string()),
        );
        Ok(DeleteReport { removed, left })
    }
}
