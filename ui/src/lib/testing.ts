// Test helpers: a fake IPC service with the same shape as the real one.
import { vi } from 'vitest';
import type { Ipc } from './ipc';
import type { EpisodeDto, LogHome, Pgic, Vocabularies } from './bindings';
import { IPC_KEY } from './context';

/** The languages the fake journal offers. */
export const LANGUAGE_CHOICES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
];

/** `{ code, label }` choices from a record of each code's label, in its order. */
function labelled<C extends string>(labels: Record<C, string>): { code: C; label: string }[] {
  return (Object.keys(labels) as C[]).map((code) => ({ code, label: labels[code] }));
}

export const vocab: Vocabularies = {
  kinds: labelled({ spasm: 'Spasm', cramp: 'Cramp', twitch: 'Twitch', other: 'Other' }),
  regions: labelled({ calf: 'Calf', lower_back: 'Lower back' }),
  sides: labelled({ left: 'Left', right: 'Right', both: 'Both sides', centre: 'Centre' }),
  associated: labelled({ weakness: 'Weakness', muscle_wasting: 'Muscle wasting' }),
  twitch_associated: ['muscle_wasting', 'swallowing_speaking', 'spreading'],
  triggers: [],
  reliefs: [],
  recent_places: [{ region: 'calf', side: 'left' }],
  // As Rust's Location::label names them (the app sends every region × side).
  place_names: (['calf', 'lower_back'] as const).flatMap((region) =>
    (['left', 'right', 'both', 'centre'] as const).map((side) => {
      const name = region === 'calf' ? 'Calf' : 'Lower back';
      const words = { left: ', left', right: ', right', both: ', both sides', centre: '' }[side];
      return { code: { region, side }, label: `${name}${words}` };
    }),
  ),
};

/** A Log home: nothing logged or marked today, the reminder off; `over` changes fields. */
export function home(over: Partial<LogHome> = {}): LogHome {
  return {
    last: null,
    quiet_today: false,
    episodes_today: 0,
    appointment_today: null,
    checked_in_today: false,
    today_recorded: false,
    yesterday_missing: false,
    reminder_time: null,
    kept: { log: '', edit: null, checkin: '' },
    ...over,
  };
}

export function episode(over: Partial<EpisodeDto> = {}): EpisodeDto {
  return {
    id: '019a0000-0000-7000-8000-000000000001',
    kind: 'cramp',
    started_at: '2026-11-20T03:10:00+01:00',
    utc_offset_min: 60,
    duration_s: 120,
    count: null,
    intensity: 7,
    timing: 'exact',
    when: null,
    origin: null,
    locations: [{ region: 'calf', side: 'left' }],
    place: 'Calf, left',
    triggers: [],
    reliefs: [],
    associated: [],
    woke_from_sleep: true,
    set_off: false,
    notes: '',
    created_at_ms: 0,
    updated_at_ms: 0,
    ...over,
  };
}

export function fakeIpc(over: Partial<Ipc> = {}): Ipc {
  return {
    startupStatus: vi.fn(async () => null),
    appReady: vi.fn(async () => null),
    logEpisode: vi.fn(async () => episode()),
    updateEpisode: vi.fn(async () => episode()),
    deleteEpisode: vi.fn(async () => null),
    undoDeleteEpisode: vi.fn(async () => episode()),
    listEpisodes: vi.fn(async () => ({ episodes: [], next: null })),
    vocabularies: vi.fn(async () => vocab),
    logHome: vi.fn(async () => home()),
    keepLogDraft: vi.fn(async () => null),
    keepEditDraft: vi.fn(async () => null),
    keepCheckinDraft: vi.fn(async () => null),
    repeatLast: vi.fn(async () => episode()),
    markQuietDay: vi.fn(async () => null),
    clearQuietDay: vi.fn(async () => null),
    getSettings: vi.fn(async () => ({ display_name: '', theme: 'system' as const, week_start: 'monday' as const, auto_lock_minutes: 0, date_of_birth: '' })),
    updateSettings: vi.fn(async (s) => s),
    listAppointments: vi.fn(async () => []),
    addAppointment: vi.fn(async (i) => ({ id: 'a1', date: i.date, note: i.note })),
    deleteAppointment: vi.fn(async () => null),
    answerPgic: vi.fn(async (id: string, pgic: Pgic) => ({ id, date: '2026-11-20', note: '', pgic })),
    listMedicationChanges: vi.fn(async () => []),
    trialView: vi.fn(async () => {
      throw { code: 'not_found', message: 'There is no medication change or treatment.', fields: [], details: [] };
    }),
    addMedicationChange: vi.fn(async (i) => ({ id: 'm1', ...i })),
    deleteMedicationChange: vi.fn(async () => null),
    addVocab: vi.fn(async (i) => ({
      key: i.name.toLowerCase().replaceAll(' ', '_'),
      name: i.name,
      archived: false,
      is_medication: i.is_medication,
      dose: i.dose,
    })),
    insights: vi.fn(async () => {
      throw { code: 'not_mocked', message: 'insights not mocked', fields: [] };
    }),
    exportJournal: vi.fn(async () => '/tmp/twinge.json'),
    importPreview: vi.fn(async () => null),
    importConfirm: vi.fn(async () => {
      throw { code: 'no_import', message: 'Choose a file to import first.', fields: [] };
    }),
    peerChoose: vi.fn(async () => null),
    peerPreview: vi.fn(async () => {
      throw { code: 'no_import', message: 'Choose a file to import first.', fields: [] };
    }),
    peerImport: vi.fn(async () => {
      throw { code: 'no_import', message: 'Choose a file to import first.', fields: [] };
    }),
    backupNow: vi.fn(async () => null),
    restoreBackup: vi.fn(async () => null),
    restoreBackupWithPasscode: vi.fn(async () => ({ path: '', episodes: 0, previous_copy: null })),
    deleteEverything: vi.fn(async () => ({ removed: 3, left: [] as string[] })),
    dataFolder: vi.fn(async () => '/home/someone/.local/share/app.twinge.journal'),
    reportDefaults: vi.fn(async () => ({
      from: '2026-08-23', to: '2026-11-20', period_reason: 'the last 90 days', psfs_frequency: 2, psfs_severity: 2, questions: '',
      language: 'en', languages: LANGUAGE_CHOICES,
    })),
    reportPreview: vi.fn(async () => ({ svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', psfs_frequency: 2, psfs_severity: 2 })),
    exportReport: vi.fn(async () => '/tmp/twinge.pdf'),
    unlock: vi.fn(async () => null),
    lock: vi.fn(async () => null),
    factors: vi.fn(async () => [
      { key: 'slept_badly', name: 'Slept badly', archived: false, levels: false },
      { key: 'hard_exercise', name: 'Hard exercise', archived: false, levels: false },
      { key: 'stress', name: 'Stress', archived: false, levels: true },
      { key: 'period', name: 'Menstrual period', archived: true, levels: false },
    ]),
    addFactor: vi.fn(async (name: string) => ({ key: name.toLowerCase().replace(/\W+/g, '_'), name, archived: false, levels: false })),
    editFactor: vi.fn(async (i) => ({ key: i.key, name: i.name, archived: i.archived, levels: false })),
    getCheckin: vi.fn(async () => null),
    saveCheckin: vi.fn(async (c) => c),
    deleteCheckin: vi.fn(async () => null),
    dayRecords: vi.fn(async () => []),
    keepReportQuestions: vi.fn(async () => null),
    keepReportLanguage: vi.fn(async () => null),
    languageSettings: vi.fn(async () => ({ language: 'en', chosen: '', system: 'en', languages: LANGUAGE_CHOICES })),
    chooseLanguage: vi.fn(async (language: string) => ({
      language: language || 'en', chosen: language, system: 'en', languages: LANGUAGE_CHOICES,
    })),
    reminderStatus: vi.fn(async () => ({ time: null, timer_installed: false, note: '' })),
    setReminder: vi.fn(async (time: string | null) => ({ time, timer_installed: time !== null, note: '' })),
    startOver: vi.fn(async () => 'twinge-locked-20261126-101500.db'),
    welcomeDue: vi.fn(async () => false),
    finishWelcome: vi.fn(async () => null),
    privacyStatus: vi.fn(async () => ({ encrypted: false })),
    setPasscode: vi.fn(async () => ({ encrypted: true, copies: 2, left: [], plain: [] })),
    removePasscode: vi.fn(async () => ({ encrypted: false, copies: 2, left: [], plain: [] })),
    checkPasscode: vi.fn(async () => null),
    editVocab: vi.fn(async (i) => ({ key: i.key, name: i.name ?? i.key, archived: i.archived ?? false, is_medication: false, dose: null })),
    ...over,
  };
}

export function withIpc<P extends Record<string, unknown>>(
  ipc: Ipc,
  props?: P,
): { context: Map<unknown, unknown>; props?: P } {
  return { context: new Map<unknown, unknown>([[IPC_KEY, ipc]]), props };
}
