//! The evening reminder (opt-in). At the chosen time, if nothing is recorded for
//! today, `twinge remind` shows a desktop notification. It runs from a systemd user
//! timer, so it works with the window closed, and it never opens the journal (which
//! may be locked): a small state file beside the journal says the time, the last day
//! something was recorded, and the last day a reminder was sent. That file holds no
//! health data, only those dates and the time.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{write_atomically, AppError, Clock, Journal};

/// The state file's name in the data folder.
pub const REMINDER_FILE: &str = "reminder.json";
/// The time offered when the reminder is turned on.
pub const DEFAULT_REMINDER_TIME: &str = "21:00";
/// The systemd user units' name.
pub const UNIT_NAME: &str = "twinge-reminder";

/// What the reminder knows without opening the journal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReminderState {
    /// `HH:MM` local time; `None` when the reminder is off.
    pub time: Option<String>,
    /// The last local date something was recorded for (episode, quiet day, check-in).
    pub recorded_on: Option<String>,
    /// The last local date a reminder was sent.
    pub sent_on: Option<String>,
}

/// What `twinge remind` decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// The reminder is off.
    Off,
    /// The time has not come yet today.
    NotYet,
    /// Today is recorded: nothing to remind of.
    Recorded,
    /// Today's reminder was already sent.
    AlreadySent,
    Send,
}

/// The reminder as the Settings screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderStatus {
    /// `HH:MM`, or `None` when off.
    pub time: Option<String>,
    /// Whether the systemd timer runs it with the window closed.
    pub timer_installed: bool,
    /// Why the timer could not be installed, in words (empty when it was, or when off).
    pub note: String,
    /// What the system said, for "Copy details" (only with a note).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub details: Option<String>,
}

/// Minutes after midnight of `HH:MM`; `None` for anything else.
pub fn parse_time(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    let digits = |t: &str| t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || !digits(m) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The decision for local date `today` at `minute` after local midnight.
pub fn decide(state: &ReminderState, today: &str, minute: u32) -> Decision {
    let Some(at) = state.time.as_deref().and_then(parse_time) else {
        return Decision::Off;
    };
    if minute < at {
        Decision::NotYet
    } else if state.recorded_on.as_deref() == Some(today) {
        Decision::Recorded
    } else if state.sent_on.as_deref() == Some(today) {
        Decision::AlreadySent
    } else {
        Decision::Send
    }
}

/// Today's local date and the minute of the day, on `clock`.
pub fn local_now(clock: &dyn Clock) -> (String, u32) {
    let local_s = clock.now_ms().div_euclid(1000) + i64::from(clock.local_offset_min()) * 60;
    let date = twinge_core::insights::date_of_day(local_s.div_euclid(86_400))
        .map(|d| d.to_string())
        .unwrap_or_default();
    (date, (local_s.rem_euclid(86_400) / 60) as u32)
}

/// The state in `dir`; a missing or unreadable file is the reminder off.
pub fn read_state(dir: &Path) -> ReminderState {
    std::fs::read(dir.join(REMINDER_FILE))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

fn write_state(dir: &Path, state: &ReminderState) -> Result<(), AppError> {
    let mut bytes = serde_json::to_vec_pretty(state)
        .map_err(|e| AppError::internal(|tr| tr.failure_reminder_not_saved(), e))?;
    bytes.push(b'\n');
    write_atomically(&dir.join(REMINDER_FILE), &bytes)
}

/// Records that today's reminder was sent.
pub fn mark_sent(dir: &Path, today: &str) -> Result<(), AppError> {
    let mut state = read_state(dir);
    state.sent_on = Some(today.to_string());
    write_state(dir, &state)
}

/// A path as one word of a systemd `ExecStart=` line, by systemd's quoting rules: in
/// double quotes, with `\\` and `"` escaped, `%` (a specifier) doubled and `$` (a
/// variable) doubled. A path with a control character (a line break would add lines to
/// the unit) or that is not UTF-8 is refused in words.
fn unit_path(path: &Path) -> Result<String, AppError> {
    let text = path.to_str().filter(|t| !t.chars().any(char::is_control));
    let Some(text) = text else {
        let folder = path.display().to_string().escape_debug().to_string();
        return Err(AppError::say("bad_folder_name", move |tr| {
            tr.failure_reminder_folder(folder.as_str())
        }));
    };
    Ok(format!(
        "\"{}\"",
        text.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('%', "%%")
            .replace('$', "$$")
    ))
}

/// The service and timer units that run `exe remind` for `data_dir` at `time` (`HH:MM`).
pub fn unit_files(exe: &Path, data_dir: &Path, time: &str) -> Result<(String, String), AppError> {
    if parse_time(time).is_none() {
        let time = time.to_string();
        return Err(AppError::say("bad_time", move |tr| {
            tr.failure_bad_time_of_day(time.as_str())
        }));
    }
    let service = format!(
        "[Unit]\nDescription=Twinge evening reminder\n\n[Service]\nType=exec\nExecStart={} --data-dir {} remind\n# A click on the notification opens Twinge, which outlives this service.\nKillMode=process\n",
        unit_path(exe)?,
        unit_path(data_dir)?
    );
    let timer = format!(
        "[Unit]\nDescription=Twinge evening reminder at {time}\n\n[Timer]\nOnCalendar=*-*-* {time}:00\nPersistent=false\n\n[Install]\nWantedBy=timers.target\n"
    );
    Ok((service, timer))
}

/// Where systemd looks for the user's own units.
fn user_unit_dir() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("systemd").join("user"))
}

/// Why the timer could not be set up: in Twinge's words, and what the system said.
#[derive(Debug)]
struct TimerTrouble {
    why: String,
    details: String,
}

impl From<AppError> for TimerTrouble {
    fn from(e: AppError) -> Self {
        TimerTrouble {
            details: e.details.clone().unwrap_or_else(|| e.message.clone()),
            why: e.message,
        }
    }
}

/// What `systemctl`'s complaint means for a person.
fn timer_words(said: &str) -> &'static str {
    if said.contains("connect to bus") || said.contains("DBUS") || said.contains("XDG_RUNTIME_DIR")
    {
        "this desktop session does not run the system's timer service for you"
    } else if said.contains("ermission") || said.contains("denied") {
        "this computer does not allow Twinge to set up a timer"
    } else {
        "the system's timer service refused it"
    }
}

fn systemctl(args: &[&str]) -> Result<(), TimerTrouble> {
    let out = Command::new("systemctl")
        .arg("--user")
        .args(args)
        .output()
        .map_err(|e| TimerTrouble {
            why: "this computer has no systemd timer service".into(),
            details: format!("systemctl --user {}: {e}", args.join(" ")),
        })?;
    if out.status.success() {
        Ok(())
    } else {
        let said = String::from_utf8_lossy(&out.stderr).trim().to_string();
        Err(TimerTrouble {
            why: timer_words(&said).into(),
            details: format!("systemctl --user {}: {said}", args.join(" ")),
        })
    }
}

/// Writes the units and starts the timer; why not, in words.
fn install_timer(data_dir: &Path, time: &str) -> Result<(), TimerTrouble> {
    let dir = user_unit_dir().ok_or_else(|| TimerTrouble {
        why: "there is no folder for your own settings".into(),
        details: "no configuration directory (XDG_CONFIG_HOME or HOME unset)".into(),
    })?;
    let exe = std::env::current_exe().map_err(|e| TimerTrouble {
        why: "Twinge could not tell where its own program is".into(),
        details: e.to_string(),
    })?;
    let (service, timer) = unit_files(&exe, data_dir, time)?;
    crate::files::create_private_dir(&dir)?;
    write_atomically(
        &dir.join(format!("{UNIT_NAME}.service")),
        service.as_bytes(),
    )?;
    write_atomically(&dir.join(format!("{UNIT_NAME}.timer")), timer.as_bytes())?;
    let started = systemctl(&["daemon-reload"])
        .and_then(|()| systemctl(&["enable", "--now", &format!("{UNIT_NAME}.timer")]));
    if started.is_err() {
        // Units that nothing runs are not left behind.
        remove_timer();
    }
    started
}

/// Stops the timer and removes the units (nothing to do when there are none).
pub(crate) fn remove_timer() {
    let _ = systemctl(&["disable", "--now", &format!("{UNIT_NAME}.timer")]);
    if let Some(dir) = user_unit_dir() {
        for ext in ["service", "timer"] {
            let _ = std::fs::remove_file(dir.join(format!("{UNIT_NAME}.{ext}")));
        }
    }
    let _ = systemctl(&["daemon-reload"]);
}

fn timer_installed() -> bool {
    user_unit_dir().is_some_and(|d| d.join(format!("{UNIT_NAME}.timer")).exists())
}

impl Journal {
    /// The reminder's time and whether its timer is installed.
    pub fn reminder_status(&self) -> Result<ReminderStatus, AppError> {
        let state = read_state(&self.data_dir()?);
        Ok(ReminderStatus {
            timer_installed: state.time.is_some() && timer_installed(),
            time: state.time,
            note: String::new(),
            details: None,
        })
    }

    /// Turns the reminder on at `time` (`HH:MM`) or off (`None`): the state file, and
    /// the systemd user timer that runs `twinge remind` with the window closed. When
    /// the timer cannot be installed the reminder stays on for the app itself and the
    /// status says why.
    pub fn set_reminder(&mut self, time: Option<&str>) -> Result<ReminderStatus, AppError> {
        let dir = self.data_dir()?;
        if let Some(t) = time {
            if parse_time(t).is_none() {
                return Err(AppError::field("time", "bad_time", |tr| {
                    tr.failure_time_form()
                }));
            }
        }
        let mut state = read_state(&dir);
        state.time = time.map(str::to_string);
        let today = self.today();
        if self.is_recorded(&today)? {
            state.recorded_on = Some(today);
        }
        write_state(&dir, &state)?;
        let trouble = match time {
            Some(t) => install_timer(&dir, t).err(),
            None => {
                remove_timer();
                None
            }
        };
        let note = trouble.as_ref().map_or(String::new(), |t| {
            format!(
                "The reminder cannot come while Twinge is closed: {}. Twinge reminds you on the Log tab whenever it is open.",
                t.why.trim_end_matches('.')
            )
        });
        Ok(ReminderStatus {
            timer_installed: time.is_some() && trouble.is_none() && timer_installed(),
            time: state.time,
            note,
            details: trouble.map(|t| t.details),
        })
    }

    /// After something was recorded for `date`: when that is today and the reminder
    /// is on, the state file learns it (at most one write a day).
    pub(crate) fn note_recorded(&self, date: &str) {
        if date != self.today() {
            return;
        }
        let Ok(mut noted) = self.noted_on.lock() else {
            return;
        };
        if noted.as_deref() == Some(date) {
            return;
        }
        *noted = Some(date.to_string());
        let Ok(dir) = self.data_dir() else {
            return;
        };
        let mut state = read_state(&dir);
        if state.time.is_none() || state.recorded_on.as_deref() == Some(date) {
            return;
        }
        state.recorded_on = Some(date.to_string());
        let _ = write_state(&dir, &state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FixedClock;

    fn state(time: Option<&str>, recorded: Option<&str>, sent: Option<&str>) -> ReminderState {
        ReminderState {
            time: time.map(str::to_string),
            recorded_on: recorded.map(str::to_string),
            sent_on: sent.map(str::to_string),
        }
    }

    #[test]
    fn every_branch_of_the_decision() {
        let today = "2026-11-20";
        let at_21 = 21 * 60;
        assert_eq!(
            decide(&state(None, None, None), today, at_21),
            Decision::Off
        );
        assert_eq!(
            decide(&state(Some("nonsense"), None, None), today, at_21),
            Decision::Off
        );
        assert_eq!(
            decide(&state(Some("21:00"), None, None), today, at_21 - 1),
            Decision::NotYet
        );
        assert_eq!(
            decide(&state(Some("21:00"), Some(today), None), today, at_21),
            Decision::Recorded
        );
        assert_eq!(
            decide(
                &state(Some("21:00"), Some("2026-11-19"), Some(today)),
                today,
                at_21
            ),
            Decision::AlreadySent
        );
        assert_eq!(
            decide(
                &state(Some("21:00"), Some("2026-11-19"), Some("2026-11-19")),
                today,
                at_21 + 90
            ),
            Decision::Send
        );
    }

    #[test]
    fn times_and_the_local_day_on_a_fixed_clock() {
        assert_eq!(parse_time("21:00"), Some(1260));
        assert_eq!(parse_time("00:00"), Some(0));
        for bad in ["24:00", "9:00", "21:60", "21-00", "", "ab:cd"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        // 2026-11-20 23:30 UTC is already the 21st at 00:30 an hour east.
        let clock = FixedClock::new(1_795_217_400_000, 60);
        assert_eq!(local_now(&clock), ("2026-11-21".to_string(), 30));
        let west = FixedClock::new(1_795_217_400_000, -300);
        assert_eq!(local_now(&west), ("2026-11-20".to_string(), 18 * 60 + 30));
    }
}
