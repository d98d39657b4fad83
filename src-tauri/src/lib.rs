//! The Twinge desktop shell: opens the journal, registers one thin command per
//! use case of `twinge_app::Journal`, and starts the window. No logic lives here.

use std::sync::{Arc, Mutex};

use tauri::{Builder, Runtime, State};
use twinge_app::{
    default_data_dir, AppError, AppointmentDto, AppointmentInput, EpisodeDto, EpisodeInput,
    EpisodePage, Input, InsightsDto, InsightsQuery, Journal, ListQuery, LogHome,
    MedicationChangeDto, MedicationChangeInput, Settings, SystemClock, VocabAddInput,
    VocabEditInput, VocabEntryDto, Vocabularies,
};

/// The journal, or why it could not be opened (shown by the UI's error screen).
pub struct AppState(Mutex<Result<Journal, AppError>>);

impl AppState {
    /// Opens the journal in the default data folder (or `TWINGE_DATA_DIR`).
    pub fn open_default() -> Self {
        Self::open_in(&default_data_dir())
    }

    /// Opens the journal in `data_dir`.
    pub fn open_in(data_dir: &std::path::Path) -> Self {
        let journal = Journal::open(data_dir, Arc::new(SystemClock));
        if let Ok(j) = &journal {
            // Today's rolling backup, on its own thread and connection.
            let _ = j.start_daily_backup();
        }
        AppState(Mutex::new(journal))
    }

    fn with<T>(&self, f: impl FnOnce(&mut Journal) -> Result<T, AppError>) -> Result<T, AppError> {
        let mut guard = self.0.lock().map_err(|_| {
            AppError::new("internal", "The journal is unavailable; restart Twinge.")
        })?;
        match guard.as_mut() {
            Ok(journal) => f(journal),
            Err(e) => Err(e.clone()),
        }
    }
}

#[tauri::command]
fn startup_status(state: State<'_, AppState>) -> Result<(), AppError> {
    state.with(|_| Ok(()))
}

#[tauri::command]
fn log_episode(
    state: State<'_, AppState>,
    input: Input<EpisodeInput>,
) -> Result<EpisodeDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.log(&input))
}

#[tauri::command]
fn update_episode(
    state: State<'_, AppState>,
    id: String,
    input: Input<EpisodeInput>,
) -> Result<EpisodeDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.update(&id, &input))
}

#[tauri::command]
fn delete_episode(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    state.with(|j| j.delete(&id))
}

#[tauri::command]
fn undo_delete_episode(state: State<'_, AppState>, id: String) -> Result<EpisodeDto, AppError> {
    state.with(|j| j.undo_delete(&id))
}

#[tauri::command]
fn list_episodes(
    state: State<'_, AppState>,
    query: Input<ListQuery>,
) -> Result<EpisodePage, AppError> {
    let query = query.into_inner()?;
    state.with(|j| j.list(&query))
}

#[tauri::command]
fn vocabularies(state: State<'_, AppState>) -> Result<Vocabularies, AppError> {
    state.with(|j| j.vocabularies())
}

#[tauri::command]
fn log_home(state: State<'_, AppState>, today: String) -> Result<LogHome, AppError> {
    state.with(|j| j.log_home(&today))
}

#[tauri::command]
fn repeat_last(state: State<'_, AppState>, started_at: String) -> Result<EpisodeDto, AppError> {
    state.with(|j| j.repeat_last(&started_at))
}

#[tauri::command]
fn mark_quiet_day(state: State<'_, AppState>, date: String) -> Result<(), AppError> {
    state.with(|j| j.mark_quiet_day(&date))
}

#[tauri::command]
fn clear_quiet_day(state: State<'_, AppState>, date: String) -> Result<(), AppError> {
    state.with(|j| j.clear_quiet_day(&date))
}

#[tauri::command]
fn get_settings(state: State<'_, AppState>) -> Result<Settings, AppError> {
    state.with(|j| j.settings())
}

#[tauri::command]
fn update_settings(
    state: State<'_, AppState>,
    settings: Input<Settings>,
) -> Result<Settings, AppError> {
    let settings = settings.into_inner()?;
    state.with(|j| j.update_settings(&settings))
}

#[tauri::command]
fn list_appointments(state: State<'_, AppState>) -> Result<Vec<AppointmentDto>, AppError> {
    state.with(|j| j.appointments())
}

#[tauri::command]
fn add_appointment(
    state: State<'_, AppState>,
    input: Input<AppointmentInput>,
) -> Result<AppointmentDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.add_appointment(&input))
}

#[tauri::command]
fn delete_appointment(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    state.with(|j| j.delete_appointment(&id))
}

#[tauri::command]
fn list_medication_changes(
    state: State<'_, AppState>,
) -> Result<Vec<MedicationChangeDto>, AppError> {
    state.with(|j| j.medication_changes())
}

#[tauri::command]
fn add_medication_change(
    state: State<'_, AppState>,
    input: Input<MedicationChangeInput>,
) -> Result<MedicationChangeDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.add_medication_change(&input))
}

#[tauri::command]
fn delete_medication_change(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    state.with(|j| j.delete_medication_change(&id))
}

#[tauri::command]
fn add_vocab(
    state: State<'_, AppState>,
    input: Input<VocabAddInput>,
) -> Result<VocabEntryDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.add_vocab(&input))
}

#[tauri::command]
fn edit_vocab(
    state: State<'_, AppState>,
    input: Input<VocabEditInput>,
) -> Result<VocabEntryDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.edit_vocab(&input))
}

#[tauri::command]
fn insights(
    state: State<'_, AppState>,
    query: Input<InsightsQuery>,
) -> Result<InsightsDto, AppError> {
    let query = query.into_inner()?;
    state.with(|j| j.insights(&query))
}

/// Registers the state and the commands; the real app and the IPC tests share it.
pub fn setup<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            startup_status,
            log_episode,
            update_episode,
            delete_episode,
            undo_delete_episode,
            list_episodes,
            vocabularies,
            log_home,
            repeat_last,
            mark_quiet_day,
            clear_quiet_day,
            get_settings,
            update_settings,
            list_appointments,
            add_appointment,
            delete_appointment,
            list_medication_changes,
            add_medication_change,
            delete_medication_change,
            add_vocab,
            edit_vocab,
            insights,
        ])
}

/// Starts the app.
pub fn run() -> Result<(), tauri::Error> {
    setup(Builder::default(), AppState::open_default()).run(tauri::generate_context!())
}
