// The only module that talks to Tauri. Everything else calls these functions.
import { Channel, invoke } from '@tauri-apps/api/core';
import type {
  AppError,
  AppointmentDto,
  AppointmentInput,
  EpisodeDto,
  EpisodeInput,
  EpisodePage,
  FileReport,
  ImportProgress,
  ImportSummary,
  InsightsDto,
  InsightsQuery,
  ListQuery,
  LogHome,
  MedicationChangeDto,
  MedicationChangeInput,
  ReportDefaults,
  ReportRequest,
  Settings,
  VocabAddInput,
  VocabEditInput,
  VocabEntryDto,
  Vocabularies,
} from './bindings';

/** Turns whatever a command rejected with into an AppError with words. */
export function toAppError(e: unknown): AppError {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e) {
    const err = e as Partial<AppError>;
    return {
      code: String(err.code),
      message: String(err.message),
      fields: Array.isArray(err.fields) ? err.fields : [],
    };
  }
  const text = e instanceof Error ? e.message : String(e);
  return { code: 'ipc_error', message: `Twinge could not complete that: ${text}`, fields: [] };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toAppError(e);
  }
}

export const ipc = {
  startupStatus: () => call<null>('startup_status'),
  appReady: () => call<null>('app_ready'),
  logEpisode: (input: EpisodeInput) => call<EpisodeDto>('log_episode', { input }),
  updateEpisode: (id: string, input: EpisodeInput) =>
    call<EpisodeDto>('update_episode', { id, input }),
  deleteEpisode: (id: string) => call<null>('delete_episode', { id }),
  undoDeleteEpisode: (id: string) => call<EpisodeDto>('undo_delete_episode', { id }),
  listEpisodes: (query: ListQuery) => call<EpisodePage>('list_episodes', { query }),
  vocabularies: () => call<Vocabularies>('vocabularies'),
  logHome: (today: string) => call<LogHome>('log_home', { today }),
  repeatLast: (startedAt: string) => call<EpisodeDto>('repeat_last', { startedAt }),
  markQuietDay: (date: string) => call<null>('mark_quiet_day', { date }),
  clearQuietDay: (date: string) => call<null>('clear_quiet_day', { date }),
  getSettings: () => call<Settings>('get_settings'),
  updateSettings: (settings: Settings) => call<Settings>('update_settings', { settings }),
  listAppointments: () => call<AppointmentDto[]>('list_appointments'),
  addAppointment: (input: AppointmentInput) => call<AppointmentDto>('add_appointment', { input }),
  deleteAppointment: (id: string) => call<null>('delete_appointment', { id }),
  listMedicationChanges: () => call<MedicationChangeDto[]>('list_medication_changes'),
  addMedicationChange: (input: MedicationChangeInput) =>
    call<MedicationChangeDto>('add_medication_change', { input }),
  deleteMedicationChange: (id: string) => call<null>('delete_medication_change', { id }),
  addVocab: (input: VocabAddInput) => call<VocabEntryDto>('add_vocab', { input }),
  editVocab: (input: VocabEditInput) => call<VocabEntryDto>('edit_vocab', { input }),
  insights: (query: InsightsQuery) => call<InsightsDto>('insights', { query }),
  // File dialogs are opened by Rust; a null result means the person cancelled.
  exportJournal: (format: 'json' | 'csv') => call<string | null>('export_journal', { format }),
  importPreview: () => call<ImportSummary | null>('import_preview'),
  importConfirm: (onProgress: (p: ImportProgress) => void) => {
    const channel = new Channel<ImportProgress>();
    channel.onmessage = onProgress;
    return call<ImportSummary>('import_confirm', { onProgress: channel });
  },
  backupNow: () => call<FileReport | null>('backup_now'),
  restoreBackup: () => call<FileReport | null>('restore_backup'),
  deleteEverything: (confirmation: string) => call<null>('delete_everything', { confirmation }),
  dataFolder: () => call<string>('data_folder'),
  reportDefaults: (today: string) => call<ReportDefaults>('report_defaults', { today }),
  reportPreview: (request: ReportRequest) => call<string>('report_preview', { request }),
  exportReport: (request: ReportRequest) => call<string | null>('export_report', { request }),
};

export type Ipc = typeof ipc;
