// The app's own commands; each gets an allow-/deny- permission that
// capabilities/default.json grants to the main window.
const COMMANDS: &[&str] = &[
    "startup_status",
    "app_ready",
    "log_episode",
    "update_episode",
    "delete_episode",
    "undo_delete_episode",
    "list_episodes",
    "vocabularies",
    "log_home",
    "repeat_last",
    "mark_quiet_day",
    "clear_quiet_day",
    "get_settings",
    "update_settings",
    "list_appointments",
    "add_appointment",
    "delete_appointment",
    "list_medication_changes",
    "add_medication_change",
    "delete_medication_change",
    "add_vocab",
    "edit_vocab",
    "insights",
    "export_journal",
    "import_preview",
    "import_confirm",
    "backup_now",
    "restore_backup",
    "delete_everything",
    "data_folder",
    "report_defaults",
    "report_preview",
    "export_report",
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build configuration is valid");
}
