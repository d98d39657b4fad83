import type { Theme } from './bindings';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

let following: MediaQueryList | null = null;
let follow: (() => void) | null = null;

/** Applies the chosen theme as `data-theme` ("light" or "dark", the only values the
 * style sheet knows); "system" is resolved from the operating system's choice and
 * follows it while it stays chosen. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (following && follow) following.removeEventListener('change', follow);
  following = null;
  follow = null;
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
    following = query;
    follow = set;
    query.addEventListener('change', set);
  }
}

/** Whether the page shows dark values (the charts are drawn to match). */
export function isDark(root: HTMLElement = document.documentElement): boolean {
  return root.dataset.theme === 'dark';
}
