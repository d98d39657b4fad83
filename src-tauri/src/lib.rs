//! The Twinge desktop shell: opens the journal, registers one thin command per
//! use case of `twinge_app::Journal`, and starts the window. No logic lives here.

use std::sync::{Arc, Mutex};

use tauri::{Builder, Runtime, State};
use twinge_app::{
    default_data_dir, AppError, EpisodeDto, EpisodeInput, EpisodePage, Input, Journal, ListQuery,
    SystemClock, Vocabularies,
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
        AppState(Mutex::new(Journal::open(data_dir, Arc::new(SystemClock))))
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
        ])
}

/// Starts the app.
pub fn run() -> Result<(), tauri::Error> {
    setup(Builder::default(), AppState::open_default()).run(tauri::generate_context!())
}
