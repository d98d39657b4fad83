import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import DataSection from './DataSection.svelte';
import { fakeIpc, withIpc } from '../testing';
import type { ImportSummary } from '../bindings';

const summary = (over: Partial<ImportSummary>): ImportSummary => ({
  dry_run: true, written: false, episodes_in_file: 3, new: 3, unchanged: 0, updated: 0,
  kept_newer_here: 0, rejected: 0, checkins_in_file: 0, problems: [], problems_not_listed: 0,
  settings_differ: [], settings_taken: false, ...over,
});

describe('Your data', () => {
  it('previews an import, then imports with progress', async () => {
    const ipc = fakeIpc({
      importPreview: vi.fn(async () => summary({})),
      importConfirm: vi.fn(async (_withSettings, onProgress) => {
        onProgress({ stage: 'writing', done: 1, total: 3 });
        return summary({ dry_run: false, written: true });
      }),
    });
    render(DataSection, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Import a file…' }));
    expect(await screen.findByText('Ready to import')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Import 3 episodes' }));
    expect(await screen.findByText(/^Imported\./)).toBeTruthy();
    expect(ipc.importConfirm).toHaveBeenCalledTimes(1);
    expect(ipc.importConfirm).toHaveBeenCalledWith(false, expect.any(Function));
  });

  it("shows the file's settings that differ and takes them only when chosen", async () => {
    const ipc = fakeIpc({
      importPreview: vi.fn(async () => summary({ settings_differ: ['Lock when not used: never (here: after 15 minutes)'] })),
      importConfirm: vi.fn(async () => summary({ dry_run: false, written: true, settings_taken: true })),
    });
    render(DataSection, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Import a file…' }));
    expect(await screen.findByText(/never \(here: after 15 minutes\)/)).toBeTruthy();
    await fireEvent.click(screen.getByLabelText("Use the file's settings"));
    await fireEvent.click(screen.getByRole('button', { name: 'Import 3 episodes' }));
    await waitFor(() => expect(ipc.importConfirm).toHaveBeenCalledTimes(1));
    expect(ipc.importConfirm).toHaveBeenCalledWith(true, expect.any(Function));
  });

  it('lists the rows that stop an import, in words', async () => {
    const ipc = fakeIpc({
      importPreview: vi.fn(async () =>
        summary({ rejected: 1, problems: [{ row: 4, field: 'intensity', message: 'Intensity must be a whole number from 0 to 10, not 11' }] }),
      ),
    });
    render(DataSection, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Import a file…' }));
    expect(await screen.findByText('This file cannot be imported yet')).toBeTruthy();
    expect(screen.getByText(/Row 4: Intensity must be/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
  });

  it('deletes everything only after DELETE is typed, then lists what is still there', async () => {
    const ipc = fakeIpc({ deleteEverything: vi.fn(async () => ({ removed: 4, left: ['/home/alex/Desktop/twinge.pdf'] })) });
    render(DataSection, withIpc(ipc));
    const button = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await fireEvent.input(screen.getByLabelText('Type DELETE to confirm'), { target: { value: 'DELETE' } });
    expect(button.disabled).toBe(false);
    await fireEvent.click(button);
    await waitFor(() => expect(ipc.deleteEverything).toHaveBeenCalledWith('DELETE'));
    expect(await screen.findByText('/home/alex/Desktop/twinge.pdf')).toBeTruthy();
  });

  it('asks for the passcode a backup was made under, then restores it', async () => {
    const ipc = fakeIpc({
      restoreBackup: vi.fn(async () => {
        throw { code: 'backup_passcode_needed', message: 'old.db was made under another passcode.', fields: [] };
      }),
      restoreBackupWithPasscode: vi.fn(async () => ({ path: 'twinge.db', episodes: 12, previous_copy: 'twinge.db.before-restore.bak' })),
    });
    render(DataSection, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Restore a backup…' }));
    expect(await screen.findByText('old.db was made under another passcode.')).toBeTruthy();
    const restore = screen.getByRole('button', { name: 'Restore' }) as HTMLButtonElement;
    expect(restore.disabled).toBe(true);
    await fireEvent.input(screen.getByLabelText('Passcode of this backup'), { target: { value: 'first passcode' } });
    await fireEvent.click(restore);
    await waitFor(() => expect(ipc.restoreBackupWithPasscode).toHaveBeenCalledWith('first passcode'));
    expect(await screen.findByText(/^Restored 12 episodes/)).toBeTruthy();
    expect(screen.queryByLabelText('Passcode of this backup')).toBeNull();
  });

  it('names a refused file in words and copies the details on request', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const ipc = fakeIpc({
      restoreBackup: vi.fn(async () => {
        throw {
          code: 'not_a_database',
          message: 'Holiday.db is not a Twinge journal (it is not an SQLite database). It was left as it is.',
          fields: [],
          details: '/home/alex/Holiday.db is not a Twinge journal (NotADatabase)',
        };
      }),
    });
    render(DataSection, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Restore a backup…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Holiday.db is not a Twinge journal');
    expect(screen.queryByText(/home\/alex/)).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('/home/alex/Holiday.db is not a Twinge journal (NotADatabase)'));
    expect(await screen.findByRole('button', { name: 'Details copied' })).toBeTruthy();
  });
});
