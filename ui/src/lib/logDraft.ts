// The episode form as the person left it, kept while the app is open: leaving the tab
// (to look something up elsewhere) and coming back finds the Log form's new episode,
// and History's open edit, as they were. Kept in memory only and never written
// anywhere, so an encrypted journal's draft is never on disk in the clear; closing the
// app ends it.
import type { EpisodeDto } from './bindings';
import type { FormState } from './episodeForm';
import type { QuickWhen } from './time';

export interface Draft {
  form: FormState;
  quick: QuickWhen | null;
  /** The time chosen under "Another time" (unused while the time is "now"). */
  whenInput: string;
  customDuration: string;
  showMore: boolean;
}

let fresh: Draft | null = null;
let edit: (Draft & { episode: EpisodeDto }) | null = null;

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

/** The episode whose edit was left open, to open it again. */
export function openEdit(): EpisodeDto | null {
  return edit?.episode ?? null;
}

/** Forgets the edit's draft once History closes the edit. */
export function closeEdit(): void {
  edit = null;
}

/** Forgets both, as closing the app does. */
export function forgetDrafts(): void {
  fresh = null;
  edit = null;
}
