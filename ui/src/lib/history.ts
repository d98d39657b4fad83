import type { EpisodeDto } from './bindings';
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
