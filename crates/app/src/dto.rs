//! Request and response types shared with the UI. TypeScript for each is
//! generated into `ui/src/lib/bindings` (see [`crate::bindings`]).
//!
//! Requests reject unknown fields. Values that a person can get wrong (kind,
//! region, side, intensity, time) are carried loosely here and checked by core's
//! validation, so that every mistake comes back as a field error in words.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use ts_rs::TS;
use twinge_core::{Associated, Kind, Location, Region, Side};

use crate::AppError;

/// Where on the body, as sent by the UI or the CLI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LocationInput {
    #[ts(as = "Region")]
    pub region: String,
    #[ts(as = "Side")]
    pub side: String,
}

impl From<Location> for LocationInput {
    fn from(l: Location) -> Self {
        LocationInput {
            region: l.region.code().into(),
            side: l.side.code().into(),
        }
    }
}

impl LocationInput {
    /// Reads `region:side` (see [`Location::split`]); a place without a side gets `default_side`,
    /// or is `None` when there is no default.
    pub fn parse(text: &str, default_side: Option<Side>) -> Option<LocationInput> {
        let (region, side) = Location::split(text);
        let side = side
            .map(str::to_string)
            .or(default_side.map(|s| s.code().to_string()))?;
        Some(LocationInput {
            region: region.to_string(),
            side,
        })
    }
}

/// A relief tried, by key or by name, and how much it helped (0–3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReliefInput {
    pub relief: String,
    pub helped: i64,
}

impl ReliefInput {
    /// Reads `name:helped` (as CSV files and the command line write it, e.g. `stretching:3`);
    /// a name alone helped 0. `None` when the part after the last colon is not a number.
    pub fn parse(text: &str) -> Option<ReliefInput> {
        let (name, helped) = match text.rsplit_once(':') {
            Some((name, helped)) => (name, helped.trim().parse::<i64>().ok()?),
            None => (text, 0),
        };
        Some(ReliefInput {
            relief: name.trim().to_string(),
            helped,
        })
    }
}

/// An episode as entered: to log a new one or to replace an existing one's content.
/// (The default is no kind and no time, for building one field by field.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EpisodeInput {
    #[ts(as = "Kind")]
    pub kind: String,
    /// RFC 3339 with the local offset, e.g. `2026-11-20T03:10:00+01:00`.
    pub started_at: String,
    #[serde(default)]
    pub duration_s: Option<u32>,
    #[serde(default)]
    pub count: Option<u32>,
    /// 0–10. Required for every episode logged here; only an imported one may have none
    /// (and keeps none while it is edited).
    pub intensity: Option<i64>,
    pub locations: Vec<LocationInput>,
    /// Trigger keys or names; a new name joins the vocabulary.
    #[serde(default)]
    pub triggers: Vec<String>,
    #[serde(default)]
    pub reliefs: Vec<ReliefInput>,
    #[serde(default)]
    #[ts(as = "Vec<Associated>")]
    pub associated: Vec<String>,
    #[serde(default)]
    pub woke_from_sleep: bool,
    /// Set off by touch or movement rather than on its own.
    #[serde(default)]
    pub set_off: bool,
    #[serde(default)]
    pub notes: String,
}

/// A vocabulary entry on an episode: its key and current display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TagDto {
    pub key: String,
    pub name: String,
}

/// A relief used on an episode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReliefUseDto {
    pub key: String,
    pub name: String,
    pub helped: u8,
}

/// A saved episode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EpisodeDto {
    pub id: String,
    pub kind: Kind,
    /// RFC 3339 with the offset that was in force where the person was.
    pub started_at: String,
    pub utc_offset_min: i16,
    pub duration_s: Option<u32>,
    pub count: Option<u32>,
    /// None: an imported episode its source did not rate.
    pub intensity: Option<u8>,
    /// `exact`, or the part of the day (or the day only) an imported episode is known to.
    pub timing: twinge_core::Timing,
    /// The part of the day in words ("in the morning", "time not recorded"); none for a
    /// clock time, which the screen writes from `started_at`.
    pub when: Option<String>,
    /// Where an imported episode came from, in words; none for one logged here.
    pub origin: Option<String>,
    pub locations: Vec<Location>,
    /// The places in words, as every screen, the PDF and the command line say them.
    pub place: String,
    pub triggers: Vec<TagDto>,
    pub reliefs: Vec<ReliefUseDto>,
    pub associated: Vec<Associated>,
    pub woke_from_sleep: bool,
    pub set_off: bool,
    pub notes: String,
    #[ts(type = "number")]
    pub created_at_ms: i64,
    #[ts(type = "number")]
    pub updated_at_ms: i64,
}

/// Where a page of History starts: after the episode with this start time and id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Cursor {
    #[ts(type = "number")]
    pub started_at_s: i64,
    pub id: String,
}

/// Which episodes to list; every field may be left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct ListQuery {
    /// 1–500; 100 when absent.
    pub limit: Option<u32>,
    pub before: Option<Cursor>,
    /// Only this kind.
    #[ts(as = "Option<Kind>")]
    pub kind: Option<String>,
    /// Only this body region (any side).
    #[ts(as = "Option<Region>")]
    pub region: Option<String>,
    /// Only episodes tagged with this trigger key.
    pub trigger: Option<String>,
    /// Only episodes whose notes contain this text.
    pub text: Option<String>,
}

/// What the Log screen shows above the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LogHome {
    /// The episode "Repeat last" would copy.
    pub last: Option<EpisodeDto>,
    /// Whether today is marked "no episodes".
    pub quiet_today: bool,
    /// Episodes logged today (a day with episodes cannot be marked "no episodes").
    pub episodes_today: u32,
    /// An appointment recorded for today: the Log tab asks its PGIC until answered.
    pub appointment_today: Option<crate::AppointmentDto>,
    /// Whether today has its check-in.
    pub checked_in_today: bool,
    /// Whether anything is recorded for today (an episode, the quiet-day mark or the
    /// check-in): the evening reminder asks only on a blank day.
    pub today_recorded: bool,
    /// Yesterday is blank while the day before it is recorded: someone who keeps the
    /// journal is offered yesterday (a new user is not asked about a day before they began).
    pub yesterday_missing: bool,
    /// The evening reminder's time (`HH:MM`), when it is on: the Log tab shows it once
    /// the time has come on a blank day.
    pub reminder_time: Option<String>,
    /// The forms left unsaved when the app last closed.
    pub kept: KeptForms,
}

/// What the forms held when the app closed (or crashed), kept with the journal as they
/// were written until saved or set aside.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KeptForms {
    /// The Log form's episode not yet saved, as the form kept it (a JSON object); empty
    /// when there is none.
    pub log: String,
    /// History's edit not yet saved, with its episode as it is now.
    pub edit: Option<KeptEdit>,
    /// The daily check-in not yet saved (a JSON object with its `date`); empty when there
    /// is none.
    pub checkin: String,
}

/// An edit left open in History: the episode, and the form as it was left (a JSON object
/// with the episode's `id`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KeptEdit {
    pub episode: EpisodeDto,
    pub draft: String,
}

/// A page of episodes, newest first, and where the next page starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EpisodePage {
    pub episodes: Vec<EpisodeDto>,
    pub next: Option<Cursor>,
}

/// A code and the name shown for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Labelled<T: TS> {
    pub code: T,
    pub label: String,
}

/// A trigger or relief in the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VocabEntryDto {
    pub key: String,
    pub name: String,
    pub archived: bool,
    pub is_medication: bool,
    pub dose: Option<String>,
}

/// Everything the forms offer to choose from, most recently used first where it applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Vocabularies {
    pub kinds: Vec<Labelled<Kind>>,
    pub regions: Vec<Labelled<Region>>,
    pub sides: Vec<Labelled<Side>>,
    pub associated: Vec<Labelled<Associated>>,
    /// The symptoms twitches are screened for: the form offers them with twitches only.
    pub twitch_associated: Vec<Associated>,
    pub triggers: Vec<VocabEntryDto>,
    pub reliefs: Vec<VocabEntryDto>,
    /// Places of recent episodes, most recent first (one tap on the Log screen).
    pub recent_places: Vec<Location>,
    /// Every place (region and side) in words, from `Location::label`: the UI looks
    /// names up here rather than composing them.
    pub place_names: Vec<Labelled<Location>>,
}

/// The health of the journal file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckReport {
    pub path: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    #[ts(type = "number")]
    pub supported_version: i64,
    /// Problems `PRAGMA integrity_check` found; empty when healthy.
    pub problems: Vec<String>,
    #[ts(type = "number")]
    pub episodes: i64,
    /// Rows of the day summary Insights read that differ from a fresh count of the
    /// episodes; 0 when they agree ([`crate::Journal::rebuild_summary`] mends them).
    #[ts(type = "number")]
    pub summary_drift: i64,
}

/// A request argument read leniently: a payload of the wrong shape, too large a request
/// or too long a string becomes an [`AppError`] the UI can show, instead of a bare
/// string from the IPC layer.
#[derive(Debug, Clone)]
pub struct Input<T>(pub Result<T, AppError>);

impl<T> Input<T> {
    pub fn into_inner(self) -> Result<T, AppError> {
        self.0
    }
}

/// A bare string argument of a command (an id, a date, a name): at most
/// [`MAX_TEXT_ARG_BYTES`]; a longer one becomes an [`AppError`] and is never used.
pub type Text = Input<String>;

/// Largest bare string argument accepted, in bytes.
pub const MAX_TEXT_ARG_BYTES: usize = 16 * 1024;

impl Text {
    /// The string, or why it was refused.
    pub fn get(&self) -> Result<&str, AppError> {
        self.0.as_deref().map_err(Clone::clone)
    }
}

/// A passcode received over IPC: wiped from memory when dropped, bounded like [`Text`].
pub struct Secret(zeroize::Zeroizing<String>);

impl Secret {
    /// The passcode, or why it was refused.
    pub fn get(&self) -> Result<&str, AppError> {
        if self.0.len() > MAX_TEXT_ARG_BYTES {
            let size = self.0.len();
            return Err(AppError::say("argument_too_long", move |tr| {
                tr.failure_passcode_too_long(size)
            }));
        }
        Ok(&self.0)
    }

    /// The passcode, or none when empty (no current passcode to give).
    pub fn given(&self) -> Result<Option<&str>, AppError> {
        self.get().map(|s| Some(s).filter(|s| !s.is_empty()))
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Secret(zeroize::Zeroizing::new(String::deserialize(d)?)))
    }
}

/// Largest request accepted, in bytes of JSON.
pub const MAX_REQUEST_BYTES: usize = 256 * 1024;

impl<'de, T: DeserializeOwned> Deserialize<'de> for Input<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        if let serde_json::Value::String(text) = &value {
            if text.len() > MAX_TEXT_ARG_BYTES {
                let size = text.len();
                return Ok(Input(Err(AppError::say("argument_too_long", move |tr| {
                    tr.failure_value_too_long(MAX_TEXT_ARG_BYTES, size)
                }))));
            }
        }
        let size = serde_json::to_vec(&value)
            .map(|v| v.len())
            .unwrap_or(usize::MAX);
        if size > MAX_REQUEST_BYTES {
            return Ok(Input(Err(AppError::say("request_too_large", move |tr| {
                tr.failure_request_too_large(MAX_REQUEST_BYTES, size)
            }))));
        }
        Ok(Input(
            serde_json::from_value(value).map_err(AppError::invalid_input),
        ))
    }
}

pub(crate) fn labelled<T: TS + Copy>(all: &[T], label: impl Fn(T) -> String) -> Vec<Labelled<T>> {
    all.iter()
        .map(|&code| Labelled {
            code,
            label: label(code),
        })
        .collect()
}
