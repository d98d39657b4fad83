// One form's copy in the journal (the Log form's new episode, History's edit, the daily
// check-in), so that closing the window, a crash or the machine going off loses none of
// what was entered.

/** How long the form rests before the journal keeps it: one write for a burst of typing. */
export const KEEP_DELAY_MS = 300;

/** Written a moment after the form's last change, and at once when forgotten. A journal
 * that cannot keep it now (locked) keeps it with the next change. */
export class Keeper {
  /** The text as the journal holds it ('' for none). */
  kept = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  keep(write: (text: string) => Promise<unknown>, text: string): void {
    clearTimeout(this.#timer);
    if (text === this.kept) return;
    this.#timer = setTimeout(
      () => {
        const before = this.kept;
        this.kept = text;
        write(text).catch(() => {
          if (this.kept === text) this.kept = before;
        });
      },
      text === '' ? 0 : KEEP_DELAY_MS,
    );
  }

  forget(): void {
    this.kept = '';
    clearTimeout(this.#timer);
  }
}
