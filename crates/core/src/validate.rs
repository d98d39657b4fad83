//! Validation shared by every entry path (UI, import, CLI). Each error has a
//! stable code, the field it concerns, and a message in words.

use std::collections::HashSet;

use crate::model::{EpisodeDraft, MAX_NOTES_CHARS};
use crate::vocab::MAX_VOCAB_CHARS;

/// How far in the future a start time may be, to forgive clocks that differ a little.
pub const FUTURE_TOLERANCE_S: i64 = 5 * 60;
/// Longest duration accepted: one week.
pub const MAX_DURATION_S: u32 = 7 * 24 * 3600;
/// Largest twitch count accepted.
pub const MAX_COUNT: u32 = 100_000;
/// Most locations on one episode.
pub const MAX_LOCATIONS: usize = 32;
/// Most triggers or reliefs on one episode.
pub const MAX_TAGS: usize = 64;

/// One thing wrong with an entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    #[error("“{0}” is not a kind of episode; use spasm, cramp, twitch or other")]
    UnknownKind(String),
    #[error("“{0}” is not a body region this journal knows")]
    UnknownRegion(String),
    #[error("“{0}” is not a side; use left, right, both or centre")]
    UnknownSide(String),
    #[error("“{0}” is not an associated symptom this journal knows")]
    UnknownAssociated(String),
    #[error("the time could not be read: {0}")]
    BadTime(String),
    #[error("intensity must be a whole number from 0 to 10, not {0}")]
    IntensityOutOfRange(i64),
    #[error("choose how strong it was, from 0 to 10")]
    NoIntensity,
    #[error("give the time it started; only an imported episode may have a part of the day or the day alone")]
    NoClockTime,
    #[error("the start time is in the future; log episodes after they happen")]
    StartedInFuture,
    #[error("choose at least one place on the body")]
    NoLocation,
    #[error("{0} is chosen twice")]
    DuplicateLocation(String),
    #[error("at most {MAX_LOCATIONS} places can be chosen")]
    TooManyLocations,
    #[error("the duration must be between 1 second and 7 days")]
    DurationOutOfRange,
    #[error("the count must be between 1 and {MAX_COUNT}")]
    CountOutOfRange,
    #[error("notes can be at most {MAX_NOTES_CHARS} characters; these have {0}")]
    NotesTooLong(usize),
    #[error("a trigger needs a name of 1 to {MAX_VOCAB_CHARS} characters")]
    BadTrigger,
    #[error("“{0}” is listed twice among the triggers")]
    DuplicateTrigger(String),
    #[error("a relief needs a name of 1 to {MAX_VOCAB_CHARS} characters")]
    BadRelief,
    #[error("“{0}” is listed twice among what helped")]
    DuplicateRelief(String),
    #[error("“helped” must be 0 (not at all) to 3 (fully), not {0}")]
    HelpedOutOfRange(i64),
    #[error("at most {MAX_TAGS} triggers and {MAX_TAGS} reliefs can be chosen")]
    TooManyTags,
}

impl ValidationError {
    /// The stable machine-readable code.
    pub fn code(&self) -> &'static str {
        use ValidationError::*;
        match self {
            UnknownKind(_) => "unknown_kind",
            UnknownRegion(_) => "unknown_region",
            UnknownSide(_) => "unknown_side",
            UnknownAssociated(_) => "unknown_associated",
            BadTime(_) => "bad_time",
            IntensityOutOfRange(_) => "intensity_out_of_range",
            NoIntensity => "no_intensity",
            NoClockTime => "no_clock_time",
            StartedInFuture => "started_in_future",
            NoLocation => "no_location",
            DuplicateLocation(_) => "duplicate_location",
            TooManyLocations => "too_many_locations",
            DurationOutOfRange => "duration_out_of_range",
            CountOutOfRange => "count_out_of_range",
            NotesTooLong(_) => "notes_too_long",
            BadTrigger => "bad_trigger",
            DuplicateTrigger(_) => "duplicate_trigger",
            BadRelief => "bad_relief",
            DuplicateRelief(_) => "duplicate_relief",
            HelpedOutOfRange(_) => "helped_out_of_range",
            TooManyTags => "too_many_tags",
        }
    }

    /// The field of the episode form this error belongs next to.
    pub fn field(&self) -> &'static str {
        use ValidationError::*;
        match self {
            UnknownKind(_) => "kind",
            UnknownRegion(_) | UnknownSide(_) | NoLocation | DuplicateLocation(_)
            | TooManyLocations => "locations",
            UnknownAssociated(_) => "associated",
            BadTime(_) | StartedInFuture | NoClockTime => "started_at",
            IntensityOutOfRange(_) | NoIntensity => "intensity",
            DurationOutOfRange => "duration_s",
            CountOutOfRange => "count",
            NotesTooLong(_) => "notes",
            BadTrigger | DuplicateTrigger(_) => "triggers",
            BadRelief | DuplicateRelief(_) | HelpedOutOfRange(_) => "reliefs",
            TooManyTags => "triggers",
        }
    }
}

/// Everything wrong with an entry, in form order. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.first().map(|e| e.to_string()).unwrap_or_default())]
pub struct ValidationErrors(pub Vec<ValidationError>);

/// Checks a draft against the rules. `now_utc_s` is the current time, passed in.
pub fn validate_draft(draft: &EpisodeDraft, now_utc_s: i64) -> Result<(), ValidationErrors> {
    let mut errors = Vec::new();

    if draft.started_at.utc_s() > now_utc_s + FUTURE_TOLERANCE_S {
        errors.push(ValidationError::StartedInFuture);
    }
    // Only an imported episode may lack a clock time, a place or an intensity: its
    // source did not record them, and nothing is invented.
    let imported = draft.origin.is_some();
    if !imported && !draft.timing.has_hour() {
        errors.push(ValidationError::NoClockTime);
    }
    if draft.locations.is_empty() {
        if !imported {
            errors.push(ValidationError::NoLocation);
        }
    } else if draft.locations.len() > MAX_LOCATIONS {
        errors.push(ValidationError::TooManyLocations);
    } else {
        let mut seen = HashSet::new();
        for loc in &draft.locations {
            if !seen.insert(*loc) {
                errors.push(ValidationError::DuplicateLocation(format!(
                    "{} ({})",
                    loc.region.label(),
                    loc.side.label().to_lowercase()
                )));
                break;
            }
        }
    }
    match draft.intensity {
        Some(i) if i > 10 => errors.push(ValidationError::IntensityOutOfRange(i64::from(i))),
        None if !imported => errors.push(ValidationError::NoIntensity),
        _ => {}
    }
    if let Some(d) = draft.duration_s {
        if d == 0 || d > MAX_DURATION_S {
            errors.push(ValidationError::DurationOutOfRange);
        }
    }
    if let Some(c) = draft.count {
        if c == 0 || c > MAX_COUNT {
            errors.push(ValidationError::CountOutOfRange);
        }
    }
    if draft.triggers.len() > MAX_TAGS || draft.reliefs.len() > MAX_TAGS {
        errors.push(ValidationError::TooManyTags);
    } else {
        let mut seen = HashSet::new();
        for t in &draft.triggers {
            let n = t.chars().count();
            if t.trim().is_empty() || n > MAX_VOCAB_CHARS {
                errors.push(ValidationError::BadTrigger);
                break;
            }
            if !seen.insert(t.as_str()) {
                errors.push(ValidationError::DuplicateTrigger(t.clone()));
                break;
            }
        }
        let mut seen = HashSet::new();
        for r in &draft.reliefs {
            let n = r.relief.chars().count();
            if r.relief.trim().is_empty() || n > MAX_VOCAB_CHARS {
                errors.push(ValidationError::BadRelief);
                break;
            }
            if r.helped > 3 {
                errors.push(ValidationError::HelpedOutOfRange(i64::from(r.helped)));
                break;
            }
            if !seen.insert(r.relief.as_str()) {
                errors.push(ValidationError::DuplicateRelief(r.relief.clone()));
                break;
            }
        }
    }
    let chars = draft.notes.chars().count();
    if chars > MAX_NOTES_CHARS {
        errors.push(ValidationError::NotesTooLong(chars));
    }

    if errors.is_empty() {
        Ok(())
    } else {
        Err(ValidationErrors(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LocalInstant;
    use proptest::prelude::*;

    const NOW: i64 = 1_763_604_600;

    fn good() -> EpisodeDraft {
        crate::fixtures::woken_cramp(LocalInstant::new(NOW - 600, 60).unwrap(), "woke me up")
    }

    fn codes(d: &EpisodeDraft) -> Vec<&'static str> {
        match validate_draft(d, NOW) {
            Ok(()) => vec![],
            Err(e) => e.0.iter().map(|e| e.code()).collect(),
        }
    }

    #[test]
    fn a_typical_episode_is_valid() {
        assert_eq!(codes(&good()), Vec::<&str>::new());
    }

    #[test]
    fn each_rule_has_its_code_and_field() {
        type Case = (fn(&mut EpisodeDraft), &'static str, &'static str);
        let table: Vec<Case> = vec![
            (
                |d| d.intensity = Some(11),
                "intensity_out_of_range",
                "intensity",
            ),
            (|d| d.intensity = None, "no_intensity", "intensity"),
            (
                |d| d.timing = crate::Timing::Morning,
                "no_clock_time",
                "started_at",
            ),
            (
                |d| d.started_at = LocalInstant::new(NOW + 3600, 0).unwrap(),
                "started_in_future",
                "started_at",
            ),
            (|d| d.locations.clear(), "no_location", "locations"),
            (
                |d| d.locations.push(d.locations[0]),
                "duplicate_location",
                "locations",
            ),
            (
                |d| d.duration_s = Some(0),
                "duration_out_of_range",
                "duration_s",
            ),
            (|d| d.count = Some(0), "count_out_of_range", "count"),
            (|d| d.notes = "x".repeat(2001), "notes_too_long", "notes"),
            (|d| d.triggers.push(" ".into()), "bad_trigger", "triggers"),
            (
                |d| d.triggers.push("lying_down".into()),
                "duplicate_trigger",
                "triggers",
            ),
            (
                |d| d.reliefs[0].helped = 4,
                "helped_out_of_range",
                "reliefs",
            ),
        ];
        for (change, code, field) in table {
            let mut d = good();
            change(&mut d);
            let err = validate_draft(&d, NOW).unwrap_err();
            assert_eq!(err.0[0].code(), code);
            assert_eq!(err.0[0].field(), field);
            let message = err.0[0].to_string();
            assert!(
                message.split(' ').count() >= 4 && !message.contains(code),
                "message is in words: {message}"
            );
        }
    }

    #[test]
    fn small_clock_skew_is_forgiven() {
        let mut d = good();
        d.started_at = LocalInstant::new(NOW + 60, 0).unwrap();
        assert!(validate_draft(&d, NOW).is_ok());
    }

    #[test]
    fn notes_are_counted_in_characters_not_bytes() {
        let mut d = good();
        d.notes = "é".repeat(2000);
        assert!(validate_draft(&d, NOW).is_ok());
        d.notes.push('é');
        assert_eq!(codes(&d), vec!["notes_too_long"]);
    }

    #[test]
    fn only_an_import_may_lack_a_clock_time_a_place_or_an_intensity() {
        let mut d = good();
        d.timing = crate::Timing::Day;
        d.locations.clear();
        d.intensity = None;
        assert_eq!(
            codes(&d),
            vec!["no_clock_time", "no_location", "no_intensity"]
        );
        d.origin = Some(crate::Origin {
            app: "Flaredown".into(),
            file: "f00d".into(),
            value: None,
            scale: None,
        });
        assert_eq!(codes(&d), Vec::<&str>::new());
        d.intensity = Some(11);
        assert_eq!(codes(&d), vec!["intensity_out_of_range"]);
    }

    #[test]
    fn several_errors_are_reported_together() {
        let mut d = good();
        d.intensity = Some(12);
        d.locations.clear();
        assert_eq!(codes(&d), vec!["no_location", "intensity_out_of_range"]);
    }

    proptest! {
        #[test]
        fn intensity_rule(i in 0u8..=255) {
            let mut d = good();
            d.intensity = Some(i);
            let ok = validate_draft(&d, NOW).is_ok();
            prop_assert_eq!(ok, i <= 10);
        }

        #[test]
        fn future_rule(delta in -100_000i64..100_000) {
            let mut d = good();
            d.started_at = LocalInstant::new(NOW + delta, 0).unwrap();
            let ok = validate_draft(&d, NOW).is_ok();
            prop_assert_eq!(ok, delta <= FUTURE_TOLERANCE_S);
        }

        #[test]
        fn notes_rule(n in 0usize..2100, ch in proptest::char::any()) {
            let mut d = good();
            d.notes = std::iter::repeat_n(ch, n).collect();
            prop_assert_eq!(validate_draft(&d, NOW).is_ok(), n <= MAX_NOTES_CHARS);
        }

        #[test]
        fn duration_and_count_rules(dur in proptest::option::of(0u32..700_000), count in proptest::option::of(0u32..200_000)) {
            let mut d = good();
            d.duration_s = dur;
            d.count = count;
            let dur_ok = dur.is_none_or(|x| (1..=MAX_DURATION_S).contains(&x));
            let count_ok = count.is_none_or(|x| (1..=MAX_COUNT).contains(&x));
            prop_assert_eq!(validate_draft(&d, NOW).is_ok(), dur_ok && count_ok);
        }
    }
}
