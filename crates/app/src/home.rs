//! The Log screen's home: everything it shows above the form, in one answer, so that
//! the first screen is drawn once with all of it.

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
        })
    }
}
