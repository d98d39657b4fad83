//! A blank Tauri 2 app: one window with one static page. `cargo xtask bench startup`
//! compares Twinge's start-up time and memory with it.

/// Called by the page two frames after it is drawn.
#[tauri::command]
fn ready() {
    println!("blank: ready");
}

/// Called by the page's script first, as Twinge's first command is: the stages of the
/// two starts line up in `cargo xtask bench startup`.
#[tauri::command]
fn first() {
    println!("blank: first command");
}

fn main() {
    println!("blank: started");
    tauri::Builder::default()
        .setup(|_| {
            println!("blank: window made");
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![ready, first])
        .run(tauri::generate_context!())
        .expect("the blank app runs");
}
