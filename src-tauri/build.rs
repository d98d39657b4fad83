// The app's own commands come from the one list in crates/app/src/rpc.rs: each gets
// an allow-/deny- permission, and capabilities/default.json, which grants the main
// window exactly those, is written from the same list (so it cannot drift).
include!("../crates/app/src/rpc.rs");

const COMMANDS: &[&str] = rpc_schema!(rpc_command_names);

const CAPABILITY_FILE: &str = "capabilities/default.json";

fn capability() -> String {
    let permissions: Vec<String> = COMMANDS
        .iter()
        .map(|c| format!("    \"allow-{}\"", c.replace('_', "-")))
        .collect();
    format!(
        r#"{{
  "$schema": "../gen/schemas/desktop-schema.json",
  "identifier": "default",
  "description": "The main window may call Twinge's own commands and nothing else. File dialogs are opened by Rust, so the window has no dialog or file permission. Written by build.rs from crates/app/src/rpc.rs.",
  "windows": [
    "main"
  ],
  "permissions": [
{}
  ]
}}
"#,
        permissions.join(",\n")
    )
}

fn main() {
    println!("cargo:rerun-if-changed=../crates/app/src/rpc.rs");
    let text = capability();
    if std::fs::read_to_string(CAPABILITY_FILE).ok().as_deref() != Some(text.as_str()) {
        std::fs::write(CAPABILITY_FILE, &text).expect("capabilities/default.json is writable");
    }
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build configuration is valid");
}
