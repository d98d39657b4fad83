//! The key header of an encrypted journal (`twinge.key`, and `….key` beside each
//! encrypted copy): the salt and Argon2id parameters that turn a passcode into the
//! journal's 256-bit key, and the layout of its pages. No secret is in it. Parameters
//! read from a file are bounded, so a damaged or hostile header cannot make an unlock
//! take all the memory or never end.

use std::path::Path;

use serde::{Deserialize, Serialize};
use twinge_store::{Cipher, Key};
use zeroize::Zeroizing;

use crate::AppError;

/// The header of an encrypted journal (no secret in it), beside the journal.
pub const KEY_FILE: &str = "twinge.key";

/// Argon2id parameters: 128 MiB, 5 passes, one lane. Measured on this project's 2-core
/// machine the derivation takes about 0.35 s (128 MiB × 4: 0.30 s, × 6: 0.40 s; 64 MiB × 3
/// took 0.12 s, too quick for the 0.3–1 s an unlock should cost someone trying
/// passcodes). With 6 passes a 200,000-episode journal took 1.03 s to unlock.
pub(crate) const MEMORY_KIB: u32 = 128 * 1024;
const PASSES: u32 = 5;
const LANES: u32 = 1;

/// The most a key file may ask of an unlock: 1 GiB of memory, 16 passes, 8 lanes, and a
/// salt of 16 to 64 bytes. Twinge writes 128 MiB, 5 passes, 1 lane, 16 bytes.
const MAX_MEMORY_KIB: u32 = 1024 * 1024;
const MAX_PASSES: u32 = 16;
const MAX_LANES: u32 = 8;
const SALT_BYTES: std::ops::RangeInclusive<usize> = 16..=64;

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
    pub(crate) fn new() -> Result<KeyHeader, AppError> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| {
            AppError::new(
                "no_randomness",
                "This computer gave Twinge no random numbers to make the key with. Nothing was changed.",
            )
            .with_details(e.to_string())
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

    pub(crate) fn read(dir: &Path) -> Result<KeyHeader, AppError> {
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
        let text = std::fs::read_to_string(path).map_err(|e| {
            bad(crate::error::io_words(&e).to_string())
                .with_details(format!("{}: {e}", path.display()))
        })?;
        let h: KeyHeader = serde_json::from_str(&text)
            .map_err(|e| bad("it is damaged".into()).with_details(e.to_string()))?;
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
        h.check_bounds().map_err(bad)?;
        Ok(h)
    }

    /// Refuses parameters beyond what Twinge would ever write, in words.
    fn check_bounds(&self) -> Result<(), String> {
        let salt = self.salt.len() / 2;
        if self.memory_kib > MAX_MEMORY_KIB || self.memory_kib < 8 * self.lanes.max(1) {
            return Err(format!(
                "it asks for {} KiB of memory to unlock (at most {MAX_MEMORY_KIB})",
                self.memory_kib
            ));
        }
        if !(1..=MAX_PASSES).contains(&self.passes) {
            return Err(format!(
                "it asks for {} passes (1 to {MAX_PASSES})",
                self.passes
            ));
        }
        if !(1..=MAX_LANES).contains(&self.lanes) {
            return Err(format!(
                "it asks for {} lanes (1 to {MAX_LANES})",
                self.lanes
            ));
        }
        if !self.salt.len().is_multiple_of(2) || !SALT_BYTES.contains(&salt) {
            return Err(format!(
                "its salt has {} characters (32 to 128 hex digits)",
                self.salt.len()
            ));
        }
        Ok(())
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

    pub(crate) fn bytes(&self) -> Result<Vec<u8>, AppError> {
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
                    "The key file's settings for the passcode are damaged. Nothing was changed.",
                )
                .with_details(e.to_string())
            })?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut key = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passcode.as_bytes(), &self.salt()?, key.as_mut())
            .map_err(|e| AppError::internal("The key could not be made from the passcode.", e))?;
        let cipher = self.cipher().map_err(|why| {
            AppError::new(
                "bad_key_file",
                format!("The key file cannot be used: {why}."),
            )
        })?;
        Ok(Key::with_cipher(*key, cipher))
    }
}
