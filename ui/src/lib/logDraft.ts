// The episode form as the person left it. Leaving the tab (to look something up
// elsewhere) and coming back finds the Log form's new episode, and History's open edit,
// as they were: both are kept in memory. Each is also kept with the journal as it is
// written (`keep_log_draft`, `keep_edit_draft`; encrypted with the journal when it has a
// passcode), so that closing the window, a crash or the machine going off loses none of
// it: the next start opens the Log form on the new episode, and History on the edit.
import type { EpisodeDto, KeptEdit } from './bindings';
import { emptyForm, formFromEpisode, type FormState } from './episodeForm';
import type { Ipc } from './ipc';
import { Keeper } from './keeper';
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

let fresh: Draft | null = null;
let edit: (Draft & { episode: EpisodeDto }) | null = null;
/** When the new episode's draft began, RFC 3339; null while the form is blank. */
let began: string | null = null;
const freshKeeper = new Keeper();
const editKeeper = new Keeper();
/** The form began from a draft the journal kept: the form says so. */
let fromJournal = false;
let editFromJournal = false;

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
 * forget it at once when the form is blank again (saved or discarded). */
export function keepInJournal(ipc: Pick<Ipc, 'keepLogDraft'>, draft: Draft): void {
  const blank = isBlank(draft);
  began = blank ? null : (began ?? toRfc3339Local(new Date()));
  if (blank) fromJournal = false;
  const text = began === null ? '' : JSON.stringify({ v: 1, began, ...draft } satisfies Kept);
  freshKeeper.keep((t) => ipc.keepLogDraft(t), text);
}

/** The edit says no more than its episode does: nothing to keep. */
function unchanged(d: Draft, e: EpisodeDto): boolean {
  return (
    d.quick === null &&
    d.customDuration.trim() === '' &&
    d.whenInput === e.started_at.slice(0, 16) &&
    JSON.stringify(d.form) === JSON.stringify(formFromEpisode(e))
  );
}

/** Has the journal keep History's edit of `episode` in the same way, once it changes
 * anything; a quick time ("just now") is kept as the moment it meant. */
export function keepEditInJournal(ipc: Pick<Ipc, 'keepEditDraft'>, draft: Draft, episode: EpisodeDto): void {
  const same = unchanged(draft, episode);
  if (same) editFromJournal = false;
  const whenInput = draft.quick ? toInputValue(quickWhen(draft.quick, new Date())) : draft.whenInput;
  const text = same ? '' : JSON.stringify({ v: 1, id: episode.id, ...draft, quick: null, whenInput });
  editKeeper.keep((t) => ipc.keepEditDraft(t), text);
}

/** Reads a kept form, or null for one this version cannot read. */
function parsed<T>(text: string): (Partial<T> & { v?: number; form?: unknown }) | null {
  try {
    const k = JSON.parse(text) as Partial<T> & { v?: number; form?: unknown };
    return k.v === 1 && typeof k.form === 'object' && k.form !== null ? k : null;
  } catch {
    return null;
  }
}

/** At start: the drafts the journal kept become the Log form's and History's edit,
 * unless the form already has one. A quick time ("15 min ago") meant the moment it was
 * begun, so it comes back as that date and time. A draft this version cannot read is
 * left for the next change to replace. */
export function restoreKept(text: string, keptEdit: KeptEdit | null = null): void {
  freshKeeper.kept = text;
  if (keptEdit) restoreEdit(keptEdit);
  if (!text || fresh) return;
  const k = parsed<Kept>(text);
  const at = new Date(k?.began ?? '');
  if (!k || Number.isNaN(at.getTime())) return;
  began = k.began!;
  fromJournal = true;
  fresh = {
    form: { ...emptyForm(''), ...k.form },
    quick: null,
    whenInput: k.quick ? toInputValue(quickWhen(k.quick, at)) : (k.whenInput ?? toInputValue(at)),
    customDuration: k.customDuration ?? '',
    showMore: k.showMore ?? false,
  };
}

function restoreEdit({ episode, draft }: KeptEdit): void {
  editKeeper.kept = draft;
  const k = parsed<Draft & { id: string }>(draft);
  if (edit || !k || k.id !== episode.id) return;
  editFromJournal = true;
  edit = {
    form: { ...formFromEpisode(episode), ...k.form },
    quick: null,
    whenInput: k.whenInput ?? episode.started_at.slice(0, 16),
    customDuration: k.customDuration ?? '',
    showMore: k.showMore ?? true,
    episode,
  };
}

/** Whether the new episode's form (or the edit of `episode`) holds a draft the journal
 * kept from before. */
export function keptFromBefore(episode: EpisodeDto | null = null): boolean {
  return episode ? editFromJournal && edit?.episode.id === episode.id : fromJournal;
}

/** The episode whose edit was left open, to open it again. */
export function openEdit(): EpisodeDto | null {
  return edit?.episode ?? null;
}

/** Forgets the edit's draft, here and in the journal, once History closes the edit. */
export function closeEdit(ipc: Pick<Ipc, 'keepEditDraft'>): void {
  edit = null;
  editFromJournal = false;
  editKeeper.keep((t) => ipc.keepEditDraft(t), '');
}

/** Forgets every draft and what is known of the journal's (a test's fresh start). */
export function forgetDrafts(): void {
  fresh = null;
  edit = null;
  began = null;
  fromJournal = false;
  editFromJournal = false;
  freshKeeper.forget();
  editKeeper.forget();
}
