//! The person's preferences: theme, week start, name on the report, auto-lock.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::{Theme, WeekStart};

use crate::records::{check_display_name, field_error, parse_date};
use crate::{AppError, Journal};

/// The person's preferences.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Printed on the report; may be empty.
    pub display_name: String,
    pub theme: Theme,
    pub week_start: WeekStart,
    /// Minutes without a touch or key after which an encrypted journal locks itself;
    /// 0 never.
    #[serde(default)]
    pub auto_lock_minutes: u32,
    /// Printed beside the name on the report, `YYYY-MM-DD`; may be empty.
    #[serde(default)]
    pub date_of_birth: String,
}

/// The longest wait before locking that can be set (a day).
pub const MAX_AUTO_LOCK_MINUTES: u32 = 24 * 60;

impl Settings {
    /// The app's rules for settings (the Settings screen and imports).
    pub(crate) fn check(&self) -> Result<(), AppError> {
        check_display_name(&self.display_name)?;
        self.birth_date()?;
        if self.auto_lock_minutes > MAX_AUTO_LOCK_MINUTES {
            return Err(field_error(
                "auto_lock_minutes",
                "bad_auto_lock",
                &format!("Lock after at most {MAX_AUTO_LOCK_MINUTES} minutes (a day)."),
            ));
        }
        Ok(())
    }

    /// The date of birth, when one is given: a date from 1900 on (whether it is past is
    /// checked against today by [`Journal::update_settings`]).
    pub(crate) fn birth_date(&self) -> Result<Option<time::Date>, AppError> {
        if self.date_of_birth.trim().is_empty() {
            return Ok(None);
        }
        let d = parse_date("date_of_birth", &self.date_of_birth)?;
        if d.year() < 1900 {
            return Err(field_error(
                "date_of_birth",
                "bad_date_of_birth",
                "A date of birth is from 1900 on.",
            ));
        }
        Ok(Some(d))
    }

    /// The settings of `self` (a file's) that differ from `here`, each in words.
    pub(crate) fn differences(&self, here: &Settings) -> Vec<String> {
        let mut out = Vec::new();
        let mut add = |what: &str, file: String, ours: String| {
            if file != ours {
                out.push(format!("{what}: {file} (here: {ours})"));
            }
        };
        let name = |s: &str| match s.trim() {
            "" => "none".to_string(),
            t => format!("“{t}”"),
        };
        let lock = |m: u32| match m {
            0 => "never".to_string(),
            1 => "after 1 minute".to_string(),
            m => format!("after {m} minutes"),
        };
        add(
            "Name on the report",
            name(&self.display_name),
            name(&here.display_name),
        );
        add("Theme", self.theme.code().into(), here.theme.code().into());
        add(
            "First day of the week",
            self.week_start.code().into(),
            here.week_start.code().into(),
        );
        add(
            "Date of birth",
            name(&self.date_of_birth),
            name(&here.date_of_birth),
        );
        add(
            "Lock when not used",
            lock(self.auto_lock_minutes),
            lock(here.auto_lock_minutes),
        );
        out
    }

    /// Stores every setting (one list for the Settings screen and imports).
    pub(crate) fn write(&self, store: &mut twinge_store::Store) -> twinge_store::Result<()> {
        store.set_setting("display_name", self.display_name.trim())?;
        store.set_setting("theme", self.theme.code())?;
        store.set_setting("week_start", self.week_start.code())?;
        store.set_setting("auto_lock_minutes", &self.auto_lock_minutes.to_string())?;
        store.set_setting("date_of_birth", self.date_of_birth.trim())?;
        Ok(())
    }
}

/// A doctor's appointment.
impl Journal {
    pub fn settings(&self) -> Result<Settings, AppError> {
        let store = self.store();
        let code =
            |key: &str| -> Result<String, AppError> { Ok(store.setting(key)?.unwrap_or_default()) };
        Ok(Settings {
            display_name: code("display_name")?,
            theme: Theme::from_code(&code("theme")?).unwrap_or_default(),
            week_start: WeekStart::from_code(&code("week_start")?).unwrap_or_default(),
            auto_lock_minutes: code("auto_lock_minutes")?.parse().unwrap_or(0),
            date_of_birth: code("date_of_birth")?,
        })
    }

    pub fn update_settings(&mut self, s: &Settings) -> Result<Settings, AppError> {
        s.check()?;
        if s.birth_date()?
            .is_some_and(|d| d.to_string() > self.today())
        {
            return Err(field_error(
                "date_of_birth",
                "bad_date_of_birth",
                "A date of birth cannot be in the future.",
            ));
        }
        s.write(self.store_mut())?;
        self.settings()
    }
}
