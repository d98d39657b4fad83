import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import CheckinPanel from './CheckinPanel.svelte';
import { fakeIpc, withIpc } from '../testing';
import { todayLocal } from '../time';
import { addDays } from '../periods';

describe('the daily check-in', () => {
  it('saves the tapped factors, the stress level and the no-episodes mark in a few taps', async () => {
    const ipc = fakeIpc();
    const onsaved = vi.fn();
    render(CheckinPanel, withIpc(ipc, { onclose: vi.fn(), onsaved }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Hard exercise' }));
    expect(screen.queryByRole('button', { name: 'Menstrual period' })).toBeNull();
    await fireEvent.click(screen.getByLabelText('A lot'));
    await fireEvent.click(screen.getByLabelText('No episodes today'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() =>
      expect(ipc.saveCheckin).toHaveBeenCalledWith({
        date: todayLocal(),
        factors: [
          { key: 'hard_exercise', level: 'yes' },
          { key: 'stress', level: 'a_lot' },
        ],
      }),
    );
    expect(ipc.markQuietDay).toHaveBeenCalledWith(todayLocal());
    expect(onsaved).toHaveBeenCalledWith("Today's check-in saved");
  });

  it('rates the day’s stiffness and broken sleep only when touched, and can unrate them', async () => {
    const ipc = fakeIpc({
      getCheckin: vi.fn(async () => ({ date: todayLocal(), factors: [], stiffness: 4 })),
    });
    render(CheckinPanel, withIpc(ipc, { onclose: vi.fn(), onsaved: vi.fn() }));
    const stiffness = (await screen.findByLabelText('Stiffness today')) as HTMLInputElement;
    await waitFor(() => expect(stiffness.value).toBe('4'));
    const sleep = screen.getByLabelText('Sleep broken by spasms or cramps') as HTMLInputElement;
    expect(sleep.getAttribute('aria-valuetext')).toBe('Not rated');
    await fireEvent.input(sleep, { target: { value: '0' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() =>
      expect(ipc.saveCheckin).toHaveBeenLastCalledWith({ date: todayLocal(), factors: [], stiffness: 4, sleep_broken: 0 }),
    );
    // The button that unsets a rating says what it does, not a state the slider contradicts.
    await fireEvent.click(screen.getAllByRole('button', { name: 'Don’t rate' })[0]!);
    expect(stiffness.getAttribute('aria-valuetext')).toBe('Not rated');
    await fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() =>
      expect(ipc.saveCheckin).toHaveBeenLastCalledWith({ date: todayLocal(), factors: [], stiffness: undefined, sleep_broken: 0 }),
    );
  });

  it('shows the saved check-in of the day, and a factor of one’s own joins it', async () => {
    const ipc = fakeIpc({
      getCheckin: vi.fn(async () => ({ date: todayLocal(), factors: [{ key: 'slept_badly', level: 'yes' as const }, { key: 'stress', level: 'some' as const }] })),
    });
    render(CheckinPanel, withIpc(ipc, { onclose: vi.fn(), onsaved: vi.fn() }));
    const slept = await screen.findByRole('button', { name: 'Slept badly' });
    await waitFor(() => expect(slept.getAttribute('aria-pressed')).toBe('true'));
    expect((screen.getByLabelText('Some') as HTMLInputElement).checked).toBe(true);
    await fireEvent.input(screen.getByLabelText('A factor of your own'), { target: { value: 'Long drive' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(ipc.addFactor).toHaveBeenCalledWith('Long drive'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(ipc.saveCheckin).toHaveBeenCalled());
    const saved = vi.mocked(ipc.saveCheckin).mock.calls[0]![0];
    expect(saved.factors.map((f) => f.key).sort()).toEqual(['long_drive', 'slept_badly', 'stress']);
  });

  it('saves a factor of one’s own typed but not added', async () => {
    const ipc = fakeIpc();
    render(CheckinPanel, withIpc(ipc, { onclose: vi.fn(), onsaved: vi.fn() }));
    await screen.findByRole('button', { name: 'Hard exercise' });
    await fireEvent.input(screen.getByLabelText('A factor of your own'), { target: { value: 'Long drive' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(ipc.saveCheckin).toHaveBeenCalled());
    expect(ipc.addFactor).toHaveBeenCalledWith('Long drive');
    const saved = vi.mocked(ipc.saveCheckin).mock.calls[0]![0];
    expect(saved.factors.map((f) => f.key)).toContain('long_drive');
  });

  it('says yesterday in words when yesterday’s check-in is saved', async () => {
    const ipc = fakeIpc();
    const onsaved = vi.fn();
    render(CheckinPanel, withIpc(ipc, { date: addDays(todayLocal(), -1), onclose: vi.fn(), onsaved }));
    await screen.findByRole('button', { name: 'Hard exercise' });
    await fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(onsaved).toHaveBeenCalledWith("Yesterday's check-in saved"));
  });
});
