//! The Twinge desktop shell: opens the journal, registers one thin command per
//! use case of `twinge_app::Journal`, and starts the window. No logic lives here.

use std::sync::{Arc, Mutex};

use std::path::PathBuf;

use tauri::{AppHandle, Builder, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use twinge_app::{
    default_data_dir, write_atomically, AppError, AppointmentDto, AppointmentInput, EpisodeDto,
    EpisodeInput, EpisodePage, FileFormat, FileReport, ImportProgress, ImportSummary, Input,
    InsightsDto, InsightsQuery, Journal, ListQuery, LogHome, MedicationChangeDto,
    MedicationChangeInput, ReportDefaults, ReportRequest, Settings, SystemClock, VocabAddInput,
    VocabEditInput, VocabEntryDto, Vocabularies,
};

/// The journal, or why it could not be opened (shown by the UI's error screen), and
/// the file chosen for an import that waits for the person's confirmation.
pub struct AppState(
    Mutex<Result<Journal, AppError>>,
    Mutex<Option<(PathBuf, FileFormat)>>,
);

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
        AppState(Mutex::new(journal), Mutex::new(None))
    }

    /// Deletes the journal and its backups after the typed confirmation, then starts
    /// a new empty journal in the same folder.
    fn delete_everything(&self, confirmation: &str) -> Result<(), AppError> {
        if confirmation.trim() != "DELETE" {
            return Err(AppError::new(
                "not_confirmed",
                "Type DELETE in capitals to confirm.",
            ));
        }
        let mut guard = self
            .0
            .lock()
            .map_err(|_| AppError::new("internal", "Try again."))?;
        let dir = match guard.as_ref() {
            Ok(j) => j.data_dir()?,
            Err(_) => default_data_dir(),
        };
        let previous = std::mem::replace(&mut *guard, Err(AppError::new("internal", "Deleting.")));
        if let Ok(j) = previous {
            j.delete_everything()?;
        }
        *guard = Journal::open(&dir, Arc::new(SystemClock));
        Ok(())
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

/// The UI calls this once, when the Log form has been drawn and can be used. With
/// `TWINGE_STARTUP_PROBE=1` it prints one line, which `cargo xtask bench startup`
/// waits for to time a cold start; otherwise it does nothing.
#[tauri::command]
fn app_ready() {
    if std::env::var_os("TWINGE_STARTUP_PROBE").is_some_and(|v| v == "1") {
        println!("twinge: interactive");
    }
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

/// Test-only: when set, file dialogs are not shown and this path is the answer.
/// End-to-end tests use it; the app never reads a path from the webview.
pub const TEST_DIALOG_PATH_ENV: &str = "TWINGE_TEST_DIALOG_PATH";

fn ask_path<R: Runtime>(
    app: &AppHandle<R>,
    save: bool,
    name: &str,
    ext: &[&str],
) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(TEST_DIALOG_PATH_ENV) {
        return Some(PathBuf::from(p));
    }
    let dialog = app.dialog().file().add_filter(name, ext);
    let picked = if save {
        dialog
            .set_file_name(format!("twinge.{}", ext[0]))
            .blocking_save_file()
    } else {
        dialog.blocking_pick_file()
    };
    picked.and_then(|p| p.into_path().ok())
}

#[tauri::command]
async fn export_journal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: String,
) -> Result<Option<String>, AppError> {
    let f = FileFormat::from_code(&format)?;
    let Some(path) = ask_path(&app, true, "Twinge export", &[format.as_str()]) else {
        return Ok(None);
    };
    state
        .with(|j| write_atomically(&path, &j.export_bytes(f)?))
        .map(|()| Some(path.display().to_string()))
}

#[tauri::command]
async fn import_preview<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<ImportSummary>, AppError> {
    let Some(path) = ask_path(&app, false, "Twinge export (JSON or CSV)", &["json", "csv"]) else {
        return Ok(None);
    };
    let f = FileFormat::of_path(&path);
    let summary = state.with(|j| j.preview_import_path(&path, Some(f)))?;
    *state
        .1
        .lock()
        .map_err(|_| AppError::new("internal", "Try again."))? = Some((path, f));
    Ok(Some(summary))
}

#[tauri::command]
async fn import_confirm(
    state: State<'_, AppState>,
    on_progress: tauri::ipc::Channel<ImportProgress>,
) -> Result<ImportSummary, AppError> {
    let pending = state
        .1
        .lock()
        .map_err(|_| AppError::new("internal", "Try again."))?
        .take();
    let (path, f) =
        pending.ok_or_else(|| AppError::new("no_import", "Choose a file to import first."))?;
    state.with(|j| {
        j.import_path(&path, Some(f), &mut |p| {
            let _ = on_progress.send(p);
        })
    })
}

#[tauri::command]
async fn backup_now<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<FileReport>, AppError> {
    let Some(path) = ask_path(&app, true, "Twinge backup", &["db"]) else {
        return Ok(None);
    };
    state.with(|j| j.backup_to(&path)).map(Some)
}

#[tauri::command]
async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<FileReport>, AppError> {
    let Some(path) = ask_path(&app, false, "Twinge backup", &["db"]) else {
        return Ok(None);
    };
    state.with(|j| j.restore_from(&path)).map(Some)
}

#[tauri::command]
fn delete_everything(state: State<'_, AppState>, confirmation: String) -> Result<(), AppError> {
    state.delete_everything(&confirmation)
}

#[tauri::command]
fn report_defaults(state: State<'_, AppState>, today: String) -> Result<ReportDefaults, AppError> {
    state.with(|j| j.report_defaults(&today))
}

#[tauri::command]
async fn report_preview(
    state: State<'_, AppState>,
    request: Input<ReportRequest>,
) -> Result<String, AppError> {
    let request = request.into_inner()?;
    state.with(|j| j.report_preview(&request))
}

#[tauri::command]
async fn export_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: Input<ReportRequest>,
) -> Result<Option<String>, AppError> {
    let request = request.into_inner()?;
    let pdf = state.with(|j| j.report_pdf(&request))?;
    let Some(path) = ask_path(&app, true, "PDF", &["pdf"]) else {
        return Ok(None);
    };
    write_atomically(&path, &pdf)?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
fn data_folder(state: State<'_, AppState>) -> Result<String, AppError> {
    state.with(|j| j.data_dir().map(|d| d.display().to_string()))
}

/// Registers the state and the commands; the real app and the IPC tests share it.
pub fn setup<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            startup_status,
            app_ready,
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
            export_journal,
            import_preview,
            import_confirm,
            backup_now,
            restore_backup,
            delete_everything,
            data_folder,
            report_defaults,
            report_preview,
            export_report,
        ])
}

/// The folder for the web view's own data (its caches and storage), inside the
/// journal's data folder, so that `TWINGE_DATA_DIR` moves everything Twinge writes.
pub fn webview_data_dir(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("webview")
}

/// Starts the app. The main window is made here rather than from the configuration
/// (where it is `"create": false`) so that its web view keeps its data with the journal.
pub fn run() -> Result<(), tauri::Error> {
    let data_dir = default_data_dir();
    let webview_dir = webview_data_dir(&data_dir);
    // The GPU driver's shader cache would otherwise go to ~/.cache; keep it with the
    // rest of what Twinge writes (unless the user chose a place for it).
    if std::env::var_os("MESA_SHADER_CACHE_DIR").is_none() {
        std::env::set_var("MESA_SHADER_CACHE_DIR", webview_dir.join("shader-cache"));
    }
    setup(Builder::default(), AppState::open_in(&data_dir))
        .setup(move |app| {
            let config = app
                .config()
                .app
                .windows
                .iter()
                .find(|w| w.label == "main")
                .cloned()
                .ok_or("tauri.conf.json has no main window")?;
            tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
                .data_directory(webview_dir)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!())
}
