import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import HistoryView from './HistoryView.svelte';
import { episode, fakeIpc, withIpc } from '../lib/testing';
import { groupByDay } from '../lib/history';

describe('History', () => {
  it('groups by local day, newest first, with day totals', () => {
    const groups = groupByDay([
      episode({ id: 'a', started_at: '2026-11-20T23:50:00-08:00' }),
      episode({ id: 'b', started_at: '2026-11-20T01:00:00+01:00' }),
      episode({ id: 'c', started_at: '2026-11-19T22:00:00+01:00' }),
    ]);
    expect(groups.map((g) => [g.date, g.episodes.length])).toEqual([
      ['2026-11-20', 2],
      ['2026-11-19', 1],
    ]);
  });

  it('says what to do when there is nothing yet', async () => {
    render(HistoryView, withIpc(fakeIpc()));
    expect(await screen.findByText('No episodes yet.')).toBeTruthy();
  });

  it('shows notes as text, never as HTML', async () => {
    const notes = '<img src=x onerror=alert(1)> hurt';
    const ipc = fakeIpc({
      listEpisodes: vi.fn(async () => ({ episodes: [episode({ notes })], next: null })),
    });
    const { container } = render(HistoryView, withIpc(ipc));
    expect(await screen.findByText(notes)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Calf (left)')).toBeTruthy();
    expect(screen.getByLabelText('Intensity 7 out of 10')).toBeTruthy();
  });
});
