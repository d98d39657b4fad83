//! The committed TypeScript bindings must match what the Rust types generate.

use std::path::Path;

#[test]
fn committed_typescript_bindings_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = root.join(twinge_app::bindings::BINDINGS_PATH);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let fresh = twinge_app::bindings::typescript();
    assert!(
        committed == fresh,
        "{} is stale: run `cargo xtask bindings` and commit the result",
        twinge_app::bindings::BINDINGS_PATH
    );
}
