//! The handlers that open a file dialog (export, import, back up, restore, the PDF):
//! more than the one line over `Journal` the other commands are, so written out here.
//! The dialogs run in Rust; the webview never sends a path.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use twinge_app::{
    suggested, write_atomically, AppError, FileFormat, FileReport, ImportProgress, ImportSummary,
    Input, ReportRequest, Secret, Text, Tr,
};

use crate::spoken::Spoken;
use crate::AppState;

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

/// The file dialog for a file to read, its filter named in the journal's language
/// (`name`) and listing `ext`; `None` when the person cancels.
pub(crate) fn ask_open_path<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    (name, ext): (fn(&Tr) -> String, &[&str]),
    folder: Option<PathBuf>,
) -> Result<Option<PathBuf>, Spoken> {
    // In the journal's language, or the system's while none is open (a damaged one).
    let name = state
        .with(|j| Ok(name(&j.tr())))
        .unwrap_or_else(|_| name(&Tr::new(&state.lang)));
    if let Some(p) = test_dialog_answer() {
        return Ok(Some(p));
    }
    let dialog = app.dialog().file().add_filter(name, ext);
    let dialog = match folder.filter(|f| f.is_dir()) {
        Some(folder) => dialog.set_directory(folder),
        None => dialog,
    };
    Ok(dialog.blocking_pick_file().and_then(|p| p.into_path().ok()))
}

/// A backup to restore, chosen where Twinge's own daily backups are.
fn ask_backup_path<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
) -> Result<Option<PathBuf>, Spoken> {
    let backups = state.data_dir.join(twinge_app::BACKUP_DIR);
    ask_open_path(app, state, (Tr::dialog_backup, &["db"]), Some(backups))
}

#[tauri::command]
pub async fn export_journal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: Text,
) -> Result<Option<String>, Spoken> {
    let format = format.get()?;
    let f = FileFormat::from_code(format)?;
    let (file, kind) = state.with(|j| {
        Ok((
            suggested::export(&j.today(), format),
            j.tr().dialog_export(),
        ))
    })?;
    let Some(path) = ask_save_path(&app, (&kind, format), file) else {
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
) -> Result<Option<ImportSummary>, Spoken> {
    let Some(path) = ask_open_path(&app, &state, (Tr::dialog_import, &["json", "csv"]), None)?
    else {
        return Ok(None);
    };
    let f = FileFormat::of_path(&path);
    let summary = state.with(|j| j.preview_import_path(&path, Some(f)))?;
    *crate::locked(&state.pending_import)? = Some((path, f));
    Ok(Some(summary))
}

#[tauri::command]
pub async fn import_confirm(
    state: State<'_, AppState>,
    with_settings: bool,
    on_progress: tauri::ipc::Channel<ImportProgress>,
) -> Result<ImportSummary, Spoken> {
    let pending = crate::locked(&state.pending_import)?.take();
    let (path, f) =
        pending.ok_or_else(|| AppError::say("no_import", |tr| tr.failure_no_import()))?;
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
) -> Result<Option<FileReport>, Spoken> {
    let (file, kind) =
        state.with(|j| Ok((suggested::backup(&j.today()), j.tr().dialog_backup())))?;
    let Some(path) = ask_save_path(&app, (&kind, "db"), file) else {
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
) -> Result<Option<FileReport>, Spoken> {
    let Some(path) = ask_backup_path(&app, &state)? else {
        return Ok(None);
    };
    // A journal too damaged to open: the backup takes its place once it is set aside.
    if state.is_damaged()? {
        return state.restore_over_damaged(&path).map(Some);
    }
    let restored = state.with(|j| j.restore_from(&path));
    if matches!(&restored, Err(e) if e.code == "backup_passcode_needed") {
        *crate::locked(&state.pending_restore)? = Some(path);
    }
    restored.map(Some)
}

#[tauri::command]
pub async fn restore_backup_with_passcode(
    state: State<'_, AppState>,
    passcode: Secret,
) -> Result<FileReport, Spoken> {
    let passcode = passcode.get()?;
    let mut pending = crate::locked(&state.pending_restore)?;
    let path = pending
        .clone()
        .ok_or_else(|| AppError::say("no_restore", |tr| tr.failure_no_restore()))?;
    let restored = state.with(|j| j.restore_with_passcode(&path, passcode));
    // A wrong passcode may be tried again; anything else ends this restore.
    if !matches!(&restored, Err(e) if e.code == "wrong_passcode") {
        *pending = None;
    }
    restored
}

#[tauri::command]
pub async fn export_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: Input<ReportRequest>,
) -> Result<Option<String>, Spoken> {
    let request = request.into_inner()?;
    let pdf = state.with(|j| j.report_pdf(&request))?;
    let file = suggested::report(&request.from, &request.to);
    let Some(path) = ask_save_path(&app, ("PDF", "pdf"), file) else {
        return Ok(None);
    };
    write_atomically(&path, &pdf)?;
    state.with(|j| j.remember_written(&path))?;
    state.with(|j| j.report_saved())?;
    Ok(Some(path.display().to_string()))
}
