import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import PeerImport from './PeerImport.svelte';
import { fakeIpc, withIpc } from '../testing';
import type { ImportSummary, PeerPreview } from '../bindings';

const summary = (over: Partial<ImportSummary>): ImportSummary => ({
  dry_run: true, written: false, episodes_in_file: 4, new: 4, unchanged: 0, updated: 0,
  kept_newer_here: 0, rejected: 0, checkins_in_file: 1, problems: [], problems_not_listed: 0,
  settings_differ: [], settings_taken: false, ...over,
});

// A German diary: its columns guessed, every row an episode (other until said), one
// relief and one unknown column.
const sheet = (over: Partial<PeerPreview> = {}): PeerPreview => ({
  format: 'csv', app: 'a spreadsheet', episodes: 4, checkin_days: 1,
  by_kind: { spasm: 0, cramp: 0, twitch: 0, other: 4 },
  places: {}, triggers: { Sport: 1 }, reliefs: { Dehnen: 1 }, medications: {}, factors: {},
  names: [
    { name: '', role: 'other', rows: 4 },
    { name: 'Dehnen', role: 'relief', rows: 1 },
  ],
  columns: [
    { header: 'Datum', column: 'date' },
    { header: 'Wie schlimm', column: 'intensity' },
    { header: 'Wetter', column: null },
  ],
  rules: ['Intensities written like 7/10 take their own scale.'],
  skipped: [{ what: 'Wetter', why: 'Twinge has no place for it', rows: [] }],
  problems: [{ row: 6, field: '', message: '“30.2.24” is not a date this import can read.' }],
  import: summary({}),
  sample: [],
  ...over,
});

describe('Import from another app', () => {
  it('shows the guesses, follows a change, says what is left out, then imports', async () => {
    const ipc = fakeIpc({
      peerChoose: vi.fn(async () => sheet()),
      peerPreview: vi.fn(async () => sheet({ by_kind: { spasm: 0, cramp: 4, twitch: 0, other: 0 } })),
      peerImport: vi.fn(async (_mapping, onProgress) => {
        onProgress({ stage: 'writing', done: 2, total: 4 });
        return sheet({ import: summary({ dry_run: false, written: true }) });
      }),
    });
    const onchanged = vi.fn();
    render(PeerImport, withIpc(ipc, { onchanged }));
    await fireEvent.click(screen.getByRole('button', { name: 'Import from another app…' }));
    expect(await screen.findByText('From a spreadsheet')).toBeTruthy();
    expect(screen.getByText(/4 episodes and 1 day of day-level factors/)).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /Wie schlimm/ }) as HTMLSelectElement).value).toBe('intensity');
    expect((screen.getByRole('combobox', { name: /Wetter/ }) as HTMLSelectElement).value).toBe('skip');
    expect(screen.getByText(/Row 6: “30.2.24” is not a date/)).toBeTruthy();

    await fireEvent.change(screen.getByRole('combobox', { name: /Every row/ }), { target: { value: 'cramp' } });
    await waitFor(() => expect(ipc.peerPreview).toHaveBeenCalledWith({ roles: { '*': 'cramp' }, columns: {} }));

    await fireEvent.click(screen.getByRole('button', { name: 'Import 4 episodes' }));
    expect(await screen.findByText(/Imported: 4 new episodes, 1 day/)).toBeTruthy();
    expect(ipc.peerImport).toHaveBeenCalledWith({ roles: { '*': 'cramp' }, columns: {} }, expect.any(Function));
    expect(onchanged).toHaveBeenCalled();
  });

  it('names the row of an episode that cannot be imported, and offers no import', async () => {
    const problem = { row: 5, field: 'intensity', message: 'Intensity must be a whole number from 0 to 10, not 11.' };
    const ipc = fakeIpc({
      peerChoose: vi.fn(async () => sheet({ import: summary({ rejected: 1, problems: [problem] }) })),
    });
    render(PeerImport, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Import from another app…' }));
    expect(await screen.findByText('Row 5: Intensity must be a whole number from 0 to 10, not 11.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import 4 episodes' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says why a file cannot be imported', async () => {
    const ipc = fakeIpc({
      peerChoose: vi.fn(async () => {
        throw { code: 'bad_import_file', message: 'This file cannot be imported: it is neither text nor a spreadsheet file.', fields: [] };
      }),
    });
    render(PeerImport, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Import from another app…' }));
    expect(await screen.findByText(/neither text nor a spreadsheet file/)).toBeTruthy();
  });
});
