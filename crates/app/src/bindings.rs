//! TypeScript declarations for every type the UI exchanges with the app,
//! rendered into one file, `ui/src/lib/bindings/index.ts`.
//! `cargo xtask bindings` writes it; a test fails when the committed file is stale.

use ts_rs::{Config, TS};
use twinge_core::{Associated, Kind, Location, Region, Side};

use crate::*;

/// The path of the generated file, relative to the workspace root.
pub const BINDINGS_PATH: &str = "ui/src/lib/bindings/index.ts";

/// The whole generated file.
pub fn typescript() -> String {
    let cfg = Config::new().with_large_int("number");
    let decls = [
        Kind::decl(&cfg),
        Region::decl(&cfg),
        Side::decl(&cfg),
        Associated::decl(&cfg),
        Location::decl(&cfg),
        LocationInput::decl(&cfg),
        ReliefInput::decl(&cfg),
        EpisodeInput::decl(&cfg),
        TagDto::decl(&cfg),
        ReliefUseDto::decl(&cfg),
        EpisodeDto::decl(&cfg),
        Cursor::decl(&cfg),
        ListQuery::decl(&cfg),
        EpisodePage::decl(&cfg),
        Labelled::<Kind>::decl(&cfg),
        VocabEntryDto::decl(&cfg),
        Vocabularies::decl(&cfg),
        CheckReport::decl(&cfg),
        LogHome::decl(&cfg),
        Theme::decl(&cfg),
        WeekStart::decl(&cfg),
        Settings::decl(&cfg),
        AppointmentDto::decl(&cfg),
        AppointmentInput::decl(&cfg),
        MedChange::decl(&cfg),
        MedicationChangeDto::decl(&cfg),
        MedicationChangeInput::decl(&cfg),
        VocabKindDto::decl(&cfg),
        VocabAddInput::decl(&cfg),
        VocabEditInput::decl(&cfg),
        InsightsQuery::decl(&cfg),
        Summary::decl(&cfg),
        ChartDto::decl(&cfg),
        InsightsDto::decl(&cfg),
        ImportProblem::decl(&cfg),
        ImportSummary::decl(&cfg),
        ImportProgress::decl(&cfg),
        FileReport::decl(&cfg),
        PaperSize::decl(&cfg),
        ReportRequest::decl(&cfg),
        ReportDefaults::decl(&cfg),
        FieldError::decl(&cfg),
        AppError::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from crates/app by `cargo xtask bindings`. Do not edit by hand.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(d.trim());
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
