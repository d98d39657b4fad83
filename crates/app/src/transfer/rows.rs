//! What every import read from rows (Twinge's CSV, another app's diary) shares: the
//! vocabulary key of a name met there, and the journal file its rows make.

use std::collections::HashMap;

use super::{CheckinFile, EpisodeFile, FactorFile, JournalFile, VocabFile, FORMAT_VERSION};

/// The key of a known key or name (any case), by `text` trimmed.
pub(crate) fn known_key<'a>(known: &'a HashMap<String, String>, text: &str) -> Option<&'a String> {
    let t = text.trim();
    known
        .iter()
        .find(|(k, n)| k.as_str() == t || n.eq_ignore_ascii_case(t))
        .map(|(k, _)| k)
}

/// The vocabulary key for a name met in a sheet: a known key or name (any case), or a
/// new key made from the name, remembered in `new` with the name as written.
pub(crate) fn key_for(
    known: &HashMap<String, String>,
    new: &mut HashMap<String, String>,
    text: &str,
) -> String {
    if let Some(key) = known_key(known, text) {
        return key.clone();
    }
    let t = text.trim();
    let key = twinge_core::slug(t);
    if !known.contains_key(&key) {
        new.entry(key.clone()).or_insert_with(|| t.to_string());
    }
    key
}

/// Vocabulary entries met for the first time in a sheet, sorted by key.
fn new_vocab_entries(found: HashMap<String, String>) -> Vec<VocabFile> {
    let mut entries: Vec<_> = found.into_iter().collect();
    entries.sort();
    entries
        .into_iter()
        .map(|(key, name)| VocabFile {
            key,
            name,
            archived: false,
            is_medication: false,
            dose: None,
        })
        .collect()
}

/// A file of the episodes and check-ins read from rows (a sheet, another app's diary),
/// with the trigger, relief and factor names met there for the first time.
pub(crate) fn rows_file(
    format: &str,
    settings: crate::Settings,
    (episodes, checkins): (Vec<EpisodeFile>, Vec<CheckinFile>),
    [triggers, reliefs, factors]: [HashMap<String, String>; 3],
) -> JournalFile {
    JournalFile {
        format: format.into(),
        version: FORMAT_VERSION,
        settings,
        triggers: new_vocab_entries(triggers),
        reliefs: new_vocab_entries(reliefs),
        appointments: vec![],
        medication_changes: vec![],
        quiet_days: vec![],
        episodes,
        factors: new_vocab_entries(factors)
            .into_iter()
            .map(|v| FactorFile {
                key: v.key,
                name: v.name,
                archived: false,
                levels: false,
            })
            .collect(),
        checkins,
        replaces: None,
        lines: vec![],
    }
}
