//! The committed TypeScript bindings must match what the Rust types generate.
//! `UPDATE_BINDINGS=1` (what `cargo xtask bindings` sets) writes them instead.

use std::path::Path;

#[test]
fn committed_typescript_bindings_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = root.join(twinge_app::bindings::BINDINGS_PATH);
    let fresh = twinge_app::bindings::typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder made");
        std::fs::write(&path, &fresh).expect("bindings written");
        eprintln!("wrote {}", twinge_app::bindings::BINDINGS_PATH);
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: run `cargo xtask bindings` and commit the result",
        twinge_app::bindings::BINDINGS_PATH
    );
}
