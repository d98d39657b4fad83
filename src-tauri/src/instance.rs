//! One window per journal. The first app on a data folder holds `twinge.window.lock`
//! there (the operating system's file lock) and listens on `twinge.window.sock`; a
//! second launch on the same folder — from the menu, the reminder's "Open Twinge" or
//! `twinge` without a command — finds the lock taken, asks the first window to come to
//! the front through the socket, and ends. Apps on different data folders (as the tests
//! run them) start side by side. This is the shell's plumbing, not a use case, so it
//! lives here rather than in crates/app.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;

pub use twinge_app::{WINDOW_LOCK, WINDOW_SOCKET};

/// What this launch is.
pub enum Launch {
    /// The first window on this journal; keep it for as long as the window is open.
    First(Primary),
    /// Another window has the journal: it was asked to come to the front.
    Second,
}

/// The first window's hold on its journal and the socket later launches speak to.
pub struct Primary {
    _lock: File,
    listener: Option<UnixListener>,
}

/// Decides whether this launch opens a window on `data_dir`.
pub fn claim(data_dir: &Path) -> Launch {
    let _ = twinge_app::create_private_dir(data_dir);
    let socket = data_dir.join(WINDOW_SOCKET);
    let lock = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(data_dir.join(WINDOW_LOCK));
    let Ok(lock) = lock else {
        // A folder that cannot hold the lock will say so when the journal opens.
        return Launch::First(Primary {
            _lock: File::open("/dev/null").expect("/dev/null opens"),
            listener: None,
        });
    };
    match lock.try_lock() {
        Ok(()) => {
            // A socket left by a window that ended is stale: the lock was free.
            let _ = std::fs::remove_file(&socket);
            let listener = UnixListener::bind(&socket).ok();
            Launch::First(Primary {
                _lock: lock,
                listener,
            })
        }
        Err(TryLockError::WouldBlock) => {
            if let Ok(mut s) = UnixStream::connect(&socket) {
                let _ = s.write_all(b"show\n");
            }
            Launch::Second
        }
        Err(TryLockError::Error(_)) => Launch::First(Primary {
            _lock: lock,
            listener: None,
        }),
    }
}

impl Primary {
    /// Calls `show` whenever a later launch asks for the window, on a thread of its own.
    pub fn serve(&mut self, show: impl Fn() + Send + 'static) {
        let Some(listener) = self.listener.take() else {
            return;
        };
        std::thread::spawn(move || {
            for stream in listener.incoming().map_while(Result::ok) {
                let mut line = String::new();
                let mut reader = BufReader::new(stream.take_limit());
                if reader.read_line(&mut line).is_ok() && line.trim() == "show" {
                    show();
                }
            }
        });
    }
}

/// A stream read at most 64 bytes: nobody can make the window hold on to a long line.
trait TakeLimit {
    fn take_limit(self) -> std::io::Take<UnixStream>;
}

impl TakeLimit for UnixStream {
    fn take_limit(self) -> std::io::Take<UnixStream> {
        std::io::Read::take(self, 64)
    }
}
