import type { DayRecord, EpisodeDto } from './bindings';
import { localParts } from './time';

export interface DayGroup {
  date: string;
  episodes: EpisodeDto[];
}

/** Groups episodes (already newest first) by the local day they started on. */
export function groupByDay(episodes: EpisodeDto[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const e of episodes) {
    const { date } = localParts(e.started_at);
    const last = groups[groups.length - 1];
    if (last && last.date === date) last.episodes.push(e);
    else groups.push({ date, episodes: [e] });
  }
  return groups;
}

/**
 * How many of the newest episodes to stop showing so that at most `keep` remain,
 * cut at a day boundary so every day shown is whole. 0 when all fit.
 */
export function dropNewest(episodes: EpisodeDto[], keep: number): number {
  if (episodes.length <= keep) return 0;
  let cut = episodes.length - keep;
  const day = (i: number) => localParts(episodes[i]!.started_at).date;
  while (cut < episodes.length && day(cut) === day(cut - 1)) cut++;
  return cut < episodes.length ? cut : episodes.length - keep;
}

export interface HistoryDayView extends DayGroup {
  record: DayRecord | undefined;
}

/**
 * The days History lists, newest first: every day with episodes, with its check-in and
 * "no episodes" mark, and the days with only those. While older episodes are still to
 * load (`more`), a day older than the oldest listed waits for them.
 */
export function withRecords(groups: DayGroup[], records: DayRecord[], more: boolean): HistoryDayView[] {
  const byDate = new Map(records.map((r) => [r.date, r]));
  const oldest = groups[groups.length - 1]?.date;
  const days: HistoryDayView[] = groups.map((g) => ({ ...g, record: byDate.get(g.date) }));
  const listed = new Set(groups.map((g) => g.date));
  for (const r of records) {
    if (listed.has(r.date) || (more && oldest !== undefined && r.date < oldest)) continue;
    days.push({ date: r.date, episodes: [], record: r });
  }
  return days.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
