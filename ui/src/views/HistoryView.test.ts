import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import HistoryView from './HistoryView.svelte';
import { episode, fakeIpc, withIpc } from '../lib/testing';
import { dropNewest, groupByDay, withRecords } from '../lib/history';

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
    expect(screen.getByText('Calf, left')).toBeTruthy();
  });

  it('says how much each relief helped', async () => {
    const reliefs = [
      { key: 'stretching', name: 'Stretching', helped: 3 },
      { key: 'heat', name: 'Heat', helped: 1 },
    ];
    const ipc = fakeIpc({
      listEpisodes: vi.fn(async () => ({ episodes: [episode({ reliefs })], next: null })),
    });
    render(HistoryView, withIpc(ipc));
    expect(await screen.findByText(/helped: Stretching \(fully\), Heat \(a little\)/)).toBeTruthy();
  });

  it('filters by kind and searches notes through the app', async () => {
    const ipc = fakeIpc();
    render(HistoryView, withIpc(ipc));
    await screen.findByText('No episodes yet.');
    await fireEvent.change(screen.getByLabelText('Filter by kind'), { target: { value: 'twitch' } });
    await waitFor(() =>
      expect(vi.mocked(ipc.listEpisodes).mock.lastCall![0]).toMatchObject({ kind: 'twitch' }),
    );
    expect(await screen.findByText('No episodes match.')).toBeTruthy();
  });

  it('edits an episode keeping its id, and deletes with Undo', async () => {
    const e = episode({ id: 'e1', notes: 'first' });
    const ipc = fakeIpc({
      listEpisodes: vi.fn(async () => ({ episodes: [e], next: null })),
      updateEpisode: vi.fn(async () => ({ ...e, intensity: 3 })),
    });
    render(HistoryView, withIpc(ipc));
    await fireEvent.click(await screen.findByRole('button', { name: /Cramp 03:10/ }));
    await fireEvent.input(await screen.findByRole('slider'), { target: { value: '3' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(ipc.updateEpisode).toHaveBeenCalledTimes(1));
    const [id, input] = vi.mocked(ipc.updateEpisode).mock.calls[0]!;
    expect(id).toBe('e1');
    expect(input.intensity).toBe(3);
    expect(input.started_at).toBe(e.started_at);

    await fireEvent.click(await screen.findByRole('button', { name: /Cramp 03:10/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(ipc.deleteEpisode).toHaveBeenCalledWith('e1'));
    await fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(ipc.undoDeleteEpisode).toHaveBeenCalledWith('e1'));
  });

  it('keeps an edit left open when another tab is chosen, until it is saved or cancelled', async () => {
    const e = episode({ id: 'e1', notes: 'first' });
    const ipc = fakeIpc({
      listEpisodes: vi.fn(async () => ({ episodes: [e], next: null })),
      updateEpisode: vi.fn(async () => ({ ...e, intensity: 3 })),
    });
    const first = render(HistoryView, withIpc(ipc));
    await fireEvent.click(await screen.findByRole('button', { name: /Cramp 03:10/ }));
    await fireEvent.input(await screen.findByRole('slider'), { target: { value: '3' } });
    first.unmount(); // another tab chosen
    const second = render(HistoryView, withIpc(ipc));
    expect(screen.getByRole('heading', { name: 'Edit episode' })).toBeTruthy();
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('3 out of 10');
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    second.unmount();
    render(HistoryView, withIpc(ipc));
    expect(await screen.findByRole('button', { name: /Cramp 03:10/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Edit episode' })).toBeNull();
    expect(ipc.updateEpisode).not.toHaveBeenCalled();
  });
});

describe('History of a diary imported from another app', () => {
  const imported = episode({
    id: 'i1',
    started_at: '2026-11-18T09:00:00+01:00',
    timing: 'morning',
    when: 'in the morning',
    intensity: null,
    locations: [],
    place: 'place not recorded',
    origin: 'Imported from Flaredown: 3 on its 0–4 scale',
  });

  it('says the part of the day, that the intensity was not recorded, and where it came from', async () => {
    const ipc = fakeIpc({ listEpisodes: vi.fn(async () => ({ episodes: [imported], next: null })) });
    render(HistoryView, withIpc(ipc));
    const card = await screen.findByRole('button', { name: /Cramp in the morning/ });
    expect(card.textContent).toContain('intensity not recorded');
    expect(card.textContent).toContain('place not recorded');
    expect(card.textContent).toContain('Imported from Flaredown: 3 on its 0–4 scale');
    expect(card.textContent).not.toContain('09:00');
  });

  it('edits one without inventing the intensity or place its source did not record', async () => {
    const ipc = fakeIpc({
      listEpisodes: vi.fn(async () => ({ episodes: [imported], next: null })),
      updateEpisode: vi.fn(async () => ({ ...imported, notes: 'remembered' })),
    });
    render(HistoryView, withIpc(ipc));
    await fireEvent.click(await screen.findByRole('button', { name: /Cramp in the morning/ }));
    expect((await screen.findByText(/Imported from Flaredown/)).textContent).toContain('in the morning');
    await fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(ipc.updateEpisode).toHaveBeenCalledTimes(1));
    const [, input] = vi.mocked(ipc.updateEpisode).mock.calls[0]!;
    expect(input.intensity).toBeNull();
    expect(input.locations).toEqual([]);
    expect(input.started_at).toBe(imported.started_at);
  });
});

describe('History with a long journal', () => {
  const day = (d: number, n: number) =>
    Array.from({ length: n }, (_, i) =>
      episode({
        id: `${d}-${i}`,
        started_at: `2026-10-${String(d).padStart(2, '0')}T${String(20 - i).padStart(2, '0')}:00:00+01:00`,
      }),
    );

  it('drops whole days from the top once more than the limit would be shown', () => {
    const list = [...day(30, 3), ...day(29, 4), ...day(28, 2)];
    expect(dropNewest(list, 20)).toBe(0);
    // Keeping 5 would cut day 29 in half: the cut moves on to where day 28 starts.
    expect(dropNewest(list, 5)).toBe(7);
    expect(dropNewest(list, 6)).toBe(3);
  });

  it('keeps at most 500 episodes on screen and offers the way back to the newest', async () => {
    // 500 rows render slowly on a busy machine: wait up to 5 s for each step.
    const slow = { timeout: 5000 };
    let served = 0;
    const ipc = fakeIpc({
      listEpisodes: vi.fn(async (q) => {
        const start = q.before ? served : 0;
        const days = Array.from({ length: 5 }, (_, k) => day(28 - k, 20).map((e) => ({
          ...e,
          id: `${start}-${e.id}`,
          started_at: e.started_at.replace('2026-10-', `2026-${String(12 - Math.floor(start / 100)).padStart(2, '0')}-`),
        }))).flat();
        served = start + 100;
        return { episodes: days, next: { started_at: 'x', id: String(served) } as never };
      }),
    });
    const { container } = render(HistoryView, withIpc(ipc));
    await waitFor(() => expect(container.querySelectorAll('button.episode').length).toBe(100), slow);
    for (let page = 2; page <= 6; page++) {
      await fireEvent.click(screen.getByRole('button', { name: 'Show older episodes' }));
      await waitFor(() => expect(ipc.listEpisodes).toHaveBeenCalledTimes(page), slow);
    }
    const back = () =>
      [...container.querySelectorAll('button.more')].find((b) =>
        b.textContent?.includes('Back to the newest'),
      );
    await waitFor(() => expect(back()?.textContent).toContain('100 newer episodes not shown'), slow);
    expect(container.querySelectorAll('button.episode').length).toBe(500);
    await fireEvent.click(back()!);
    await waitFor(() => expect(container.querySelectorAll('button.episode').length).toBe(100), slow);
    expect(back()).toBeUndefined();
  }, 40_000);
});

describe('History: check-ins and quiet days', () => {
  it('shows a day with only a check-in or a quiet mark in its place, and opens its check-in', async () => {
    const ipc = fakeIpc({
      listEpisodes: vi.fn(async () => ({ episodes: [episode({ started_at: '2026-11-20T08:00:00+01:00' })], next: null })),
      dayRecords: vi.fn(async () => [
        { date: '2026-11-20', quiet: false, checked_in: true, checkin: 'Slept badly, Stress: a lot' },
        { date: '2026-11-18', quiet: true, checked_in: false, checkin: '' },
      ]),
    });
    const { container } = render(HistoryView, withIpc(ipc));
    expect(await screen.findByText('Slept badly, Stress: a lot')).toBeTruthy();
    // The whole list is loaded, so records reach back to the start.
    expect(vi.mocked(ipc.dayRecords).mock.calls[0]![0]).toBe('1900-01-01');
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toHaveLength(2);
    expect(headings[1]).toContain('no episodes');
    expect(screen.getByText('✓ Marked “no episodes”')).toBeTruthy();
    // A tap on the quiet day opens its check-in, which loads that day.
    await fireEvent.click(container.querySelector('[data-record="2026-11-18"]')!);
    expect(await screen.findByRole('dialog')).toBeTruthy();
    await waitFor(() => expect(ipc.getCheckin).toHaveBeenCalledWith('2026-11-18'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(ipc.saveCheckin).toHaveBeenCalledWith({ date: '2026-11-18', factors: [] }));
  });

  it('opens the check-in of any past day chosen by date', async () => {
    const ipc = fakeIpc();
    render(HistoryView, withIpc(ipc));
    await screen.findByText('No episodes yet.');
    await fireEvent.click(screen.getByText('Fill in a check-in for a past day'));
    await fireEvent.input(screen.getByLabelText('Day'), { target: { value: '2026-10-03' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
    await waitFor(() => expect(ipc.getCheckin).toHaveBeenCalledWith('2026-10-03'));
  });

  it('lists an older day without episodes only once the episodes around it are loaded', () => {
    const groups = groupByDay([episode({ started_at: '2026-11-20T08:00:00+01:00' })]);
    const quiet = { date: '2026-11-01', quiet: true, checked_in: false, checkin: '' };
    expect(withRecords(groups, [quiet], true).map((d) => d.date)).toEqual(['2026-11-20']);
    expect(withRecords(groups, [quiet], false).map((d) => d.date)).toEqual(['2026-11-20', '2026-11-01']);
  });
});
