//! Any bytes given to the importers — Twinge's JSON and CSV, and another app's diary
//! (read as whatever its header shows, and as each app in turn): no panic, and a file
//! that is refused leaves the journal exactly as it was.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use twinge_app::{FileFormat, FixedClock, Journal, PeerMapping, Source};

fuzz_target!(|data: &[u8]| {
    let clock = Arc::new(FixedClock::new(1_795_165_200_000, 60));
    let mut journal = Journal::in_memory(clock).expect("in-memory journal");
    let before = journal.export_bytes(FileFormat::Json).expect("export");
    for format in [FileFormat::Json, FileFormat::Csv] {
        match journal.import(data, format) {
            Ok(summary) if summary.written => return,
            _ => assert_eq!(
                journal.export_bytes(FileFormat::Json).expect("export"),
                before,
                "a refused import changed the journal"
            ),
        }
    }
    let mapping = PeerMapping::default();
    for source in std::iter::once(None).chain(Source::ALL.into_iter().map(Some)) {
        match journal.import_peer(data, source, &mapping, &mut |_| {}) {
            Ok(p) if p.import.written => return,
            _ => assert_eq!(
                journal.export_bytes(FileFormat::Json).expect("export"),
                before,
                "a refused import changed the journal"
            ),
        }
    }
});
