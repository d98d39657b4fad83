//! The Log screen's home: everything it shows above the form, in one answer, so that
//! the first screen is drawn once with all of it, and the episode being written in the
//! form, kept with the journal as it is written.

use time::Duration;

use crate::insights::day_of;
use crate::rules::parse_date;
use crate::{AppError, Journal, LogHome};

impl Journal {
    /// What the Log screen shows for `today` (the local date, `YYYY-MM-DD`): the episode
    /// "Repeat last" copies, today's marks, yesterday's offer and the reminder's time.
    pub fn log_home(&self, today: &str) -> Result<LogHome, AppError> {
        let day = parse_date("today", today)?;
        let recorded = |d: time::Date| self.store().is_recorded(day_of(d));
        let last = match self.store().last_logged_episode()? {
            Some(e) => Some(self.to_dto(&e)?),
            None => None,
        };
        Ok(LogHome {
            last,
            quiet_today: self.is_quiet_day(today)?,
            episodes_today: self.episodes_on(today)?,
            appointment_today: self.appointment_on(today)?,
            checked_in_today: self.checkin(today)?.is_some(),
            today_recorded: recorded(day)?,
            yesterday_missing: recorded(day - Duration::days(2))?
                && !recorded(day - Duration::days(1))?,
            // Only a journal without a folder (in memory) has no reminder status.
            reminder_time: self.reminder_status().ok().and_then(|r| r.time),
            draft: self.store().setting(DRAFT_KEY)?.unwrap_or_default(),
        })
    }

    /// Keeps the Log form's episode not yet saved, as the form wrote it (a JSON object),
    /// so that closing the window, a crash or the machine going off loses none of it; in
    /// the journal, so that a passcode encrypts it too. Empty forgets it (saved, or
    /// cleared). Anything else is refused in words and changes nothing.
    pub fn keep_log_draft(&mut self, draft: &str) -> Result<(), AppError> {
        if draft.len() > MAX_DRAFT_BYTES {
            return Err(AppError::say("draft_too_large", |tr| {
                tr.failure_draft_too_large(MAX_DRAFT_BYTES / 1024)
            }));
        }
        let is_form = draft.is_empty()
            || serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(draft).is_ok();
        if !is_form {
            return Err(AppError::say("draft_not_form", |tr| {
                tr.failure_draft_not_form()
            }));
        }
        self.store_mut().set_setting(DRAFT_KEY, draft)?;
        Ok(())
    }
}

/// The setting that holds the Log form's episode not yet saved.
const DRAFT_KEY: &str = "log_draft";

/// The most a kept draft may hold, as any text argument: a form with the longest notes
/// (2,000 characters) is under 9 KiB.
pub const MAX_DRAFT_BYTES: usize = crate::MAX_TEXT_ARG_BYTES;
