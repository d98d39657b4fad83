//! The Log screen's home: everything it shows above the form, in one answer, so that
//! the first screen is drawn once with all of it, and the episode being written in the
//! form (with History's edit and the check-in), kept with the journal as they are written.

use time::Duration;

use crate::insights::day_of;
use crate::rules::parse_date;
use crate::{AppError, Journal, KeptEdit, KeptForms, LogHome};

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
            kept: KeptForms {
                log: self.store().setting(DRAFT_KEY)?.unwrap_or_default(),
                edit: self.kept_edit()?,
                checkin: self.store().setting(CHECKIN_KEY)?.unwrap_or_default(),
            },
        })
    }

    /// History's edit left open, with the episode it changes; none when no edit was kept
    /// or its episode is gone (deleted since, or a kept edit this version cannot read).
    fn kept_edit(&self) -> Result<Option<KeptEdit>, AppError> {
        let Some(draft) = self.store().setting(EDIT_KEY)? else {
            return Ok(None);
        };
        let Some(id) = edit_id(&draft) else {
            return Ok(None);
        };
        match self.store().get_episode(id)? {
            Some(e) if e.deleted_at_ms.is_none() => Ok(Some(KeptEdit {
                episode: self.to_dto(&e)?,
                draft,
            })),
            _ => Ok(None),
        }
    }

    /// Keeps the Log form's episode not yet saved, as the form wrote it (a JSON object),
    /// so that closing the window, a crash or the machine going off loses none of it; in
    /// the journal, so that a passcode encrypts it too. Empty forgets it (saved, or
    /// cleared). Anything else is refused in words and changes nothing.
    pub fn keep_log_draft(&mut self, draft: &str) -> Result<(), AppError> {
        self.keep_form(DRAFT_KEY, draft, form_of(draft).is_some())
    }

    /// Keeps History's edit not yet saved in the same way: the form as it was left, with
    /// the `id` of the episode it changes. Empty forgets it (saved, cancelled, deleted).
    pub fn keep_edit_draft(&mut self, draft: &str) -> Result<(), AppError> {
        self.keep_form(EDIT_KEY, draft, edit_id(draft).is_some())
    }

    /// Keeps the daily check-in not yet saved in the same way: the sheet as it was left,
    /// with the `date` (`YYYY-MM-DD`) it is for. Empty forgets it (saved or cancelled).
    pub fn keep_checkin_draft(&mut self, draft: &str) -> Result<(), AppError> {
        let dated = form_of(draft)
            .and_then(|f| {
                f.get("date")?
                    .as_str()
                    .map(|d| parse_date("date", d).is_ok())
            })
            .unwrap_or(false);
        self.keep_form(CHECKIN_KEY, draft, dated)
    }

    fn keep_form(&mut self, key: &str, draft: &str, is_form: bool) -> Result<(), AppError> {
        if draft.len() > MAX_DRAFT_BYTES {
            return Err(AppError::say("draft_too_large", |tr| {
                tr.failure_draft_too_large(MAX_DRAFT_BYTES / 1024)
            }));
        }
        if !(draft.is_empty() || is_form) {
            return Err(AppError::say("draft_not_form", |tr| {
                tr.failure_draft_not_form()
            }));
        }
        self.store_mut().set_setting(key, draft)?;
        Ok(())
    }
}

/// A kept form: a JSON object.
fn form_of(draft: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    serde_json::from_str(draft).ok()
}

/// The episode a kept edit changes: its `id`, which must be an episode id.
fn edit_id(draft: &str) -> Option<uuid::Uuid> {
    let id = form_of(draft)?.get("id")?.as_str()?.parse().ok()?;
    Some(id)
}

/// The settings that hold the Log form's episode not yet saved, History's edit and the
/// check-in.
const DRAFT_KEY: &str = "log_draft";
const EDIT_KEY: &str = "edit_draft";
const CHECKIN_KEY: &str = "checkin_draft";

/// The most a kept draft may hold, as any text argument: a form with the longest notes
/// (2,000 characters) is under 9 KiB.
pub const MAX_DRAFT_BYTES: usize = crate::MAX_TEXT_ARG_BYTES;
