import type { Theme } from './bindings';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** Stops following the system's choice (set while "system" is chosen). */
let stopFollowing: (() => void) | null = null;

/** Applies the chosen theme as `data-theme` ("light" or "dark", the only values the
 * style sheet knows); "system" is resolved from the operating system's choice and
 * follows it while it stays chosen. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  stopFollowing?.();
  stopFollowing = null;
  if (theme !== 'system') {
    root.dataset.theme = theme;
    return;
  }
  const query = typeof matchMedia === 'function' ? matchMedia(SYSTEM_DARK) : null;
  const set = () => {
    root.dataset.theme = query?.matches ? 'dark' : 'light';
  };
  set();
  if (query) {
    query.addEventListener('change', set);
    stopFollowing = () => query.removeEventListener('change', set);
  }
}

/** Whether the page shows dark values (the charts are drawn to match). */
export function isDark(root: HTMLElement = document.documentElement): boolean {
  return root.dataset.theme === 'dark';
}
