import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ErrorScreen from './ErrorScreen.svelte';
import UnlockScreen from './UnlockScreen.svelte';
import { fakeIpc, withIpc } from '../testing';

const damaged = {
  code: 'database_corrupt',
  message: 'The journal twinge.db is damaged (database disk image is malformed).',
  fields: [],
};

describe('a journal that cannot be opened', () => {
  it('a damaged one has a backup restored in its place', async () => {
    const ipc = fakeIpc({
      restoreBackup: vi
        .fn()
        .mockRejectedValueOnce({ code: 'not_a_database', message: 'bad.db is not a Twinge journal.', fields: [] })
        .mockResolvedValueOnce(null)
        .mockResolvedValueOnce({ path: 'twinge.db', episodes: 40, previous_copy: 'twinge-damaged-20261206-173301.db' }),
    });
    const onstartover = vi.fn();
    render(ErrorScreen, withIpc(ipc, { error: damaged, onstartover }));
    const restore = screen.getByRole('button', { name: 'Restore a backup…' });
    // A file that is no backup is said in words; a closed dialog changes nothing.
    await fireEvent.click(restore);
    expect(await screen.findByText('bad.db is not a Twinge journal.')).toBeTruthy();
    await fireEvent.click(restore);
    await waitFor(() => expect(ipc.restoreBackup).toHaveBeenCalledTimes(2));
    expect(onstartover).not.toHaveBeenCalled();
    await fireEvent.click(restore);
    await waitFor(() => expect(onstartover).toHaveBeenCalledTimes(1));
    expect(ipc.startOver).not.toHaveBeenCalled();
  });

  it('or is set aside for an empty journal, naming where it was kept', async () => {
    const ipc = fakeIpc({ startOver: vi.fn(async () => 'twinge-damaged-20261206-173301.db') });
    const onstartover = vi.fn();
    render(ErrorScreen, withIpc(ipc, { error: damaged, onstartover }));
    await fireEvent.click(screen.getByRole('button', { name: 'Set it aside and start with an empty journal' }));
    expect(await screen.findByText('twinge-damaged-20261206-173301.db')).toBeTruthy();
    expect(screen.getByText(/Settings → Restore a backup…/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Start with the empty journal' }));
    expect(onstartover).toHaveBeenCalledTimes(1);
  });

  it('a journal from a newer Twinge is only explained, never set aside', () => {
    const tooNew = { code: 'database_too_new', message: 'A newer Twinge wrote this journal.', fields: [] };
    render(ErrorScreen, withIpc(fakeIpc(), { error: tooNew, onstartover: vi.fn() }));
    expect(screen.queryByRole('button', { name: 'Restore a backup…' })).toBeNull();
    expect(screen.getByText(/Nothing was changed or deleted/)).toBeTruthy();
  });

  it('an encrypted journal found damaged by its passcode goes to that screen', async () => {
    const ipc = fakeIpc({ unlock: vi.fn().mockRejectedValue(damaged) });
    const onunlocked = vi.fn();
    render(UnlockScreen, withIpc(ipc, { onunlocked, onstartover: vi.fn() }));
    await fireEvent.input(screen.getByLabelText('Passcode'), { target: { value: 'the right one' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onunlocked).toHaveBeenCalledTimes(1));
  });
});
