//! The passcode of an encrypted journal: turned into a 256-bit key with Argon2id (the
//! salt and parameters in a small header file beside the journal), unlocking, and
//! setting, changing or removing it with a swap that a crash at any moment leaves with
//! either the old or the new journal, complete.
//!
//! The swap: the journal is exported to `twinge.db.swap` (encrypted with the new key,
//! or plain) and checked, the new header goes to `twinge.key.swap`, the journal is
//! closed, and then the mark `twinge.swap` is written: from that moment the new journal
//! is the journal. The renames that follow are redone on the next open if a crash cut
//! them short; without the mark, the swap files are thrown away.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_store::{Cipher, Key, Store, DB_FILE_NAME};
use zeroize::Zeroizing;

use crate::{write_atomically, AppError, Journal};

/// The header of an encrypted journal (no secret in it), beside the journal.
pub const KEY_FILE: &str = "twinge.key";
const DB_SWAP: &str = "twinge.db.swap";
const KEY_SWAP: &str = "twinge.key.swap";
const SWAP_MARK: &str = "twinge.swap";

/// The shortest and longest passcode accepted.
pub const MIN_PASSCODE_CHARS: usize = 6;
pub const MAX_PASSCODE_CHARS: usize = 256;

/// Argon2id parameters: 128 MiB, 5 passes, one lane. Measured on this project's 2-core
/// machine the derivation takes about 0.35 s (128 MiB × 4: 0.30 s, × 6: 0.40 s; 64 MiB × 3
/// took 0.12 s, too quick for the 0.3–1 s an unlock should cost someone trying
/// passcodes). With 6 passes a 200,000-episode journal took 1.03 s to unlock.
const MEMORY_KIB: u32 = 128 * 1024;
const PASSES: u32 = 5;
const LANES: u32 = 1;

/// Whether the journal is encrypted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrivacyStatus {
    pub encrypted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct KeyHeader {
    format: String,
    version: u32,
    kdf: String,
    memory_kib: u32,
    passes: u32,
    lanes: u32,
    /// 16 random bytes, hex.
    salt: String,
    /// The layout of the journal's pages, from version 2 on: 2,048-byte pages with
    /// HMAC-SHA256. Version 1 has neither field: SQLCipher 4's defaults (4,096, SHA-512).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    page_size: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hmac: Option<String>,
}

const HEADER_FORMAT: &str = "twinge-key";
/// The header version Twinge writes, and the newest it reads.
const HEADER_VERSION: u32 = 2;

impl KeyHeader {
    fn new() -> Result<KeyHeader, AppError> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| {
            AppError::new(
                "no_randomness",
                format!("The system gave no random numbers for the key: {e}."),
            )
        })?;
        Ok(KeyHeader {
            format: HEADER_FORMAT.into(),
            version: HEADER_VERSION,
            kdf: "argon2id".into(),
            memory_kib: MEMORY_KIB,
            passes: PASSES,
            lanes: LANES,
            salt: salt.iter().map(|b| format!("{b:02x}")).collect(),
            page_size: Some(2048),
            hmac: Some("sha256".into()),
        })
    }

    fn read(dir: &Path) -> Result<KeyHeader, AppError> {
        Self::read_file(&dir.join(KEY_FILE))
    }

    /// The header in `path`: a journal's `twinge.key`, or the one kept beside a backup.
    pub(crate) fn read_file(path: &Path) -> Result<KeyHeader, AppError> {
        let name = crate::error::file_name(path);
        let bad = |why: String| {
            AppError::new(
                "bad_key_file",
                format!("The key file {name} cannot be used: {why}. Nothing was changed."),
            )
        };
        let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
        let h: KeyHeader = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
        if h.format != HEADER_FORMAT || h.kdf != "argon2id" {
            return Err(bad("it is not a Twinge key header".into()));
        }
        if h.version > HEADER_VERSION {
            return Err(bad(format!(
                "it was written by a newer Twinge (version {}); update Twinge",
                h.version
            )));
        }
        h.cipher().map_err(bad)?;
        Ok(h)
    }

    /// The layout of the journal's pages this header names.
    fn cipher(&self) -> Result<Cipher, String> {
        match (self.version, self.page_size, self.hmac.as_deref()) {
            (1, None, None) => Ok(Cipher::Sqlcipher4),
            (2, Some(2048), Some("sha256")) => Ok(Cipher::Compact),
            (v, size, hmac) => Err(format!(
                "its page layout ({}-byte pages, HMAC {}) is not one version {v} uses",
                size.map_or("no".into(), |s| s.to_string()),
                hmac.unwrap_or("none")
            )),
        }
    }

    fn bytes(&self) -> Result<Vec<u8>, AppError> {
        let mut text = serde_json::to_string_pretty(self)
            .map_err(|e| AppError::new("internal", e.to_string()))?;
        text.push('\n');
        Ok(text.into_bytes())
    }

    fn salt(&self) -> Result<Vec<u8>, AppError> {
        (0..self.salt.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(self.salt.get(i..i + 2).unwrap_or("zz"), 16))
            .collect::<Result<_, _>>()
            .map_err(|_| AppError::new("bad_key_file", "The key file's salt is damaged."))
    }

    /// The key for `passcode`: Argon2id with this header's salt and parameters.
    pub(crate) fn derive(&self, passcode: &str) -> Result<Key, AppError> {
        let params = argon2::Params::new(self.memory_kib, self.passes, self.lanes, Some(32))
            .map_err(|e| {
                AppError::new(
                    "bad_key_file",
                    format!("The key file's parameters are not usable: {e}."),
                )
            })?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut key = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passcode.as_bytes(), &self.salt()?, key.as_mut())
            .map_err(|e| {
                AppError::new("internal", format!("The key could not be derived: {e}."))
            })?;
        let cipher = self.cipher().map_err(|why| {
            AppError::new(
                "bad_key_file",
                format!("The key file cannot be used: {why}."),
            )
        })?;
        Ok(Key::with_cipher(*key, cipher))
    }
}

/// Checks a new passcode's length, in words.
fn check_passcode(passcode: &str) -> Result<(), AppError> {
    let n = passcode.chars().count();
    if !(MIN_PASSCODE_CHARS..=MAX_PASSCODE_CHARS).contains(&n) {
        return Err(crate::records::field_error(
            "passcode",
            "bad_passcode",
            &format!("A passcode needs {MIN_PASSCODE_CHARS} to {MAX_PASSCODE_CHARS} characters."),
        ));
    }
    Ok(())
}

fn io(what: &str, path: &Path, e: std::io::Error) -> AppError {
    AppError::io(what, path, &e)
}

fn remove_if_there(path: &Path) -> Result<(), AppError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io("remove", path, e)),
    }
}

/// Makes the renames of a folder durable.
fn sync_dir(dir: &Path) -> Result<(), AppError> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io("sync", dir, e))
}

pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Finishes a swap that was decided (the mark is there), or throws away one that was not.
/// Run before a journal is opened; doing it twice does no harm.
pub(crate) fn recover_swap(dir: &Path) -> Result<(), AppError> {
    let mark = dir.join(SWAP_MARK);
    let target = match std::fs::read_to_string(&mark) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            remove_if_there(&dir.join(DB_SWAP))?;
            return remove_if_there(&dir.join(KEY_SWAP));
        }
        Err(e) => return Err(io("read", &mark, e)),
    };
    let db = dir.join(DB_FILE_NAME);
    let new_db = dir.join(DB_SWAP);
    if new_db.exists() {
        // The old journal's log belongs to the old file, which is being replaced (it was
        // closed cleanly before the mark, so everything in it is in the new file).
        remove_if_there(&with_suffix(&db, "-wal"))?;
        remove_if_there(&with_suffix(&db, "-shm"))?;
        std::fs::rename(&new_db, &db).map_err(|e| io("replace", &db, e))?;
    }
    let key = dir.join(KEY_FILE);
    if target.trim() == "encrypted" {
        let new_key = dir.join(KEY_SWAP);
        if new_key.exists() {
            std::fs::rename(&new_key, &key).map_err(|e| io("replace", &key, e))?;
        }
    } else {
        remove_if_there(&key)?;
        remove_if_there(&dir.join(KEY_SWAP))?;
    }
    sync_dir(dir)?;
    remove_if_there(&mark)?;
    sync_dir(dir)
}

/// Whether the journal in `dir` is encrypted (has a key header).
pub fn is_locked_dir(dir: &Path) -> bool {
    dir.join(KEY_FILE).exists()
}

impl Journal {
    /// Opens the encrypted journal in `data_dir` with its passcode. A wrong passcode
    /// creates, changes and replaces nothing.
    pub fn unlock(
        data_dir: &Path,
        passcode: &str,
        clock: std::sync::Arc<dyn crate::Clock>,
    ) -> Result<Journal, AppError> {
        recover_swap(data_dir)?;
        if passcode.chars().count() > MAX_PASSCODE_CHARS {
            return Err(wrong_passcode());
        }
        let header = KeyHeader::read(data_dir)?;
        let key = header.derive(passcode)?;
        let store = Store::open_in_dir_with_key(data_dir, &key).map_err(|e| match e {
            twinge_store::StoreError::WrongKey { .. } => wrong_passcode(),
            other => other.into(),
        })?;
        Journal::from_store(store, clock)
    }

    /// Whether this journal is encrypted with a passcode.
    pub fn privacy_status(&self) -> PrivacyStatus {
        PrivacyStatus {
            encrypted: self.store().is_encrypted(),
        }
    }

    /// Encrypts the journal with `passcode`, or changes the passcode of an encrypted one.
    pub fn set_passcode(&mut self, passcode: &str) -> Result<(), AppError> {
        check_passcode(passcode)?;
        let header = KeyHeader::new()?;
        let key = header.derive(passcode)?;
        self.swap_to(Some((&header, &key)))
    }

    /// Decrypts the journal: a plain SQLite file again, with no passcode.
    pub fn remove_passcode(&mut self) -> Result<(), AppError> {
        if !self.store().is_encrypted() {
            return Ok(());
        }
        self.swap_to(None)
    }

    fn swap_to(&mut self, target: Option<(&KeyHeader, &Key)>) -> Result<(), AppError> {
        let dir = self.data_dir()?;
        recover_swap(&dir)?;
        let new_db = dir.join(DB_SWAP);
        let key = target.map(|(_, k)| k);
        let prepared = (|| {
            self.store().export_to(&new_db, key)?;
            std::fs::File::open(&new_db)
                .and_then(|f| f.sync_all())
                .map_err(|e| io("write", &new_db, e))?;
            Store::check_file_with_key(&new_db, key)?;
            if let Some((header, _)) = target {
                write_atomically(&dir.join(KEY_SWAP), &header.bytes()?)?;
            }
            Ok::<(), AppError>(())
        })();
        if let Err(e) = prepared {
            recover_swap(&dir)?;
            return Err(e);
        }
        // Close the journal (its log emptied into the file), then decide: the mark.
        let old_key = self.store().key().cloned();
        self.store().checkpoint()?;
        *self.store_mut() = Store::open_in_memory()?;
        let mark: &[u8] = if target.is_some() {
            b"encrypted\n"
        } else {
            b"plain\n"
        };
        let decided = write_atomically(&dir.join(SWAP_MARK), mark)
            .and_then(|()| sync_dir(&dir))
            .and_then(|()| recover_swap(&dir));
        let reopen = |k: Option<&Key>| match k {
            Some(k) => Store::open_in_dir_with_key(&dir, k),
            None => Store::open_in_dir(&dir),
        };
        match decided {
            Ok(()) => {
                *self.store_mut() = reopen(key)?;
                Ok(())
            }
            Err(e) => {
                // Whichever journal is on disk now (the new one if the mark was written,
                // else the old one), it is the one this journal goes on with.
                *self.store_mut() = reopen(key).or_else(|_| reopen(old_key.as_ref()))?;
                Err(e)
            }
        }
    }
}

fn wrong_passcode() -> AppError {
    AppError::new(
        "wrong_passcode",
        "That passcode does not open this journal. Nothing was changed.",
    )
}

/// Wrong passcodes in a row: after three, each next try waits longer (1 s, 2 s, 4 s …
/// up to a minute), so passcodes cannot be tried quickly from the unlock screen.
#[derive(Debug, Default)]
pub struct UnlockAttempts {
    failures: u32,
    last_failure_ms: i64,
}

impl UnlockAttempts {
    fn wait_ms(&self) -> i64 {
        match self.failures {
            0..=2 => 0,
            n => 1000 << (n - 3).min(6),
        }
    }

    /// Refuses a try that comes too soon after the last wrong passcode, in words.
    pub fn check(&self, now_ms: i64) -> Result<(), AppError> {
        let left = self.last_failure_ms + self.wait_ms() - now_ms;
        if left > 0 {
            let seconds = (left + 999) / 1000;
            return Err(AppError::new(
                "too_many_tries",
                format!(
                    "After {} wrong passcodes, wait {seconds} s before the next try.",
                    self.failures
                ),
            ));
        }
        Ok(())
    }

    /// Counts the outcome of a try.
    pub fn record(&mut self, outcome: &Result<Journal, AppError>, now_ms: i64) {
        match outcome {
            Ok(_) => *self = UnlockAttempts::default(),
            Err(e) if e.code == "wrong_passcode" => {
                self.failures += 1;
                self.last_failure_ms = now_ms;
            }
            Err(_) => {}
        }
    }
}
