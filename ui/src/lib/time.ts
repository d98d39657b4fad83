// Local-time helpers for the forms. Times go to Rust as RFC 3339 with the local offset.
import { t } from './i18n';
import { speaking } from './language.svelte';

/** The locale dates are written in: the screens' language (English as Rust writes it). */
function locale(): string {
  return speaking.code === 'en' || speaking.code === 'en-XA' ? 'en-GB' : speaking.code;
}

/** Words of a date, bracketed in the pseudo-language as Rust's are. */
function dated(text: string): string {
  return speaking.code === 'en-XA' ? `[${text}]` : text;
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** `2026-11-20T03:10:00+01:00` for a Date, in this machine's time zone at that instant. */
export function toRfc3339Local(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** The value a `datetime-local` input shows for a Date: `2026-11-20T03:10`. */
export function toInputValue(d: Date): string {
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

/** Reads a `datetime-local` value as local time; null when empty or malformed. */
export function fromInputValue(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, 0, 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

export type QuickWhen = 'now' | '15m' | '1h' | '2h' | 'last_night';

/** The moment a quick choice stands for, relative to `now`. "Last night" is 3 am of
 * the night that ended most recently. */
export function quickWhen(choice: QuickWhen, now: Date): Date {
  switch (choice) {
    case 'now':
      return new Date(now.getTime());
    case '15m':
      return new Date(now.getTime() - 15 * 60_000);
    case '1h':
      return new Date(now.getTime() - 60 * 60_000);
    case '2h':
      return new Date(now.getTime() - 2 * 60 * 60_000);
    case 'last_night': {
      const d = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 3, 0, 0, 0);
      if (d.getTime() > now.getTime()) d.setDate(d.getDate() - 1);
      return d;
    }
  }
}

/** The local date (YYYY-MM-DD) and time (HH:MM) written in an RFC 3339 string:
 * the wall clock where the person was. */
export function localParts(rfc3339: string): { date: string; time: string } {
  return { date: rfc3339.slice(0, 10), time: rfc3339.slice(11, 16) };
}

/** "Friday 20 November 2026" for a YYYY-MM-DD date. */
export function dayHeading(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dated(
    new Date(y, m - 1, d).toLocaleDateString(locale(), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
  );
}

/** A moment in words beside `now`: "Today 03:00", "Yesterday 23:10", "Tuesday 1 December
 * 14:00". */
export function whenWords(d: Date, now: Date = new Date()): string {
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const day = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((day(now) - day(d)) / 86_400_000);
  if (days === 0) return `${t('screen-today')} ${time}`;
  if (days === 1) return `${t('screen-yesterday')} ${time}`;
  const date = dated(d.toLocaleDateString(locale(), { weekday: 'long', day: 'numeric', month: 'long' }));
  return `${date} ${time}`;
}

/** "20 November 2026" for a YYYY-MM-DD date, in the screens' language: the one way a
 * date is shown on screen (fields keep the date picker's own). */
export function dateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return date;
  return dated(new Date(y, m - 1, d).toLocaleDateString(locale(), { day: 'numeric', month: 'long', year: 'numeric' }));
}

/** "17 Mar" for a YYYY-MM-DD date: the short date where two sit side by side. */
export function shortDateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return date;
  return dated(new Date(y, m - 1, d).toLocaleDateString(locale(), { day: 'numeric', month: 'short' }));
}

/** Today's local date, YYYY-MM-DD. */
export function todayLocal(now: Date = new Date()): string {
  return toRfc3339Local(now).slice(0, 10);
}

/** A figure with `digits` decimals in the language's way ("4,8" in German, "1,234.5" in
 *  English), rounded as the Rust side's `Formats::number` rounds (the value scaled by
 *  10^digits, then to the nearest whole), so a screen and the PDF print the same; "–"
 *  for none. */
export function decimalWords(v: number | null, digits = 1): string {
  if (v === null) return '–';
  const scale = 10 ** digits;
  const rounded = Math.sign(v) * Math.round(Math.abs(v) * scale) / scale;
  return rounded.toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A rate (episodes a week, a day) as the Rust side's `Formats::rate` prints it: one
 *  decimal, two below 0.95, so a small rate reads alike on a screen and in the PDF. */
export function rateWords(v: number | null): string {
  return decimalWords(v, v !== null && v !== 0 && Math.abs(v) < 0.95 ? 2 : 1);
}
