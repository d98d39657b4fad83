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
        VocabEntryDto, Vocabularies, CheckReport, crate::KeptEdit, crate::KeptForms, LogHome, Theme, WeekStart, Settings,
        AppointmentDto, AppointmentInput, MedChange, Pgic, crate::Source, crate::Role,
        crate::Column, crate::PeerMapping, crate::NameChoice, crate::ColumnChoice,
        crate::Skipped, crate::PeerPreview, twinge_core::Timing, MedicationChangeDto,
        MedicationChangeInput, VocabKindDto, VocabAddInput, VocabEditInput, InsightsQuery,
        Summary, crate::insights::Headline, ChartDto, FactorStat, crate::PlaceCount,
        crate::KindFigures, crate::KindPeriod, crate::KindCompared, crate::KindTable, InsightsDto, FactorDto, CheckinFactor,
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
    out.push_str(&commands_typescript(&crate::rpc_schema!(commands_ts)));
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

/// A command of the list as TypeScript sees it: its name, each argument's camelCase
/// name and type, and its result's type.
struct CommandTs {
    name: &'static str,
    args: Vec<(String, String)>,
    result: String,
}

/// Every command of the list, in its order.
macro_rules! commands_ts {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $(=> $($how:ident)+)?;)*) => {{
        let cfg = Config::new().with_large_int("number");
        vec![$(CommandTs {
            name: stringify!($name),
            args: vec![$((camel(stringify!($arg)), <$ty as TS>::name(&cfg))),*],
            result: <$ret as TS>::name(&cfg),
        }),*]
    }};
}
use commands_ts;

/// The `Commands` map (for each command its arguments and its result), and one function
/// per command (camelCase, its arguments in the list's order) over the `call` that
/// ui/src/lib/ipc.ts gives it: the UI's `ipc` service is these.
fn commands_typescript(commands: &[CommandTs]) -> String {
    let mut map = String::from(
        "/** Every IPC command: the arguments it takes and what it returns. */\nexport interface Commands {\n",
    );
    let mut calls = String::from(
        "/** Runs one command of `Commands`: ipc.ts's `call`. */\nexport type Call = <K extends keyof Commands>(\n  command: K,\n  args: Commands[K]['args'],\n) => Promise<Commands[K]['result']>;\n\n/** Every command as a function of its arguments, over `call`. */\nexport function commandsOver(call: Call) {\n  return {\n",
    );
    for c in commands {
        let typed: Vec<String> = c.args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
        let names: Vec<&str> = c.args.iter().map(|(n, _)| n.as_str()).collect();
        let (typed_obj, names_obj) = match c.args.is_empty() {
            true => ("{}".to_string(), "{}".to_string()),
            false => (
                format!("{{ {} }}", typed.join("; ")),
                format!("{{ {} }}", names.join(", ")),
            ),
        };
        map.push_str(&format!(
            "  {}: {{ args: {typed_obj}; result: {} }};\n",
            c.name, c.result
        ));
        calls.push_str(&format!(
            "    {}: ({}) => call('{}', {names_obj}),\n",
            camel(c.name),
            typed.join(", "),
            c.name
        ));
    }
    format!("{map}}}\n\n{calls}  }};\n}}\n")
}
