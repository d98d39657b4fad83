import { describe, expect, it, vi } from 'vitest';
import { ToastSlot } from './toast.svelte';

describe('ToastSlot', () => {
  it('runs an Undo once, taking the toast down first', async () => {
    const slot = new ToastSlot();
    const undo = vi.fn(async () => slot.show('Restored'));
    slot.show('Deleted', undo);
    const failed = vi.fn();
    await Promise.all([slot.undo(failed), slot.undo(failed)]);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(slot.shown?.message).toBe('Restored');
    expect(slot.shown?.undo).toBeUndefined();
    expect(failed).not.toHaveBeenCalled();
  });

  it('hands a refused Undo to the screen and shows nothing', async () => {
    const slot = new ToastSlot();
    const refusal = { code: 'not_found', message: 'No such episode.' };
    slot.show('Deleted', async () => {
      throw refusal;
    });
    const failed = vi.fn();
    await slot.undo(failed);
    expect(failed).toHaveBeenCalledWith(refusal);
    expect(slot.shown).toBeNull();
  });
});
