//! The per-day summary that Insights read follows every kind of write: saves, edits
//! (also to another day), deletes, undo, imports that add and replace, purges, bulk
//! saves, and the migration that builds it for an existing journal. After each random
//! sequence the aggregates equal core's reference over the episodes, and the table
//! equals a summary rebuilt from the episodes.

mod common;

use common::{episode, spec, Spec, BASE_DAY};
use proptest::prelude::*;
use twinge_core::insights::{aggregate, Period};
use twinge_core::Episode;
use twinge_store::{ImportWrite, ListFilter, Store, DB_FILE_NAME};
use uuid::Uuid;

#[derive(Debug, Clone)]
enum Op {
    Save(Spec),
    Edit(usize, Spec),
    Delete(usize),
    Undo(usize),
    /// New episodes, and new versions of existing ones (deleted or not).
    Import(Vec<Spec>, Vec<(usize, Spec)>),
    Purge,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => spec().prop_map(Op::Save),
        3 => (any::<usize>(), spec()).prop_map(|(i, s)| Op::Edit(i, s)),
        2 => any::<usize>().prop_map(Op::Delete),
        1 => any::<usize>().prop_map(Op::Undo),
        1 => (
            proptest::collection::vec(spec(), 0..8),
            proptest::collection::vec((any::<usize>(), spec()), 0..4)
        )
            .prop_map(|(n, r)| Op::Import(n, r)),
        1 => Just(Op::Purge),
    ]
}

fn all(store: &Store) -> Vec<Episode> {
    store
        .list_episodes(&ListFilter {
            limit: u32::MAX,
            include_deleted: true,
            ..Default::default()
        })
        .unwrap()
}

/// Applies `ops`; `ids` are the episodes written so far (purged ones may be among them).
fn apply(store: &mut Store, ops: &[Op]) {
    let mut ids: Vec<Uuid> = Vec::new();
    let mut next = 0usize;
    let mut fresh = |s: &Spec| {
        next += 1;
        let mut e = episode(next, s);
        e.deleted_at_ms = s.deleted.then_some(5);
        e
    };
    for (t, op) in ops.iter().enumerate() {
        let now = 10 + t as i64;
        let pick = |i: &usize| (!ids.is_empty()).then(|| ids[i % ids.len()]);
        match op {
            Op::Save(s) => {
                let mut e = fresh(s);
                e.deleted_at_ms = None;
                store.insert_episode(&e).unwrap();
                ids.push(e.id);
            }
            Op::Edit(i, s) => {
                if let Some(id) = pick(i) {
                    let draft = episode(0, s).draft;
                    // A purged episode is gone: editing it is refused and changes nothing.
                    let _ = store.update_episode(id, &draft, now);
                }
            }
            Op::Delete(i) => {
                if let Some(id) = pick(i) {
                    let _ = store.soft_delete(id, now);
                }
            }
            Op::Undo(i) => {
                if let Some(id) = pick(i) {
                    let _ = store.undo_delete(id, now);
                }
            }
            Op::Import(new, replace) => {
                let new: Vec<Episode> = new.iter().map(&mut fresh).collect();
                let live: Vec<Uuid> = all(store).iter().map(|e| e.id).collect();
                let mut replace: Vec<Episode> = replace
                    .iter()
                    .filter(|_| !live.is_empty())
                    .map(|(i, s)| {
                        let mut e = episode(0, s);
                        e.id = live[i % live.len()];
                        e.updated_at_ms = now;
                        e.deleted_at_ms = s.deleted.then_some(now);
                        e
                    })
                    .collect();
                replace.sort_by_key(|e| e.id);
                replace.dedup_by_key(|e| e.id);
                let w = ImportWrite {
                    new: new.iter().collect(),
                    replace: replace.iter().collect(),
                };
                store
                    .in_transaction(|s| s.write_imported(&w, &mut |_| {}))
                    .unwrap();
                ids.extend(new.iter().map(|e| e.id));
            }
            Op::Purge => {
                store.purge_deleted(i64::MAX).unwrap();
            }
        }
    }
}

fn check(store: &Store, first: i64, len: i64) -> Result<(), TestCaseError> {
    prop_assert_eq!(store.summary_drift().unwrap(), 0);
    let period = Period {
        first_day: BASE_DAY + first,
        last_day: BASE_DAY + first + len - 1,
    };
    let quiet = store.quiet_day_numbers(period).unwrap();
    prop_assert_eq!(
        store.aggregates(period, 0).unwrap(),
        aggregate(&all(store), &quiet, period, 0)
    );
    // The Log form's recent places, found from the summary's days, equal every place
    // of every live episode ordered by its latest start (then region and side).
    let mut latest: std::collections::HashMap<(&str, &str), i64> = Default::default();
    let episodes = all(store);
    for e in episodes.iter().filter(|e| e.deleted_at_ms.is_none()) {
        for l in &e.draft.locations {
            let t = latest
                .entry((l.region.code(), l.side.code()))
                .or_insert(i64::MIN);
            *t = (*t).max(e.draft.started_at.utc_s());
        }
    }
    let mut reference: Vec<_> = latest.into_iter().collect();
    reference.sort_by_key(|&(place, t)| (std::cmp::Reverse(t), place));
    for limit in [0, 1, 2, 3, 6, 100] {
        let found: Vec<(&str, &str)> = store
            .recent_places(limit)
            .unwrap()
            .iter()
            .map(|l| (l.region.code(), l.side.code()))
            .collect();
        let want: Vec<(&str, &str)> = reference.iter().take(limit).map(|&(p, _)| p).collect();
        prop_assert_eq!(found, want, "limit {}", limit);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn the_summary_follows_every_write(
        ops in proptest::collection::vec(op(), 1..40),
        first in -2i64..40,
        len in 1i64..60,
    ) {
        let mut store = Store::open_in_memory().unwrap();
        apply(&mut store, &ops);
        check(&store, first, len)?;
    }

    #[test]
    fn a_bulk_save_adds_the_same_summary_as_single_saves(
        specs in proptest::collection::vec(spec(), 0..60),
    ) {
        let episodes: Vec<Episode> =
            specs.iter().enumerate().map(|(i, s)| episode(i, s)).collect();
        let mut store = Store::open_in_memory().unwrap();
        store.insert_episodes(&episodes).unwrap();
        check(&store, -2, 80)?;
    }
}

#[test]
fn a_version_5_journal_gets_its_summary_when_it_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let specs: Vec<Spec> = (0..200)
        .map(|i| Spec {
            kind: i % 4,
            t: (i as i64) * 20_000,
            offset: i % 11,
            intensity: Some((i % 11) as u8),
            timing: 0,
            duration: (i % 3 == 0).then_some(60 + i as u32),
            regions: vec![(i % 24, i % 4)],
            triggers: vec![i % 4],
            reliefs: vec![(i % 3, (i % 4) as u8)],
            woke: i % 5 == 0,
            deleted: i % 9 == 0,
        })
        .collect();
    {
        let mut store = Store::open(&path).unwrap();
        for (i, s) in specs.iter().enumerate() {
            let e = episode(i, s);
            store.insert_episode(&e).unwrap();
            if s.deleted {
                store.soft_delete(e.id, 1).unwrap();
            }
        }
    }
    // What a version 5 journal is: the same tables without the summary, with the
    // covering index that version 6 drops (and without the day ratings of version 7, the
    // PGIC of 8, the imported episodes' columns of 9 and how an episode started, of 11).
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE day_summary;
             CREATE INDEX episode_period ON episode
                 (started_at, utc_offset_min, kind, intensity, duration_s, woke_from_sleep, id)
                 WHERE deleted_at IS NULL;
             ALTER TABLE checkin DROP COLUMN stiffness;
             ALTER TABLE checkin DROP COLUMN sleep_broken;
             ALTER TABLE appointment DROP COLUMN pgic;
             DROP INDEX episode_by_origin_file;
             ALTER TABLE episode DROP COLUMN timing;
             ALTER TABLE episode DROP COLUMN origin_app;
             ALTER TABLE episode DROP COLUMN origin_file;
             ALTER TABLE episode DROP COLUMN origin_value;
             ALTER TABLE episode DROP COLUMN origin_scale;
             ALTER TABLE episode DROP COLUMN set_off;
             PRAGMA user_version = 5;",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        twinge_store::LATEST_VERSION
    );
    let index: i64 = store_index_count(&path);
    assert_eq!(index, 0, "the covering index of version 3 is gone");
    assert_eq!(store.summary_drift().unwrap(), 0);
    let period = Period {
        first_day: BASE_DAY - 1,
        last_day: BASE_DAY + 50,
    };
    let a = store.aggregates(period, 0).unwrap();
    assert_eq!(a.total, specs.iter().filter(|s| !s.deleted).count() as u32);
    assert_eq!(a, aggregate(&all(&store), &[], period, 0));
}

#[test]
fn drift_is_seen_and_a_rebuild_mends_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let s = Spec {
        kind: 1,
        t: 3600,
        offset: 4,
        intensity: Some(6),
        timing: 0,
        duration: Some(30),
        regions: vec![(19, 0)],
        triggers: vec![0],
        reliefs: vec![(1, 2)],
        woke: true,
        deleted: false,
    };
    {
        let mut store = Store::open(&path).unwrap();
        store.insert_episode(&episode(1, &s)).unwrap();
        assert_eq!(store.summary_drift().unwrap(), 0);
    }
    // Changed behind Twinge's back: one count and one missing row.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "UPDATE day_summary SET n = n + 1 WHERE dim = 0;
             DELETE FROM day_summary WHERE dim = 5;",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.summary_drift().unwrap(), 3);
    store.rebuild_summary().unwrap();
    assert_eq!(store.summary_drift().unwrap(), 0);
}

fn store_index_count(path: &std::path::Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'episode_period'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}
