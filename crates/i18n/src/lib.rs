//! Twinge's words in the person's language. One Fluent catalogue, `locales/<lang>/*.ftl`
//! (English the source), read here for the PDF, chart labels, the command line and
//! error messages, and by the UI from the same files. `Tr` has one typed method per
//! English message (generated at build time). Numbers, dates and lists are formatted
//! here with ICU4X and nowhere else, so that every screen and the PDF print a value the
//! same way; Fluent's own `NUMBER()` would print `2.5` in every language.

use std::sync::{Arc, OnceLock};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

mod arg;
mod check;
pub mod domain;
mod format;
mod pseudo;
mod vars;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

pub use arg::Arg;
pub use check::catalogue_problems;
pub use format::Formats;
use pseudo::pseudo;
pub use pseudo::unbracketed;

/// The pseudo-language that shows every string accented and longer, to find words
/// still written in code and layouts that cannot take longer text.
pub const PSEUDO: &str = "en-XA";

/// A language the catalogue has (or the pseudo-language).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Lang {
    id: LanguageIdentifier,
}

/// A language code that names no language of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Twinge has no translation for “{code}”; it has {available}.")]
pub struct UnknownLang {
    pub code: String,
    pub available: String,
}

impl UnknownLang {
    /// The sentence in `tr`'s language.
    pub fn said(&self, tr: &Tr) -> String {
        tr.language_unknown(self.available.as_str(), self.code.as_str())
    }
}

impl Lang {
    /// English, the source language.
    pub fn english() -> Lang {
        Lang {
            id: "en".parse().expect("en is a language tag"),
        }
    }

    /// Every language of the catalogue, English first (not the pseudo-language).
    pub fn available() -> Vec<Lang> {
        CATALOGUE
            .iter()
            .filter_map(|(code, _)| code.parse().ok())
            .map(|id| Lang { id })
            .collect()
    }

    /// The best of the catalogue's languages for what the person or the system asks
    /// for, in order ("de-AT" finds German); English when none fits.
    pub fn negotiate(requested: &[&str]) -> Lang {
        if requested
            .first()
            .is_some_and(|r| r.eq_ignore_ascii_case(PSEUDO))
        {
            return Lang::pseudo();
        }
        let requested: Vec<LanguageIdentifier> =
            requested.iter().filter_map(|r| r.parse().ok()).collect();
        let available: Vec<LanguageIdentifier> =
            Lang::available().into_iter().map(|l| l.id).collect();
        let english = Lang::english().id;
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&english),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        Lang {
            id: chosen
                .first()
                .map_or_else(|| english.clone(), |l| (*l).clone()),
        }
    }

    /// The language of a code the person chose (`--lang de`, a setting); refused in
    /// words when the catalogue does not have it.
    pub fn from_code(code: &str) -> Result<Lang, UnknownLang> {
        if code.eq_ignore_ascii_case(PSEUDO) {
            return Ok(Lang::pseudo());
        }
        let wanted: Option<LanguageIdentifier> = code.parse().ok();
        Lang::available()
            .into_iter()
            .find(|l| wanted.as_ref().is_some_and(|w| w.language == l.id.language))
            .ok_or_else(|| UnknownLang {
                code: code.to_string(),
                available: Lang::available()
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// The language the system asks for, read from the POSIX locale variables in their
    /// order of precedence: `LC_ALL`, then `LC_MESSAGES`, then `LANG` ("de_DE.UTF-8" is
    /// German; "C" and "POSIX" are English).
    pub fn from_env() -> Lang {
        let vars: Vec<Option<String>> = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .map(|v| std::env::var(v).ok())
            .collect();
        Lang::from_locale_vars(&vars.iter().map(Option::as_deref).collect::<Vec<_>>())
    }

    /// [`Lang::from_env`] over given values: the first one set and not empty decides.
    pub fn from_locale_vars(vars: &[Option<&str>]) -> Lang {
        let Some(locale) = vars.iter().flatten().find(|v| !v.trim().is_empty()) else {
            return Lang::english();
        };
        // "de_DE.UTF-8@euro" → "de-DE".
        let tag = locale
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        if tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
            return Lang::english();
        }
        Lang::negotiate(&[tag.as_str()])
    }

    /// The language a person asked for by code, or English with a sentence saying why
    /// when Twinge has no translation for it (the caller shows the sentence once).
    /// The sentence is in `tr`'s language.
    pub fn or_english(code: &str, tr: &Tr) -> (Lang, Option<String>) {
        match Lang::from_code(code.trim()) {
            Ok(lang) => (lang, None),
            Err(e) => (Lang::english(), Some(tr.language_using_english(e.said(tr)))),
        }
    }

    /// The language's name in itself ("Deutsch", "Español").
    pub fn name(&self) -> String {
        Tr::new(self).language_name()
    }

    fn pseudo() -> Lang {
        Lang {
            id: PSEUDO.parse().expect("en-XA is a language tag"),
        }
    }

    /// The BCP 47 code ("de", "en-XA").
    pub fn code(&self) -> String {
        self.id.to_string()
    }

    pub(crate) fn is_pseudo(&self) -> bool {
        self.code() == PSEUDO
    }

    /// The language whose files hold the words (English for the pseudo-language).
    fn source(&self) -> &'static str {
        let code = if self.is_pseudo() {
            "en".to_string()
        } else {
            self.code()
        };
        CATALOGUE
            .iter()
            .find(|(c, _)| *c == code)
            .map_or("en", |(c, _)| c)
    }
}

/// One language's files, parsed.
type Parsed = (&'static str, Vec<Arc<FluentResource>>);

/// The parsed files of each language, parsed once.
fn resources(code: &str) -> Vec<Arc<FluentResource>> {
    static PARSED: OnceLock<Vec<Parsed>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        CATALOGUE
            .iter()
            .map(|(code, files)| {
                let list = files
                    .iter()
                    .map(|text| {
                        // A file with a broken entry keeps its other entries; the
                        // catalogue test reports the broken one.
                        Arc::new(
                            FluentResource::try_new((*text).to_string())
                                .unwrap_or_else(|(partial, _)| partial),
                        )
                    })
                    .collect();
                (*code, list)
            })
            .collect()
    });
    parsed
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, r)| r.clone())
        .unwrap_or_default()
}

/// Words in one language.
pub struct Tr {
    lang: Lang,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// English, for a message this language does not have yet.
    english: Option<FluentBundle<Arc<FluentResource>>>,
    formats: Formats,
}

/// A bundle of `id` with no messages yet, set up as every bundle of Twinge's is.
fn empty_bundle(id: &LanguageIdentifier) -> FluentBundle<Arc<FluentResource>> {
    let mut b = FluentBundle::new(vec![id.clone()]);
    // Placeables are not wrapped in direction marks: the PDF and the terminal would
    // print them as boxes. No language of the catalogue mixes directions yet.
    b.set_use_isolating(false);
    b.set_formatter(Some(format::fluent_number));
    b
}

fn bundle(id: &LanguageIdentifier, code: &str) -> FluentBundle<Arc<FluentResource>> {
    let mut b = empty_bundle(id);
    for r in resources(code) {
        // The same id twice is a catalogue error the catalogue test reports.
        let _ = b.add_resource(r);
    }
    b
}

impl Tr {
    pub fn new(lang: &Lang) -> Tr {
        let source = lang.source();
        let mut main = bundle(&lang.id, source);
        if lang.is_pseudo() {
            main.set_transform(Some(pseudo));
        }
        let english = (source != "en").then(|| bundle(&Lang::english().id, "en"));
        Tr {
            formats: Formats::new(&lang.id),
            lang: lang.clone(),
            bundle: main,
            english,
        }
    }

    pub fn lang(&self) -> &Lang {
        &self.lang
    }

    /// Numbers, dates and lists in this language.
    pub fn formats(&self) -> &Formats {
        &self.formats
    }

    /// A message by id: this language's, else English's, else the id itself. In the
    /// pseudo-language each message is bracketed, so that text shown outside brackets
    /// is text that did not come from the catalogue.
    pub(crate) fn message(&self, id: &str, args: &FluentArgs) -> String {
        let args = (args.iter().next().is_some()).then_some(args);
        for b in std::iter::once(&self.bundle).chain(self.english.as_ref()) {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = b.format_pattern(pattern, args, &mut errors).into_owned();
                return if self.lang.is_pseudo() {
                    format!("[{text}]")
                } else {
                    text
                };
            }
        }
        id.to_string()
    }

    /// Every message whose id starts with `prefix` and that takes no argument, by the
    /// rest of its id with `_` for `-` ("report-none-written" → "none_written"): the
    /// fixed words a template picks by name.
    pub fn words(&self, prefix: &str) -> Vec<(String, String)> {
        MESSAGES
            .iter()
            .filter(|(id, vars)| vars.is_empty() && id.starts_with(prefix))
            .map(|(id, _)| {
                let name = id[prefix.len()..].replace('-', "_");
                (name, self.message(id, &FluentArgs::new()))
            })
            .collect()
    }

    /// A message without arguments by its id, when the catalogue has it (this
    /// language's, else English's): for names looked up by a key.
    pub fn named(&self, id: &str) -> Option<String> {
        let known = std::iter::once(&self.bundle)
            .chain(self.english.as_ref())
            .any(|b| b.has_message(id));
        known.then(|| self.message(id, &FluentArgs::new()))
    }

    /// Whether this language has its own translation of `id` (not English's).
    pub fn has_own(&self, id: &str) -> bool {
        self.english.is_none() || self.bundle.has_message(id)
    }
}

/// Formats a one-message Fluent text (`id = …`) in language `code` with one argument,
/// as the catalogue would: for checking the plural rules of a language before its
/// translation exists.
pub fn format_with(code: &str, text: &str, name: &str, value: Arg) -> String {
    let Ok(id) = code.parse::<LanguageIdentifier>() else {
        return String::new();
    };
    let Ok(resource) = FluentResource::try_new(text.to_string()) else {
        return String::new();
    };
    let mut b = empty_bundle(&id);
    let resource = Arc::new(resource);
    let _ = b.add_resource(resource.clone());
    let mut args = FluentArgs::new();
    args.set(name.to_string(), value.value());
    let Some(message) = resource.entries().find_map(|e| match e {
        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
        _ => None,
    }) else {
        return String::new();
    };
    let value = b.get_message(message).and_then(|m| m.value());
    value.map_or_else(String::new, |p| {
        let mut errors = Vec::new();
        format!(
            "{message} = {}",
            b.format_pattern(p, Some(&args), &mut errors)
        )
    })
}
