//! Episodes in and out: loosely-typed input (UI, CLI, import files) into a draft, every
//! problem collected; and a saved episode into what the UI shows, names included.

use twinge_core::{
    Associated, Episode, EpisodeDraft, Kind, LocalInstant, Location, Region, ReliefUse, Side,
    Timing, ValidationError, ValidationErrors,
};

use crate::names::VocabNames;
use crate::{AppError, EpisodeDto, EpisodeInput, Journal, ReliefUseDto, TagDto};

/// Turns loosely-typed input into a draft, collecting every problem.
pub(crate) fn draft_from_input(input: &EpisodeInput) -> Result<EpisodeDraft, ValidationErrors> {
    let mut errors = Vec::new();
    let kind = Kind::from_code(&input.kind);
    if kind.is_none() {
        errors.push(ValidationError::UnknownKind(input.kind.clone()));
    }
    let started_at = match LocalInstant::parse_rfc3339(&input.started_at) {
        Ok(t) => Some(t),
        Err(e) => {
            errors.push(ValidationError::BadTime(e.to_string()));
            None
        }
    };
    let mut locations = Vec::new();
    for l in &input.locations {
        match (Region::from_code(&l.region), Side::from_code(&l.side)) {
            (Some(region), Some(side)) => locations.push(Location { region, side }),
            (None, _) => errors.push(ValidationError::UnknownRegion(l.region.clone())),
            (_, None) => errors.push(ValidationError::UnknownSide(l.side.clone())),
        }
    }
    let mut associated = Vec::new();
    for a in &input.associated {
        match Associated::from_code(a) {
            Some(a) => associated.push(a),
            None => errors.push(ValidationError::UnknownAssociated(a.clone())),
        }
    }
    let intensity = input.intensity.and_then(|given| {
        let i = u8::try_from(given).ok().filter(|i| *i <= 10);
        if i.is_none() {
            errors.push(ValidationError::IntensityOutOfRange(given));
        }
        i
    });
    let mut reliefs = Vec::new();
    for r in &input.reliefs {
        match u8::try_from(r.helped).ok().filter(|h| *h <= 3) {
            Some(helped) => reliefs.push(ReliefUse {
                relief: r.relief.trim().to_string(),
                helped,
            }),
            None => errors.push(ValidationError::HelpedOutOfRange(r.helped)),
        }
    }
    match (kind, started_at) {
        (Some(kind), Some(started_at)) if errors.is_empty() => Ok(EpisodeDraft {
            kind,
            started_at,
            duration_s: input.duration_s,
            count: input.count,
            intensity,
            timing: Timing::Exact,
            locations,
            triggers: input
                .triggers
                .iter()
                .map(|t| t.trim().to_string())
                .collect(),
            reliefs,
            associated,
            woke_from_sleep: input.woke_from_sleep,
            set_off: input.set_off,
            notes: input.notes.clone(),
            origin: None,
        }),
        _ => Err(ValidationErrors(errors)),
    }
}

/// An edit of an imported episode keeps where it came from, and its part of the day
/// while its start is left as it was (a new time is a clock time).
pub(crate) fn keep_imported(mut d: EpisodeDraft, was: Option<&Episode>) -> EpisodeDraft {
    if let Some(was) = was {
        d.origin = was.draft.origin.clone();
        if d.started_at == was.draft.started_at {
            d.timing = was.draft.timing;
        }
    }
    d
}

/// A saved episode as the UI shows it: trigger and relief names, places in words.
pub(crate) fn dto(e: &Episode, names: &VocabNames, tr: &twinge_i18n::Tr) -> EpisodeDto {
    let d = &e.draft;
    EpisodeDto {
        id: e.id.to_string(),
        kind: d.kind,
        started_at: d.started_at.to_rfc3339(),
        utc_offset_min: d.started_at.offset_min(),
        duration_s: d.duration_s,
        count: d.count,
        intensity: d.intensity,
        timing: d.timing,
        when: twinge_i18n::domain::timing(tr, d.timing),
        origin: d
            .origin
            .as_ref()
            .map(|o| twinge_i18n::domain::origin(tr, o)),
        locations: d.locations.clone(),
        place: twinge_i18n::domain::places(tr, &d.locations),
        triggers: d
            .triggers
            .iter()
            .map(|k| TagDto {
                key: k.clone(),
                name: names.trigger(k),
            })
            .collect(),
        reliefs: d
            .reliefs
            .iter()
            .map(|r| ReliefUseDto {
                key: r.relief.clone(),
                name: names.relief(&r.relief),
                helped: r.helped,
            })
            .collect(),
        associated: d.associated.clone(),
        woke_from_sleep: d.woke_from_sleep,
        set_off: d.set_off,
        notes: d.notes.clone(),
        created_at_ms: e.created_at_ms,
        updated_at_ms: e.updated_at_ms,
    }
}

impl Journal {
    /// A saved episode as the screens show it, in the person's language: the names of
    /// its own triggers and reliefs only (a save answers with its episode).
    pub(crate) fn to_dto(&self, e: &twinge_core::Episode) -> Result<EpisodeDto, AppError> {
        let tr = self.tr();
        Ok(dto(e, &self.vocab_names_of(e)?.in_language(&tr), &tr))
    }
}
