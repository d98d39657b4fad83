import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES, setLanguage, t } from './i18n';
import { KIND_LABELS } from './kinds';

describe('the catalogue on screen', () => {
  afterEach(() => {
    setLanguage('en');
  });

  it('reads the same files as Rust, English first, every language with its name', () => {
    expect(LANGUAGES[0]).toBe('en');
    expect(LANGUAGES).toEqual(expect.arrayContaining(['de', 'es', 'fr']));
    expect(LANGUAGES.map((l) => (setLanguage(l), t('language-name')))).toEqual(
      expect.arrayContaining(['English', 'Deutsch', 'Español', 'Français']),
    );
  });

  it('names the kinds in the chosen language, and counts with its plural forms', () => {
    expect(KIND_LABELS.cramp).toBe('Cramp');
    expect(setLanguage('de-AT')).toBe('de');
    expect(KIND_LABELS.cramp).toBe('Muskelkrampf');
    expect(t('episodes-count', { count: 1 })).toBe('1 Episode');
    expect(t('episodes-count', { count: 3 })).toBe('3 Episoden');
    expect(setLanguage('ja')).toBe('en');
    expect(KIND_LABELS.twitch).toBe('Twitch');
  });

  it('brackets every message in the pseudo-language', () => {
    expect(setLanguage('en-XA')).toBe('en-XA');
    expect(t('screen-tab-log')).toBe('[Log]');
    expect(KIND_LABELS.cramp).toBe('[Cramp]');
  });
});
