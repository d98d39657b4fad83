//! TypeScript declarations for every type the UI exchanges with the app,
//! rendered into one file, `ui/src/lib/bindings/index.ts`.
//! `cargo xtask bindings` writes it; a test fails when the committed file is stale.

use ts_rs::{Config, TS};
use twinge_core::{Associated, Kind, Location, Region, Side};

use crate::*;

/// The path of the generated file, relative to the workspace root.
pub const BINDINGS_PATH: &str = "ui/src/lib/bindings/index.ts";

/// The catalogue's English messages as a TypeScript type, id → arguments: the UI's
/// `t()` takes an id of it and exactly its arguments, or does not type-check.
fn messages_typescript() -> String {
    let mut out = String::from(
        "/** Every message of the catalogue (locales/en), with the arguments it takes. */\nexport type Messages = {\n",
    );
    for (id, vars) in twinge_i18n::MESSAGES {
        let args = if vars.is_empty() {
            "Record<string, never>".to_string()
        } else {
            let fields: Vec<String> = vars
                .iter()
                .map(|v| format!("{v}: number | string"))
                .collect();
            format!("{{ {} }}", fields.join("; "))
        };
        out.push_str(&format!("  '{id}': {args};\n"));
    }
    out.push_str("};\n\n");
    out
}

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
        Pgic::decl(&cfg),
        crate::Source::decl(&cfg),
        crate::Role::decl(&cfg),
        crate::Column::decl(&cfg),
        crate::PeerMapping::decl(&cfg),
        crate::NameChoice::decl(&cfg),
        crate::ColumnChoice::decl(&cfg),
        crate::Skipped::decl(&cfg),
        crate::PeerPreview::decl(&cfg),
        twinge_core::Timing::decl(&cfg),
        MedicationChangeDto::decl(&cfg),
        MedicationChangeInput::decl(&cfg),
        VocabKindDto::decl(&cfg),
        VocabAddInput::decl(&cfg),
        VocabEditInput::decl(&cfg),
        InsightsQuery::decl(&cfg),
        Summary::decl(&cfg),
        crate::insights::Headline::decl(&cfg),
        ChartDto::decl(&cfg),
        FactorStat::decl(&cfg),
        crate::PlaceCount::decl(&cfg),
        crate::KindFigures::decl(&cfg),
        crate::KindCompared::decl(&cfg),
        InsightsDto::decl(&cfg),
        FactorDto::decl(&cfg),
        CheckinFactor::decl(&cfg),
        CheckinDto::decl(&cfg),
        DayRecord::decl(&cfg),
        FactorEditInput::decl(&cfg),
        ReminderStatus::decl(&cfg),
        ImportProblem::decl(&cfg),
        ImportSummary::decl(&cfg),
        ImportProgress::decl(&cfg),
        FileFormat::decl(&cfg),
        PrivacyStatus::decl(&cfg),
        crate::PasscodeChange::decl(&cfg),
        FileReport::decl(&cfg),
        DeleteReport::decl(&cfg),
        PaperSize::decl(&cfg),
        crate::AppendixChoice::decl(&cfg),
        ReportRequest::decl(&cfg),
        ReportDefaults::decl(&cfg),
        crate::LanguageChoice::decl(&cfg),
        crate::LanguageSettings::decl(&cfg),
        crate::ReportPreview::decl(&cfg),
        TrialQuery::decl(&cfg),
        TrialChange::decl(&cfg),
        twinge_core::trial::WindowFigures::decl(&cfg),
        TrialWindow::decl(&cfg),
        twinge_core::trial::Compared::decl(&cfg),
        TrialDto::decl(&cfg),
        TrialView::decl(&cfg),
        FieldError::decl(&cfg),
        AppError::decl(&cfg),
        Channel::<ImportProgress>::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from crates/app by `cargo xtask bindings`. Do not edit by hand.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(d.trim());
        out.push_str("\n\n");
    }
    out.push_str(&format!(
        "/** Limits the app enforces, for the UI to show. */\nexport const LIMITS = {{ notesChars: {}, nameChars: {}, displayNameChars: {}, minPasscodeScore: {}, passcodeChars: {} }} as const;\n\n",
        twinge_core::MAX_NOTES_CHARS,
        twinge_core::vocab::MAX_VOCAB_CHARS,
        crate::MAX_DISPLAY_NAME_CHARS,
        crate::MIN_PASSCODE_SCORE,
        crate::MAX_PASSCODE_CHARS,
    ));
    out.push_str(&messages_typescript());
    out.push_str(&crate::rpc_schema!(commands_typescript));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// How a command streams progress to the UI: the UI's `Channel` from Tauri's API,
/// seen by its one member that Twinge uses.
#[derive(TS)]
#[allow(dead_code)]
struct Channel<T: TS> {
    #[ts(type = "(message: T) => void")]
    onmessage: std::marker::PhantomData<T>,
}

/// `snake_case` → `camelCase`, as Tauri names command arguments on the JavaScript side.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The `Commands` map: for each command its arguments and its result.
macro_rules! commands_typescript {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $(=> $($how:ident)+)?;)*) => {{
        let cfg = Config::new().with_large_int("number");
        let mut out = String::from(
            "/** Every IPC command: the arguments it takes and what it returns. */\nexport interface Commands {\n",
        );
        $(
            let args: Vec<String> = vec![$(format!("{}: {}", camel(stringify!($arg)), <$ty as TS>::name(&cfg))),*];
            out.push_str(&format!(
                "  {}: {{ args: {}; result: {} }};\n",
                stringify!($name),
                if args.is_empty() { "{}".to_string() } else { format!("{{ {} }}", args.join("; ")) },
                <$ret as TS>::name(&cfg)
            ));
        )*
        out.push_str("}\n");
        out
    }};
}
use commands_typescript;
