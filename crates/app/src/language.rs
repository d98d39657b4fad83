//! Which language the person reads Twinge in, and which the doctor's PDF is in: the
//! person's comes from the system (or `--lang`) and is set by the shell; the PDF's is
//! chosen on the Report screen and kept with the journal.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_i18n::{Lang, Tr};

use crate::{AppError, Journal};

/// The setting that holds the PDF's language for this journal (none: the person's).
const REPORT_LANGUAGE_KEY: &str = "report_language";

/// A language Twinge can speak: its code and its name in itself ("de", "Deutsch").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LanguageChoice {
    pub code: String,
    pub name: String,
}

/// Every language of the catalogue, English first.
pub fn languages() -> Vec<LanguageChoice> {
    Lang::available()
        .into_iter()
        .map(|l| LanguageChoice {
            code: l.code(),
            name: l.name(),
        })
        .collect()
}

/// The language of a code from a request, refused in words when Twinge has none.
pub(crate) fn known(code: &str) -> Result<Lang, AppError> {
    Lang::from_code(code.trim())
        .map_err(|e| crate::records::field_error("language", "unknown_language", &e.to_string()))
}

impl Journal {
    /// The language the person reads Twinge in.
    pub fn language(&self) -> &Lang {
        &self.lang
    }

    /// Speak `lang` from now on (the shell passes the system's, the CLI `--lang`).
    pub fn set_language(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Words in the person's language.
    pub fn tr(&self) -> Tr {
        Tr::new(&self.lang)
    }

    /// The language the doctor's PDF is in: the one kept for this journal, else the
    /// person's.
    pub fn report_language(&self) -> Result<Lang, AppError> {
        match self.store().setting(REPORT_LANGUAGE_KEY)? {
            Some(code) if !code.trim().is_empty() => {
                Ok(Lang::from_code(&code).unwrap_or_else(|_| self.lang.clone()))
            }
            _ => Ok(self.lang.clone()),
        }
    }

    /// Keeps the PDF's language for this journal ("" goes back to the person's);
    /// a language Twinge does not have is refused in words and nothing changes.
    pub fn keep_report_language(&mut self, code: &str) -> Result<(), AppError> {
        let code = match code.trim() {
            "" => String::new(),
            c => known(c)?.code(),
        };
        self.store_mut().set_setting(REPORT_LANGUAGE_KEY, &code)?;
        Ok(())
    }
}
