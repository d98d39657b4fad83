//! A blank Tauri 2 app: one window with one static page. `cargo xtask bench startup`
//! compares Twinge's start-up time and memory with it.

/// Called by the page two frames after it is drawn.
#[tauri::command]
fn ready() {
    println!("blank: ready");
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the blank app runs");
}
