// The episode form as the person left it. Leaving the tab (to look something up
// elsewhere) and coming back finds the Log form's new episode, and History's open edit,
// as they were: both are kept in memory. The new episode is also kept with the journal
// as it is written (`keep_log_draft`, encrypted with the journal when it has a
// passcode), so that closing the window, a crash or the machine going off loses none of
// it: the next start opens the Log form on it.
import type { EpisodeDto } from './bindings';
import { emptyForm, type FormState } from './episodeForm';
import type { Ipc } from './ipc';
import { quickWhen, toInputValue, toRfc3339Local, type QuickWhen } from './time';

export interface Draft {
  form: FormState;
  quick: QuickWhen | null;
  /** The time chosen under "Another time" (unused while the time is "now"). */
  whenInput: string;
  customDuration: string;
  showMore: boolean;
}

/** What the journal keeps: the draft, and when it began (its first change). */
interface Kept extends Draft {
  v: 1;
  began: string;
}

/** How long the form rests before the journal keeps it: one write for a burst of typing. */
export const KEEP_DELAY_MS = 300;

let fresh: Draft | null = null;
let edit: (Draft & { episode: EpisodeDto }) | null = null;
/** When the new episode's draft began, RFC 3339; null while the form is blank. */
let began: string | null = null;
/** The draft as the journal holds it ('' for none). */
let kept = '';
/** The form began from a draft the journal kept: the form says so. */
let fromJournal = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Keeps the form of a new episode (`episode` null) or of the edit of `episode`. */
export function keepDraft(draft: Draft, episode: EpisodeDto | null): void {
  if (episode) edit = { ...draft, episode };
  else fresh = draft;
}

/** The form kept for a new episode, or for the edit of `episode`. */
export function keptDraft(episode: EpisodeDto | null): Draft | null {
  if (!episode) return fresh;
  return edit?.episode.id === episode.id ? edit : null;
}

/** Nothing written in the form yet (the time alone is not worth keeping). */
function isBlank(d: Draft): boolean {
  return d.customDuration.trim() === '' && JSON.stringify(d.form) === JSON.stringify(emptyForm(''));
}

/** Has the journal keep the new episode's `draft` a moment after its last change, and
 * forget it at once when the form is blank again (saved or discarded). A journal that
 * cannot keep it now (locked) keeps it with the next change. */
export function keepInJournal(ipc: Pick<Ipc, 'keepLogDraft'>, draft: Draft): void {
  const blank = isBlank(draft);
  began = blank ? null : (began ?? toRfc3339Local(new Date()));
  if (blank) fromJournal = false;
  const text = began === null ? '' : JSON.stringify({ v: 1, began, ...draft } satisfies Kept);
  clearTimeout(timer);
  if (text === kept) return;
  timer = setTimeout(
    () => {
      const before = kept;
      kept = text;
      ipc.keepLogDraft(text).catch(() => {
        if (kept === text) kept = before;
      });
    },
    began === null ? 0 : KEEP_DELAY_MS,
  );
}

/** At start: the draft the journal kept becomes the Log form's, unless the form already
 * has one. A quick time ("15 min ago") meant the moment it was begun, so it comes back
 * as that date and time. A draft this version cannot read is left for the next change
 * to replace. */
export function restoreKept(text: string): void {
  kept = text;
  if (!text || fresh) return;
  let k: Partial<Kept>;
  try {
    k = JSON.parse(text) as Partial<Kept>;
  } catch {
    return;
  }
  if (k.v !== 1 || typeof k.form !== 'object' || typeof k.began !== 'string') return;
  const at = new Date(k.began);
  if (Number.isNaN(at.getTime())) return;
  began = k.began;
  fromJournal = true;
  fresh = {
    form: { ...emptyForm(''), ...k.form },
    quick: null,
    whenInput: k.quick ? toInputValue(quickWhen(k.quick, at)) : (k.whenInput ?? toInputValue(at)),
    customDuration: k.customDuration ?? '',
    showMore: k.showMore ?? false,
  };
}

/** Whether the new episode's form holds a draft the journal kept from before. */
export function keptFromBefore(): boolean {
  return fromJournal;
}

/** The episode whose edit was left open, to open it again. */
export function openEdit(): EpisodeDto | null {
  return edit?.episode ?? null;
}

/** Forgets the edit's draft once History closes the edit. */
export function closeEdit(): void {
  edit = null;
}

/** Forgets every draft and what is known of the journal's (a test's fresh start). */
export function forgetDrafts(): void {
  fresh = null;
  edit = null;
  began = null;
  kept = '';
  fromJournal = false;
  clearTimeout(timer);
}
