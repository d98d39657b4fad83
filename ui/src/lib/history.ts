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
