//! The handlers written out by hand: the few that need more than one call of a Journal
//! method with the arguments as the UI sent them (`handlers.rs` writes those from the
//! schema). Each says why: passcodes arrive as `Secret` (wiped when dropped), the lock
//! screen and startup answer before or without a journal, and the rest shape an answer.

use tauri::State;
use twinge_app::{
    AppointmentDto, Input, LanguageSettings, PasscodeChange, Pgic, PrivacyStatus, ReminderStatus,
    Secret, Text,
};

use crate::spoken::Spoken;
use crate::AppState;

/// Answers before a journal is open: whether it is locked or could not be opened.
#[tauri::command]
pub fn startup_status(state: State<'_, AppState>) -> Result<(), Spoken> {
    state.with(|_| Ok(()))
}

/// The UI calls this when its first screen (`screen`: log, history with an edit kept from
/// before, welcome, unlock or error) has been drawn and can be used, and again when the Log form is after an unlock. With
/// `TWINGE_STARTUP_PROBE=1` it prints `interactive: <screen>`, which `cargo xtask bench
/// startup` waits for to time a start; otherwise it does nothing.
#[tauri::command]
pub fn app_ready(screen: Text) -> Result<(), Spoken> {
    crate::probe(&format!("interactive: {}", screen.get()?));
    Ok(())
}

/// The Journal takes the answer by value.
#[tauri::command]
pub fn answer_pgic(
    state: State<'_, AppState>,
    id: Text,
    pgic: Input<Pgic>,
) -> Result<AppointmentDto, Spoken> {
    let id = id.get()?;
    let pgic = pgic.into_inner()?;
    state.with(|j| j.answer_pgic(id, pgic))
}

/// Closes the journal before its files go, so it works on the state, not the journal.
#[tauri::command]
pub fn delete_everything(
    state: State<'_, AppState>,
    confirmation: Text,
) -> Result<twinge_app::DeleteReport, Spoken> {
    let confirmation = confirmation.get()?;
    state.delete_everything(confirmation)
}

/// The folder as words for the screen.
#[tauri::command]
pub fn data_folder(state: State<'_, AppState>) -> Result<String, Spoken> {
    state.with(|j| j.data_dir().map(|d| d.display().to_string()))
}

/// The passcode of a locked journal; the key it gives stays in Rust.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passcode: Secret) -> Result<(), Spoken> {
    crate::probe("unlocking");
    let unlocked = state.unlock(passcode);
    crate::probe("unlocked");
    unlocked
}

/// Cannot fail once the journal is open.
#[tauri::command]
pub fn privacy_status(state: State<'_, AppState>) -> Result<PrivacyStatus, Spoken> {
    state.with(|j| Ok(j.privacy_status()))
}

/// Passcodes arrive as `Secret`, wiped from memory when dropped; an empty current
/// passcode means the journal has none yet.
#[tauri::command]
pub async fn set_passcode(
    state: State<'_, AppState>,
    current: Secret,
    passcode: Secret,
) -> Result<PasscodeChange, Spoken> {
    state.with(|j| j.set_passcode(current.given()?, passcode.get()?))
}

#[tauri::command]
pub async fn remove_passcode(
    state: State<'_, AppState>,
    current: Secret,
) -> Result<PasscodeChange, Spoken> {
    state.with(|j| j.remove_passcode(current.get()?))
}

/// Whether a new passcode is strong enough, with the reasons in words when not.
#[tauri::command]
pub fn check_passcode(passcode: Secret) -> Result<(), Spoken> {
    Ok(twinge_app::check_new_passcode(passcode.get()?)?)
}

/// Closes the journal and forgets its key.
#[tauri::command]
pub fn lock(state: State<'_, AppState>) -> Result<(), Spoken> {
    state.lock()
}

/// Sets a locked journal aside (its passcode forgotten) and starts a new one.
#[tauri::command]
pub async fn start_over(state: State<'_, AppState>) -> Result<String, Spoken> {
    state.start_over()
}

#[tauri::command]
pub fn language_settings(state: State<'_, AppState>) -> Result<LanguageSettings, Spoken> {
    // The lock screen and the damaged journal's screen speak the system's language
    // while no journal is open.
    match state.with(|j| j.language_settings()) {
        Err(_) => Ok(twinge_app::system_language_settings(&state.lang)),
        ok => ok,
    }
}

/// The time is optional (none turns the reminder off).
#[tauri::command]
pub async fn set_reminder(
    state: State<'_, AppState>,
    time: Option<Text>,
) -> Result<ReminderStatus, Spoken> {
    let time = time.as_ref().map(Text::get).transpose()?;
    state.with(|j| j.set_reminder(time))
}
