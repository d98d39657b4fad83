//! The report in the doctor's language: which language, its fixed words for the
//! template, its cover and its dates.

use std::collections::BTreeMap;

use twinge_core::insights::Period;
use twinge_i18n::domain::short_date;
use twinge_i18n::{Lang, Tr};

use crate::{AppError, Journal, Settings};

impl Journal {
    /// The language a report asks for ("de"); when it names none, the one kept for
    /// this journal or the person's. Refused in words when Twinge has no translation
    /// for it.
    pub(super) fn report_lang(&self, code: Option<&str>) -> Result<Lang, AppError> {
        match code.filter(|c| !c.trim().is_empty()) {
            Some(code) => crate::language::known(code),
            None => self.report_language(),
        }
    }
}

/// Who the report is about and when: its first lines, in the report's language.
pub(super) fn cover(
    tr: &Tr,
    settings: &Settings,
    period: Period,
    generated_day: i64,
) -> Result<twinge_report::Cover, AppError> {
    let generated = twinge_core::insights::date_of_day(generated_day)
        .ok_or_else(|| AppError::say("internal", |tr| tr.failure_no_today()))?;
    Ok(twinge_report::Cover {
        name: settings.display_name.clone(),
        born: settings
            .birth_date()?
            .map(|d| tr.report_born(tr.formats().short_date(d.year(), d.month() as u8, d.day())))
            .unwrap_or_default(),
        period_label: format!(
            "{} – {}",
            twinge_i18n::domain::full_date(tr, period.first_day),
            twinge_i18n::domain::full_date(tr, period.last_day)
        ),
        days: period.days() as u32,
        generated_label: twinge_i18n::domain::full_date(tr, generated_day),
        generated_ymd: (generated.year(), generated.month() as u8, generated.day()),
    })
}

/// The template's fixed words (`report-*` messages by name) and its sentences with
/// numbers and dates in them.
pub(super) fn report_words(
    tr: &Tr,
    period: Period,
    generated_day: i64,
) -> BTreeMap<String, String> {
    let (from, to) = (
        short_date(tr, period.first_day),
        short_date(tr, period.last_day),
    );
    let days = period.days();
    let mut words: BTreeMap<String, String> = tr.words("report-").into_iter().collect();
    words.insert(
        "period".into(),
        tr.report_period(days, from.as_str(), to.as_str()),
    );
    words.insert(
        "generated".into(),
        tr.report_generated(short_date(tr, generated_day)),
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

/// A medication change as page 1 lists it: "4 Nov 2026: Magnesium 300 mg started",
/// the date and the change in `tr`'s language, the name and dose as typed.
pub(super) fn medication_line(tr: &Tr, m: &crate::MedicationChangeDto) -> String {
    let date = crate::insights::parse_period(&m.date, &m.date)
        .map(|p| short_date(tr, p.first_day))
        .unwrap_or_else(|_| m.date.clone());
    let change = twinge_i18n::domain::med_change(tr, m.change);
    let what: Vec<&str> = [m.name.as_str(), m.dose.as_str(), change.as_str()]
        .into_iter()
        .filter(|w| !w.trim().is_empty())
        .collect();
    tr.report_medication_line(date, what.join(" "))
}
