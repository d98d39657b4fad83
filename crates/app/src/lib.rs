//! Twinge's use cases: the [`Journal`] service that the desktop shell and the
//! command line both call, the request/response types they exchange (with
//! TypeScript generated for the UI by ts-rs), and [`AppError`], the `{code, message}`
//! every failure becomes.
//!
//! Invariants: this crate knows nothing of Tauri or of the terminal; it reads
//! the clock only through [`Clock`], so tests run on a fixed time.

mod aside;
mod attempts;
pub mod bindings;
mod checkins;
mod clock;
mod convert;
mod copies;
mod days;
mod demo;
mod dto;
mod erase;
mod error;
mod files;
mod home;
mod insights;
mod journal;
mod keyheader;
mod language;
mod names;
mod passcode;
mod paths;
mod peers;
mod records;
mod reminder;
mod report;
mod restore;
/// The one list of IPC commands, [`rpc_schema!`].
mod rpc;
mod rules;
mod settings;
mod swap;
mod transfer;
mod trial;
mod welcome;
mod words;

pub use aside::{
    locked, set_aside_damaged_journal, set_aside_locked_journal, DAMAGED_PREFIX, SET_ASIDE_PREFIX,
};
pub use attempts::{UnlockAttempts, TRIES_FILE};
pub use checkins::{CheckinDto, CheckinFactor, FactorDto, FactorEditInput};
pub use clock::{Clock, FixedClock, SystemClock};
pub use days::DayRecord;
pub use demo::DemoOptions;
pub use dto::*;
pub use erase::DeleteReport;
pub use error::{io_words, AppError, FieldError};
pub use files::{
    create_private_dir, write_atomically, FileReport, BACKUP_DIR, KEEP_DAILY, WEBVIEW_DIR,
    WINDOW_LOCK, WINDOW_SOCKET,
};
pub use home::MAX_DRAFT_BYTES;
pub use insights::{
    chance_note, english, factor_row_label, factor_words, factors_chart, kind_columns,
    parse_period, rate_change, rate_words, ChartDto, FactorStat, InsightsDto, InsightsQuery,
    KindCompared, KindFigures, KindPeriod, KindTable, PlaceCount, Summary,
};
pub use journal::{Journal, RECENT_PLACES, UNDO_WINDOW_MS};
pub use keyheader::KEY_FILE;
pub use language::{languages, system_language_settings, LanguageChoice, LanguageSettings};
pub use passcode::{
    check_new_passcode, PasscodeChange, PrivacyStatus, MAX_PASSCODE_CHARS, MIN_PASSCODE_SCORE,
};
pub use paths::{default_data_dir, suggested, DATA_DIR_ENV};
pub use peers::{
    Column, ColumnChoice, NameChoice, PeerMapping, PeerPreview, Role, Skipped, Source,
};
pub use records::*;
pub use reminder::{
    decide, local_now, mark_sent, parse_time, read_state, unit_files, Decision, ReminderState,
    ReminderStatus, DEFAULT_REMINDER_TIME, REMINDER_FILE, UNIT_NAME,
};
pub use report::{
    suggest_psfs, AppendixChoice, PaperSize, ReportDefaults, ReportPreview, ReportRequest,
    MAX_QUESTIONS_CHARS, MIN_DAYS_SINCE_APPOINTMENT,
};
pub use settings::{Settings, MAX_AUTO_LOCK_MINUTES};
pub use transfer::{
    FileFormat, ImportProblem, ImportProgress, ImportSummary, JournalFile, FORMAT, FORMAT_VERSION,
};
pub use trial::{TrialChange, TrialDto, TrialQuery, TrialView, TrialWindow};
pub use twinge_core::daystats::MIN_DAYS_EACH_SIDE;
pub use twinge_core::{FactorLevel, MedChange, Pgic, Theme, WeekStart};
pub use twinge_i18n::{domain, unbracketed, Lang, Tr};
pub use words::date_in;
