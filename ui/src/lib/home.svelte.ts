// What the Log screen shows above its form (the last episode, today's marks, yesterday's
// offer, the reminder's time): one answer from the app. The app asks for it with its
// first questions, so that the first screen is drawn once, complete.
import type { LogHome } from './bindings';
import type { Ipc } from './ipc';
import { restoreCheckin } from './checkinDraft';
import { restoreKept } from './logDraft';
import { todayLocal } from './time';

export class HomeStore {
  /** Today's Log home, or null until read. */
  current = $state<LogHome | null>(null);
  #ipc: Ipc;
  #fresh = false;

  constructor(ipc: Ipc) {
    this.#ipc = ipc;
  }

  /** Reads it again (after a save, a mark or a check-in). Rejects as the IPC call does. */
  async refresh(): Promise<void> {
    this.current = await this.#ipc.logHome(todayLocal());
  }

  /** Read ahead of the Log screen: its first mount need not ask again, and its form
   * (History's edit, the check-in) opens on what the journal kept unsaved. */
  async prefetch(): Promise<void> {
    await this.refresh();
    if (this.current) {
      restoreKept(this.current.kept.log, this.current.kept.edit);
      restoreCheckin(this.current.kept.checkin);
    }
    this.#fresh = true;
  }

  /** True once after a prefetch: the Log screen mounting now can use what is here. */
  takeFresh(): boolean {
    const fresh = this.#fresh;
    this.#fresh = false;
    return fresh;
  }
}

/** The evening reminder's time (`HH:MM`) has come on `now`'s day and the day is blank. */
export function reminderDue(home: LogHome | null, now: Date): boolean {
  if (!home?.reminder_time || home.today_recorded) return false;
  const [h, m] = home.reminder_time.split(':').map(Number);
  return now.getHours() * 60 + now.getMinutes() >= h! * 60 + m!;
}
