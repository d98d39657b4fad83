// The Log form's episode not yet saved, kept while the app is open: leaving the tab (to
// look something up in History, say) and coming back finds it as it was. It stays in
// memory only and is never written anywhere, so an encrypted journal's draft is never
// left on disk in the clear; closing the app ends it.
import type { FormState } from './episodeForm';
import type { QuickWhen } from './time';

export interface LogDraft {
  form: FormState;
  quick: QuickWhen | null;
  /** The time chosen under "Another time" (unused while the time is "now"). */
  whenInput: string;
  customDuration: string;
  showMore: boolean;
}

let kept: LogDraft | null = null;

/** Keeps the form as it is when the Log screen closes. */
export function keepDraft(draft: LogDraft): void {
  kept = draft;
}

/** The form kept when the Log screen last closed, once (then it is the form's again). */
export function takeDraft(): LogDraft | null {
  const draft = kept;
  kept = null;
  return draft;
}
