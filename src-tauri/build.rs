// The app's own commands come from the one list in crates/app/src/rpc.rs; each gets
// an allow-/deny- permission that capabilities/default.json grants to the main window.
include!("../crates/app/src/rpc.rs");

const COMMANDS: &[&str] = rpc_schema!(rpc_command_names);

fn main() {
    println!("cargo:rerun-if-changed=../crates/app/src/rpc.rs");
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build configuration is valid");
}
