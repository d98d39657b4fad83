//! Errors as they leave for the window: said in the language the journal speaks.
//!
//! A use case makes its error's message in English and keeps how to say it in any
//! language (`AppError::in_language`). Every command returns [`Spoken`], so that one
//! place — its serialisation — says each error in the language of the journal the
//! window shows (or the system's while it is locked), whichever step of the command
//! failed: reading its arguments, a dialog, or the use case itself.

use std::sync::Mutex;

use serde::{Serialize, Serializer};
use twinge_app::{AppError, Lang, Tr};

/// The language the window speaks: set each time a command reaches the journal.
static SPEAKING: Mutex<Option<Lang>> = Mutex::new(None);

/// From now on, errors are said in `lang`.
pub(crate) fn speak_in(lang: Lang) {
    if let Ok(mut speaking) = SPEAKING.lock() {
        *speaking = Some(lang);
    }
}

fn speaking() -> Lang {
    SPEAKING
        .lock()
        .ok()
        .and_then(|l| l.clone())
        .unwrap_or_else(Lang::from_env)
}

/// A command's error, serialised as an [`AppError`] in the window's language.
#[derive(Debug)]
pub struct Spoken(pub AppError);

impl From<AppError> for Spoken {
    fn from(e: AppError) -> Self {
        Spoken(e)
    }
}

impl Serialize for Spoken {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0
            .clone()
            .in_language(&Tr::new(&speaking()))
            .serialize(s)
    }
}

impl std::ops::Deref for Spoken {
    type Target = AppError;
    fn deref(&self) -> &AppError {
        &self.0
    }
}
