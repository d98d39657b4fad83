//! Compares each checked episode with the one in this journal: new, replaced by the
//! file's newer version, unchanged, or kept because this journal's version is newer.

use twinge_core::Episode;

use super::check::Checked;
use super::ImportSummary;
use crate::{AppError, Journal};

/// How many row problems an import summary lists.
const MAX_LISTED_PROBLEMS: usize = 50;

/// What an import would write, and why the rest is left alone.
pub(super) struct ImportPlan<'a> {
    pub(super) new: Vec<&'a Episode>,
    pub(super) replace: Vec<&'a Episode>,
    pub(super) unchanged: u32,
    /// Changed on both sides and newer here.
    pub(super) kept: u32,
    checked: &'a Checked,
}

impl ImportPlan<'_> {
    /// The summary of a preview: what an import would do.
    pub(super) fn preview_summary(&self) -> ImportSummary {
        self.summary(true)
    }

    /// The summary of an import, before it writes (`written` is set once it has).
    pub(super) fn import_summary(&self) -> ImportSummary {
        self.summary(false)
    }

    fn summary(&self, dry_run: bool) -> ImportSummary {
        let problems = &self.checked.problems;
        ImportSummary {
            dry_run,
            written: false,
            episodes_in_file: self.checked.rows_in_file,
            new: self.new.len() as u32,
            unchanged: self.unchanged,
            updated: self.replace.len() as u32,
            kept_newer_here: self.kept,
            rejected: self.checked.rejected_rows(),
            checkins_in_file: self.checked.checkins_in_file,
            problems: problems.iter().take(MAX_LISTED_PROBLEMS).cloned().collect(),
            problems_not_listed: problems.len().saturating_sub(MAX_LISTED_PROBLEMS) as u32,
            settings_differ: Vec::new(),
            settings_taken: false,
        }
    }
}

impl Journal {
    /// Plans the import of checked episodes (one query for the ids already here).
    pub(super) fn plan_import<'a>(&self, checked: &'a Checked) -> Result<ImportPlan<'a>, AppError> {
        let mut plan = ImportPlan {
            new: Vec::new(),
            replace: Vec::new(),
            unchanged: 0,
            kept: 0,
            checked,
        };
        let here_ids = self.store().episode_ids()?;
        for (_, e) in &checked.episodes {
            let here = if here_ids.contains(&e.id) {
                self.store().get_episode(e.id)?
            } else {
                None
            };
            match here {
                None => plan.new.push(e),
                Some(here) if here == *e => plan.unchanged += 1,
                Some(here) if e.updated_at_ms > here.updated_at_ms => plan.replace.push(e),
                Some(_) => plan.kept += 1,
            }
        }
        Ok(plan)
    }
}
