//! One thin handler per command of the schema (`twinge_app::rpc_schema!`); each
//! reads its arguments, calls the Journal, and returns its answer or an AppError.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use twinge_app::{
    suggested, write_atomically, AppError, AppointmentDto, AppointmentInput, CheckinDto,
    EpisodeDto, EpisodeInput, EpisodePage, FactorDto, FactorEditInput, FileFormat, FileReport,
    ImportProgress, ImportSummary, Input, InsightsDto, InsightsQuery, ListQuery, LogHome,
    MedicationChangeDto, MedicationChangeInput, PasscodeChange, PrivacyStatus, ReminderStatus,
    ReportDefaults, ReportPreview, ReportRequest, Secret, Settings, Text, VocabAddInput,
    VocabEditInput, VocabEntryDto, Vocabularies,
};

use crate::AppState;

#[tauri::command]
pub fn startup_status(state: State<'_, AppState>) -> Result<(), AppError> {
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
) -> Result<EpisodeDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.log(&input))
}

#[tauri::command]
pub fn update_episode(
    state: State<'_, AppState>,
    id: Text,
    input: Input<EpisodeInput>,
) -> Result<EpisodeDto, AppError> {
    let id = id.get()?;
    let input = input.into_inner()?;
    state.with(|j| j.update(id, &input))
}

#[tauri::command]
pub fn delete_episode(state: State<'_, AppState>, id: Text) -> Result<(), AppError> {
    let id = id.get()?;
    state.with(|j| j.delete(id))
}

#[tauri::command]
pub fn undo_delete_episode(state: State<'_, AppState>, id: Text) -> Result<EpisodeDto, AppError> {
    let id = id.get()?;
    state.with(|j| j.undo_delete(id))
}

#[tauri::command]
pub fn list_episodes(
    state: State<'_, AppState>,
    query: Input<ListQuery>,
) -> Result<EpisodePage, AppError> {
    let query = query.into_inner()?;
    state.with(|j| j.list(&query))
}

#[tauri::command]
pub fn vocabularies(state: State<'_, AppState>) -> Result<Vocabularies, AppError> {
    state.with(|j| j.vocabularies())
}

#[tauri::command]
pub fn log_home(state: State<'_, AppState>, today: Text) -> Result<LogHome, AppError> {
    let today = today.get()?;
    state.with(|j| j.log_home(today))
}

#[tauri::command]
pub fn repeat_last(state: State<'_, AppState>, started_at: Text) -> Result<EpisodeDto, AppError> {
    let started_at = started_at.get()?;
    state.with(|j| j.repeat_last(started_at))
}

#[tauri::command]
pub fn mark_quiet_day(state: State<'_, AppState>, date: Text) -> Result<(), AppError> {
    let date = date.get()?;
    state.with(|j| j.mark_quiet_day(date))
}

#[tauri::command]
pub fn clear_quiet_day(state: State<'_, AppState>, date: Text) -> Result<(), AppError> {
    let date = date.get()?;
    state.with(|j| j.clear_quiet_day(date))
}

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Result<Settings, AppError> {
    state.with(|j| j.settings())
}

#[tauri::command]
pub fn update_settings(
    state: State<'_, AppState>,
    settings: Input<Settings>,
) -> Result<Settings, AppError> {
    let settings = settings.into_inner()?;
    state.with(|j| j.update_settings(&settings))
}

#[tauri::command]
pub fn list_appointments(state: State<'_, AppState>) -> Result<Vec<AppointmentDto>, AppError> {
    state.with(|j| j.appointments())
}

#[tauri::command]
pub fn add_appointment(
    state: State<'_, AppState>,
    input: Input<AppointmentInput>,
) -> Result<AppointmentDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.add_appointment(&input))
}

#[tauri::command]
pub fn delete_appointment(state: State<'_, AppState>, id: Text) -> Result<(), AppError> {
    let id = id.get()?;
    state.with(|j| j.delete_appointment(id))
}

#[tauri::command]
pub fn list_medication_changes(
    state: State<'_, AppState>,
) -> Result<Vec<MedicationChangeDto>, AppError> {
    state.with(|j| j.medication_changes())
}

#[tauri::command]
pub fn add_medication_change(
    state: State<'_, AppState>,
    input: Input<MedicationChangeInput>,
) -> Result<MedicationChangeDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.add_medication_change(&input))
}

#[tauri::command]
pub fn delete_medication_change(state: State<'_, AppState>, id: Text) -> Result<(), AppError> {
    let id = id.get()?;
    state.with(|j| j.delete_medication_change(id))
}

#[tauri::command]
pub fn add_vocab(
    state: State<'_, AppState>,
    input: Input<VocabAddInput>,
) -> Result<VocabEntryDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.add_vocab(&input))
}

#[tauri::command]
pub fn edit_vocab(
    state: State<'_, AppState>,
    input: Input<VocabEditInput>,
) -> Result<VocabEntryDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.edit_vocab(&input))
}

#[tauri::command]
pub fn insights(
    state: State<'_, AppState>,
    query: Input<InsightsQuery>,
) -> Result<InsightsDto, AppError> {
    let query = query.into_inner()?;
    state.with(|j| j.insights(&query))
}

/// Test-only: when set, file dialogs are not shown and this path is the answer.
/// End-to-end tests use it; the app never reads a path from the webview. Compiled into
/// debug builds only: the package check finds no trace of the name in the release binary.
#[cfg(debug_assertions)]
pub(crate) const TEST_DIALOG_PATH_ENV: &str = "TWINGE_TEST_DIALOG_PATH";

/// The preset dialog answer of the end-to-end tests.
#[cfg(debug_assertions)]
fn test_dialog_answer() -> Option<PathBuf> {
    std::env::var_os(TEST_DIALOG_PATH_ENV).map(PathBuf::from)
}

/// A release build never reads a dialog answer from the environment.
#[cfg(not(debug_assertions))]
fn test_dialog_answer() -> Option<PathBuf> {
    None
}

/// The file dialog for a file to write (`name` and the extension filter the list,
/// `file` is offered); `None` when the person cancels.
fn ask_save_path<R: Runtime>(
    app: &AppHandle<R>,
    (name, ext): (&str, &str),
    file: String,
) -> Option<PathBuf> {
    if let Some(p) = test_dialog_answer() {
        return Some(p);
    }
    app.dialog()
        .file()
        .add_filter(name, &[ext])
        .set_file_name(file)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}

/// The file dialog for a file to read; `None` when the person cancels.
fn ask_open_path<R: Runtime>(app: &AppHandle<R>, name: &str, ext: &[&str]) -> Option<PathBuf> {
    if let Some(p) = test_dialog_answer() {
        return Some(p);
    }
    app.dialog()
        .file()
        .add_filter(name, ext)
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}

#[tauri::command]
pub async fn export_journal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: Text,
) -> Result<Option<String>, AppError> {
    let format = format.get()?;
    let f = FileFormat::from_code(format)?;
    let file = state.with(|j| Ok(suggested::export(&j.today(), format)))?;
    let Some(path) = ask_save_path(&app, ("Twinge export", format), file) else {
        return Ok(None);
    };
    state
        .with(|j| {
            write_atomically(&path, &j.export_bytes(f)?)?;
            j.remember_written(&path)
        })
        .map(|()| Some(path.display().to_string()))
}

#[tauri::command]
pub async fn import_preview<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<ImportSummary>, AppError> {
    let Some(path) = ask_open_path(&app, "Twinge export (JSON or CSV)", &["json", "csv"]) else {
        return Ok(None);
    };
    let f = FileFormat::of_path(&path);
    let summary = state.with(|j| j.preview_import_path(&path, Some(f)))?;
    *state
        .pending_import
        .lock()
        .map_err(|_| AppError::new("internal", "Try again."))? = Some((path, f));
    Ok(Some(summary))
}

#[tauri::command]
pub async fn import_confirm(
    state: State<'_, AppState>,
    with_settings: bool,
    on_progress: tauri::ipc::Channel<ImportProgress>,
) -> Result<ImportSummary, AppError> {
    let pending = state
        .pending_import
        .lock()
        .map_err(|_| AppError::new("internal", "Try again."))?
        .take();
    let (path, f) =
        pending.ok_or_else(|| AppError::new("no_import", "Choose a file to import first."))?;
    state.with(|j| {
        j.import_path(&path, Some(f), with_settings, &mut |p| {
            let _ = on_progress.send(p);
        })
    })
}

#[tauri::command]
pub async fn backup_now<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<FileReport>, AppError> {
    let file = state.with(|j| Ok(suggested::backup(&j.today())))?;
    let Some(path) = ask_save_path(&app, ("Twinge backup", "db"), file) else {
        return Ok(None);
    };
    state
        .with(|j| {
            let report = j.backup_to(&path)?;
            j.remember_written(&path)?;
            Ok(report)
        })
        .map(Some)
}

#[tauri::command]
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<FileReport>, AppError> {
    let Some(path) = ask_open_path(&app, "Twinge backup", &["db"]) else {
        return Ok(None);
    };
    let restored = state.with(|j| j.restore_from(&path));
    if matches!(&restored, Err(e) if e.code == "backup_passcode_needed") {
        *state
            .pending_restore
            .lock()
            .map_err(|_| AppError::new("internal", "Try again."))? = Some(path);
    }
    restored.map(Some)
}

#[tauri::command]
pub async fn restore_backup_with_passcode(
    state: State<'_, AppState>,
    passcode: Secret,
) -> Result<FileReport, AppError> {
    let passcode = passcode.get()?;
    let mut pending = state
        .pending_restore
        .lock()
        .map_err(|_| AppError::new("internal", "Try again."))?;
    let path = pending
        .clone()
        .ok_or_else(|| AppError::new("no_restore", "Choose a backup to restore first."))?;
    let restored = state.with(|j| j.restore_with_passcode(&path, passcode));
    // A wrong passcode may be tried again; anything else ends this restore.
    if !matches!(&restored, Err(e) if e.code == "wrong_passcode") {
        *pending = None;
    }
    restored
}

#[tauri::command]
pub fn delete_everything(
    state: State<'_, AppState>,
    confirmation: Text,
) -> Result<twinge_app::DeleteReport, AppError> {
    let confirmation = confirmation.get()?;
    state.delete_everything(confirmation)
}

#[tauri::command]
pub fn report_defaults(
    state: State<'_, AppState>,
    today: Text,
) -> Result<ReportDefaults, AppError> {
    let today = today.get()?;
    state.with(|j| j.report_defaults(today))
}

#[tauri::command]
pub async fn report_preview(
    state: State<'_, AppState>,
    request: Input<ReportRequest>,
) -> Result<ReportPreview, AppError> {
    let request = request.into_inner()?;
    state.with(|j| j.report_preview(&request))
}

#[tauri::command]
pub async fn export_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: Input<ReportRequest>,
) -> Result<Option<String>, AppError> {
    let request = request.into_inner()?;
    let pdf = state.with(|j| j.report_pdf(&request))?;
    let file = suggested::report(&request.from, &request.to);
    let Some(path) = ask_save_path(&app, ("PDF", "pdf"), file) else {
        return Ok(None);
    };
    write_atomically(&path, &pdf)?;
    state.with(|j| j.remember_written(&path))?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
pub fn data_folder(state: State<'_, AppState>) -> Result<String, AppError> {
    state.with(|j| j.data_dir().map(|d| d.display().to_string()))
}

/// The passcode of a locked journal; the key it gives stays in Rust.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passcode: Secret) -> Result<(), AppError> {
    let passcode = passcode.get()?;
    state.unlock(passcode)
}

#[tauri::command]
pub fn privacy_status(state: State<'_, AppState>) -> Result<PrivacyStatus, AppError> {
    state.with(|j| Ok(j.privacy_status()))
}

#[tauri::command]
pub async fn set_passcode(
    state: State<'_, AppState>,
    current: Secret,
    passcode: Secret,
) -> Result<PasscodeChange, AppError> {
    let (current, passcode) = (current.given()?, passcode.get()?);
    state.with(|j| j.set_passcode(current, passcode))
}

#[tauri::command]
pub async fn remove_passcode(
    state: State<'_, AppState>,
    current: Secret,
) -> Result<PasscodeChange, AppError> {
    let current = current.get()?;
    state.with(|j| j.remove_passcode(current))
}

/// Whether a new passcode is strong enough, with the reasons in words when not.
#[tauri::command]
pub fn check_passcode(passcode: Secret) -> Result<(), AppError> {
    twinge_app::check_new_passcode(passcode.get()?)
}

#[tauri::command]
pub fn lock(state: State<'_, AppState>) -> Result<(), AppError> {
    state.lock()
}

#[tauri::command]
pub async fn start_over(state: State<'_, AppState>) -> Result<String, AppError> {
    state.start_over()
}

#[tauri::command]
pub fn factors(state: State<'_, AppState>) -> Result<Vec<FactorDto>, AppError> {
    state.with(|j| j.factors())
}

#[tauri::command]
pub fn add_factor(state: State<'_, AppState>, name: Text) -> Result<FactorDto, AppError> {
    let name = name.get()?;
    state.with(|j| j.add_factor(name))
}

#[tauri::command]
pub fn edit_factor(
    state: State<'_, AppState>,
    input: Input<FactorEditInput>,
) -> Result<FactorDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.edit_factor(&input))
}

#[tauri::command]
pub fn get_checkin(state: State<'_, AppState>, date: Text) -> Result<Option<CheckinDto>, AppError> {
    let date = date.get()?;
    state.with(|j| j.checkin(date))
}

#[tauri::command]
pub fn save_checkin(
    state: State<'_, AppState>,
    input: Input<CheckinDto>,
) -> Result<CheckinDto, AppError> {
    let input = input.into_inner()?;
    state.with(|j| j.save_checkin(&input))
}

#[tauri::command]
pub fn delete_checkin(state: State<'_, AppState>, date: Text) -> Result<(), AppError> {
    let date = date.get()?;
    state.with(|j| j.delete_checkin(date))
}

#[tauri::command]
pub fn is_recorded(state: State<'_, AppState>, date: Text) -> Result<bool, AppError> {
    let date = date.get()?;
    state.with(|j| j.is_recorded(date))
}

#[tauri::command]
pub fn reminder_status(state: State<'_, AppState>) -> Result<ReminderStatus, AppError> {
    state.with(|j| j.reminder_status())
}

#[tauri::command]
pub async fn set_reminder(
    state: State<'_, AppState>,
    time: Option<Text>,
) -> Result<ReminderStatus, AppError> {
    let time = time.as_ref().map(Text::get).transpose()?;
    state.with(|j| j.set_reminder(time))
}
