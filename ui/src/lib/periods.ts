// The Insights period choices, as local dates (YYYY-MM-DD, both included).
import { todayLocal } from './time';

export type PeriodChoice = '7d' | '30d' | '90d' | '1y' | 'appointment' | 'custom';

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

export function periodFor(
  choice: Exclude<PeriodChoice, 'custom'>,
  today: string = todayLocal(),
  lastAppointment: string | null = null,
): { from: string; to: string } | null {
  const days = { '7d': 7, '30d': 30, '90d': 90, '1y': 365 } as const;
  if (choice === 'appointment') {
    return lastAppointment && lastAppointment <= today ? { from: lastAppointment, to: today } : null;
  }
  return { from: addDays(today, -(days[choice] - 1)), to: today };
}
