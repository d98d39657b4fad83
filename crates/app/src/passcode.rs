//! The passcode of an encrypted journal: unlocking, and setting, changing or removing it.
//! Each change needs the journal to this process alone, asks for the current passcode
//! when there is one, writes a new journal and swaps it in (swap.rs: a crash leaves the
//! old or the new journal, whole), then makes every copy Twinge keeps in the folder
//! follow (copies.rs) and makes the day's backup again.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use twinge_store::{Key, Store};

use crate::error::Said;
use crate::keyheader::{KeyHeader, KEY_FILE};
use crate::swap::{decide, recover_swap};
use crate::{AppError, Journal};

/// The longest passcode accepted.
pub const MAX_PASSCODE_CHARS: usize = 256;
/// The lowest strength a new passcode may have on zxcvbn's scale of 0–4: 3, "safely
/// unguessable" (about 10^10 guesses), as a key header stolen with the journal lets
/// an attacker guess offline.
pub const MIN_PASSCODE_SCORE: u8 = 3;

/// Whether the journal is encrypted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrivacyStatus {
    pub encrypted: bool,
}

/// What setting, changing or removing the passcode did to the copies in the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PasscodeChange {
    pub encrypted: bool,
    /// Copies (daily backups, copies made before an upgrade or a restore) that now
    /// follow the journal: encrypted with the new passcode, or decrypted with it.
    pub copies: u32,
    /// Copies left as they were because an older passcode locks them (names only).
    pub left: Vec<String>,
    /// Damaged journals set aside in plain, which cannot be read to be encrypted
    /// (names only; said when the journal is encrypted).
    pub plain: Vec<String>,
}

/// Checks a new passcode: at most 256 characters, and rated at least "safely
/// unguessable" by zxcvbn, whose own warning and suggestions say why not.
pub fn check_new_passcode(passcode: &str) -> Result<(), AppError> {
    let refuse = |words: Said| {
        Err(AppError::field("passcode", "weak_passcode", move |tr| {
            words(tr)
        }))
    };
    if passcode.chars().count() > MAX_PASSCODE_CHARS {
        return refuse(Arc::new(|tr| {
            tr.failure_passcode_too_many(MAX_PASSCODE_CHARS)
        }));
    }
    let rating = zxcvbn::zxcvbn(passcode, &["twinge", "journal", "passcode"]);
    if u8::from(rating.score()) >= MIN_PASSCODE_SCORE {
        return Ok(());
    }
    // zxcvbn says why in English: its words are added when Twinge speaks English.
    let mut why = String::new();
    if let Some(feedback) = rating.feedback() {
        if let Some(warning) = feedback.warning() {
            why.push_str(&format!(" {warning}."));
        }
        for s in feedback.suggestions() {
            why.push_str(&format!(" {s}"));
        }
    }
    refuse(Arc::new(move |tr| {
        let mut text = tr.failure_passcode_guessable();
        if tr.lang().code() == "en" {
            text.push_str(&why);
        }
        if !text.ends_with(" words.") {
            text = format!("{text} {}", tr.failure_passcode_advice());
        }
        text.replace("..", ".")
    }))
}

/// Whether the journal in `dir` is encrypted (has a key header).
pub fn is_locked_dir(dir: &std::path::Path) -> bool {
    dir.join(KEY_FILE).exists()
}

pub(crate) fn wrong_passcode() -> AppError {
    AppError::say("wrong_passcode", |tr| tr.failure_wrong_passcode())
}

impl Journal {
    /// Opens the encrypted journal in `data_dir` with its passcode. A wrong passcode
    /// creates, changes and replaces nothing, and counts towards the growing wait
    /// (kept beside the journal, so it holds across restarts and for every program).
    pub fn unlock(
        data_dir: &std::path::Path,
        passcode: &str,
        clock: std::sync::Arc<dyn crate::Clock>,
    ) -> Result<Journal, AppError> {
        let lock = crate::swap::hold(data_dir)?;
        let now = clock.now_ms();
        let store = crate::attempts::guarded(data_dir, now, || {
            if passcode.chars().count() > MAX_PASSCODE_CHARS {
                return Err(wrong_passcode());
            }
            let key = KeyHeader::read(data_dir)?.derive(passcode)?;
            Store::open_locked(lock, Some(&key)).map_err(|e| match e {
                twinge_store::StoreError::WrongKey { .. } => wrong_passcode(),
                other => other.into(),
            })
        })?;
        Journal::from_store(store, clock)
    }

    /// Whether this journal is encrypted with a passcode.
    pub fn privacy_status(&self) -> PrivacyStatus {
        PrivacyStatus {
            encrypted: self.store().is_encrypted(),
        }
    }

    /// Checks `current` against the journal's passcode (counted like an unlock).
    fn confirm_current(&self, current: Option<&str>) -> Result<(), AppError> {
        let Some(key) = self.store().key() else {
            return Ok(());
        };
        let dir = self.data_dir()?;
        let Some(current) = current else {
            return Err(AppError::field(
                "current",
                "current_passcode_needed",
                |tr| tr.failure_current_passcode(),
            ));
        };
        crate::attempts::guarded(&dir, self.clock().now_ms(), || {
            if current.chars().count() > MAX_PASSCODE_CHARS {
                return Err(wrong_passcode());
            }
            match KeyHeader::read(&dir)?.derive(current)? == *key {
                true => Ok(()),
                false => Err(wrong_passcode()),
            }
        })
    }

    /// Encrypts the journal with `passcode`, or changes the passcode of an encrypted one
    /// (which needs the `current` one). Every copy in the folder follows.
    pub fn set_passcode(
        &mut self,
        current: Option<&str>,
        passcode: &str,
    ) -> Result<PasscodeChange, AppError> {
        check_new_passcode(passcode)?;
        self.confirm_current(current)?;
        let header = KeyHeader::new()?;
        let key = header.derive(passcode)?;
        self.swap_to(Some((&header, &key)))
    }

    /// Decrypts the journal with its `current` passcode: a plain SQLite file again, and
    /// so are the copies in its folder.
    pub fn remove_passcode(&mut self, current: &str) -> Result<PasscodeChange, AppError> {
        if !self.store().is_encrypted() {
            return Ok(PasscodeChange {
                encrypted: false,
                copies: 0,
                left: Vec::new(),
                plain: Vec::new(),
            });
        }
        self.confirm_current(Some(current))?;
        self.swap_to(None)
    }

    fn swap_to(&mut self, target: Option<(&KeyHeader, &Key)>) -> Result<PasscodeChange, AppError> {
        let dir = self.data_dir()?;
        let lock = self.hold()?;
        let _alone = lock.exclusive()?;
        recover_swap(&dir)?;
        let new_db = dir.join(crate::swap::DB_SWAP);
        let key = target.map(|(_, k)| k);
        let prepared = (|| {
            self.store().export_to(&new_db, key)?;
            std::fs::File::open(&new_db)
                .and_then(|f| f.sync_all())
                .map_err(|e| crate::files::io("write", &new_db, e))?;
            Store::check_file_with_key(&new_db, key)?;
            if let Some((header, _)) = target {
                crate::write_atomically(&dir.join(crate::swap::KEY_SWAP), &header.bytes()?)?;
            }
            Ok::<(), AppError>(())
        })();
        if let Err(e) = prepared {
            recover_swap(&dir)?;
            return Err(e);
        }
        let old_key = self.store().key().cloned();
        let old_header = match old_key {
            Some(_) => Some(KeyHeader::read(&dir)?),
            None => None,
        };
        // Close the journal (its log emptied into the file), then decide: the mark.
        self.store().checkpoint()?;
        self.close();
        let decided = decide(&dir, target.is_some()).and_then(|()| recover_swap(&dir));
        if let Err(e) = decided {
            // Whichever journal is on disk now (the new one if the mark was written,
            // else the old one), it is the one this journal goes on with.
            let store = Store::open_locked(lock.clone(), key)
                .or_else(|_| Store::open_locked(lock.clone(), old_key.as_ref()));
            self.reopened(store)?;
            return Err(e);
        }
        self.reopened(Store::open_locked(lock.clone(), key))?;
        let old = old_key.as_ref().zip(old_header.as_ref());
        let (copies, left) = crate::copies::follow(&dir, old, target)?;
        self.remake_todays_backup(&dir)?;
        Ok(PasscodeChange {
            encrypted: target.is_some(),
            copies,
            left,
            plain: match target {
                Some(_) => crate::copies::damaged_in_plain(&dir),
                None => Vec::new(),
            },
        })
    }
}
