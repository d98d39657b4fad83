fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "startup_status",
        "log_episode",
        "update_episode",
        "delete_episode",
        "undo_delete_episode",
        "list_episodes",
        "vocabularies",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build configuration is valid");
}
