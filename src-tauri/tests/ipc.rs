//! The real command handlers and the real capability file, called in process
//! through Tauri's mock runtime (no window, no display).

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;
use twinge_app::rpc_command_names;
use twinge_desktop::{setup, AppState};

fn invoke(
    webview: &tauri::WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    body: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

/// The app on the mock runtime over the journal in `dir`, and its main window.
fn app_in(
    dir: &std::path::Path,
) -> (
    tauri::App<tauri::test::MockRuntime>,
    tauri::WebviewWindow<tauri::test::MockRuntime>,
) {
    let app = setup(mock_builder(), AppState::open_in(dir))
        .build(tauri::generate_context!())
        .unwrap();
    let w = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    (app, w)
}

fn cramp() -> Value {
    json!({
        "kind": "cramp",
        "started_at": "2026-11-20T03:10:00+01:00",
        "duration_s": 120,
        "count": null,
        "intensity": 7,
        "locations": [{ "region": "calf", "side": "left" }],
        "triggers": ["lying_down"],
        "reliefs": [{ "relief": "stretching", "helped": 3 }],
        "associated": [],
        "woke_from_sleep": true,
        "notes": "woke me up"
    })
}

#[test]
fn commands_work_and_every_failure_is_code_and_message() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_in(dir.path());

    assert_eq!(
        invoke(&w, "startup_status", json!({})).unwrap(),
        Value::Null
    );
    let saved = invoke(&w, "log_episode", json!({ "input": cramp() })).unwrap();
    assert_eq!(saved["triggers"][0]["name"], "Lying down / night");
    let page = invoke(
        &w,
        "list_episodes",
        json!({ "query": { "limit": 10, "before": null } }),
    )
    .unwrap();
    assert_eq!(page["episodes"][0]["id"], saved["id"]);

    let mut bad = cramp();
    bad["intensity"] = json!(11);
    let err = invoke(&w, "log_episode", json!({ "input": bad })).unwrap_err();
    assert_eq!(err["code"], "intensity_out_of_range");
    assert_eq!(err["fields"][0]["field"], "intensity");

    let mut extra = cramp();
    extra["admin"] = json!(true);
    let err = invoke(&w, "log_episode", json!({ "input": extra })).unwrap_err();
    assert_eq!(err["code"], "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("admin"));

    let mut huge = cramp();
    huge["notes"] = json!("x".repeat(1_000_000));
    let err = invoke(&w, "log_episode", json!({ "input": huge })).unwrap_err();
    assert_eq!(err["code"], "request_too_large");

    let err = invoke(&w, "delete_episode", json!({ "id": "not-an-id" })).unwrap_err();
    assert_eq!(err["code"], "bad_id");

    // A bare string argument has a limit too: refused in words, never used.
    for (cmd, arg) in [
        ("mark_quiet_day", "date"),
        ("add_factor", "name"),
        ("unlock", "passcode"),
        ("delete_episode", "id"),
    ] {
        let err = invoke(&w, cmd, json!({ arg: "2".repeat(100_000) })).unwrap_err();
        assert_eq!(err["code"], "argument_too_long", "{cmd}");
        assert!(err["message"].as_str().unwrap().contains("100,000 bytes"));
    }
    // Every failure is said in the journal's language, wherever the command failed:
    // in the journal, or reading its arguments before it got there.
    invoke(&w, "choose_language", json!({ "language": "de" })).unwrap();
    let err = invoke(&w, "delete_episode", json!({ "id": "not-an-id" })).unwrap_err();
    assert_eq!(err["code"], "bad_id");
    assert_eq!(
        err["message"],
        "„not-an-id“ ist keine Kennung einer Episode."
    );
    let err = invoke(&w, "add_factor", json!({ "name": "2".repeat(100_000) })).unwrap_err();
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("100.000 Byte wurde abgelehnt"),
        "{err}"
    );
    invoke(&w, "choose_language", json!({ "language": "" })).unwrap();
    assert_eq!(
        invoke(&w, "factors", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        10,
        "no factor was added"
    );

    let page = invoke(&w, "list_episodes", json!({ "query": {} })).unwrap();
    assert_eq!(
        page["episodes"].as_array().unwrap().len(),
        1,
        "nothing else was saved"
    );
}

#[test]
fn a_journal_that_cannot_open_is_reported_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("twinge.db"), b"garbage".repeat(50)).unwrap();
    let (_app, w) = app_in(dir.path());
    let err = invoke(&w, "startup_status", json!({})).unwrap_err();
    assert_eq!(err["code"], "not_a_database");
    let err = invoke(&w, "vocabularies", json!({})).unwrap_err();
    assert_eq!(err["code"], "not_a_database");
    // Its screen speaks the system's language.
    let system = twinge_app::Lang::from_env().code();
    let said = invoke(&w, "language_settings", json!({})).unwrap();
    assert_eq!(said["language"], system);
}

#[test]
fn commands_outside_the_capability_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app_in(dir.path());
    // Core plugins are not granted to the window: no file, shell or window control.
    assert!(invoke(&w, "plugin:window|close", json!({})).is_err());
    assert!(invoke(
        &w,
        "plugin:path|resolve_directory",
        json!({ "directory": 1 })
    )
    .is_err());
}

#[test]
fn the_capability_file_grants_exactly_the_commands_of_the_schema() {
    let schema: &[&str] = twinge_app::rpc_schema!(rpc_command_names);
    let mut expected: Vec<String> = schema
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    let file: Value = serde_json::from_str(include_str!("../capabilities/default.json")).unwrap();
    let mut granted: Vec<String> = file["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    expected.sort();
    granted.sort();
    assert_eq!(
        granted, expected,
        "capabilities/default.json must grant allow-<command> for every command in \
         crates/app/src/rpc.rs, and nothing else"
    );
}
