//! The journal's side of an import from another app: the preview a person checks, and
//! the import itself (one transaction, through the same checks as every import).

use std::path::Path;

use std::collections::BTreeSet;

use super::build::{build, Known, PeerPreview};
use super::{read, PeerMapping, Source};
use crate::convert::dto;
use crate::names::VocabNames;
use crate::transfer::{check_episode, JournalFile};
use crate::{AppError, ImportProgress, Journal};

/// Largest diary read from another app: years of a daily diary are a few megabytes.
const MAX_PEER_BYTES: usize = 64 * 1024 * 1024;

/// The setting that keeps the mapping chosen for an app.
fn remembered_key(source: Source) -> String {
    format!("peer_mapping_{}", source.code())
}

/// A file's identity: a hash of its bytes (the same file imported again is known).
fn file_id(bytes: &[u8]) -> String {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, bytes)
        .simple()
        .to_string()
}

impl Journal {
    fn known(&self) -> Result<Known, AppError> {
        let names = self.vocab_names()?;
        let factors = self.store().factors()?;
        Ok(Known {
            triggers: names.triggers,
            reliefs: names.reliefs,
            levelled: factors
                .iter()
                .filter(|f| f.levels)
                .map(|f| f.key.clone())
                .collect(),
            factors: factors.into_iter().map(|f| (f.key, f.name)).collect(),
        })
    }

    fn peer_file(
        &self,
        bytes: &[u8],
        source: Option<Source>,
        mapping: &PeerMapping,
    ) -> Result<(JournalFile, PeerPreview), AppError> {
        if bytes.len() > MAX_PEER_BYTES {
            let mb = bytes.len() / 1_000_000;
            return Err(AppError::say("import_too_large", move |tr| {
                tr.import_too_large(MAX_PEER_BYTES / 1_000_000, mb)
            }));
        }
        // The choices made for this app last time, under the ones given now.
        let mut reading = read(bytes, source, mapping)?;
        let mapping = &self.remembered(reading.0)?.under(mapping);
        if !mapping.columns.is_empty() {
            reading = read(bytes, Some(reading.0), mapping)?;
        }
        if reading.1.no_date_column {
            return Err(AppError::say("bad_import_file", |tr| {
                tr.import_bad_file(tr.peer_no_date_column())
            }));
        }
        let offset = self.clock().local_offset_min();
        let known = self.known()?;
        let id = file_id(bytes);
        let (mut file, mut preview) =
            build(reading, mapping, (&known, id.clone(), offset), &self.tr());
        // What an earlier import of this file brought and this one does not goes.
        file.replaces = Some(id);
        preview.sample = self.sample(&file, known);
        Ok((file, preview))
    }

    /// The newest few episodes of a file as History will show them, names included.
    fn sample(&self, file: &JournalFile, known: Known) -> Vec<crate::EpisodeDto> {
        const SHOWN: usize = 5;
        let tr = self.tr();
        let mut names = VocabNames {
            triggers: known.triggers,
            reliefs: known.reliefs,
        };
        names.triggers.extend(
            file.triggers
                .iter()
                .map(|v| (v.key.clone(), v.name.clone())),
        );
        names
            .reliefs
            .extend(file.reliefs.iter().map(|v| (v.key.clone(), v.name.clone())));
        let names = names.in_language(&tr);
        let triggers: BTreeSet<&str> = names.triggers.keys().map(String::as_str).collect();
        let reliefs: BTreeSet<&str> = names.reliefs.keys().map(String::as_str).collect();
        let now_s = self.clock().now_ms().div_euclid(1000);
        let mut newest: Vec<&crate::transfer::EpisodeFile> = file.episodes.iter().collect();
        newest.sort_by(|a, b| b.started_at.cmp(&a.started_at));
        newest
            .into_iter()
            .filter_map(|f| {
                let id = uuid::Uuid::parse_str(&f.id).ok()?;
                check_episode(f, (id, now_s), &tr, &triggers, &reliefs).ok()
            })
            .take(SHOWN)
            .map(|e| dto(&e, &names, &tr))
            .collect()
    }

    /// The mapping last imported with for `source` (none yet: empty).
    fn remembered(&self, source: Source) -> Result<PeerMapping, AppError> {
        let text = self.store().setting(&remembered_key(source))?;
        Ok(text
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default())
    }

    /// What importing a diary from another app would bring; nothing is written.
    /// `source` is recognised from the header when none is given.
    pub fn preview_peer(
        &self,
        bytes: &[u8],
        source: Option<Source>,
        mapping: &PeerMapping,
    ) -> Result<PeerPreview, AppError> {
        let (file, mut preview) = self.peer_file(bytes, source, mapping)?;
        preview.import = self.preview_journal_file(&file)?;
        Ok(preview)
    }

    /// Imports a diary from another app as the mapping says, in one transaction. Rows
    /// whose date cannot be read are left out (the preview lists them); a row the
    /// journal's rules refuse writes nothing at all.
    pub fn import_peer(
        &mut self,
        bytes: &[u8],
        source: Option<Source>,
        mapping: &PeerMapping,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<PeerPreview, AppError> {
        let (file, mut preview) = self.peer_file(bytes, source, mapping)?;
        preview.import = self.import_journal_file(&file, false, progress)?;
        if preview.import.written {
            let chosen = self.remembered(preview.format)?.under(mapping);
            let text = serde_json::to_string(&chosen).unwrap_or_default();
            self.store_mut()
                .set_setting(&remembered_key(preview.format), &text)?;
        }
        Ok(preview)
    }

    /// [`Journal::preview_peer`] or [`Journal::import_peer`] of a file on disk.
    pub fn peer_path(
        &mut self,
        path: &Path,
        (source, mapping): (Option<Source>, &PeerMapping),
        dry_run: bool,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<PeerPreview, AppError> {
        let (bytes, _) = crate::transfer::read_import(path, None)?;
        match dry_run {
            true => self.preview_peer(&bytes, source, mapping),
            false => self.import_peer(&bytes, source, mapping, progress),
        }
    }

    /// Whether a file is another app's export (by the header in its first 64 KiB), a
    /// spreadsheet's own file, or a CSV file whose columns are not a Twinge export's (a
    /// diary kept in a spreadsheet), and which.
    pub fn peer_source_of_path(path: &Path) -> Option<Source> {
        use std::io::Read;
        let mut head = Vec::new();
        std::fs::File::open(path)
            .ok()?
            .take(64 * 1024)
            .read_to_end(&mut head)
            .ok()?;
        // A spreadsheet's own file is always a sheet to map.
        if super::workbook::is_workbook(&head) {
            return Some(Source::Csv);
        }
        // Whole lines only.
        let end = head
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(head.len(), |i| i + 1);
        let rows = super::text::rows(&super::text::decode(&head[..end]).ok()?).ok()?;
        let own_csv = || {
            let header = rows.first().map(|r| r.cells.iter().map(String::as_str));
            crate::FileFormat::of_path(path) == crate::FileFormat::Csv
                && header.is_some_and(|h| !crate::transfer::is_twinge_header(h))
        };
        super::recognise(&rows).or_else(|| own_csv().then_some(Source::Csv))
    }
}
