//! Files only the user can read: every folder Twinge creates is 0700 and every file
//! 0600, whatever the umask says (a journal is health data). Folders and files made
//! by an earlier version with wider permissions are narrowed when next opened.

use std::fs::{DirBuilder, OpenOptions, Permissions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Permissions of a folder Twinge creates.
pub const DIR_MODE: u32 = 0o700;
/// Permissions of a file Twinge writes.
pub const FILE_MODE: u32 = 0o600;

/// Creates `dir` (and missing parents) readable by the user only, and narrows an
/// existing one to that when it can (a folder the user owns; a failure to narrow one
/// that is not is no reason to refuse the journal in it).
pub fn create_dir(dir: &Path) -> io::Result<()> {
    DirBuilder::new()
        .recursive(true)
        .mode(DIR_MODE)
        .create(dir)?;
    let _ = narrow(dir, DIR_MODE);
    Ok(())
}

/// Creates an empty file at `path` readable by the user only, unless one is there.
pub fn create_file(path: &Path) -> io::Result<()> {
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(FILE_MODE)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            let _ = narrow(path, FILE_MODE);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Takes group and other permissions away from `path` if it has any; a missing path
/// is left alone.
pub fn narrow(path: &Path, mode: u32) -> io::Result<()> {
    match std::fs::metadata(path) {
        Ok(m) if m.permissions().mode() & 0o077 != 0 => {
            std::fs::set_permissions(path, Permissions::from_mode(mode))
        }
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// The journal file and the two files SQLite keeps beside it in WAL mode.
pub fn narrow_journal(db: &Path) -> io::Result<()> {
    narrow(db, FILE_MODE)?;
    for suffix in ["-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        narrow(Path::new(&name), FILE_MODE)?;
    }
    Ok(())
}
