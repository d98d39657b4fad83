import { describe, expect, it } from 'vitest';
import { loadLanguage, setLanguage } from './i18n';
import { dateWords, decimalWords, rateWords, fromInputValue, localParts, quickWhen, toInputValue, toRfc3339Local, whenWords } from './time';

describe('figures in words', () => {
  it('writes decimals in the language spoken, as Rust does', async () => {
    await loadLanguage('de');
    expect(decimalWords(4.75)).toBe('4,8');
    expect(decimalWords(0.7, 2)).toBe('0,70');
    setLanguage('en');
    expect(decimalWords(4.75)).toBe('4.8');
    expect(decimalWords(1234.5)).toBe('1,234.5');
    // 3.1 × 3.5 is 10.850000000000001: 10.9, as the PDF prints it.
    expect(decimalWords(3.1 * 3.5)).toBe('10.9');
    expect(decimalWords(null)).toBe('–');
  });

  it('writes a rate below 0.95 with two decimals, as Rust does, and others with one', () => {
    setLanguage('en');
    expect(rateWords(0.233)).toBe('0.23');
    expect(rateWords(0.949)).toBe('0.95');
    expect(rateWords(0.95)).toBe('1.0');
    expect(rateWords(0)).toBe('0.0');
    expect(rateWords(26.74)).toBe('26.7');
    expect(rateWords(null)).toBe('–');
  });
});

describe('local time helpers', () => {
  it('writes RFC 3339 with the local offset that round-trips to the same instant', () => {
    const d = new Date(2026, 10, 20, 3, 10, 0);
    const text = toRfc3339Local(d);
    expect(text).toMatch(/^2026-11-20T03:10:00[+-]\d{2}:\d{2}$/);
    expect(new Date(text).getTime()).toBe(d.getTime());
  });

  it('reads and writes datetime-local values', () => {
    const d = fromInputValue('2026-03-29T02:30');
    expect(d).not.toBeNull();
    expect(fromInputValue('')).toBeNull();
    expect(fromInputValue('yesterday')).toBeNull();
    expect(toInputValue(new Date(2026, 0, 5, 7, 4))).toBe('2026-01-05T07:04');
  });

  it('quick choices are in the past and "last night" is the latest 3 am', () => {
    const now = new Date(2026, 10, 20, 9, 30);
    expect(now.getTime() - quickWhen('15m', now).getTime()).toBe(15 * 60_000);
    expect(now.getTime() - quickWhen('1h', now).getTime()).toBe(60 * 60_000);
    expect(now.getTime() - quickWhen('2h', now).getTime()).toBe(2 * 60 * 60_000);
    expect(quickWhen('last_night', now)).toEqual(new Date(2026, 10, 20, 3, 0));
    const early = new Date(2026, 10, 20, 1, 0);
    expect(quickWhen('last_night', early)).toEqual(new Date(2026, 10, 19, 3, 0));
  });

  it('says a chosen moment in words beside now', () => {
    const now = new Date(2026, 10, 20, 9, 30);
    expect(whenWords(quickWhen('last_night', now), now)).toBe('Today 03:00');
    expect(whenWords(new Date(2026, 10, 19, 23, 10), now)).toBe('Yesterday 23:10');
    expect(whenWords(quickWhen('last_night', new Date(2026, 10, 20, 1, 0)), now)).toBe('Yesterday 03:00');
    expect(whenWords(new Date(2026, 10, 17, 14, 5), now)).toMatch(/17.*14:05$/);
  });

  it('shows a date in words, never as YYYY-MM-DD', () => {
    const words = dateWords('2026-11-20');
    expect(words).toMatch(/20/);
    expect(words).toMatch(/2026/);
    expect(words).not.toContain('2026-11-20');
    expect(dateWords('someday')).toBe('someday');
  });

  it('takes the local day from the wall clock written in the string', () => {
    expect(localParts('2026-11-20T23:50:00-08:00')).toEqual({ date: '2026-11-20', time: '23:50' });
  });
});
