//! The Log form's recent places on the 200,000-episode journal, beside the query that
//! read every place of every episode for them (before the day summary was used).

use std::path::Path;

use twinge_store::Store;

use crate::{median_of, ms, row};

pub fn bench(big: &Path) {
    let store = Store::open_in_dir(big).expect("store");
    let limit = twinge_app::RECENT_PLACES;
    let conn = rusqlite::Connection::open(big.join(twinge_store::DB_FILE_NAME)).expect("open");
    let every_place = || {
        conn.prepare_cached(
            "SELECT l.region, l.side FROM episode_location l
             JOIN episode e ON e.id = l.episode_id WHERE e.deleted_at IS NULL
             GROUP BY l.region, l.side
             ORDER BY max(e.started_at) DESC, l.region, l.side LIMIT ?1",
        )
        .expect("prepare")
        .query_map([limit as i64], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })
        .expect("query")
        .collect::<rusqlite::Result<Vec<_>>>()
        .expect("rows")
    };
    let ours = store.recent_places(limit).expect("places");
    assert_eq!(
        ours.iter()
            .map(|l| (l.region.code().to_string(), l.side.code().to_string()))
            .collect::<Vec<_>>(),
        every_place(),
        "the same places"
    );
    row(
        "recent places for the Log form",
        ms(median_of(9, || store.recent_places(limit).expect("places"))),
        "every place of every episode (before)",
        ms(median_of(5, every_place)),
        "(for reading)",
        true,
    );
}
