//! The questions for the doctor, kept with the journal while they are written: they
//! survive closing Twinge and are forgotten once the report is saved.

use super::MAX_QUESTIONS_CHARS;
use crate::{AppError, Journal};

/// The setting that holds the questions not yet in a saved report.
const QUESTIONS_KEY: &str = "report_questions";

/// Refuses questions too long for page 1, in words.
pub(super) fn check_questions(questions: &str) -> Result<(), AppError> {
    let n = questions.chars().count();
    if n > MAX_QUESTIONS_CHARS {
        return Err(AppError::say("questions_too_long", move |tr| {
            tr.failure_questions_too_long(n, MAX_QUESTIONS_CHARS)
        }));
    }
    Ok(())
}

impl Journal {
    /// Keeps the questions being written for the next report (empty forgets them).
    pub fn keep_report_questions(&mut self, questions: &str) -> Result<(), AppError> {
        check_questions(questions)?;
        self.store_mut().set_setting(QUESTIONS_KEY, questions)?;
        Ok(())
    }

    /// The questions kept for the next report; empty when none.
    pub fn kept_report_questions(&self) -> Result<String, AppError> {
        Ok(self.store().setting(QUESTIONS_KEY)?.unwrap_or_default())
    }

    /// After a report was saved: its questions are asked, so they are not kept.
    pub fn report_saved(&mut self) -> Result<(), AppError> {
        self.keep_report_questions("")
    }
}
