//! Which language the person reads Twinge in, and which the doctor's PDF is in: the
//! person's comes from the system (or `--lang`) and is set by the shell; the PDF's is
//! chosen on the Report screen and kept with the journal.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_i18n::{Lang, Tr};

use crate::{AppError, Journal};

/// The languages a journal knows of: the system's, and one forced by `--lang`.
#[derive(Debug, Clone)]
pub(crate) struct Languages {
    pub(crate) system: Lang,
    pub(crate) forced: Option<Lang>,
}

impl Default for Languages {
    fn default() -> Self {
        Languages {
            system: Lang::english(),
            forced: None,
        }
    }
}

/// The setting that holds the PDF's language for this journal (none: the person's).
const REPORT_LANGUAGE_KEY: &str = "report_language";

/// The setting that holds the language chosen in Settings (none: the system's).
const LANGUAGE_KEY: &str = "language";

/// Which language Twinge speaks and why: Settings → Language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LanguageSettings {
    /// The language spoken now.
    pub language: String,
    /// The one chosen in Settings; empty: the system's.
    pub chosen: String,
    /// The system's (from LC_ALL, LC_MESSAGES or LANG).
    pub system: String,
    pub languages: Vec<LanguageChoice>,
}

/// The language settings before a journal is open (the lock screen): the system's.
pub fn system_language_settings(system: &Lang) -> LanguageSettings {
    LanguageSettings {
        language: system.code(),
        chosen: String::new(),
        system: system.code(),
        languages: languages(),
    }
}

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
        .map_err(|e| AppError::field("language", "unknown_language", move |tr| e.said(tr)))
}

impl Journal {
    /// The language the person reads Twinge in: one asked for on the command line,
    /// else the one chosen in Settings, else the system's.
    pub fn language(&self) -> Lang {
        if let Some(forced) = &self.lang.forced {
            return forced.clone();
        }
        self.chosen_language()
            .unwrap_or_else(|| self.lang.system.clone())
    }

    fn chosen_language(&self) -> Option<Lang> {
        let code = self.store().setting(LANGUAGE_KEY).ok().flatten()?;
        Lang::from_code(code.trim()).ok()
    }

    /// The system's language (the shell and the command line read it at start).
    pub fn set_system_language(&mut self, lang: Lang) {
        self.lang.system = lang;
    }

    /// Speak `lang` whatever Settings say (`--lang` on the command line).
    pub fn force_language(&mut self, lang: Lang) {
        self.lang.forced = Some(lang);
    }

    /// Words in the person's language.
    pub fn tr(&self) -> Tr {
        Tr::new(&self.language())
    }

    /// What is wrong with an entry, each field's sentence in the person's language.
    pub(crate) fn invalid(&self, errors: twinge_core::ValidationErrors) -> AppError {
        AppError::from(errors).in_language(&self.tr())
    }

    /// Settings → Language: the language spoken, the one chosen and the system's.
    pub fn language_settings(&self) -> Result<LanguageSettings, AppError> {
        Ok(LanguageSettings {
            language: self.language().code(),
            chosen: self.chosen_language().map(|l| l.code()).unwrap_or_default(),
            system: self.lang.system.code(),
            languages: languages(),
        })
    }

    /// Chooses the language Twinge speaks ("" follows the system again); a language
    /// Twinge does not have is refused in words and nothing changes.
    pub fn choose_language(&mut self, code: &str) -> Result<LanguageSettings, AppError> {
        let code = match code.trim() {
            "" => String::new(),
            c => known(c)?.code(),
        };
        self.store_mut().set_setting(LANGUAGE_KEY, &code)?;
        self.language_settings()
    }

    /// The language the doctor's PDF is in: the one kept for this journal, else the
    /// person's.
    pub fn report_language(&self) -> Result<Lang, AppError> {
        match self.store().setting(REPORT_LANGUAGE_KEY)? {
            Some(code) if !code.trim().is_empty() => {
                Ok(Lang::from_code(&code).unwrap_or_else(|_| self.language()))
            }
            _ => Ok(self.language()),
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
