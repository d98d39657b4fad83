import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES, loadLanguage, setLanguage, t } from './i18n';
import { KIND_LABELS } from './kinds';

describe('the catalogue on screen', () => {
  afterEach(() => {
    setLanguage('en');
  });

  // First: later tests load every language.
  it('speaks English until a language is loaded, then that language', async () => {
    expect(setLanguage('es')).toBe('en');
    expect(t('language-name')).toBe('English');
    expect(await loadLanguage('es-MX')).toBe('es');
    expect(t('language-name')).toBe('Español');
  });

  it('reads the same files as Rust, English first, every language with its name', async () => {
    expect(LANGUAGES[0]).toBe('en');
    expect(LANGUAGES).toEqual(expect.arrayContaining(['de', 'es', 'fr']));
    const names = [];
    for (const l of LANGUAGES) names.push((await loadLanguage(l), t('language-name')));
    expect(names).toEqual(expect.arrayContaining(['English', 'Deutsch', 'Español', 'Français']));
  });

  it('names the kinds in the chosen language, and counts with its plural forms', async () => {
    expect(KIND_LABELS.cramp).toBe('Cramp');
    expect(await loadLanguage('de-AT')).toBe('de');
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
