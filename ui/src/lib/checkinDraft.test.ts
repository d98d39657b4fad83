import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import CheckinPanel from './components/CheckinPanel.svelte';
import LogView from '../views/LogView.svelte';
import { restoreCheckin } from './checkinDraft';
import { fakeIpc, withIpc } from './testing';
import { addDays } from './periods';
import { todayLocal } from './time';

/** The last check-in the sheet had the journal keep, read back ('' for none). */
function lastKept(ipc: ReturnType<typeof fakeIpc>): string {
  return vi.mocked(ipc.keepCheckinDraft).mock.calls.at(-1)?.[0] ?? '(none)';
}

describe('the check-in left unsaved, kept with the journal', () => {
  it('is kept as it is tapped, and forgotten once saved', async () => {
    const ipc = fakeIpc();
    render(CheckinPanel, withIpc(ipc, { onclose: vi.fn(), onsaved: vi.fn() }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Hard exercise' }));
    await fireEvent.click(screen.getByLabelText('Some'));
    await waitFor(() => expect(lastKept(ipc)).not.toBe('(none)'));
    const kept = JSON.parse(lastKept(ipc));
    expect([kept.date, kept.chosen, kept.stress]).toEqual([todayLocal(), ['hard_exercise'], 'some']);
    await fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(ipc.saveCheckin).toHaveBeenCalled());
    await waitFor(() => expect(lastKept(ipc)).toBe(''));
  });

  it('keeps nothing for a sheet opened and left as the day is, and forgets it on Cancel', async () => {
    const ipc = fakeIpc();
    const onclose = vi.fn();
    render(CheckinPanel, withIpc(ipc, { onclose, onsaved: vi.fn() }));
    const exercise = await screen.findByRole('button', { name: 'Hard exercise' });
    await new Promise((r) => setTimeout(r, 400));
    expect(lastKept(ipc)).toBe('(none)');
    await fireEvent.click(exercise);
    await waitFor(() => expect(lastKept(ipc)).toContain('hard_exercise'));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onclose).toHaveBeenCalled();
    await waitFor(() => expect(lastKept(ipc)).toBe(''));
  });

  it('opens on the taps kept from before, says so, and Discard goes back to the day as saved', async () => {
    const yesterday = addDays(todayLocal(), -1);
    const text = JSON.stringify({ v: 1, date: yesterday, chosen: ['slept_badly'], stress: 'a_lot', stiffness: 6, sleep_broken: null, quiet: false, own: 'Long drive' });
    restoreCheckin(text);
    const ipc = fakeIpc();
    render(CheckinPanel, withIpc(ipc, { date: yesterday, onclose: vi.fn(), onsaved: vi.fn() }));
    const slept = await screen.findByRole('button', { name: 'Slept badly' });
    await waitFor(() => expect(slept.getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByText('Not saved yet: Twinge kept this check-in as you left it.')).toBeTruthy();
    expect((screen.getByLabelText('A lot') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Stiffness today') as HTMLInputElement).value).toBe('6');
    expect((screen.getByLabelText('A factor of your own') as HTMLInputElement).value).toBe('Long drive');
    await fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(slept.getAttribute('aria-pressed')).toBe('false'));
    expect(screen.queryByText('Not saved yet: Twinge kept this check-in as you left it.')).toBeNull();
    await waitFor(() => expect(lastKept(ipc)).toBe(''));
  });

  it('opens the Log screen on the sheet when the app starts with a check-in kept', async () => {
    const text = JSON.stringify({ v: 1, date: todayLocal(), chosen: ['hard_exercise'], stress: 'none', stiffness: null, sleep_broken: null, quiet: true, own: '' });
    restoreCheckin(text);
    render(LogView, withIpc(fakeIpc()));
    const sheet = await screen.findByRole('dialog', { name: 'Daily check-in' });
    expect(sheet).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Hard exercise' }).getAttribute('aria-pressed')).toBe('true'));
    expect((screen.getByLabelText('No episodes today') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Not saved yet: Twinge kept this check-in as you left it.')).toBeTruthy();
  });

  it('leaves a check-in kept for another day alone when a sheet is opened and closed untouched', async () => {
    const yesterday = addDays(todayLocal(), -1);
    const text = JSON.stringify({ v: 1, date: yesterday, chosen: ['slept_badly'], stress: 'none', stiffness: null, sleep_broken: null, quiet: false, own: '' });
    restoreCheckin(text);
    const ipc = fakeIpc();
    render(CheckinPanel, withIpc(ipc, { onclose: vi.fn(), onsaved: vi.fn() }));
    await screen.findByRole('button', { name: 'Hard exercise' });
    await new Promise((r) => setTimeout(r, 400));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await new Promise((r) => setTimeout(r, 400));
    expect(lastKept(ipc)).toBe('(none)');
  });
});
