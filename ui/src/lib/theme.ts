import type { Theme } from './bindings';

/** Applies the chosen theme; "system" follows the operating system. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
