// The one list of IPC commands (no inner doc comment: src-tauri/build.rs includes this
// file). Each line is a command's name, the arguments the UI sends (camelCase in
// TypeScript) and what it returns.
//
// `rpc_schema!(m)` calls the macro `m` with the whole list. From it:
// - src-tauri/build.rs makes one allow-/deny- permission per command and writes
//   src-tauri/capabilities/default.json, which grants the window exactly those;
// - src-tauri registers the handlers (`tauri::generate_handler!`);
// - crates/app/src/bindings.rs writes the TypeScript `Commands` map that types
//   `call` in ui/src/lib/ipc.ts, and one function per command over it (`commandsOver`,
//   which is the UI's `ipc` service);
// - a test in src-tauri/tests/ipc.rs checks that the committed capability file grants
//   exactly these commands.
// - src-tauri/src/handlers.rs writes the handler of every command whose line names its
//   Journal method after `=>` (`=> async m` runs it off the main thread): it reads each
//   argument as `Input<T>` (bounded, refused in words when malformed) and calls
//   `journal.m(&arg, …)`. A line without `=>` has its handler written out in
//   src-tauri/src/commands.rs, dialogs.rs or peer.rs, which say why.
// Adding a command: a line here naming its Journal method, and that method; after
// `cargo xtask bindings` the UI calls it as `ipc.camelCaseName(args…)`.

#[macro_export]
macro_rules! rpc_schema {
    ($then:ident) => {
        $then! {
            startup_status() -> ();
            app_ready(screen: String) -> ();
            log_episode(input: EpisodeInput) -> EpisodeDto => log;
            update_episode(id: String, input: EpisodeInput) -> EpisodeDto => update;
            delete_episode(id: String) -> () => delete;
            undo_delete_episode(id: String) -> EpisodeDto => undo_delete;
            list_episodes(query: ListQuery) -> EpisodePage => list;
            vocabularies() -> Vocabularies => vocabularies;
            log_home(today: String) -> LogHome => log_home;
            keep_log_draft(draft: String) -> () => keep_log_draft;
            keep_edit_draft(draft: String) -> () => keep_edit_draft;
            keep_checkin_draft(draft: String) -> () => keep_checkin_draft;
            repeat_last(started_at: String) -> EpisodeDto => repeat_last;
            mark_quiet_day(date: String) -> () => mark_quiet_day;
            clear_quiet_day(date: String) -> () => clear_quiet_day;
            get_settings() -> Settings => settings;
            update_settings(settings: Settings) -> Settings => update_settings;
            list_appointments() -> Vec<AppointmentDto> => appointments;
            add_appointment(input: AppointmentInput) -> AppointmentDto => add_appointment;
            delete_appointment(id: String) -> () => delete_appointment;
            answer_pgic(id: String, pgic: Pgic) -> AppointmentDto;
            trial_view(query: TrialQuery, today: String) -> TrialView => trial_view;
            list_medication_changes() -> Vec<MedicationChangeDto> => medication_changes;
            add_medication_change(input: MedicationChangeInput) -> MedicationChangeDto => add_medication_change;
            delete_medication_change(id: String) -> () => delete_medication_change;
            add_vocab(input: VocabAddInput) -> VocabEntryDto => add_vocab;
            edit_vocab(input: VocabEditInput) -> VocabEntryDto => edit_vocab;
            insights(query: InsightsQuery) -> InsightsDto => insights;
            export_journal(format: FileFormat) -> Option<String>;
            import_preview() -> Option<ImportSummary>;
            import_confirm(with_settings: bool, on_progress: Channel<ImportProgress>) -> ImportSummary;
            peer_choose() -> Option<PeerPreview>;
            peer_preview(mapping: PeerMapping) -> PeerPreview;
            peer_import(mapping: PeerMapping, on_progress: Channel<ImportProgress>) -> PeerPreview;
            backup_now() -> Option<FileReport>;
            restore_backup() -> Option<FileReport>;
            restore_backup_with_passcode(passcode: String) -> FileReport;
            delete_everything(confirmation: String) -> DeleteReport;
            data_folder() -> String;
            report_defaults(today: String) -> ReportDefaults => report_defaults;
            report_preview(request: ReportRequest) -> ReportPreview => async report_preview;
            export_report(request: ReportRequest) -> Option<String>;
            unlock(passcode: String) -> ();
            privacy_status() -> PrivacyStatus;
            set_passcode(current: String, passcode: String) -> PasscodeChange;
            remove_passcode(current: String) -> PasscodeChange;
            check_passcode(passcode: String) -> ();
            lock() -> ();
            factors() -> Vec<FactorDto> => factors;
            add_factor(name: String) -> FactorDto => add_factor;
            edit_factor(input: FactorEditInput) -> FactorDto => edit_factor;
            get_checkin(date: String) -> Option<CheckinDto> => checkin;
            save_checkin(input: CheckinDto) -> CheckinDto => save_checkin;
            delete_checkin(date: String) -> () => delete_checkin;
            keep_report_questions(questions: String) -> () => keep_report_questions;
            keep_report_language(language: String) -> () => keep_report_language;
            language_settings() -> LanguageSettings;
            choose_language(language: String) -> LanguageSettings => choose_language;
            day_records(from: String, to: String) -> Vec<DayRecord> => day_records;
            reminder_status() -> ReminderStatus => reminder_status;
            set_reminder(time: Option<String>) -> ReminderStatus;
            start_over() -> String;
            welcome_due() -> bool => welcome_due;
            finish_welcome() -> () => finish_welcome;
        }
    };
}

/// The command names, in the order of the list.
#[macro_export]
macro_rules! rpc_command_names {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $(=> $($how:ident)+)?;)*) => {
        &[$(stringify!($name)),*]
    };
}
