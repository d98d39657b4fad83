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

/// `T::decl(cfg)` for each type listed.
macro_rules! declare {
    ($cfg:expr; $($t:ty),* $(,)?) => {
        [$(<$t>::decl($cfg)),*]
    };
}

/// The whole generated file.
pub fn typescript() -> String {
    let cfg = Config::new().with_large_int("number");
    // Every type the UI is told about, in the order the file declares them.
    let decls = declare!(&cfg;
        Kind, Region, Side, Associated, Location, LocationInput, ReliefInput, EpisodeInput,
        TagDto, ReliefUseDto, EpisodeDto, Cursor, ListQuery, EpisodePage, Labelled<Kind>,
        VocabEntryDto, Vocabularies, CheckReport, crate::KeptEdit, LogHome, Theme, WeekStart, Settings,
        AppointmentDto, AppointmentInput, MedChange, Pgic, crate::Source, crate::Role,
        crate::Column, crate::PeerMapping, crate::NameChoice, crate::ColumnChoice,
        crate::Skipped, crate::PeerPreview, twinge_core::Timing, MedicationChangeDto,
        MedicationChangeInput, VocabKindDto, VocabAddInput, VocabEditInput, InsightsQuery,
        Summary, crate::insights::Headline, ChartDto, FactorStat, crate::PlaceCount,
        crate::KindFigures, crate::KindCompared, InsightsDto, FactorDto, CheckinFactor,
        CheckinDto, DayRecord, FactorEditInput, ReminderStatus, ImportProblem, ImportSummary,
        ImportProgress, FileFormat, PrivacyStatus, crate::PasscodeChange, FileReport,
        DeleteReport, PaperSize, crate::AppendixChoice, ReportRequest, ReportDefaults,
        crate::LanguageChoice, crate::LanguageSettings, crate::ReportPreview, TrialQuery,
        TrialChange, twinge_core::trial::WindowFigures, TrialWindow,
        twinge_core::trial::Compared, TrialDto, TrialView, FieldError, AppError,
        Channel<ImportProgress>,
    );
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
