//! Importing a diary from another app: the file dialog, then previews as the person
//! changes what names and columns mean, then the import. The chosen file waits in the
//! state between the steps, so the web view never handles a path.

use tauri::{AppHandle, Runtime, State};
use twinge_app::{AppError, ImportProgress, Input, PeerMapping, PeerPreview, Tr};

use crate::dialogs::ask_open_path;
use crate::spoken::Spoken;
use crate::AppState;

fn pending(state: &AppState) -> Result<std::path::PathBuf, AppError> {
    crate::locked(&state.pending_peer)?
        .clone()
        .ok_or_else(|| AppError::say("no_import", |tr| tr.failure_no_import()))
}

#[tauri::command]
pub async fn peer_choose<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<PeerPreview>, Spoken> {
    let other_apps = ["csv", "tsv", "txt", "xlsx", "xls", "ods"];
    let Some(path) = ask_open_path(&app, &state, (Tr::dialog_import, &other_apps), None)? else {
        return Ok(None);
    };
    let mapping = PeerMapping::default();
    let preview = state.with(|j| j.peer_path(&path, (None, &mapping), true, &mut |_| {}))?;
    *crate::locked(&state.pending_peer)? = Some(path);
    Ok(Some(preview))
}

#[tauri::command]
pub async fn peer_preview(
    state: State<'_, AppState>,
    mapping: Input<PeerMapping>,
) -> Result<PeerPreview, Spoken> {
    let mapping = mapping.into_inner()?;
    let path = pending(&state)?;
    state.with(|j| j.peer_path(&path, (None, &mapping), true, &mut |_| {}))
}

#[tauri::command]
pub async fn peer_import(
    state: State<'_, AppState>,
    mapping: Input<PeerMapping>,
    on_progress: tauri::ipc::Channel<ImportProgress>,
) -> Result<PeerPreview, Spoken> {
    let mapping = mapping.into_inner()?;
    let path = pending(&state)?;
    state.with(|j| {
        j.peer_path(&path, (None, &mapping), false, &mut |p| {
            let _ = on_progress.send(p);
        })
    })
}
