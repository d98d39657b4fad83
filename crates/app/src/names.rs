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

impl VocabNames {
    /// The same names as a person reads them in `tr`'s language: the built-in ones
    /// not renamed are translated, the ones typed stay as typed.
    pub(crate) fn in_language(self, tr: &twinge_i18n::Tr) -> VocabNames {
        use twinge_i18n::domain::{vocab_name, Seeded};
        let each = |names: HashMap<String, String>, list: Seeded| {
            names
                .into_iter()
                .map(|(key, name)| {
                    let shown = vocab_name(tr, list, &key, &name);
                    (key, shown)
                })
                .collect()
        };
        VocabNames {
            triggers: each(self.triggers, Seeded::Trigger),
            reliefs: each(self.reliefs, Seeded::Relief),
        }
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

    /// Display names of the triggers and reliefs of one episode only: a save answers
    /// with its episode, which needs those names, not the whole vocabulary sorted.
    pub(crate) fn vocab_names_of(&self, e: &twinge_core::Episode) -> Result<VocabNames, AppError> {
        let store = self.store();
        let triggers: Vec<&str> = e.draft.triggers.iter().map(String::as_str).collect();
        let reliefs: Vec<&str> = e.draft.reliefs.iter().map(|r| r.relief.as_str()).collect();
        Ok(VocabNames {
            triggers: store
                .vocab_names_of(twinge_store::VocabKind::Trigger, &triggers)?
                .into_iter()
                .collect(),
            reliefs: store
                .vocab_names_of(twinge_store::VocabKind::Relief, &reliefs)?
                .into_iter()
                .collect(),
        })
    }
}
