//! Where the journal lives.

use std::path::{Path, PathBuf};

/// `path` with `suffix` added to its file name (`twinge.db` → `twinge.db.v3.bak`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Where a backup of an encrypted journal keeps its key header (salt and parameters).
pub(crate) fn key_beside(backup: &Path) -> PathBuf {
    with_suffix(backup, ".key")
}

/// The files in `folder` (not below) whose names `wanted` takes, sorted by name; none
/// when it cannot be read.
pub(crate) fn files_named(folder: &Path, wanted: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| wanted(&e.file_name().to_string_lossy()))
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

/// The daily backups in `folder` (`twinge-<date>.db`, without their key headers),
/// sorted by name, which is by date.
pub(crate) fn daily_backups(folder: &Path) -> Vec<PathBuf> {
    files_named(folder, |name| {
        name.starts_with("twinge-") && name.ends_with(".db")
    })
}

/// Environment variable that overrides the data folder (tests always set it).
pub const DATA_DIR_ENV: &str = "TWINGE_DATA_DIR";

/// The app's identifier, which names its folder under the platform's app-data folder.
pub const APP_IDENTIFIER: &str = "app.twinge.journal";

/// `TWINGE_DATA_DIR` when set and not empty, else the platform's app-data folder
/// (`~/.local/share/app.twinge.journal` on Linux), else `./twinge-data`.
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir()
        .map(|d| d.join(APP_IDENTIFIER))
        .unwrap_or_else(|| PathBuf::from("twinge-data"))
}

/// The file names the save dialogs offer, dated so that a folder of them sorts by date.
pub mod suggested {
    /// `twinge-2026-12-04.json` for an export made on 4 December 2026.
    pub fn export(today: &str, ext: &str) -> String {
        format!("twinge-{today}.{ext}")
    }

    /// `twinge-backup-2026-12-04.db`.
    pub fn backup(today: &str) -> String {
        format!("twinge-backup-{today}.db")
    }

    /// `twinge-report-2026-09-04-to-2026-12-04.pdf` for the report of that period.
    pub fn report(from: &str, to: &str) -> String {
        format!("twinge-report-{}-to-{}.pdf", from.trim(), to.trim())
    }
}
