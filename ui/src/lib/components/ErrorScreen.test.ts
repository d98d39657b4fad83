import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ErrorScreen from './ErrorScreen.svelte';
import { fakeIpc, withIpc } from '../testing';

const damaged = {
  code: 'database_corrupt',
  message: 'The journal twinge.db is damaged (database disk image is malformed).',
  fields: [],
};

describe('a journal that cannot be opened', () => {
  it('a damaged one is set aside and a backup restored into a new journal', async () => {
    const ipc = fakeIpc({
      startOver: vi.fn(async () => 'twinge-damaged-20261206-173301.db'),
      restoreBackup: vi
        .fn()
        .mockRejectedValueOnce({ code: 'not_a_database', message: 'bad.db is not a Twinge journal.', fields: [] })
        .mockResolvedValueOnce(null)
        .mockResolvedValueOnce({ path: 'twinge.db', episodes: 40, previous_copy: null }),
    });
    const onstartover = vi.fn();
    render(ErrorScreen, withIpc(ipc, { error: damaged, onstartover }));
    await fireEvent.click(screen.getByRole('button', { name: 'Set it aside and start again' }));
    expect(await screen.findByText('twinge-damaged-20261206-173301.db')).toBeTruthy();
    const restore = screen.getByRole('button', { name: 'Restore a backup…' });
    // A file that is no backup is said in words; a closed dialog changes nothing.
    await fireEvent.click(restore);
    expect(await screen.findByText('bad.db is not a Twinge journal.')).toBeTruthy();
    await fireEvent.click(restore);
    await waitFor(() => expect(ipc.restoreBackup).toHaveBeenCalledTimes(2));
    expect(onstartover).not.toHaveBeenCalled();
    await fireEvent.click(restore);
    await waitFor(() => expect(onstartover).toHaveBeenCalledTimes(1));
    expect(ipc.startOver).toHaveBeenCalledTimes(1);
  });

  it('a journal from a newer Twinge is only explained, never set aside', () => {
    const ipc = fakeIpc();
    const tooNew = { code: 'database_too_new', message: 'A newer Twinge wrote this journal.', fields: [] };
    render(ErrorScreen, withIpc(ipc, { error: tooNew, onstartover: vi.fn() }));
    expect(screen.queryByRole('button', { name: 'Set it aside and start again' })).toBeNull();
    expect(screen.getByText(/Nothing was changed or deleted/)).toBeTruthy();
  });
});
