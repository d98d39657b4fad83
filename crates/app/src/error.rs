//! The one error type the UI and the command line see: a stable code and a message in words.

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::{ValidationError, ValidationErrors};
use twinge_i18n::{Lang, Tr};
use twinge_store::StoreError;

/// A problem with one field of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: String,
}

/// Every failure of a use case. `fields` lists per-field problems when the input was
/// invalid. The message names files by their file name only; `details`, when there is
/// more to tell (full paths, what SQLite or the system said), is for "Copy details".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub details: Option<String>,
    /// How to say it again in another language: the message is made in English where
    /// the error happens and said again in the person's language where it leaves
    /// Twinge (the window's commands, the command line), see [`AppError::in_language`].
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) words: Words,
}

/// Words said in the language of the `Tr` given.
pub(crate) type Said = Arc<dyn Fn(&Tr) -> String + Send + Sync>;

type Retell = dyn Fn(&Tr, &mut AppError) + Send + Sync;

/// An error's sentence as a function of the language (none for a message from outside).
#[derive(Clone, Default)]
pub struct Words(Option<Arc<Retell>>);

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() { "Words" } else { "-" })
    }
}

/// Two errors are the same when they say the same; how they would say it again is not
/// compared.
impl PartialEq for Words {
    fn eq(&self, _: &Words) -> bool {
        true
    }
}
impl Eq for Words {}

/// Runs `f` with English words (made once per thread).
fn in_english<R>(f: impl FnOnce(&Tr) -> R) -> R {
    thread_local! {
        static ENGLISH: Tr = Tr::new(&Lang::english());
    }
    ENGLISH.with(f)
}

impl AppError {
    /// An error whose message comes from outside the catalogue (what a library or
    /// the system said); it is not translated.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        AppError {
            code: code.to_string(),
            message: message.into(),
            fields: Vec::new(),
            details: None,
            words: Words::default(),
        }
    }

    /// An error said in words from the catalogue: English here, the person's language
    /// once [`AppError::in_language`] is called where it leaves Twinge.
    pub fn say(code: &str, words: impl Fn(&Tr) -> String + Send + Sync + 'static) -> Self {
        let mut error = AppError::new(code, in_english(&words));
        error.words = Words(Some(Arc::new(move |tr, e| e.message = words(tr))));
        error
    }

    /// One field's problem, said in words from the catalogue.
    pub(crate) fn field(
        field: &str,
        code: &str,
        words: impl Fn(&Tr) -> String + Send + Sync + 'static,
    ) -> Self {
        let retell = move |tr: &Tr, e: &mut AppError| {
            e.message = words(tr);
            for f in &mut e.fields {
                f.message = e.message.clone();
            }
        };
        let mut error = AppError::new(code, String::new());
        error.fields.push(FieldError {
            field: field.into(),
            code: code.into(),
            message: String::new(),
        });
        in_english(|tr| retell(tr, &mut error));
        error.words = Words(Some(Arc::new(retell)));
        error
    }

    /// The same error said in `tr`'s language (as it was when it has no words from the
    /// catalogue).
    pub fn in_language(mut self, tr: &Tr) -> Self {
        if let Some(retell) = self.words.0.clone() {
            retell(tr, &mut self);
        }
        self
    }

    /// Whether this is a journal that could not open because its file is damaged (or
    /// is no journal at all): what a backup can be restored in the place of.
    pub fn is_damaged_journal(&self) -> bool {
        matches!(self.code.as_str(), "database_corrupt" | "not_a_database")
    }

    /// The same error with `details` for "Copy details".
    pub fn with_details(mut self, details: impl Into<String>) -> Self {
        self.details = Some(details.into());
        self
    }

    /// A file that could not be read, written, moved …: named by its file name, with
    /// the full path and the system's words in the details. `what` is what Twinge
    /// tried: create, write in, write, read, remove, replace, delete, sync, set aside.
    pub(crate) fn io(what: &str, path: &Path, e: &std::io::Error) -> Self {
        let (act, file, kind) = (what.replace(' ', "-"), file_name(path), e.kind());
        AppError::say("io_error", move |tr| {
            tr.failure_io(act.as_str(), file.as_str(), io_words(tr, kind))
        })
        .with_details(format!("{what} {}: {e} ({e:?})", path.display()))
    }

    /// Something Twinge itself could not do (a report, a chart, a key): said in
    /// Twinge's words, with what the library or the system said in the details.
    pub(crate) fn internal(
        words: impl Fn(&Tr) -> String + Send + Sync + 'static,
        cause: impl std::fmt::Display,
    ) -> Self {
        AppError::say("internal", words).with_details(cause.to_string())
    }

    /// Input that could not even be read (wrong shape, unknown field, wrong type).
    pub fn invalid_input(detail: impl std::fmt::Display) -> Self {
        let detail = detail.to_string();
        AppError::say("invalid_input", move |tr| {
            tr.failure_invalid_input(detail.as_str())
        })
    }
}

/// Why a file operation failed, in a person's words; the system's own text goes to
/// the details.
pub fn io_words(tr: &Tr, kind: std::io::ErrorKind) -> String {
    use std::io::ErrorKind as K;
    match kind {
        K::NotFound => tr.io_not_found(),
        K::PermissionDenied => tr.io_permission_denied(),
        K::AlreadyExists => tr.io_already_exists(),
        K::StorageFull | K::QuotaExceeded => tr.io_disk_full(),
        K::ReadOnlyFilesystem => tr.io_read_only(),
        K::IsADirectory => tr.io_is_a_folder(),
        K::NotADirectory => tr.io_not_a_folder(),
        K::FileTooLarge => tr.io_too_large(),
        K::Interrupted | K::TimedOut | K::WouldBlock => tr.io_busy(),
        K::InvalidData | K::UnexpectedEof => tr.io_unreadable(),
        _ => tr.io_refused(),
    }
}

/// A path as the UI names it: its file (or folder) name.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// A value from a file as echoed in a message: at most 80 characters.
pub(crate) fn shown(value: &str) -> String {
    const MAX: usize = 80;
    if value.chars().count() <= MAX {
        value.to_string()
    } else {
        let head: String = value.chars().take(MAX - 1).collect();
        format!("{head}…")
    }
}

/// Capitalises the first letter, for messages shown on their own.
pub(crate) fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl From<ValidationError> for AppError {
    fn from(e: ValidationError) -> Self {
        AppError::from(ValidationErrors(vec![e]))
    }
}

impl From<ValidationErrors> for AppError {
    fn from(errors: ValidationErrors) -> Self {
        let retell = move |tr: &Tr, e: &mut AppError| {
            e.fields = errors
                .0
                .iter()
                .map(|v| FieldError {
                    field: v.field().to_string(),
                    code: v.code().to_string(),
                    message: twinge_i18n::domain::validation_message(tr, v),
                })
                .collect();
            match e.fields.first() {
                Some(first) => (e.code, e.message) = (first.code.clone(), first.message.clone()),
                None => e.message = tr.failure_not_valid(),
            }
        };
        let mut error = AppError::new("invalid_input", String::new());
        in_english(|tr| retell(tr, &mut error));
        error.words = Words(Some(Arc::new(retell)));
        error
    }
}

impl From<StoreError> for AppError {
    /// The store names files by their whole path; the message keeps only the file name,
    /// and the whole text goes to the details.
    fn from(e: StoreError) -> Self {
        let details = format!("{} ({e:?})", sentence(&e.to_string()));
        let technical = matches!(
            e,
            StoreError::Sqlite(_)
                | StoreError::Row(_)
                | StoreError::Io(_)
                | StoreError::NotADatabase { .. }
                | StoreError::Corrupt { .. }
                | StoreError::WrongKey { .. }
        );
        let error = match e {
            StoreError::TooNew { found, supported } => {
                AppError::say("database_too_new", move |tr| {
                    tr.store_too_new(found, supported)
                })
            }
            StoreError::NotADatabase { path } => {
                let file = file_name(&path);
                AppError::say("not_a_database", move |tr| {
                    tr.store_not_a_database(file.as_str())
                })
            }
            StoreError::Corrupt { path, detail } => {
                let file = file_name(&path);
                AppError::say("database_corrupt", move |tr| {
                    tr.store_corrupt(detail.as_str(), file.as_str())
                })
            }
            StoreError::WrongKey { path } => {
                let file = file_name(&path);
                AppError::say("wrong_passcode", move |tr| {
                    tr.store_wrong_key(file.as_str())
                })
            }
            StoreError::Migration(why) => AppError::say("migration_failed", move |tr| {
                tr.store_migration(why.as_str())
            }),
            StoreError::Busy(why) if why == twinge_store::lock::IN_USE => {
                AppError::say("journal_in_use", |tr| tr.store_in_use())
            }
            StoreError::Busy(_) => AppError::say("journal_in_use", |tr| tr.store_being_changed()),
            StoreError::NotFound(id) => {
                AppError::say("not_found", move |tr| tr.store_not_found(id.as_str()))
            }
            StoreError::Io(io) => {
                let kind = io.kind();
                AppError::say("io_error", move |tr| tr.store_io(io_words(tr, kind)))
            }
            // A disk that is full (or a write the system refused): the change did not
            // happen, and what was saved before stays.
            _ if e.is_disk_full() => AppError::say("disk_full", |tr| tr.store_disk_full()),
            StoreError::Sqlite(_) | StoreError::Row(_) => {
                AppError::say("database_error", |tr| tr.store_database())
            }
        };
        if technical {
            error.with_details(details)
        } else {
            error
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_said_so_and_other_database_errors_stay_what_they_are() {
        use rusqlite::ffi;
        let sqlite =
            |code| StoreError::Sqlite(rusqlite::Error::SqliteFailure(ffi::Error::new(code), None));
        // SQLite's own "full", and the write the system refused (the shared-memory file
        // of the write-ahead log is what a full disk meets first).
        for code in [
            ffi::SQLITE_FULL,
            ffi::SQLITE_IOERR_SHMSIZE,
            ffi::SQLITE_IOERR_WRITE,
        ] {
            let e = AppError::from(sqlite(code));
            assert_eq!(e.code, "disk_full");
            assert!(e.message.contains("Free some space"), "{}", e.message);
            assert!(e.details.is_some());
        }
        assert_eq!(sqlite(ffi::SQLITE_FULL).code(), "disk_full");
        let other = AppError::from(sqlite(ffi::SQLITE_MISMATCH));
        assert_eq!(other.code, "database_error");
    }

    #[test]
    fn a_file_error_is_said_in_words_and_the_system_text_is_kept_for_the_details() {
        let e = std::io::Error::from_raw_os_error(13); // EACCES
        let error = AppError::io("write", Path::new("/some/where/twinge.pdf"), &e);
        let german = error
            .clone()
            .in_language(&Tr::new(&Lang::from_code("de").unwrap()));
        assert_eq!(
            german.message,
            "twinge.pdf konnte nicht geschrieben werden: Dieser Computer erlaubt Twinge das dort nicht."
        );
        assert_eq!(
            error.message,
            "Could not write twinge.pdf: this computer does not allow Twinge to do that there."
        );
        let details = error.details.unwrap();
        assert!(details.contains("/some/where/twinge.pdf"), "{details}");
        assert!(details.contains("os error 13"), "{details}");
        let full = std::io::Error::from_raw_os_error(28); // ENOSPC
        assert!(AppError::io("write", Path::new("a.json"), &full)
            .message
            .ends_with("the disk is full."));
    }
}
