import type { AppError } from './bindings';

/** What a toast says, and what its Undo does (none: no Undo). */
export type ToastMessage = { message: string; undo?: () => Promise<void> };

/** The one toast a screen shows at a time, with its Undo. */
export class ToastSlot {
  shown = $state<ToastMessage | null>(null);

  show(message: string, undo?: () => Promise<void>): void {
    this.shown = { message, undo };
  }

  dismiss(): void {
    this.shown = null;
  }

  /** Runs the shown toast's Undo once: the toast goes first, so a second tap does
   * nothing (nor does a tap on a toast without Undo). A refusal is handed to `failed`. */
  async undo(failed: (e: AppError) => void): Promise<void> {
    const undo = this.shown?.undo;
    if (!undo) return;
    this.shown = null;
    try {
      await undo();
    } catch (e) {
      failed(e as AppError);
    }
  }
}
