// Pure helpers of the episode form.
import type { EpisodeDto, EpisodeInput, Location, Kind, Associated } from './bindings';
import { t } from './i18n';

/** The quick durations, each with its words in the UI's language when read. */
export const DURATION_CHOICES: { seconds: number; readonly label: string }[] = [
  { seconds: 5, label: '< 10', unit: 'duration-seconds' },
  { seconds: 30, label: '~30', unit: 'duration-seconds' },
  { seconds: 60, label: '~1', unit: 'duration-minutes' },
  { seconds: 300, label: '~5', unit: 'duration-minutes' },
  { seconds: 900, label: '~15', unit: 'duration-minutes' },
  { seconds: 3600, label: '~1', unit: 'duration-hours', more: '+' },
].map(({ seconds, label, unit, more }) => ({
  seconds,
  get label() {
    return t(unit as 'duration-seconds', { value: label }) + (more ?? '');
  },
}));

/** How much a relief helped, 0 (not at all) to 3 (fully), in the UI's language. */
export function helpedLabel(h: number): string {
  const ids = ['screen-helped-0', 'screen-helped-1', 'screen-helped-2', 'screen-helped-3'] as const;
  const id = ids[h];
  return id ? t(id) : '';
}

/** The levels of "helped". */
export const HELPED_LEVELS = [0, 1, 2, 3] as const;

export interface FormState {
  kind: Kind | null;
  startedAt: string; // RFC 3339
  locations: Location[];
  intensity: number | null; // null until the person chooses it
  durationS: number | null;
  count: number | null;
  woke: boolean;
  setOff: boolean;
  associated: Associated[];
  triggers: string[]; // keys
  reliefs: { key: string; helped: number }[];
  notes: string;
}

export function emptyForm(startedAt: string): FormState {
  return {
    kind: null,
    startedAt,
    locations: [],
    intensity: null,
    durationS: null,
    count: null,
    woke: false,
    setOff: false,
    associated: [],
    triggers: [],
    reliefs: [],
    notes: '',
  };
}

export function formFromEpisode(e: EpisodeDto): FormState {
  return {
    kind: e.kind,
    startedAt: e.started_at,
    locations: e.locations.map((l) => ({ ...l })),
    intensity: e.intensity,
    durationS: e.duration_s,
    count: e.count,
    woke: e.woke_from_sleep,
    setOff: e.set_off,
    associated: [...e.associated],
    triggers: e.triggers.map((t) => t.key),
    reliefs: e.reliefs.map((r) => ({ key: r.key, helped: r.helped })),
    notes: e.notes,
  };
}

export function toInput(f: FormState & { kind: Kind }): EpisodeInput {
  return {
    kind: f.kind,
    started_at: f.startedAt,
    duration_s: f.durationS,
    count: f.count,
    intensity: f.intensity,
    locations: f.locations,
    triggers: f.triggers,
    reliefs: f.reliefs.map((r) => ({ relief: r.key, helped: r.helped })),
    associated: f.associated,
    woke_from_sleep: f.woke,
    set_off: f.setOff,
    notes: f.notes,
  };
}

/** "2 min", "1 h 30 min", "45 s". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return t('duration-seconds', { value: seconds });
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  if (h === 0) return t('duration-minutes', { value: m });
  const hours = t('duration-hours', { value: h });
  return m === 0 ? hours : `${hours} ${t('duration-minutes', { value: m })}`;
}

export function toggleIn<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** An episode's details in a line, as History lists them: duration, burst, set off,
 * waking, triggers, and what helped with how much. */
export function episodeDetails(e: EpisodeDto): string {
  const parts: string[] = [];
  if (e.duration_s) parts.push(formatDuration(e.duration_s));
  if (e.count) parts.push(`×${e.count}`);
  if (e.set_off) parts.push(t('screen-details-set-off'));
  if (e.woke_from_sleep) parts.push(t('screen-details-woke'));
  if (e.triggers.length) parts.push(t('screen-details-after', { triggers: e.triggers.map((x) => x.name).join(', ') }));
  if (e.reliefs.length) {
    const how = (h: number) => helpedLabel(h).toLowerCase();
    parts.push(t('screen-details-helped', { reliefs: e.reliefs.map((r) => `${r.name} (${how(r.helped)})`).join(', ') }));
  }
  return parts.join(' · ');
}
