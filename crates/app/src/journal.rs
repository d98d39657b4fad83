//! The Journal service: every use case the UI and the CLI offer.

use std::path::Path;
use std::sync::Arc;

use twinge_core::{
    validate_draft, Associated, Episode, EpisodeDraft, Kind, Location, Region, Side,
    ValidationError,
};
use twinge_i18n::domain;
use twinge_store::{ListFilter, Store, LATEST_VERSION};
use uuid::Uuid;

use crate::convert::{draft_from_input, dto};
use crate::dto::{labelled, Labelled};
use crate::{
    AppError, CheckReport, Clock, Cursor, EpisodeDto, EpisodeInput, EpisodePage, ListQuery,
    VocabEntryDto, Vocabularies,
};

/// The journal and the clock it runs on.
pub struct Journal {
    store: Store,
    clock: Arc<dyn Clock>,
    /// The last day the reminder's state file was told about (so it is written at
    /// most once a day, never on every save).
    pub(crate) noted_on: std::sync::Mutex<Option<String>>,
    /// Why the journal is closed: a structural change could not open it again. The
    /// store is then an empty stand-in that must never take a save (the app shows its
    /// error screen instead).
    closed: Option<AppError>,
    /// The system's language and one forced by `--lang` (English until told).
    pub(crate) lang: crate::language::Languages,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal")
            .field("store", &self.store)
            .finish()
    }
}

fn parse_id(id: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(id).map_err(|_| {
        let id = id.to_string();
        AppError::say("bad_id", move |tr| tr.failure_bad_id(id.as_str()))
    })
}

/// How many recent places the Log screen offers.
pub const RECENT_PLACES: usize = 4;

/// How long a deleted episode can be brought back; after that it is purged from the
/// file for good (deleted means deleted).
pub const UNDO_WINDOW_MS: i64 = 15 * 60 * 1000;

impl Journal {
    /// Opens (creating or upgrading) the journal in `data_dir`.
    /// An encrypted journal is not opened here: that is [`Journal::unlock`], and this
    /// says `locked`.
    pub fn open(data_dir: &Path, clock: Arc<dyn Clock>) -> Result<Journal, AppError> {
        let lock = crate::swap::hold(data_dir)?;
        if crate::passcode::is_locked_dir(data_dir) {
            return Err(crate::aside::locked());
        }
        Journal::from_store(Store::open_locked(lock, None)?, clock)
    }

    /// The shared hold on the journal's folder, which a structural change turns into
    /// one of its own.
    pub(crate) fn hold(&self) -> Result<Arc<twinge_store::JournalLock>, AppError> {
        self.store
            .lock()
            .cloned()
            .ok_or_else(|| AppError::say("no_file", |tr| tr.failure_no_file()))
    }

    /// Closes the journal file for a structural change; until [`Journal::reopened`]
    /// the journal counts as closed.
    pub(crate) fn close(&mut self) {
        self.store = Store::closed_stand_in();
        self.closed = Some(AppError::say("journal_closed", |tr| tr.failure_closed()));
    }

    /// Takes the journal opened again after a structural change; a journal that did not
    /// open stays closed, with the reason, and the reason is returned.
    pub(crate) fn reopened(
        &mut self,
        store: Result<Store, twinge_store::StoreError>,
    ) -> Result<(), AppError> {
        match store {
            Ok(store) => {
                self.store = store;
                self.closed = None;
                Ok(())
            }
            Err(e) => {
                let why = AppError::from(e);
                let details = why.details.clone().unwrap_or(why.message.clone());
                let e = AppError::say("journal_closed", move |tr| {
                    tr.failure_not_reopened(why.clone().in_language(tr).message)
                })
                .with_details(details);
                self.closed = Some(e.clone());
                Err(e)
            }
        }
    }

    /// Why this journal is closed (a structural change could not open it again), if it
    /// is: then nothing more may be done with it, and the app shows the error.
    pub fn closed(&self) -> Option<&AppError> {
        self.closed.as_ref()
    }

    /// A journal over an opened store: deleted episodes past their Undo window go first.
    pub(crate) fn from_store(store: Store, clock: Arc<dyn Clock>) -> Result<Journal, AppError> {
        let mut journal = Journal {
            store,
            clock,
            noted_on: Default::default(),
            closed: None,
            lang: Default::default(),
        };
        journal.purge_deleted()?;
        Ok(journal)
    }

    /// Purges the episodes whose Undo window has passed.
    fn purge_deleted(&mut self) -> Result<usize, AppError> {
        let before = self.clock.now_ms() - UNDO_WINDOW_MS;
        Ok(self.store.purge_deleted(before)?)
    }

    /// A journal in memory, for tests.
    pub fn in_memory(clock: Arc<dyn Clock>) -> Result<Journal, AppError> {
        Journal::from_store(Store::open_in_memory()?, clock)
    }

    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    pub(crate) fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// The clock this journal runs on.
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// A new time-ordered id (UUIDv7) for anything this journal creates, from its clock.
    pub(crate) fn new_id(&self) -> Uuid {
        let now = self.clock.now_ms();
        Uuid::new_v7(uuid::Timestamp::from_unix(
            uuid::NoContext,
            now.div_euclid(1000) as u64,
            (now.rem_euclid(1000) * 1_000_000) as u32,
        ))
    }

    /// The input as a valid draft; an edit (`was`: the episode as stored) of an imported
    /// episode keeps where it came from.
    fn validated(
        &self,
        input: &EpisodeInput,
        was: Option<&Episode>,
    ) -> Result<EpisodeDraft, AppError> {
        let now_s = self.clock.now_ms().div_euclid(1000);
        let draft = draft_from_input(input)
            .map(|d| crate::convert::keep_imported(d, was))
            .and_then(|d| validate_draft(&d, now_s).map(|()| d));
        draft.map_err(|e| self.invalid(e))
    }

    /// Logs a new episode. Returns once it is durably saved.
    pub fn log(&mut self, input: &EpisodeInput) -> Result<EpisodeDto, AppError> {
        let draft = self.validated(input, None)?;
        let now = self.clock.now_ms();
        let id = self.new_id();
        let saved = self.store.insert_episode(&Episode {
            id,
            draft,
            created_at_ms: now,
            updated_at_ms: now,
            deleted_at_ms: None,
        })?;
        self.note_episode_day(&saved);
        self.to_dto(&saved)
    }

    /// Tells the reminder that the episode's local day is recorded.
    fn note_episode_day(&self, e: &Episode) {
        let day = twinge_core::insights::local_day_hour_weekday(e).0;
        self.note_recorded(&crate::insights::date_of(day));
    }

    /// Replaces an episode's content; its id and creation time stay.
    pub fn update(&mut self, id: &str, input: &EpisodeInput) -> Result<EpisodeDto, AppError> {
        let id = parse_id(id)?;
        let draft = self.validated(input, Some(&self.stored(id)?))?;
        self.store.update_episode(id, &draft, self.clock.now_ms())?;
        let e = self.stored(id)?;
        self.note_episode_day(&e);
        self.to_dto(&e)
    }

    fn get(&self, id: Uuid) -> Result<EpisodeDto, AppError> {
        self.to_dto(&self.stored(id)?)
    }

    /// The episode as stored, or `not_found` in words.
    fn stored(&self, id: Uuid) -> Result<Episode, AppError> {
        self.store
            .get_episode(id)?
            .ok_or_else(|| AppError::say("not_found", |tr| tr.failure_episode_gone()))
    }

    /// Deletes an episode (it can be brought back with [`Journal::undo_delete`]).
    pub fn delete(&mut self, id: &str) -> Result<(), AppError> {
        let id = parse_id(id)?;
        self.store.soft_delete(id, self.clock.now_ms())?;
        self.purge_deleted()?;
        Ok(())
    }

    /// Brings a deleted episode back.
    pub fn undo_delete(&mut self, id: &str) -> Result<EpisodeDto, AppError> {
        let id = parse_id(id)?;
        self.store.undo_delete(id, self.clock.now_ms())?;
        self.get(id)
    }

    /// Episodes newest first, a page at a time.
    pub fn list(&self, query: &ListQuery) -> Result<EpisodePage, AppError> {
        let limit = query.limit.unwrap_or(100);
        if !(1..=500).contains(&limit) {
            return Err(AppError::say("bad_limit", |tr| tr.failure_bad_limit()));
        }
        let before = match &query.before {
            Some(c) => Some((c.started_at_s, parse_id(&c.id)?)),
            None => None,
        };
        let kind = match &query.kind {
            Some(k) => Some(
                Kind::from_code(k)
                    .ok_or_else(|| AppError::from(ValidationError::UnknownKind(k.clone())))?,
            ),
            None => None,
        };
        let region = match &query.region {
            Some(r) => Some(
                Region::from_code(r)
                    .ok_or_else(|| AppError::from(ValidationError::UnknownRegion(r.clone())))?,
            ),
            None => None,
        };
        if query.text.as_ref().is_some_and(|t| t.chars().count() > 200) {
            return Err(AppError::say("bad_search", |tr| tr.failure_bad_search()));
        }
        let episodes = self.store.list_episodes(&ListFilter {
            limit,
            before,
            kind,
            region,
            trigger: query.trigger.clone(),
            text: query.text.clone(),
            ..ListFilter::default()
        })?;
        let next = if episodes.len() == limit as usize {
            episodes.last().map(|e| Cursor {
                started_at_s: e.draft.started_at.utc_s(),
                id: e.id.to_string(),
            })
        } else {
            None
        };
        let tr = self.tr();
        let names = self.vocab_names()?.in_language(&tr);
        Ok(EpisodePage {
            episodes: episodes.iter().map(|e| dto(e, &names, &tr)).collect(),
            next,
        })
    }

    /// Logs the same kind, places, intensity and way of starting as the last logged episode, at
    /// `started_at` (RFC 3339 with the local offset; the UI passes "now").
    pub fn repeat_last(&mut self, started_at: &str) -> Result<EpisodeDto, AppError> {
        let last = self.store.last_logged_episode()?.ok_or_else(|| {
            AppError::say("nothing_to_repeat", |tr| tr.failure_nothing_to_repeat())
        })?;
        let d = &last.draft;
        let input = EpisodeInput {
            kind: d.kind.code().to_string(),
            started_at: started_at.to_string(),
            intensity: d.intensity.map(i64::from),
            locations: d
                .locations
                .iter()
                .map(|&l| crate::LocationInput::from(l))
                .collect(),
            set_off: d.set_off,
            ..Default::default()
        };
        self.log(&input)
    }

    /// What the forms offer.
    pub fn vocabularies(&self) -> Result<Vocabularies, AppError> {
        let tr = self.tr();
        let names = self.vocab_names()?.in_language(&tr);
        // A vocabulary entry by its name in words, key and whether it is archived.
        let entry = |name, key, archived| VocabEntryDto {
            key,
            name,
            archived,
            is_medication: false,
            dose: None,
        };
        Ok(Vocabularies {
            kinds: labelled(Kind::ALL, |k| domain::kind(&tr, k)),
            regions: labelled(Region::ALL, |r| domain::region(&tr, r)),
            sides: labelled(Side::ALL, |s| domain::side_choice(&tr, s)),
            associated: labelled(Associated::ALL, |a| domain::symptom(&tr, a)),
            twitch_associated: Associated::TWITCH_SCREENING.to_vec(),
            triggers: self
                .store
                .triggers()?
                .into_iter()
                .map(|t| entry(names.trigger(&t.key), t.key, t.archived))
                .collect(),
            // A relief is an entry that may be a medication with a dose.
            reliefs: self
                .store
                .reliefs()?
                .into_iter()
                .map(|r| VocabEntryDto {
                    is_medication: r.is_medication,
                    dose: r.dose,
                    ..entry(names.relief(&r.key), r.key, r.archived)
                })
                .collect(),
            recent_places: self.store.recent_places(RECENT_PLACES)?,
            place_names: Location::all()
                .map(|place| Labelled {
                    code: place,
                    label: domain::place(&tr, place.region, place.side),
                })
                .collect(),
        })
    }

    /// Integrity and schema version of the journal file.
    pub fn check(&self) -> Result<CheckReport, AppError> {
        Ok(CheckReport {
            path: self
                .store
                .path()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| ":memory:".into()),
            schema_version: self.store.schema_version()?,
            supported_version: LATEST_VERSION,
            problems: self.store.integrity_check()?,
            episodes: self.store.count_episodes()?,
            summary_drift: self.store.summary_drift()? as i64,
        })
    }

    /// Builds the day summary Insights read again from the episodes (it is derived from
    /// them; no episode changes).
    pub fn rebuild_summary(&mut self) -> Result<(), AppError> {
        Ok(self.store.rebuild_summary()?)
    }
}
