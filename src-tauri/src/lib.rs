//! The Twinge desktop shell: opens the journal, registers one thin command per
//! use case of `twinge_app::Journal`, and starts the window. No logic lives here.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tauri::{Builder, Manager, Runtime};
use twinge_app::{default_data_dir, AppError, Clock, FileFormat, Journal, SystemClock};

mod commands;
mod dialogs;
mod handlers;
mod instance;
mod peer;
mod spoken;

use spoken::Spoken;

/// Opens the journal in `dir` and starts today's rolling backup of it, on its own thread
/// and connection.
fn open_with_backup(dir: &std::path::Path) -> Result<Journal, AppError> {
    let journal = Journal::open(dir, Arc::new(SystemClock))?;
    let _ = journal.start_daily_backup();
    Ok(journal)
}

/// "Something went wrong; try again": what a command says when the state it needs
/// cannot be used (a lock poisoned by a panic, a journal not yet opened).
pub(crate) fn try_again() -> AppError {
    AppError::say("internal", |tr| tr.failure_try_again())
}

/// Locks a part of the app's state, or says [`try_again`].
pub(crate) fn locked<T>(m: &Mutex<T>) -> Result<std::sync::MutexGuard<'_, T>, AppError> {
    m.lock().map_err(|_| try_again())
}

/// What the commands share.
pub struct AppState {
    /// The journal, or why it could not be opened (shown by the UI's error screen).
    journal: Arc<Mutex<Result<Journal, AppError>>>,
    /// The file chosen for an import that waits for the person's confirmation.
    pending_import: Mutex<Option<(PathBuf, FileFormat)>>,
    /// Another app's diary chosen for an import, between its previews and the import.
    pending_peer: Mutex<Option<PathBuf>>,
    /// The backup chosen for a restore that waits for the passcode it was made under.
    pending_restore: Mutex<Option<PathBuf>>,
    /// The passcode that unlocked an encrypted journal found damaged: setting it aside
    /// and encrypting the journal restored in its place need it (wiped when dropped).
    damaged_passcode: Mutex<Option<twinge_app::Secret>>,
    /// Where the journal lives (to unlock it, or start anew there).
    data_dir: PathBuf,
    /// The system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`), read once at start.
    pub(crate) lang: twinge_app::Lang,
}

impl AppState {
    /// Opens the journal in the default data folder (or `TWINGE_DATA_DIR`).
    pub fn open_default() -> Self {
        Self::open_in(&default_data_dir())
    }

    /// Opens the journal in `data_dir` on a thread of its own, while the window is
    /// made: a command that comes sooner waits for it (the thread holds its lock from
    /// the start).
    pub fn open_in(data_dir: &std::path::Path) -> Self {
        let journal = Arc::new(Mutex::new(Err(AppError::say("internal", |tr| {
            tr.failure_try_again()
        }))));
        let (held, wait) = std::sync::mpsc::channel();
        let (slot, dir) = (journal.clone(), data_dir.to_path_buf());
        std::thread::spawn(move || {
            let Ok(mut guard) = slot.lock() else { return };
            let _ = held.send(());
            *guard = open_with_backup(&dir);
            probe("journal open");
        });
        let _ = wait.recv();
        AppState {
            journal,
            pending_import: Mutex::new(None),
            pending_peer: Mutex::new(None),
            pending_restore: Mutex::new(None),
            damaged_passcode: Mutex::new(None),
            data_dir: data_dir.to_path_buf(),
            lang: twinge_app::Lang::from_env(),
        }
    }

    /// Opens a locked journal with its passcode (nothing to do if it is open). Wrong
    /// passcodes are counted beside the journal (the wait after them survives a restart).
    pub(crate) fn unlock(&self, passcode: twinge_app::Secret) -> Result<(), Spoken> {
        // A passcode past the limit is refused before anything else.
        passcode.get()?;
        let mut guard = locked(&self.journal)?;
        if guard.is_ok() {
            return Ok(());
        }
        let journal = match Journal::unlock(&self.data_dir, passcode.get()?, Arc::new(SystemClock))
        {
            // The right passcode, a damaged journal: the error screen from now on.
            Err(e) if e.is_damaged_journal() => {
                *guard = Err(e.clone());
                *locked(&self.damaged_passcode)? = Some(passcode);
                return Err(e.into());
            }
            other => other?,
        };
        let _ = journal.start_daily_backup();
        *guard = Ok(journal);
        Ok(())
    }

    /// Locks an encrypted journal: closes it (its key is dropped and zeroed) until the
    /// passcode is entered again. A journal without a passcode cannot be locked.
    pub(crate) fn lock(&self) -> Result<(), Spoken> {
        let mut guard = locked(&self.journal)?;
        match guard.as_ref() {
            Ok(j) if j.privacy_status().encrypted => {
                *guard = Err(twinge_app::locked());
                Ok(())
            }
            Ok(_) => Err(AppError::say("not_encrypted", |tr| tr.failure_not_encrypted()).into()),
            Err(e) if e.code == "locked" => Ok(()),
            Err(e) => Err(e.clone().into()),
        }
    }

    /// Forgotten passcode, or a journal too damaged to open: sets the journal aside
    /// (nothing is deleted) and starts a new empty journal, where a backup can then be
    /// restored. Returns the set-aside file's name.
    pub(crate) fn start_over(&self) -> Result<String, Spoken> {
        let mut guard = locked(&self.journal)?;
        let now = SystemClock.now_ms();
        let aside = match guard.as_ref() {
            Err(e) if e.code == "locked" => {
                twinge_app::set_aside_locked_journal(&self.data_dir, now)?
            }
            Err(e) if e.is_damaged_journal() => {
                let mut kept = locked(&self.damaged_passcode)?;
                let passcode = kept.as_ref().map(twinge_app::Secret::get).transpose()?;
                let aside = twinge_app::set_aside_damaged_journal(&self.data_dir, now, passcode)?;
                // Its work done, the passcode is wiped.
                *kept = None;
                aside
            }
            _ => return Err(AppError::say("not_locked", |tr| tr.failure_journal_open()).into()),
        };
        *guard = open_with_backup(&self.data_dir);
        Ok(aside
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default())
    }

    /// Whether the journal could not open because it is damaged.
    pub(crate) fn is_damaged(&self) -> Result<bool, Spoken> {
        Ok(matches!(locked(&self.journal)?.as_ref(), Err(e) if e.is_damaged_journal()))
    }

    /// A journal too damaged to open: sets it aside and restores `backup` into a new one
    /// (encrypted again with the passcode that unlocked it). The report's previous copy
    /// is the set-aside file.
    pub(crate) fn restore_over_damaged(
        &self,
        backup: &std::path::Path,
    ) -> Result<twinge_app::FileReport, Spoken> {
        let mut guard = locked(&self.journal)?;
        if !matches!(guard.as_ref(), Err(e) if e.is_damaged_journal()) {
            return Err(AppError::say("not_damaged", |tr| tr.failure_not_damaged()).into());
        }
        let mut kept = locked(&self.damaged_passcode)?;
        let code = kept.as_ref().map(twinge_app::Secret::get).transpose()?;
        let (journal, report, aside) =
            Journal::restore_over_damaged(&self.data_dir, backup, (code, Arc::new(SystemClock)))?;
        // Its work done, the passcode is wiped.
        *kept = None;
        let _ = journal.start_daily_backup();
        *guard = Ok(journal);
        Ok(twinge_app::FileReport {
            previous_copy: Some(aside.display().to_string()),
            ..report
        })
    }

    /// Deletes the journal and its backups after the typed confirmation, then starts
    /// a new empty journal in the same folder.
    pub(crate) fn delete_everything(
        &self,
        confirmation: &str,
    ) -> Result<twinge_app::DeleteReport, Spoken> {
        if confirmation.trim() != "DELETE" {
            return Err(AppError::say("not_confirmed", |tr| tr.failure_not_confirmed()).into());
        }
        let mut guard = locked(&self.journal)?;
        let dir = self.data_dir.clone();
        let previous = std::mem::replace(&mut *guard, Err(try_again()));
        let report = match previous {
            Ok(j) => j.delete_everything(),
            Err(_) => Ok(twinge_app::DeleteReport {
                removed: 0,
                left: Vec::new(),
            }),
        };
        // Refused or done, the journal in the folder is open again.
        *guard = Journal::open(&dir, Arc::new(SystemClock));
        Ok(report?)
    }

    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut Journal) -> Result<T, AppError>,
    ) -> Result<T, Spoken> {
        static FIRST: std::sync::Once = std::sync::Once::new();
        FIRST.call_once(|| probe("first command"));
        let mut guard = self
            .journal
            .lock()
            .map_err(|_| AppError::say("internal", |tr| tr.failure_unavailable()))?;
        let journal = match guard.as_mut() {
            Ok(journal) => journal,
            Err(e) => {
                spoken::speak_in(self.lang.clone());
                return Err(e.clone().into());
            }
        };
        // Every journal this state opens (again) speaks the system's language.
        journal.set_system_language(self.lang.clone());
        spoken::speak_in(journal.language());
        let answer = f(journal);
        // A structural change that could not open the journal again leaves it closed:
        // the error screen from now on, never a stand-in that would lose saves.
        if let Some(e) = journal.closed().cloned() {
            *guard = Err(e);
        }
        Ok(answer?)
    }
}

/// `tauri::generate_handler!` over every command of the schema.
macro_rules! handlers {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $(=> $($how:ident)+)?;)*) => {
        tauri::generate_handler![$(handlers::$name),*]
    };
}

/// Registers the state and the commands; the real app and the IPC tests share it.
pub fn setup<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(twinge_app::rpc_schema!(handlers))
}

/// The folder for the web view's own data (its caches and storage), inside the
/// journal's data folder, so that `TWINGE_DATA_DIR` moves everything Twinge writes.
pub fn webview_data_dir(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join(twinge_app::WEBVIEW_DIR)
}

/// With `TWINGE_STARTUP_PROBE=1`, prints `twinge: <stage>` as startup passes each stage;
/// `cargo xtask bench startup` times the lines as they arrive. Otherwise nothing.
pub(crate) fn probe(stage: &str) {
    if std::env::var_os("TWINGE_STARTUP_PROBE").is_some_and(|v| v == "1") {
        println!("twinge: {stage}");
    }
}

/// Starts the app. The main window is made here rather than from the configuration
/// (where it is `"create": false`) so that its web view keeps its data with the journal.
pub fn run() -> Result<(), tauri::Error> {
    probe("started");
    let data_dir = default_data_dir();
    // One window per journal: a second launch brings the first window to the front.
    let mut primary = match instance::claim(&data_dir) {
        instance::Launch::First(p) => p,
        instance::Launch::Second => {
            println!(
                "Twinge is already open on this journal; its window was brought to the front."
            );
            return Ok(());
        }
    };
    let webview_dir = webview_data_dir(&data_dir);
    // The GPU driver's shader cache would otherwise go to ~/.cache; keep it with the
    // rest of what Twinge writes (unless the user chose a place for it).
    if std::env::var_os("MESA_SHADER_CACHE_DIR").is_none() {
        std::env::set_var("MESA_SHADER_CACHE_DIR", webview_dir.join("shader-cache"));
    }
    // WebKit's accelerated compositing keeps the page in GPU layers (Mesa's software
    // ones where there is no GPU): measured idle, about 90 MB of the web process's
    // memory, for screens that scroll as smoothly without it (`cargo xtask bench`:
    // idle memory and History scrolling). `WEBKIT_DISABLE_COMPOSITING_MODE=0` in the
    // environment keeps WebKit's default.
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    let state = AppState::open_in(&data_dir);
    // The web view fills its folder itself; made here first, only the user can enter it.
    let _ = twinge_app::create_private_dir(&webview_dir);
    setup(Builder::default(), state)
        .setup(move |app| {
            let config = app
                .config()
                .app
                .windows
                .iter()
                .find(|w| w.label == "main")
                .cloned()
                .ok_or("tauri.conf.json has no main window")?;
            tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
                .data_directory(webview_dir)
                .build()?;
            probe("window made");
            let handle = app.handle().clone();
            primary.serve(move || {
                if let Some(w) = handle.get_webview_window("main") {
                    let _ = w.unminimize();
                    let _ = w.show();
                    let _ = w.set_focus();
                }
            });
            // Held for as long as the app runs: the lock is this window's claim.
            app.manage(primary);
            Ok(())
        })
        .run(tauri::generate_context!())
}
