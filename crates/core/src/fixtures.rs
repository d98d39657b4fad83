//! An example episode for tests (core's own, and other crates' through the `fixtures`
//! feature), so that each does not write the same draft again.

use crate::model::{EpisodeDraft, Kind, Location, Region, ReliefUse, Side};
use crate::LocalInstant;

/// A two-minute cramp at 7/10 in the left calf at `at`, that woke the person, after
/// lying down, eased a lot by stretching; with `notes`.
pub fn woken_cramp(at: LocalInstant, notes: &str) -> EpisodeDraft {
    EpisodeDraft {
        duration_s: Some(120),
        intensity: Some(7),
        locations: vec![Location {
            region: Region::Calf,
            side: Side::Left,
        }],
        triggers: vec!["lying_down".into()],
        reliefs: vec![ReliefUse {
            relief: "stretching".into(),
            helped: 3,
        }],
        woke_from_sleep: true,
        notes: notes.into(),
        ..EpisodeDraft::new(Kind::Cramp, at)
    }
}
