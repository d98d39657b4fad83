import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, isDark } from './theme';

type Listener = () => void;

/** A stand-in for the system's colour-scheme query that the test can flip. */
function systemScheme(dark: boolean) {
  const listeners = new Set<Listener>();
  const query = {
    matches: dark,
    addEventListener: (_: string, l: Listener) => listeners.add(l),
    removeEventListener: (_: string, l: Listener) => listeners.delete(l),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    listeners,
    flip(to: boolean) {
      query.matches = to;
      for (const l of listeners) l();
    },
  };
}

describe('applyTheme', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resolves "system" to the system choice and follows it while chosen', () => {
    const root = document.createElement('html');
    const system = systemScheme(true);
    applyTheme('system', root);
    expect(root.dataset.theme).toBe('dark');
    expect(isDark(root)).toBe(true);
    system.flip(false);
    expect(root.dataset.theme).toBe('light');
    applyTheme('dark', root);
    expect(system.listeners.size).toBe(0);
    system.flip(false);
    expect(root.dataset.theme).toBe('dark');
  });

  it('uses the chosen theme whatever the system says', () => {
    const root = document.createElement('html');
    systemScheme(true);
    applyTheme('light', root);
    expect(root.dataset.theme).toBe('light');
    expect(isDark(root)).toBe(false);
  });
});
