import type { AppError } from './bindings';

/** One action at a time: busy while it runs (its buttons wait), and what went wrong,
 * in words, until the next one starts. */
export class Task {
  busy = $state(false);
  error = $state<AppError | null>(null);

  /** Runs `action`; a refusal is kept in `error`, never thrown. `after` runs either way. */
  async run(action: () => Promise<void>, after?: () => void): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      await action();
    } catch (e) {
      this.error = e as AppError;
    } finally {
      this.busy = false;
      after?.();
    }
  }
}
