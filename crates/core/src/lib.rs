//! Twinge's domain: what an episode is, the fixed and seeded vocabularies, the
//! validation every entry path goes through, and local-time arithmetic.
//!
//! Invariants (written as absences): this crate never touches the disk, the
//! network or a database, and never reads the clock — the current time is
//! always passed in.

/// The body figure shared by the Log screen, the charts and the PDF: one shape per
/// region code and side, front and back (JSON; see `assets/body-map.json`).
pub const BODY_MAP_JSON: &str = include_str!("../../../assets/body-map.json");

pub mod daystats;
#[cfg(any(test, feature = "fixtures"))]
pub mod fixtures;
pub mod insights;
pub mod kinds;
pub mod localtime;
pub mod model;
pub mod stats;
pub mod trial;
pub mod validate;
pub mod vocab;

pub use localtime::{LocalInstant, TimeError};
pub use model::{
    Associated, DayRatings, Episode, EpisodeDraft, FactorLevel, Kind, Location, MedChange, Origin,
    Pgic, Region, ReliefUse, Side, Theme, Timing, WeekStart, MAX_NOTES_CHARS,
};
pub use validate::{validate_draft, ValidationError, ValidationErrors};
pub use vocab::{slug, SeedFactor, SeedRelief, SEED_FACTORS, SEED_RELIEFS, SEED_TRIGGERS};
