//! The person's preferences: theme, week start, name on the report, auto-lock.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_core::{Theme, WeekStart};

use crate::records::{check_display_name, parse_date};
use crate::{AppError, Journal, Tr};

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
            return Err(AppError::field(
                "auto_lock_minutes",
                "bad_auto_lock",
                |tr| tr.failure_auto_lock(MAX_AUTO_LOCK_MINUTES),
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
            return Err(AppError::field(
                "date_of_birth",
                "bad_date_of_birth",
                |tr| tr.failure_birth_too_early(),
            ));
        }
        Ok(Some(d))
    }

    /// The settings of `self` (a file's) that differ from `here`, each in words.
    pub(crate) fn differences(&self, here: &Settings, tr: &Tr) -> Vec<String> {
        let mut out = Vec::new();
        // One setting: its name, and how it reads in words (the file's beside ours).
        let mut add = |what: String, said: &dyn Fn(&Settings) -> String| {
            let (file, ours) = (said(self), said(here));
            if file != ours {
                out.push(tr.import_setting_differs(file, ours, what));
            }
        };
        let name = |s: &str| match s.trim() {
            "" => tr.import_setting_none(),
            t => tr.import_setting_text(t),
        };
        let lock = |m: u32| match m {
            0 => tr.import_setting_never(),
            m => tr.import_setting_after_minutes(m),
        };
        let theme = |t: Theme| match t {
            Theme::System => tr.screen_settings_theme_system(),
            Theme::Light => tr.screen_settings_theme_light(),
            Theme::Dark => tr.screen_settings_theme_dark(),
        };
        let week = |w: WeekStart| match w {
            WeekStart::Monday => tr.screen_settings_monday(),
            WeekStart::Sunday => tr.screen_settings_sunday(),
            WeekStart::Saturday => tr.screen_settings_saturday(),
        };
        add(tr.import_setting_name(), &|s| name(&s.display_name));
        add(tr.screen_settings_theme(), &|s| theme(s.theme));
        add(tr.screen_settings_week_start(), &|s| week(s.week_start));
        add(tr.import_setting_birth(), &|s| name(&s.date_of_birth));
        add(tr.screen_privacy_auto_lock(), &|s| {
            lock(s.auto_lock_minutes)
        });
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
            return Err(AppError::field(
                "date_of_birth",
                "bad_date_of_birth",
                |tr| tr.failure_birth_future(),
            ));
        }
        s.write(self.store_mut())?;
        self.settings()
    }
}
