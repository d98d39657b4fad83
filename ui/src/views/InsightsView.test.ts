import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import InsightsView from './InsightsView.svelte';
import { fakeIpc, withIpc } from '../lib/testing';
import { addDays, periodFor } from '../lib/periods';
import type { FactorStat, InsightsDto, KindFigures, Summary, TrialView, TrialWindow } from '../lib/bindings';

function summary(over: Partial<Summary>): Summary {
  return {
    from: '2026-10-26', to: '2026-11-24', days: 30, total: 30, per_week: 7, days_with_episode: 20,
    days_covered: 28, days_logged: 28, per_logged_week: 7.5, median_intensity: 6, mean_intensity: 5.5, max_intensity: 9,
    median_duration_s: 120, max_duration_s: 600, night_share: 0.5, woke_share: 0.4, without_hour: 0,
    without_intensity: 0, left_out: [], few_days: null, ...over,
  };
}

function kindRow(kind: KindFigures['kind'], episodes: number): KindFigures {
  return {
    kind, episodes, per_week: episodes / 4, days_with: episodes, nights_woken_per_week: 1, median_intensity: 6,
    max_intensity: 9, median_duration_s: 120, places: [{ place: 'Calf, left', region: 'calf', side: 'left', count: episodes }],
  };
}

function factor(key: string, lag: number, enough: boolean, words: string): FactorStat {
  return {
    factor: key, name: key, lag_days: lag, days_with: 20, days_without: 40, episodes_with: 16,
    episodes_without: 15, active_days_with: 12, active_days_without: 14, rate_with: 0.8,
    rate_without: 0.375, ratio: 2.1, low: 1.1, high: 4.0, enough, bursty: false, day_share_with: null,
    day_share_without: null, words,
  };
}

describe('periods', () => {
  it('counts both ends and compares with the period before', () => {
    expect(periodFor('7d', '2026-11-24')).toEqual({ from: '2026-11-18', to: '2026-11-24' });
    expect(periodFor('1y', '2026-03-01')!.from).toBe('2025-03-02');
    expect(periodFor('appointment', '2026-11-24', '2026-10-01')).toEqual({ from: '2026-10-01', to: '2026-11-24' });
    expect(periodFor('appointment', '2026-11-24', null)).toBeNull();
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
});

describe('Insights', () => {
  it('shows headline numbers with the change and each chart with a text alternative', async () => {
    const dto: InsightsDto = {
      headlines: [
        { label: 'Episodes per logged week', value: '7.5', previous: 'previous: 10.0 a logged week (down 25%)', explain: 'Episodes divided by the days you logged, times 7.' },
        { label: 'Days logged', value: '28 of 30', previous: 'previous: 30 of 30', explain: 'Days with an episode, a mark or a check-in.' },
      ],
      current: summary({}),
      previous: summary({ per_week: 10 }),
      charts: [{
        id: 'frequency', title: 'Episodes per day', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
        summary: '30 episodes in 30 days', explain: 'Each bar is a week.', table_head: ['Day', 'Cramp'], table: [['2026-11-20', '2']],
      }],
      factors: [factor('hard_exercise', 1, true, 'Days after hard exercise: 0.80 episodes a day, 2.1× as many'), factor('alcohol', 0, false, 'not enough')],
      factors_chart: {
        id: 'factors', title: 'Days with and without', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
        summary: 'Association in your own records, not proof of cause.', explain: '“2.1× as many” means days with it had 2.1 times as many episodes a day.', table_head: [], table: [],
      },
      comparable: true,
      rate_change: 'previous: 10.0 a logged week (down 25%)',
      caveat: 'A change between two periods can come from natural ups and downs.',
      kinds: { rows: [{
        kind: 'cramp', label: 'Cramp', episodes: '12 episodes',
        current: { figures: kindRow('cramp', 12), cells: ['3.0', '10 of 28', '1.3', '6 / 9', '2 min', 'Calf, left 8'] },
        previous: { figures: kindRow('cramp', 9), cells: ['2.3', '8 of 28', '1.0', '5 / 8', '1 min', 'Calf, left 6'] },
      }],
      columns: ['Episodes per logged week', 'Days with episodes', 'Nights woken per logged week', 'Intensity 0–10, median / worst', 'Duration, median', 'Main places'] },
    };
    const window = (from: string, to: string, perDay: number, stiffness: number): TrialWindow => ({
      from, to, recorded_days: 14, episodes: Math.round(perDay * 14), per_day: perDay, median_per_day: perDay,
      days_with_episodes: 12, woke_episodes: 3, median_intensity: 6, stiffness_median: stiffness, stiffness_days: 10,
      sleep_broken_median: 2, sleep_broken_days: 10, cramps: Math.round(perDay * 7), cramps_per_week: perDay * 3.5,
      cramp_days: 9, broken_nights: 6,
    });
    const trial: TrialView = {
      chart: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      trial: {
        change: { id: 'm1', date: '2026-10-02', name: 'Baclofen', dose: '10 mg', change: 'started' },
        baseline: window('2026-09-18', '2026-10-01', 3.1, 6),
        trial: window('2026-10-17', '2026-10-30', 2.2, 4),
        rate_with: 2.2, rate_without: 3.1, ratio: 0.71, low: 0.6, high: 0.84, per_day_change_pct: -29, stiffness_change_pct: -33, sleep_broken_change_pct: 0,
        enough: true, running: false,
        words: ['Baclofen started on 2 October 2026', 'Episodes a recorded day: 3.1 before, 2.2 after (−29%).', 'This is an association in one person’s records, not proof.'],
      },
    };
    const ipc = fakeIpc({
      insights: vi.fn(async () => dto),
      listMedicationChanges: vi.fn(async () => [{ id: 'm1', date: '2026-10-02', name: 'Baclofen', dose: '10 mg', change: 'started' as const, note: '' }]),
      trialView: vi.fn(async () => trial),
    });
    render(InsightsView, withIpc(ipc));
    expect(await screen.findByText('previous: 10.0 a logged week (down 25%)')).toBeTruthy();
    // Did it help? The newest change as a trial: its figures side by side and its words.
    const card = await screen.findByRole('region', { name: 'Did it help?' });
    await waitFor(() => expect(card.textContent).toContain('Episodes a recorded day3.12.2'));
    expect(card.textContent).toContain('(−29%)');
    expect(card.textContent).toContain('Cramps a week10.97.7Days with cramps99Nights with sleep broken66');
    expect(card.textContent).toContain('not proof');
    expect(vi.mocked(ipc.trialView).mock.calls[0]![0].change).toBe('m1');
    expect(screen.getByText(/natural ups and downs/)).toBeTruthy();
    expect(screen.getByText('Days with and without')).toBeTruthy();
    expect(screen.getByText('Each comparison in words')).toBeTruthy();
    expect(screen.getByText('Days after hard exercise: 0.80 episodes a day, 2.1× as many')).toBeTruthy();
    expect(screen.getByText(/1 comparison waits for more days/)).toBeTruthy();
    // Each statistic says what it means in a plain line.
    expect(screen.getByText('Episodes divided by the days you logged, times 7.')).toBeTruthy();
    expect(screen.getByText(/means days with it had 2.1 times/)).toBeTruthy();
    expect(screen.getByText('28 of 30')).toBeTruthy();
    // Each kind its own card, its figures beside the period before's.
    const cramp = screen.getByRole('region', { name: /Cramp/ });
    expect(cramp.textContent).toContain('12 episodes');
    expect(cramp.textContent).toContain('Nights woken per logged week 1.3 before: 1.0');
    const img = screen.getByAltText('30 episodes in 30 days') as HTMLImageElement;
    expect(img.src.startsWith('data:image/svg+xml')).toBe(true);
    expect(screen.getByText('2026-11-20')).toBeTruthy();
    await waitFor(() => expect(ipc.insights).toHaveBeenCalled());
    const q = vi.mocked(ipc.insights).mock.calls[0]![0];
    expect(q.to > q.from).toBe(true);
  });

  it('an empty period says what to do', async () => {
    const ipc = fakeIpc({
      insights: vi.fn(async () => ({
        headlines: [], current: summary({ total: 0 }), previous: summary({ total: 0 }), charts: [], factors: [],
        factors_chart: { id: 'factors', title: '', svg: '', summary: '', explain: '', table_head: [], table: [] },
        comparable: false, rate_change: '', caveat: '', kinds: { columns: [], rows: [] },
      })),
    });
    render(InsightsView, withIpc(ipc));
    expect(await screen.findByText('No episodes in this period.')).toBeTruthy();
  });

  it('says when its rates come from fewer logged days than a week', async () => {
    const few = 'These rates come from 2 logged days only: a week of logging gives a steadier figure.';
    const ipc = fakeIpc({
      insights: vi.fn(async () => ({
        headlines: [{ label: 'Episodes per logged week', value: '7.0', previous: '', explain: '' }],
        current: summary({ total: 2, days_covered: 2, days_logged: 2, per_logged_week: 7, few_days: few }),
        previous: summary({ total: 0 }), charts: [], factors: [],
        factors_chart: { id: 'factors', title: '', svg: '', summary: '', explain: '', table_head: [], table: [] },
        comparable: false, rate_change: '', caveat: '', kinds: { columns: [], rows: [] },
      })),
    });
    render(InsightsView, withIpc(ipc));
    expect(await screen.findByText(few)).toBeTruthy();
  });
});
