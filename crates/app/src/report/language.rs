//! The report in the doctor's language: which language, its fixed words for the
//! template, and its dates.

use std::collections::BTreeMap;

use twinge_core::insights::{date_of_day, Period};
use twinge_core::Kind;
use twinge_i18n::{Lang, Tr};

use crate::AppError;

/// The language a report asks for ("de"); English when it names none (until every
/// sentence of the PDF is in the catalogue, a report is in another language only when
/// asked for). Refused in words when Twinge has no translation for it.
pub(super) fn report_lang(code: Option<&str>) -> Result<Lang, AppError> {
    match code.filter(|c| !c.trim().is_empty()) {
        Some(code) => Lang::from_code(code.trim()).map_err(|e| {
            crate::records::field_error("language", "unknown_language", &e.to_string())
        }),
        None => Ok(Lang::english()),
    }
}

/// A day number as a full date in `tr`'s language ("4. Dezember 2026").
pub(super) fn full_date(tr: &Tr, day: i64) -> String {
    date_of_day(day)
        .map(|d| tr.formats().date(d.year(), d.month() as u8, d.day()))
        .unwrap_or_default()
}

/// The template's fixed words (`report-*` messages by name) and its sentences with
/// numbers and dates in them.
pub(super) fn report_words(
    tr: &Tr,
    period: Period,
    generated_day: i64,
) -> BTreeMap<String, String> {
    let (from, to) = (
        full_date(tr, period.first_day),
        full_date(tr, period.last_day),
    );
    let days = period.days();
    let mut words: BTreeMap<String, String> = tr.words("report-").into_iter().collect();
    words.insert(
        "period".into(),
        tr.report_period(days, from.as_str(), to.as_str()),
    );
    words.insert(
        "generated".into(),
        tr.report_generated(full_date(tr, generated_day)),
    );
    words.insert(
        "footer".into(),
        tr.report_footer(from.as_str(), to.as_str()),
    );
    // The template puts the page numbers in.
    words.insert("page".into(), tr.report_page("%page", "%pages"));
    words.insert("definitions".into(), tr.report_definitions(days));
    words
}

/// A kind's name in `tr`'s language.
pub(super) fn kind_word(tr: &Tr, kind: Kind) -> String {
    match kind {
        Kind::Spasm => tr.kind_spasm(),
        Kind::Cramp => tr.kind_cramp(),
        Kind::Twitch => tr.kind_twitch(),
        Kind::Other => tr.kind_other(),
    }
}
