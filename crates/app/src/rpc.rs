// The one list of IPC commands (no inner doc comment: src-tauri/build.rs includes this
// file). Each line is a command's name, the arguments the UI sends (camelCase in
// TypeScript) and what it returns.
//
// `rpc_schema!(m)` calls the macro `m` with the whole list. From it:
// - src-tauri/build.rs makes one allow-/deny- permission per command and writes
//   src-tauri/capabilities/default.json, which grants the window exactly those;
// - src-tauri registers the handlers (`tauri::generate_handler!`);
// - crates/app/src/bindings.rs writes the TypeScript `Commands` map that types
//   `call` in ui/src/lib/ipc.ts;
// - a test in src-tauri/tests/ipc.rs checks that the committed capability file grants
//   exactly these commands.
// Adding a command: a line here, its handler in src-tauri/src/commands.rs, its call in
// ipc.ts (after `cargo xtask bindings`).

#[macro_export]
macro_rules! rpc_schema {
    ($then:ident) => {
        $then! {
            startup_status() -> ();
            app_ready() -> ();
            log_episode(input: EpisodeInput) -> EpisodeDto;
            update_episode(id: String, input: EpisodeInput) -> EpisodeDto;
            delete_episode(id: String) -> ();
            undo_delete_episode(id: String) -> EpisodeDto;
            list_episodes(query: ListQuery) -> EpisodePage;
            vocabularies() -> Vocabularies;
            log_home(today: String) -> LogHome;
            repeat_last(started_at: String) -> EpisodeDto;
            mark_quiet_day(date: String) -> ();
            clear_quiet_day(date: String) -> ();
            get_settings() -> Settings;
            update_settings(settings: Settings) -> Settings;
            list_appointments() -> Vec<AppointmentDto>;
            add_appointment(input: AppointmentInput) -> AppointmentDto;
            delete_appointment(id: String) -> ();
            answer_pgic(id: String, pgic: Pgic) -> AppointmentDto;
            trial_view(query: TrialQuery, today: String) -> TrialView;
            list_medication_changes() -> Vec<MedicationChangeDto>;
            add_medication_change(input: MedicationChangeInput) -> MedicationChangeDto;
            delete_medication_change(id: String) -> ();
            add_vocab(input: VocabAddInput) -> VocabEntryDto;
            edit_vocab(input: VocabEditInput) -> VocabEntryDto;
            insights(query: InsightsQuery) -> InsightsDto;
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
            report_defaults(today: String) -> ReportDefaults;
            report_preview(request: ReportRequest) -> ReportPreview;
            export_report(request: ReportRequest) -> Option<String>;
            unlock(passcode: String) -> ();
            privacy_status() -> PrivacyStatus;
            set_passcode(current: String, passcode: String) -> PasscodeChange;
            remove_passcode(current: String) -> PasscodeChange;
            check_passcode(passcode: String) -> ();
            lock() -> ();
            factors() -> Vec<FactorDto>;
            add_factor(name: String) -> FactorDto;
            edit_factor(input: FactorEditInput) -> FactorDto;
            get_checkin(date: String) -> Option<CheckinDto>;
            save_checkin(input: CheckinDto) -> CheckinDto;
            delete_checkin(date: String) -> ();
            keep_report_questions(questions: String) -> ();
            keep_report_language(language: String) -> ();
            language_settings() -> LanguageSettings;
            choose_language(language: String) -> LanguageSettings;
            day_records(from: String, to: String) -> Vec<DayRecord>;
            is_recorded(date: String) -> bool;
            reminder_status() -> ReminderStatus;
            set_reminder(time: Option<String>) -> ReminderStatus;
            start_over() -> String;
            welcome_due() -> bool;
            finish_welcome() -> ();
        }
    };
}

/// The command names, in the order of the list.
#[macro_export]
macro_rules! rpc_command_names {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {
        &[$(stringify!($name)),*]
    };
}
