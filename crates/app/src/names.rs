//! The names of trigger and relief keys, and the one rule for a key without a name
//! (it is shown as itself).

use std::collections::HashMap;

use crate::{AppError, Journal};

/// Trigger and relief display names by key.
#[derive(Debug, Default)]
pub(crate) struct VocabNames {
    pub(crate) triggers: HashMap<String, String>,
    pub(crate) reliefs: HashMap<String, String>,
}

impl VocabNames {
    /// The name of a trigger key.
    pub(crate) fn trigger(&self, key: &str) -> String {
        name_or_key(&self.triggers, key)
    }

    /// The name of a relief key.
    pub(crate) fn relief(&self, key: &str) -> String {
        name_or_key(&self.reliefs, key)
    }
}

fn name_or_key(names: &HashMap<String, String>, key: &str) -> String {
    names.get(key).cloned().unwrap_or_else(|| key.to_string())
}

impl Journal {
    /// Display names of every trigger and relief, archived ones included.
    pub(crate) fn vocab_names(&self) -> Result<VocabNames, AppError> {
        let store = self.store();
        Ok(VocabNames {
            triggers: store
                .triggers()?
                .into_iter()
                .map(|t| (t.key, t.name))
                .collect(),
            reliefs: store
                .reliefs()?
                .into_iter()
                .map(|r| (r.key, r.name))
                .collect(),
        })
    }
}
