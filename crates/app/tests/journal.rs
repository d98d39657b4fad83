//! Use cases against a real journal file and a fixed clock.

use std::sync::Arc;

use twinge_app::{
    AppError, EpisodeInput, FixedClock, Input, Journal, ListQuery, LocationInput, ReliefInput,
};

/// 2026-11-20T09:00:00Z
const NOW_MS: i64 = 1_795_165_200_000;

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::new(NOW_MS, 60))
}

fn cramp() -> EpisodeInput {
    EpisodeInput {
        kind: "cramp".into(),
        started_at: "2026-11-20T03:10:00+01:00".into(),
        duration_s: Some(120),
        count: None,
        intensity: 7,
        locations: vec![LocationInput {
            region: "calf".into(),
            side: "left".into(),
        }],
        triggers: vec!["Lying down / night".into()],
        reliefs: vec![ReliefInput {
            relief: "stretching".into(),
            helped: 3,
        }],
        associated: vec!["stiffness".into()],
        woke_from_sleep: true,
        notes: "woke me up".into(),
    }
}

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
    edit.intensity = 4;
    edit.triggers = vec!["lying_down".into(), "Red wine".into()];
    let updated = j.update(&saved.id, &edit).unwrap();
    assert_eq!(updated.id, saved.id);
    assert_eq!(updated.intensity, 4);
    assert_eq!(updated.created_at_ms, saved.created_at_ms);
    assert_eq!(updated.updated_at_ms, NOW_MS + 60_000);
    assert_eq!(updated.triggers.len(), 2);

    j.delete(&saved.id).unwrap();
    assert!(j.list(&ListQuery::default()).unwrap().episodes.is_empty());
    let back = j.undo_delete(&saved.id).unwrap();
    assert_eq!(back.intensity, 4);
    assert_eq!(j.list(&ListQuery::default()).unwrap().episodes.len(), 1);
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
        (|i| i.intensity = 11, "intensity", "intensity_out_of_range"),
        (|i| i.intensity = -1, "intensity", "intensity_out_of_range"),
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
    assert!(j.list(&ListQuery::default()).unwrap().episodes.is_empty());
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
        before: None,
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
            before: None
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
