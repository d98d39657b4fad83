//! Trigger and relief vocabularies: seeded from core, extended by the person.

use rusqlite::{params, Connection, OptionalExtension};
use twinge_core::{vocab::slug, SEED_RELIEFS, SEED_TRIGGERS};

use crate::{table, Result, Store};

/// A suspected trigger in the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct TriggerEntry {
    pub key: String,
    pub name: String,
    pub archived: bool,
    pub last_used_at_ms: Option<i64>,
}

/// A relief (including medications) in the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct ReliefEntry {
    pub key: String,
    pub name: String,
    pub is_medication: bool,
    pub dose: Option<String>,
    pub archived: bool,
    pub last_used_at_ms: Option<i64>,
}

/// Which vocabulary: suspected triggers or reliefs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VocabKind {
    Trigger,
    Relief,
}

pub(crate) use VocabKind as Table;

impl Table {
    fn name(self) -> &'static str {
        match self {
            Table::Trigger => "trigger_vocab",
            Table::Relief => "relief_vocab",
        }
    }
}

fn find_key(conn: &Connection, table: Table, text: &str) -> Result<Option<String>> {
    let sql = format!(
        "SELECT key FROM {} WHERE key = ?1 OR name = ?2 COLLATE NOCASE OR key = ?3
         ORDER BY key = ?1 DESC LIMIT 1",
        table.name()
    );
    Ok(conn
        .query_row(&sql, params![text, text.trim(), slug(text)], |r| r.get(0))
        .optional()?)
}

pub(crate) fn ensure(conn: &Connection, table: Table, text: &str) -> Result<String> {
    if let Some(key) = find_key(conn, table, text)? {
        return Ok(key);
    }
    let base = slug(text);
    let base = if base.is_empty() {
        "custom".to_string()
    } else {
        base
    };
    let mut key = base.clone();
    let mut n = 2;
    let exists_sql = format!("SELECT 1 FROM {} WHERE key = ?1", table.name());
    while conn
        .query_row(&exists_sql, [&key], |_| Ok(()))
        .optional()?
        .is_some()
    {
        key = format!("{base}_{n}");
        n += 1;
    }
    conn.execute(
        &format!("INSERT INTO {} (key, name) VALUES (?1, ?2)", table.name()),
        params![key, text.trim()],
    )?;
    Ok(key)
}

impl Store {
    pub(crate) fn seed_vocabularies(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        for (key, name) in SEED_TRIGGERS {
            tx.execute(
                "INSERT OR IGNORE INTO trigger_vocab (key, name, seeded) VALUES (?1, ?2, 1)",
                params![key, name],
            )?;
        }
        for r in SEED_RELIEFS {
            tx.execute(
                "INSERT OR IGNORE INTO relief_vocab (key, name, seeded) VALUES (?1, ?2, 1)",
                params![r.key, r.name],
            )?;
        }
        tx.commit()?;
        self.seed_factors()
    }

    /// Triggers, most recently used first, then by name.
    pub fn triggers(&self) -> Result<Vec<TriggerEntry>> {
        table::all(
            &self.conn,
            "SELECT key, name, archived, last_used_at AS last_used_at_ms FROM trigger_vocab
             ORDER BY last_used_at IS NULL, last_used_at DESC, name COLLATE NOCASE",
        )
    }

    /// The names of the given trigger (or relief) keys that are in the vocabulary.
    pub fn vocab_names_of(&self, kind: VocabKind, keys: &[&str]) -> Result<Vec<(String, String)>> {
        let sql = match kind {
            VocabKind::Trigger => "SELECT key, name FROM trigger_vocab WHERE key = ?1",
            VocabKind::Relief => "SELECT key, name FROM relief_vocab WHERE key = ?1",
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut names = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some(pair) = stmt
                .query_row([key], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
            {
                names.push(pair);
            }
        }
        Ok(names)
    }

    /// Reliefs, most recently used first, then by name.
    pub fn reliefs(&self) -> Result<Vec<ReliefEntry>> {
        table::all(
            &self.conn,
            "SELECT key, name, is_medication, dose, archived, last_used_at AS last_used_at_ms
             FROM relief_vocab
             ORDER BY last_used_at IS NULL, last_used_at DESC, name COLLATE NOCASE",
        )
    }

    /// The key of the trigger named or keyed `text`, adding it to the vocabulary if new.
    pub fn ensure_trigger(&self, text: &str) -> Result<String> {
        ensure(&self.conn, Table::Trigger, text)
    }

    /// The key of the relief named or keyed `text`, adding it to the vocabulary if new.
    pub fn ensure_relief(&self, text: &str) -> Result<String> {
        ensure(&self.conn, Table::Relief, text)
    }

    /// Adds a relief; a medication carries a dose. Returns the key of the new entry,
    /// or of the existing one with that name (whose medication and dose are then updated).
    pub fn add_relief(
        &mut self,
        name: &str,
        is_medication: bool,
        dose: Option<&str>,
    ) -> Result<String> {
        let tx = self.conn.transaction()?;
        let key = ensure(&tx, Table::Relief, name)?;
        tx.execute(
            "UPDATE relief_vocab SET is_medication = ?2, dose = ?3, archived = 0 WHERE key = ?1",
            params![key, is_medication, dose],
        )?;
        tx.commit()?;
        Ok(key)
    }

    /// Gives a vocabulary entry a new display name; episodes keep pointing at it.
    pub fn rename_vocab(&mut self, kind: VocabKind, key: &str, name: &str) -> Result<()> {
        let changed = self.conn.execute(
            &format!("UPDATE {} SET name = ?2 WHERE key = ?1", kind.name()),
            params![key, name.trim()],
        )?;
        if changed == 0 {
            return Err(crate::StoreError::NotFound(key.to_string()));
        }
        Ok(())
    }

    /// Brings an archived entry back into the forms (adding a name that is archived).
    pub fn restore_vocab(&mut self, kind: VocabKind, key: &str) -> Result<()> {
        self.set_vocab_archived(kind, key, false)
    }

    /// Archives (hides from the forms) or restores an entry. Archived entries stay on
    /// old episodes and in reports; nothing is deleted.
    pub fn set_vocab_archived(&mut self, kind: VocabKind, key: &str, archived: bool) -> Result<()> {
        let changed = self.conn.execute(
            &format!("UPDATE {} SET archived = ?2 WHERE key = ?1", kind.name()),
            params![key, archived],
        )?;
        if changed == 0 {
            return Err(crate::StoreError::NotFound(key.to_string()));
        }
        Ok(())
    }

    /// Whether another entry than `key` already has this display name.
    pub fn vocab_name_taken(&self, kind: VocabKind, key: &str, name: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT 1 FROM {} WHERE name = ?2 COLLATE NOCASE AND key <> ?1",
                    kind.name()
                ),
                params![key, name.trim()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }
}

impl Store {
    /// Creates or overwrites a vocabulary entry by key (import).
    pub fn upsert_vocab(
        &mut self,
        kind: VocabKind,
        key: &str,
        name: &str,
        archived: bool,
        is_medication: bool,
        dose: Option<&str>,
    ) -> Result<()> {
        match kind {
            VocabKind::Trigger => self.conn.execute(
                "INSERT INTO trigger_vocab (key, name, archived) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET name = excluded.name, archived = excluded.archived",
                params![key, name, archived],
            )?,
            VocabKind::Relief => self.conn.execute(
                "INSERT INTO relief_vocab (key, name, archived, is_medication, dose)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (key) DO UPDATE SET name = excluded.name, archived = excluded.archived,
                     is_medication = excluded.is_medication, dose = excluded.dose",
                params![key, name, archived, is_medication, dose],
            )?,
        };
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_present_once_and_new_ones_are_added() {
        let mut s = Store::open_in_memory().unwrap();
        s.seed_vocabularies().unwrap();
        assert_eq!(s.triggers().unwrap().len(), SEED_TRIGGERS.len());
        assert_eq!(
            s.ensure_trigger("lying down / night").unwrap(),
            "lying_down"
        );
        assert_eq!(s.ensure_trigger("Lying_Down").unwrap(), "lying_down");
        assert_eq!(s.ensure_trigger("lying_down").unwrap(), "lying_down");
        assert_eq!(s.ensure_trigger("Red wine").unwrap(), "red_wine");
        assert_eq!(s.ensure_trigger("red wine").unwrap(), "red_wine");
        assert_eq!(s.triggers().unwrap().len(), SEED_TRIGGERS.len() + 1);
        assert_eq!(s.ensure_relief("Magnesium").unwrap(), "magnesium");
        assert!(s.reliefs().unwrap().iter().any(|r| r.name == "Magnesium"));
    }
}
