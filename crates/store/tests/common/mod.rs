//! Random journals for the property tests: mixed UTC offsets, daylight-saving-like
//! jumps, places, triggers, reliefs, deleted episodes.
#![allow(dead_code)]

use proptest::prelude::*;
use twinge_core::{
    Associated, Episode, EpisodeDraft, Kind, LocalInstant, Location, Origin, Region, ReliefUse,
    Side, Timing,
};
use uuid::Uuid;

/// 2026-01-01 00:00 UTC, and its day number.
pub const BASE_S: i64 = 1_767_225_600;
pub const BASE_DAY: i64 = BASE_S / 86_400;
pub const OFFSETS: &[i32] = &[-840, -480, -300, -240, 0, 60, 120, 330, 345, 600, 840];
pub const TRIGGERS: &[&str] = &["stress", "exercise", "lying_down", "caffeine"];
pub const RELIEFS: &[&str] = &["stretching", "heat", "rest"];

#[derive(Debug, Clone)]
pub struct Spec {
    pub kind: usize,
    pub t: i64,
    pub offset: usize,
    /// None: not rated (an imported episode).
    pub intensity: Option<u8>,
    /// Index into `Timing::ALL` (0: exact).
    pub timing: usize,
    pub duration: Option<u32>,
    pub regions: Vec<(usize, usize)>,
    pub triggers: Vec<usize>,
    pub reliefs: Vec<(usize, u8)>,
    pub woke: bool,
    pub deleted: bool,
}

pub fn spec() -> impl Strategy<Value = Spec> {
    (
        (
            0usize..4,
            0i64..(70 * 86_400),
            0..OFFSETS.len(),
            proptest::option::weighted(0.85, 0u8..=10),
            prop_oneof![6 => Just(0usize), 1 => 1..Timing::ALL.len()],
        ),
        (
            proptest::option::of(prop_oneof![
                Just(5u32),
                Just(30),
                Just(60),
                Just(300),
                1u32..4000
            ]),
            proptest::collection::btree_set((0usize..24, 0usize..4), 0..4),
            proptest::collection::btree_set(0..TRIGGERS.len(), 0..3),
            proptest::collection::btree_map(0..RELIEFS.len(), 0u8..=3, 0..3),
            any::<bool>(),
            proptest::bool::weighted(0.1),
        ),
    )
        .prop_map(
            |(
                (kind, t, offset, intensity, timing),
                (duration, regions, triggers, reliefs, woke, deleted),
            )| {
                Spec {
                    kind,
                    t,
                    offset,
                    intensity,
                    timing,
                    duration,
                    regions: regions.into_iter().collect(),
                    triggers: triggers.into_iter().collect(),
                    reliefs: reliefs.into_iter().collect(),
                    woke,
                    deleted,
                }
            },
        )
}

pub fn episode(i: usize, s: &Spec) -> Episode {
    Episode {
        id: Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + i as u128),
        draft: EpisodeDraft {
            kind: Kind::ALL[s.kind],
            started_at: LocalInstant::new(BASE_S + s.t, OFFSETS[s.offset]).unwrap(),
            duration_s: s.duration,
            count: None,
            intensity: s.intensity,
            timing: Timing::ALL[s.timing],
            locations: s
                .regions
                .iter()
                .map(|&(r, side)| Location {
                    region: Region::ALL[r],
                    side: Side::ALL[side],
                })
                .collect(),
            triggers: s
                .triggers
                .iter()
                .map(|&t| TRIGGERS[t].to_string())
                .collect(),
            reliefs: s
                .reliefs
                .iter()
                .map(|&(r, helped)| ReliefUse {
                    relief: RELIEFS[r].to_string(),
                    helped,
                })
                .collect(),
            associated: vec![Associated::Stiffness],
            woke_from_sleep: s.woke,
            set_off: false,
            notes: String::new(),
            // What the journal holds without a clock time, a place or an intensity
            // came from another app.
            origin: (s.timing != 0 || s.intensity.is_none() || s.regions.is_empty()).then(|| {
                Origin {
                    app: "Flaredown".into(),
                    file: "f00d".into(),
                    value: s.intensity.map(|_| "2".into()),
                    scale: s.intensity.map(|_| "0–4".into()),
                }
            }),
        },
        created_at_ms: 0,
        updated_at_ms: 0,
        deleted_at_ms: None,
    }
}

/// Episode `n` of a plain journal: a cramp in the left calf, a minute after `n - 1`.
pub fn plain_episode(n: u128) -> Episode {
    let at = LocalInstant::new(1_795_140_600 + n as i64 * 60, 60).unwrap();
    let draft = twinge_core::fixtures::woken_cramp(at, &format!("episode {n}"));
    Episode::saved(
        Uuid::from_u128(0x019a_0000_0000_7000_8000_0000_0000_0000 + n),
        draft,
        1_795_141_000_000,
    )
}

/// A plain SQLite connection to a journal file, around the store.
pub fn rusqlite_conn(path: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}

/// A new journal file made by the store in a temporary folder (kept while it lives),
/// and a plain SQLite connection to it: the folder, the file's path, the connection.
pub fn new_journal_file() -> (tempfile::TempDir, std::path::PathBuf, rusqlite::Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(twinge_store::DB_FILE_NAME);
    drop(twinge_store::Store::open(&path).unwrap());
    let conn = rusqlite_conn(&path);
    (dir, path, conn)
}
