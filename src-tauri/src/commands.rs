//! One thin handler per command of the schema (`twinge_app::rpc_schema!`); each
//! reads its arguments, calls the Journal, and returns its answer or an AppError.

use tauri::State;
use twinge_app::{
    AppointmentDto, AppointmentInput, CheckinDto, DayRecord, EpisodeDto, EpisodeInput, EpisodePage,
    FactorDto, FactorEditInput, Input, InsightsDto, InsightsQuery, LanguageSettings, ListQuery,
    LogHome, MedicationChangeDto, MedicationChangeInput, PasscodeChange, Pgic, PrivacyStatus,
    ReminderStatus, ReportDefaults, ReportPreview, ReportRequest, Secret, Settings, Text,
    TrialQuery, TrialView, VocabAddInput, VocabEditInput, VocabEntryDto, Vocabularies,
};

use crate::spoken::Spoken;
use crate::AppState;

// The handlers that open a file dialog live in dialogs.rs; the schema names them here.
pub use crate::dialogs::*;
pub use crate::peer::*;

#[tauri::command]
pub fn startup_status(state: State<'_, AppState>) -> Result<(), Spoken> {
    state.with(|_| Ok(()))
}

/// The UI calls this once, when the Log form has been drawn and can be used. With
/// `TWINGE_STARTUP_PROBE=1` it prints one line, which `cargo xtask bench startup`
/// waits for to time a cold start; otherwise it does nothing.
#[tauri::command]
pub fn app_ready() {
    if std::env::var_os("TWINGE_STARTUP_PROBE").is_some_and(|v| v == "1") {
        println!("twinge: interactive");
    }
}

#[tauri::command]
pub fn log_episode(
    state: State<'_, AppState>,
    input: Input<EpisodeInput>,
) -> Result<EpisodeDto, Spoken> {
    let input = input.into_inner()?;
    state.with(|j| j.log(&input))
}

#[tauri::command]
pub fn update_episode(
    state: State<'_, AppState>,
    id: Text,
    input: Input<EpisodeInput>,
) -> Result<EpisodeDto, Spoken> {
    let id = id.get()?;
    let input = input.into_inner()?;
    state.with(|j| j.update(id, &input))
}

#[tauri::command]
pub fn delete_episode(state: State<'_, AppState>, id: Text) -> Result<(), Spoken> {
    let id = id.get()?;
    state.with(|j| j.delete(id))
}

#[tauri::command]
pub fn undo_delete_episode(state: State<'_, AppState>, id: Text) -> Result<EpisodeDto, Spoken> {
    let id = id.get()?;
    state.with(|j| j.undo_delete(id))
}

#[tauri::command]
pub fn list_episodes(
    state: State<'_, AppState>,
    query: Input<ListQuery>,
) -> Result<EpisodePage, Spoken> {
    let query = query.into_inner()?;
    state.with(|j| j.list(&query))
}

#[tauri::command]
pub fn vocabularies(state: State<'_, AppState>) -> Result<Vocabularies, Spoken> {
    state.with(|j| j.vocabularies())
}

#[tauri::command]
pub fn log_home(state: State<'_, AppState>, today: Text) -> Result<LogHome, Spoken> {
    let today = today.get()?;
    state.with(|j| j.log_home(today))
}

#[tauri::command]
pub fn repeat_last(state: State<'_, AppState>, started_at: Text) -> Result<EpisodeDto, Spoken> {
    let started_at = started_at.get()?;
    state.with(|j| j.repeat_last(started_at))
}

#[tauri::command]
pub fn mark_quiet_day(state: State<'_, AppState>, date: Text) -> Result<(), Spoken> {
    let date = date.get()?;
    state.with(|j| j.mark_quiet_day(date))
}

#[tauri::command]
pub fn clear_quiet_day(state: State<'_, AppState>, date: Text) -> Result<(), Spoken> {
    let date = date.get()?;
    state.with(|j| j.clear_quiet_day(date))
}

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Result<Settings, Spoken> {
    state.with(|j| j.settings())
}

#[tauri::command]
pub fn update_settings(
    state: State<'_, AppState>,
    settings: Input<Settings>,
) -> Result<Settings, Spoken> {
    let settings = settings.into_inner()?;
    state.with(|j| j.update_settings(&settings))
}

#[tauri::command]
pub fn list_appointments(state: State<'_, AppState>) -> Result<Vec<AppointmentDto>, Spoken> {
    state.with(|j| j.appointments())
}

#[tauri::command]
pub fn add_appointment(
    state: State<'_, AppState>,
    input: Input<AppointmentInput>,
) -> Result<AppointmentDto, Spoken> {
    let input = input.into_inner()?;
    state.with(|j| j.add_appointment(&input))
}

#[tauri::command]
pub fn delete_appointment(state: State<'_, AppState>, id: Text) -> Result<(), Spoken> {
    let id = id.get()?;
    state.with(|j| j.delete_appointment(id))
}

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

#[tauri::command]
pub fn trial_view(
    state: State<'_, AppState>,
    query: Input<TrialQuery>,
    today: Text,
) -> Result<TrialView, Spoken> {
    let query = query.into_inner()?;
    let today = today.get()?;
    state.with(|j| j.trial_view(&query, today))
}

#[tauri::command]
pub fn list_medication_changes(
    state: State<'_, AppState>,
) -> Result<Vec<MedicationChangeDto>, Spoken> {
    state.with(|j| j.medication_changes())
}

#[tauri::command]
pub fn add_medication_change(
    state: State<'_, AppState>,
    input: Input<MedicationChangeInput>,
) -> Result<MedicationChangeDto, Spoken> {
    let input = input.into_inner()?;
    state.with(|j| j.add_medication_change(&input))
}

#[tauri::command]
pub fn delete_medication_change(state: State<'_, AppState>, id: Text) -> Result<(), Spoken> {
    let id = id.get()?;
    state.with(|j| j.delete_medication_change(id))
}

#[tauri::command]
pub fn add_vocab(
    state: State<'_, AppState>,
    input: Input<VocabAddInput>,
) -> Result<VocabEntryDto, Spoken> {
    let input = input.into_inner()?;
    state.with(|j| j.add_vocab(&input))
}

#[tauri::command]
pub fn edit_vocab(
    state: State<'_, AppState>,
    input: Input<VocabEditInput>,
) -> Result<VocabEntryDto, Spoken> {
    let input = input.into_inner()?;
    state.with(|j| j.edit_vocab(&input))
}

#[tauri::command]
pub fn insights(
    state: State<'_, AppState>,
    query: Input<InsightsQuery>,
) -> Result<InsightsDto, Spoken> {
    let query = query.into_inner()?;
    state.with(|j| j.insights(&query))
}

#[tauri::command]
pub fn delete_everything(
    state: State<'_, AppState>,
    confirmation: Text,
) -> Result<twinge_app::DeleteReport, Spoken> {
    let confirmation = confirmation.get()?;
    state.delete_everything(confirmation)
}

#[tauri::command]
pub fn report_defaults(state: State<'_, AppState>, today: Text) -> Result<ReportDefaults, Spoken> {
    let today = today.get()?;
    state.with(|j| j.report_defaults(today))
}

#[tauri::command]
pub async fn report_preview(
    state: State<'_, AppState>,
    request: Input<ReportRequest>,
) -> Result<ReportPreview, Spoken> {
    let request = request.into_inner()?;
    state.with(|j| j.report_preview(&request))
}

#[tauri::command]
pub fn data_folder(state: State<'_, AppState>) -> Result<String, Spoken> {
    state.with(|j| j.data_dir().map(|d| d.display().to_string()))
}

/// The passcode of a locked journal; the key it gives stays in Rust.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passcode: Secret) -> Result<(), Spoken> {
    let passcode = passcode.get()?;
    state.unlock(passcode)
}

#[tauri::command]
pub fn privacy_status(state: State<'_, AppState>) -> Result<PrivacyStatus, Spoken> {
    state.with(|j| Ok(j.privacy_status()))
}

#[tauri::command]
pub async fn set_passcode(
    state: State<'_, AppState>,
    current: Secret,
    passcode: Secret,
) -> Result<PasscodeChange, Spoken> {
    let (current, passcode) = (current.given()?, passcode.get()?);
    state.with(|j| j.set_passcode(current, passcode))
}

#[tauri::command]
pub async fn remove_passcode(
    state: State<'_, AppState>,
    current: Secret,
) -> Result<PasscodeChange, Spoken> {
    let current = current.get()?;
    state.with(|j| j.remove_passcode(current))
}

/// Whether a new passcode is strong enough, with the reasons in words when not.
#[tauri::command]
pub fn check_passcode(passcode: Secret) -> Result<(), Spoken> {
    Ok(twinge_app::check_new_passcode(passcode.get()?)?)
}

#[tauri::command]
pub fn lock(state: State<'_, AppState>) -> Result<(), Spoken> {
    state.lock()
}

#[tauri::command]
pub async fn start_over(state: State<'_, AppState>) -> Result<String, Spoken> {
    state.start_over()
}

#[tauri::command]
pub fn factors(state: State<'_, AppState>) -> Result<Vec<FactorDto>, Spoken> {
    state.with(|j| j.factors())
}

#[tauri::command]
pub fn add_factor(state: State<'_, AppState>, name: Text) -> Result<FactorDto, Spoken> {
    let name = name.get()?;
    state.with(|j| j.add_factor(name))
}

#[tauri::command]
pub fn edit_factor(
    state: State<'_, AppState>,
    input: Input<FactorEditInput>,
) -> Result<FactorDto, Spoken> {
    let input = input.into_inner()?;
    state.with(|j| j.edit_factor(&input))
}

#[tauri::command]
pub fn get_checkin(state: State<'_, AppState>, date: Text) -> Result<Option<CheckinDto>, Spoken> {
    let date = date.get()?;
    state.with(|j| j.checkin(date))
}

#[tauri::command]
pub fn day_records(
    state: State<'_, AppState>,
    from: Text,
    to: Text,
) -> Result<Vec<DayRecord>, Spoken> {
    let (from, to) = (from.get()?, to.get()?);
    state.with(|j| j.day_records(from, to))
}

#[tauri::command]
pub fn keep_report_questions(state: State<'_, AppState>, questions: Text) -> Result<(), Spoken> {
    let questions = questions.get()?;
    state.with(|j| j.keep_report_questions(questions))
}

#[tauri::command]
pub fn keep_report_language(state: State<'_, AppState>, language: Text) -> Result<(), Spoken> {
    let language = language.get()?;
    state.with(|j| j.keep_report_language(language))
}

#[tauri::command]
pub fn language_settings(state: State<'_, AppState>) -> Result<LanguageSettings, Spoken> {
    // The lock screen speaks the system's language before the journal is open.
    match state.with(|j| j.language_settings()) {
        Err(e) if e.code == "locked" => Ok(twinge_app::system_language_settings(&state.lang)),
        other => other,
    }
}

#[tauri::command]
pub fn choose_language(
    state: State<'_, AppState>,
    language: Text,
) -> Result<LanguageSettings, Spoken> {
    let language = language.get()?;
    state.with(|j| j.choose_language(language))
}

#[tauri::command]
pub fn save_checkin(
    state: State<'_, AppState>,
    input: Input<CheckinDto>,
) -> Result<CheckinDto, Spoken> {
    let input = input.into_inner()?;
    state.with(|j| j.save_checkin(&input))
}

#[tauri::command]
pub fn delete_checkin(state: State<'_, AppState>, date: Text) -> Result<(), Spoken> {
    let date = date.get()?;
    state.with(|j| j.delete_checkin(date))
}

#[tauri::command]
pub fn is_recorded(state: State<'_, AppState>, date: Text) -> Result<bool, Spoken> {
    let date = date.get()?;
    state.with(|j| j.is_recorded(date))
}

#[tauri::command]
pub fn reminder_status(state: State<'_, AppState>) -> Result<ReminderStatus, Spoken> {
    state.with(|j| j.reminder_status())
}

#[tauri::command]
pub async fn set_reminder(
    state: State<'_, AppState>,
    time: Option<Text>,
) -> Result<ReminderStatus, Spoken> {
    let time = time.as_ref().map(Text::get).transpose()?;
    state.with(|j| j.set_reminder(time))
}

#[tauri::command]
pub fn welcome_due(state: State<'_, AppState>) -> Result<bool, Spoken> {
    state.with(|j| j.welcome_due())
}

#[tauri::command]
pub fn finish_welcome(state: State<'_, AppState>) -> Result<(), Spoken> {
    state.with(|j| j.finish_welcome())
}
