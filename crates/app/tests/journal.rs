//! Use cases against a real journal file and a fixed clock: logging, listing, paging,
//! filters, repeat and recent places, quiet days.

mod common;

use common::{clock, detailed_cramp as cramp, NOW_MS};

use twinge_app::{AppError, EpisodeInput, Input, Journal, ListQuery, LocationInput};

#[test]
fn log_list_update_delete_undo_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let c = clock();
    let mut j = Journal::open(dir.path(), c.clone()).unwrap();
    let saved = j.log(&cramp()).unwrap();
    assert_eq!(saved.triggers[0].key, "lying_down");
    assert_eq!(saved.triggers[0].name, "Lying down / night");
    assert_eq!(saved.reliefs[0].name, "Stretching");
    assert_eq!(saved.created_at_ms, NOW_MS);
    assert_eq!(&saved.id[14..15], "7", "UUID version 7: {}", saved.id);
    drop(j);

    let mut j = Journal::open(dir.path(), c.clone()).unwrap();
    let page = j.list(&ListQuery::default()).unwrap();
    assert_eq!(page.episodes, vec![saved.clone()]);

    c.advance_ms(60_000);
    let mut edit = cramp();
    edit.intensity = Some(4);
    edit.triggers = vec!["lying_down".into(), "Red wine".into()];
    let updated = j.update(&saved.id, &edit).unwrap();
    assert_eq!(updated.id, saved.id);
    assert_eq!(updated.intensity, Some(4));
    assert_eq!(updated.created_at_ms, saved.created_at_ms);
    assert_eq!(updated.updated_at_ms, NOW_MS + 60_000);
    assert_eq!(updated.triggers.len(), 2);

    j.delete(&saved.id).unwrap();
    assert!(common::episodes(&j).is_empty());
    let back = j.undo_delete(&saved.id).unwrap();
    assert_eq!(back.intensity, Some(4));
    assert_eq!(common::episodes(&j).len(), 1);
    assert!(j.check().unwrap().problems.is_empty());
}

fn field_codes(e: &AppError) -> Vec<(String, String)> {
    e.fields
        .iter()
        .map(|f| (f.field.clone(), f.code.clone()))
        .collect()
}

#[test]
fn invalid_input_is_refused_with_field_errors_and_writes_nothing() {
    let mut j = Journal::in_memory(clock()).unwrap();
    let vocab_before = j.vocabularies().unwrap();
    type Case = (fn(&mut EpisodeInput), &'static str, &'static str);
    let cases: Vec<Case> = vec![
        (
            |i| i.intensity = Some(11),
            "intensity",
            "intensity_out_of_range",
        ),
        (
            |i| i.intensity = Some(-1),
            "intensity",
            "intensity_out_of_range",
        ),
        (|i| i.intensity = None, "intensity", "no_intensity"),
        (|i| i.kind = "hiccup".into(), "kind", "unknown_kind"),
        (
            |i| i.locations[0].region = "tail".into(),
            "locations",
            "unknown_region",
        ),
        (
            |i| i.started_at = "2026-11-21T09:00:00+00:00".into(),
            "started_at",
            "started_in_future",
        ),
        (|i| i.started_at = "soon".into(), "started_at", "bad_time"),
        (|i| i.notes = "n".repeat(2001), "notes", "notes_too_long"),
        (
            |i| i.reliefs[0].helped = 9,
            "reliefs",
            "helped_out_of_range",
        ),
    ];
    for (change, field, code) in cases {
        let mut input = cramp();
        input.triggers.push("Brand new trigger".into());
        change(&mut input);
        let err = j.log(&input).unwrap_err();
        assert_eq!(err.code, code);
        assert_eq!(field_codes(&err)[0], (field.to_string(), code.to_string()));
        assert!(
            err.message.len() > 10 && !err.message.contains(code),
            "{}",
            err.message
        );
    }
    assert!(common::episodes(&j).is_empty());
    assert_eq!(
        j.vocabularies().unwrap(),
        vocab_before,
        "no trigger was added"
    );
}

#[test]
fn requests_with_unknown_fields_or_wrong_types_become_app_errors() {
    let ok: Input<EpisodeInput> =
        serde_json::from_value(serde_json::to_value(cramp()).unwrap()).unwrap();
    assert!(ok.into_inner().is_ok());

    let mut v = serde_json::to_value(cramp()).unwrap();
    v["sneaky"] = serde_json::json!(true);
    let err = serde_json::from_value::<Input<EpisodeInput>>(v)
        .unwrap()
        .into_inner()
        .unwrap_err();
    assert_eq!(err.code, "invalid_input");
    assert!(err.message.contains("sneaky"), "{}", err.message);

    let mut v = serde_json::to_value(cramp()).unwrap();
    v["intensity"] = serde_json::json!("very");
    let err = serde_json::from_value::<Input<EpisodeInput>>(v)
        .unwrap()
        .into_inner()
        .unwrap_err();
    assert_eq!(err.code, "invalid_input");

    let mut v = serde_json::to_value(cramp()).unwrap();
    v["notes"] = serde_json::json!("x".repeat(300_000));
    let err = serde_json::from_value::<Input<EpisodeInput>>(v)
        .unwrap()
        .into_inner()
        .unwrap_err();
    assert_eq!(err.code, "request_too_large");
}

#[test]
fn paging_walks_every_episode_once() {
    let c = clock();
    let mut j = Journal::in_memory(c.clone()).unwrap();
    for minute in 0..23 {
        let mut i = cramp();
        i.started_at = format!("2026-11-19T10:{minute:02}:00+01:00");
        j.log(&i).unwrap();
    }
    let mut seen = Vec::new();
    let mut q = ListQuery {
        limit: Some(10),
        ..Default::default()
    };
    loop {
        let page = j.list(&q).unwrap();
        seen.extend(page.episodes.iter().map(|e| e.started_at.clone()));
        match page.next {
            Some(next) => q.before = Some(next),
            None => break,
        }
    }
    assert_eq!(seen.len(), 23);
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(seen, sorted, "newest first");
    assert_eq!(
        j.list(&ListQuery {
            limit: Some(0),
            ..Default::default()
        })
        .unwrap_err()
        .code,
        "bad_limit"
    );
}

#[test]
fn a_missing_episode_is_reported_in_words() {
    let mut j = Journal::in_memory(clock()).unwrap();
    let err = j
        .delete("019a0000-0000-7000-8000-000000000000")
        .unwrap_err();
    assert_eq!(err.code, "not_found");
    assert_eq!(j.delete("nonsense").unwrap_err().code, "bad_id");
}

#[test]
fn filters_narrow_history_by_kind_region_trigger_and_notes() {
    let mut j = Journal::in_memory(clock()).unwrap();
    j.log(&cramp()).unwrap();
    let mut twitch = cramp();
    twitch.kind = "twitch".into();
    twitch.locations[0].region = "eyelid".into();
    twitch.triggers = vec!["Stress".into()];
    twitch.notes = "during the 100% busy meeting".into();
    j.log(&twitch).unwrap();
    let count = |q: ListQuery| j.list(&q).unwrap().episodes.len();
    assert_eq!(count(ListQuery::default()), 2);
    let by = |f: fn(&mut ListQuery)| {
        let mut q = ListQuery::default();
        f(&mut q);
        q
    };
    assert_eq!(count(by(|q| q.kind = Some("twitch".into()))), 1);
    assert_eq!(count(by(|q| q.region = Some("calf".into()))), 1);
    assert_eq!(count(by(|q| q.trigger = Some("stress".into()))), 1);
    assert_eq!(count(by(|q| q.text = Some("100%".into()))), 1);
    assert_eq!(
        count(by(|q| q.text = Some("WOKE".into()))),
        1,
        "case-insensitive"
    );
    assert_eq!(count(by(|q| q.text = Some("%".into()))), 1, "% is literal");
    assert_eq!(
        j.list(&by(|q| q.region = Some("tail".into())))
            .unwrap_err()
            .code,
        "unknown_region"
    );
}

#[test]
fn repeat_last_copies_kind_places_and_intensity_at_the_given_time() {
    let mut j = Journal::in_memory(clock()).unwrap();
    assert_eq!(
        j.repeat_last("2026-11-20T09:00:00+01:00").unwrap_err().code,
        "nothing_to_repeat"
    );
    let first = j.log(&cramp()).unwrap();
    let home = j.log_home("2026-11-20").unwrap();
    assert_eq!(home.last.as_ref().unwrap().id, first.id);
    let again = j.repeat_last("2026-11-20T09:30:00+01:00").unwrap();
    assert_ne!(again.id, first.id);
    assert_eq!(again.kind, first.kind);
    assert_eq!(again.locations, first.locations);
    assert_eq!(again.intensity, first.intensity);
    assert_eq!(again.started_at, "2026-11-20T09:30:00+01:00");
    assert!(again.notes.is_empty() && again.triggers.is_empty());
}

#[test]
fn recent_places_are_the_latest_distinct_places_of_live_episodes() {
    let mut j = Journal::in_memory(clock()).unwrap();
    assert!(j.vocabularies().unwrap().recent_places.is_empty());
    let at = |region: &str, side: &str, when: &str| {
        let mut e = cramp();
        e.started_at = when.into();
        e.locations = vec![LocationInput {
            region: region.into(),
            side: side.into(),
        }];
        e
    };
    j.log(&at("calf", "left", "2026-11-18T03:00:00+01:00"))
        .unwrap();
    j.log(&at("eyelid", "right", "2026-11-19T10:00:00+01:00"))
        .unwrap();
    j.log(&at("calf", "left", "2026-11-20T01:00:00+01:00"))
        .unwrap();
    j.log(&at("neck", "centre", "2026-11-17T08:00:00+01:00"))
        .unwrap();
    let newest_foot = j
        .log(&at("foot", "both", "2026-11-20T02:00:00+01:00"))
        .unwrap();
    for toes in ["2026-11-10T08:00:00+01:00", "2026-11-11T08:00:00+01:00"] {
        j.log(&at("toes", "left", toes)).unwrap();
    }
    let places = |j: &Journal| -> Vec<String> {
        j.vocabularies()
            .unwrap()
            .recent_places
            .iter()
            .map(|l| format!("{}/{}", l.region.code(), l.side.code()))
            .collect()
    };
    // The latest start of each place decides; the same place comes once; at most four.
    assert_eq!(
        places(&j),
        ["foot/both", "calf/left", "eyelid/right", "neck/centre"]
    );
    // A deleted episode's place is no longer offered.
    j.delete(&newest_foot.id).unwrap();
    assert_eq!(
        places(&j),
        ["calf/left", "eyelid/right", "neck/centre", "toes/left"]
    );
}

#[test]
fn a_quiet_day_is_cleared_when_an_episode_is_logged_that_day() {
    let mut j = Journal::in_memory(clock()).unwrap();
    j.mark_quiet_day("2026-11-20").unwrap();
    j.mark_quiet_day("2026-11-19").unwrap();
    assert!(j.log_home("2026-11-20").unwrap().quiet_today);
    j.log(&cramp()).unwrap(); // 2026-11-20 03:10 local
    assert!(!j.is_quiet_day("2026-11-20").unwrap());
    assert!(j.is_quiet_day("2026-11-19").unwrap());
    assert_eq!(
        j.mark_quiet_day("2026-11-23").unwrap_err().code,
        "date_in_future"
    );
    assert_eq!(j.mark_quiet_day("20/11/2026").unwrap_err().code, "bad_date");
    // A day with episodes cannot be marked as without them.
    j.log(&cramp()).unwrap();
    let err = j.mark_quiet_day("2026-11-20").unwrap_err();
    assert_eq!(err.code, "day_has_episodes");
    assert_eq!(
        err.message,
        "You logged 2 episodes today: a day with episodes cannot be marked “no episodes”."
    );
    assert!(!j.is_quiet_day("2026-11-20").unwrap(), "nothing changed");
    j.clear_quiet_day("2026-11-19").unwrap();
    assert!(!j.is_quiet_day("2026-11-19").unwrap());
}
