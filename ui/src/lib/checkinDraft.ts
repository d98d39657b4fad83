// The daily check-in as the person left it. Like the episode form (logDraft.ts), the
// sheet is kept with the journal a moment after each change (`keep_checkin_draft`,
// encrypted with the journal when it has a passcode): closing the window before "Save
// check-in" loses none of the taps, and the next start opens the sheet on them again.
// Saving or cancelling forgets it.
import type { Ipc } from './ipc';
import { Keeper } from './keeper';

export type Stress = 'none' | 'some' | 'a_lot';

/** What the check-in sheet holds for one day. */
export interface CheckinSheet {
  date: string;
  /** The keys of the factors tapped. */
  chosen: string[];
  stress: Stress;
  stiffness: number | null;
  sleep_broken: number | null;
  quiet: boolean;
  /** "A factor of your own", typed but not added yet. */
  own: string;
}

let kept: CheckinSheet | null = null;
const keeper = new Keeper();

/** A 0–10 rating as kept, or null. */
function rating(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10 ? v : null;
}

/** Reads a kept check-in, or null for one this version cannot read. */
function parsed(text: string): CheckinSheet | null {
  try {
    const k = JSON.parse(text) as Partial<CheckinSheet> & { v?: number };
    if (k.v !== 1 || typeof k.date !== 'string' || !Array.isArray(k.chosen)) return null;
    return {
      date: k.date,
      chosen: k.chosen.filter((c): c is string => typeof c === 'string'),
      stress: k.stress === 'some' || k.stress === 'a_lot' ? k.stress : 'none',
      stiffness: rating(k.stiffness),
      sleep_broken: rating(k.sleep_broken),
      quiet: k.quiet === true,
      own: typeof k.own === 'string' ? k.own : '',
    };
  } catch {
    return null;
  }
}

/** At start: the check-in the journal kept, to open again on its day. One this version
 * cannot read is left for the next change to replace. */
export function restoreCheckin(text: string): void {
  keeper.kept = text;
  kept = text ? parsed(text) : null;
}

/** The day of a check-in kept from before, to open the sheet on; null when none. */
export function keptCheckinDay(): string | null {
  return kept?.date ?? null;
}

/** The check-in kept from before for `date`, once: the sheet opens on it. */
export function takeKeptCheckin(date: string): CheckinSheet | null {
  if (kept?.date !== date) return null;
  const k = kept;
  kept = null;
  return k;
}

/** Has the journal keep the sheet a moment after its last change. */
export function keepCheckin(ipc: Pick<Ipc, 'keepCheckinDraft'>, sheet: CheckinSheet): void {
  keeper.keep((t) => ipc.keepCheckinDraft(t), JSON.stringify({ v: 1, ...sheet }));
}

/** Forgets the check-in of `date` at once (saved, cancelled, or back to what the day
 * holds). One kept for another day, not opened again yet, stays. */
export function forgetCheckin(ipc: Pick<Ipc, 'keepCheckinDraft'>, date: string): void {
  const held = keeper.kept ? parsed(keeper.kept) : null;
  const other = held !== null && held.date !== date;
  keeper.keep((t) => ipc.keepCheckinDraft(t), other ? keeper.kept : '');
}

/** Forgets the kept check-in and what is known of the journal's (a test's fresh start). */
export function resetCheckinDraft(): void {
  kept = null;
  keeper.forget();
}
