//! A JSON file that is not a Twinge export as this Twinge reads it is refused in words
//! that say why: not JSON, another format, a newer or unknown version, another shape.
//! A good export is read in one pass; these are the paths where its header is read
//! again to explain.

use std::sync::Arc;

use twinge_app::{FileFormat, FixedClock, Journal};

fn journal() -> Journal {
    Journal::in_memory(Arc::new(FixedClock::new(1_795_165_200_000, 60))).unwrap()
}

#[test]
fn each_kind_of_wrong_json_file_is_refused_with_its_own_reason() {
    let mut source = journal();
    source
        .demo(twinge_app::DemoOptions {
            episodes: 20,
            seed: 4,
        })
        .unwrap();
    let good: serde_json::Value =
        serde_json::from_slice(&source.export_bytes(FileFormat::Json).unwrap()).unwrap();
    let with = |key: &str, value: serde_json::Value| {
        let mut v = good.clone();
        v[key] = value;
        serde_json::to_vec(&v).unwrap()
    };
    let without = |key: &str| {
        let mut v = good.clone();
        v.as_object_mut().unwrap().remove(key);
        serde_json::to_vec(&v).unwrap()
    };
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            b"{\"format\": \"twinge-journal\", ".to_vec(),
            "it ends too early",
        ),
        (
            with("format", "someone-else".into()),
            "not a Twinge journal export",
        ),
        (without("format"), "not a Twinge journal export"),
        (with("version", 9.into()), "newer Twinge (format version 9)"),
        (
            with("version", 0.into()),
            "format version is missing or unknown",
        ),
        (without("version"), "format version is missing or unknown"),
        (
            with("episodes", "none".into()),
            "not what a Twinge export holds",
        ),
        (
            with("surprise", true.into()),
            "not what a Twinge export holds",
        ),
    ];
    let mut j = journal();
    for (bytes, words) in cases {
        let e = j.import(&bytes, FileFormat::Json).unwrap_err();
        assert_eq!(e.code, "bad_import_file", "{words}: {}", e.message);
        assert!(e.message.contains(words), "{words}: {}", e.message);
        assert!(e.message.ends_with("Nothing was changed."), "{}", e.message);
    }
    assert!(j.list(&Default::default()).unwrap().episodes.is_empty());
    let s = j
        .import(&serde_json::to_vec(&good).unwrap(), FileFormat::Json)
        .unwrap();
    assert!(s.written && s.new == 20, "{s:?}");
}
