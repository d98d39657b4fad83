//! The key header of an encrypted journal (`twinge.key`, and `….key` beside each
//! encrypted copy): the salt and Argon2id parameters that turn a passcode into the
//! journal's 256-bit key, and the layout of its pages. No secret is in it. Parameters
//! read from a file are bounded, so a damaged or hostile header cannot make an unlock
//! take all the memory or never end.

use std::path::Path;

use serde::{Deserialize, Serialize};
use twinge_store::{Cipher, Key};
use zeroize::Zeroizing;

use std::sync::Arc;

use crate::error::Said;
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
            AppError::say("no_randomness", |tr| tr.failure_no_randomness())
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
        let bad = |why: Said| {
            let name = name.clone();
            AppError::say("bad_key_file", move |tr| {
                tr.failure_bad_key_file(name.as_str(), why(tr))
            })
        };
        let text = std::fs::read_to_string(path).map_err(|e| {
            let kind = e.kind();
            bad(Arc::new(move |tr| crate::error::io_words(tr, kind)))
                .with_details(format!("{}: {e}", path.display()))
        })?;
        let h: KeyHeader = serde_json::from_str(&text).map_err(|e| {
            bad(Arc::new(|tr| tr.failure_key_damaged())).with_details(e.to_string())
        })?;
        if h.format != HEADER_FORMAT || h.kdf != "argon2id" {
            return Err(bad(Arc::new(|tr| tr.failure_key_not_a_header())));
        }
        if h.version > HEADER_VERSION {
            let version = h.version;
            return Err(bad(Arc::new(move |tr| tr.failure_key_newer(version))));
        }
        h.cipher().map_err(bad)?;
        h.check_bounds().map_err(bad)?;
        Ok(h)
    }

    /// Refuses parameters beyond what Twinge would ever write, in words.
    fn check_bounds(&self) -> Result<(), Said> {
        let salt = self.salt.len() / 2;
        if self.memory_kib > MAX_MEMORY_KIB || self.memory_kib < 8 * self.lanes.max(1) {
            let kib = self.memory_kib;
            return Err(Arc::new(move |tr| {
                tr.failure_key_memory(kib, MAX_MEMORY_KIB)
            }));
        }
        if !(1..=MAX_PASSES).contains(&self.passes) {
            let passes = self.passes;
            return Err(Arc::new(move |tr| {
                tr.failure_key_passes(MAX_PASSES, passes)
            }));
        }
        if !(1..=MAX_LANES).contains(&self.lanes) {
            let lanes = self.lanes;
            return Err(Arc::new(move |tr| tr.failure_key_lanes(lanes, MAX_LANES)));
        }
        if !self.salt.len().is_multiple_of(2) || !SALT_BYTES.contains(&salt) {
            let length = self.salt.len();
            return Err(Arc::new(move |tr| tr.failure_key_salt_length(length)));
        }
        Ok(())
    }

    /// The layout of the journal's pages this header names.
    fn cipher(&self) -> Result<Cipher, Said> {
        match (self.version, self.page_size, self.hmac.as_deref()) {
            (1, None, None) => Ok(Cipher::Sqlcipher4),
            (2, Some(2048), Some("sha256")) => Ok(Cipher::Compact),
            (version, size, hmac) => {
                let size = size.map_or("-".into(), |s| s.to_string());
                let hmac = hmac.unwrap_or("-").to_string();
                Err(Arc::new(move |tr| {
                    tr.failure_key_layout(hmac.as_str(), size.as_str(), version)
                }))
            }
        }
    }

    pub(crate) fn bytes(&self) -> Result<Vec<u8>, AppError> {
        let mut text = serde_json::to_string_pretty(self)
            .map_err(|e| AppError::internal(|tr| tr.failure_key_not_written(), e))?;
        text.push('\n');
        Ok(text.into_bytes())
    }

    fn salt(&self) -> Result<Vec<u8>, AppError> {
        (0..self.salt.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(self.salt.get(i..i + 2).unwrap_or("zz"), 16))
            .collect::<Result<_, _>>()
            .map_err(|_| AppError::say("bad_key_file", |tr| tr.failure_key_salt()))
    }

    /// The key for `passcode`: Argon2id with this header's salt and parameters.
    pub(crate) fn derive(&self, passcode: &str) -> Result<Key, AppError> {
        let params = argon2::Params::new(self.memory_kib, self.passes, self.lanes, Some(32))
            .map_err(|e| {
                AppError::say("bad_key_file", |tr| tr.failure_key_settings())
                    .with_details(e.to_string())
            })?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut key = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passcode.as_bytes(), &self.salt()?, key.as_mut())
            .map_err(|e| AppError::internal(|tr| tr.failure_key_not_made(), e))?;
        let cipher = self.cipher().map_err(|why| {
            AppError::say("bad_key_file", move |tr| tr.failure_key_unusable(why(tr)))
        })?;
        Ok(Key::with_cipher(*key, cipher))
    }
}
