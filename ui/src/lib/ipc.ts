// The only module that talks to Tauri. Everything else calls these functions.
import { Channel, invoke } from '@tauri-apps/api/core';
import type {
  AppError,
  AppointmentInput,
  CheckinDto,
  Commands,
  EpisodeInput,
  FactorEditInput,
  FileFormat,
  ImportProgress,
  InsightsQuery,
  ListQuery,
  MedicationChangeInput,
  PeerMapping,
  Pgic,
  ReportRequest,
  Settings,
  TrialQuery,
  VocabAddInput,
  VocabEditInput,
} from './bindings';
import { t } from './i18n';

/** Turns whatever a command rejected with into an AppError with words. */
export function toAppError(e: unknown): AppError {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e) {
    const err = e as Partial<AppError>;
    return {
      code: String(err.code),
      message: String(err.message),
      fields: Array.isArray(err.fields) ? err.fields : [],
      ...(typeof err.details === 'string' ? { details: err.details } : {}),
    };
  }
  // The system's own text goes behind "Copy details", as every error's does.
  const text = e instanceof Error ? e.message : String(e);
  return { code: 'ipc_error', message: t('screen-ipc-error'), fields: [], details: text };
}

/** Calls a command of the generated schema: its arguments and result are typed by it. */
async function call<K extends keyof Commands>(
  command: K,
  args: Commands[K]['args'],
): Promise<Commands[K]['result']> {
  try {
    return await invoke<Commands[K]['result']>(command, args);
  } catch (e) {
    const error = toAppError(e);
    // A structural change could not open the journal again: the whole app shows the
    // error screen (App.svelte listens), never a form that would seem to save.
    if (error.code === 'journal_closed') {
      window.dispatchEvent(new CustomEvent(JOURNAL_CLOSED, { detail: error }));
    }
    throw error;
  }
}

/** The window event sent when the journal was closed and could not be opened again. */
export const JOURNAL_CLOSED = 'twinge:journal-closed';

export const ipc = {
  startupStatus: () => call('startup_status', {}),
  appReady: (screen: string) => call('app_ready', { screen }),
  logEpisode: (input: EpisodeInput) => call('log_episode', { input }),
  updateEpisode: (id: string, input: EpisodeInput) =>
    call('update_episode', { id, input }),
  deleteEpisode: (id: string) => call('delete_episode', { id }),
  undoDeleteEpisode: (id: string) => call('undo_delete_episode', { id }),
  listEpisodes: (query: ListQuery) => call('list_episodes', { query }),
  vocabularies: () => call('vocabularies', {}),
  logHome: (today: string) => call('log_home', { today }),
  keepLogDraft: (draft: string) => call('keep_log_draft', { draft }),
  keepEditDraft: (draft: string) => call('keep_edit_draft', { draft }),
  repeatLast: (startedAt: string) => call('repeat_last', { startedAt }),
  markQuietDay: (date: string) => call('mark_quiet_day', { date }),
  clearQuietDay: (date: string) => call('clear_quiet_day', { date }),
  getSettings: () => call('get_settings', {}),
  updateSettings: (settings: Settings) => call('update_settings', { settings }),
  listAppointments: () => call('list_appointments', {}),
  addAppointment: (input: AppointmentInput) => call('add_appointment', { input }),
  deleteAppointment: (id: string) => call('delete_appointment', { id }),
  answerPgic: (id: string, pgic: Pgic) => call('answer_pgic', { id, pgic }),
  trialView: (query: TrialQuery, today: string) => call('trial_view', { query, today }),
  listMedicationChanges: () => call('list_medication_changes', {}),
  addMedicationChange: (input: MedicationChangeInput) =>
    call('add_medication_change', { input }),
  deleteMedicationChange: (id: string) => call('delete_medication_change', { id }),
  addVocab: (input: VocabAddInput) => call('add_vocab', { input }),
  editVocab: (input: VocabEditInput) => call('edit_vocab', { input }),
  insights: (query: InsightsQuery) => call('insights', { query }),
  // File dialogs are opened by Rust; a null result means the person cancelled.
  exportJournal: (format: FileFormat) => call('export_journal', { format }),
  importPreview: () => call('import_preview', {}),
  importConfirm: (withSettings: boolean, onProgress: (p: ImportProgress) => void) => {
    const channel = new Channel<ImportProgress>();
    channel.onmessage = onProgress;
    return call('import_confirm', { withSettings, onProgress: channel });
  },
  // Another app's diary: the file dialog, previews as the mapping changes, the import.
  peerChoose: () => call('peer_choose', {}),
  peerPreview: (mapping: PeerMapping) => call('peer_preview', { mapping }),
  peerImport: (mapping: PeerMapping, onProgress: (p: ImportProgress) => void) => {
    const channel = new Channel<ImportProgress>();
    channel.onmessage = onProgress;
    return call('peer_import', { mapping, onProgress: channel });
  },
  backupNow: () => call('backup_now', {}),
  restoreBackup: () => call('restore_backup', {}),
  restoreBackupWithPasscode: (passcode: string) => call('restore_backup_with_passcode', { passcode }),
  deleteEverything: (confirmation: string) => call('delete_everything', { confirmation }),
  dataFolder: () => call('data_folder', {}),
  reportDefaults: (today: string) => call('report_defaults', { today }),
  reportPreview: (request: ReportRequest) => call('report_preview', { request }),
  exportReport: (request: ReportRequest) => call('export_report', { request }),
  // The passcode goes to Rust once; the key never comes back.
  unlock: (passcode: string) => call('unlock', { passcode }),
  lock: () => call('lock', {}),
  factors: () => call('factors', {}),
  addFactor: (name: string) => call('add_factor', { name }),
  editFactor: (input: FactorEditInput) => call('edit_factor', { input }),
  getCheckin: (date: string) => call('get_checkin', { date }),
  saveCheckin: (input: CheckinDto) => call('save_checkin', { input }),
  deleteCheckin: (date: string) => call('delete_checkin', { date }),
  dayRecords: (from: string, to: string) => call('day_records', { from, to }),
  keepReportQuestions: (questions: string) => call('keep_report_questions', { questions }),
  keepReportLanguage: (language: string) => call('keep_report_language', { language }),
  languageSettings: () => call('language_settings', {}),
  chooseLanguage: (language: string) => call('choose_language', { language }),
  reminderStatus: () => call('reminder_status', {}),
  setReminder: (time: string | null) => call('set_reminder', { time }),
  startOver: () => call('start_over', {}),
  welcomeDue: () => call('welcome_due', {}),
  finishWelcome: () => call('finish_welcome', {}),
  privacyStatus: () => call('privacy_status', {}),
  setPasscode: (current: string, passcode: string) => call('set_passcode', { current, passcode }),
  removePasscode: (current: string) => call('remove_passcode', { current }),
  checkPasscode: (passcode: string) => call('check_passcode', { passcode }),
};

export type Ipc = typeof ipc;
