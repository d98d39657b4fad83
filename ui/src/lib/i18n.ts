// The UI's words from the same Fluent catalogue as the PDF and the command line
// (locales/<lang>/*.ftl, bundled at build time). `t` takes a message id of the English
// catalogue and exactly its arguments (the `Messages` type is generated from it), so a
// missing message or a wrong argument fails svelte-check. A message a language lacks
// comes in English. Clinical numbers and dates come from Rust already written out.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Messages } from './bindings';
import { speaking } from './language.svelte';

const files = import.meta.glob('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The language folders of the catalogue, English first. */
export const LANGUAGES: string[] = [...new Set(Object.keys(files).map((p) => p.split('/').at(-2)!))].sort(
  (a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)),
);

function bundle(lang: string): FluentBundle {
  const b = new FluentBundle(lang, { useIsolating: false });
  for (const [path, text] of Object.entries(files)) {
    if (path.split('/').at(-2) === lang) b.addResource(new FluentResource(text));
  }
  return b;
}

const english = bundle('en');
const bundles = new Map<string, FluentBundle>([['en', english]]);

/** The pseudo-language: English with every message bracketed, to find words written in code. */
export const PSEUDO = 'en-XA';

/** Speaks `code` from now on when the catalogue has it ("de-AT" finds "de"); English otherwise. */
export function setLanguage(code: string): string {
  if (code.toLowerCase() === PSEUDO.toLowerCase()) {
    speaking.code = PSEUDO;
    if (typeof document !== 'undefined') document.documentElement.lang = PSEUDO;
    return PSEUDO;
  }
  const base = code.toLowerCase().split(/[-_]/)[0]!;
  const found = LANGUAGES.find((l) => l === base) ?? 'en';
  if (!bundles.has(found)) bundles.set(found, bundle(found));
  speaking.code = found;
  if (typeof document !== 'undefined') document.documentElement.lang = found;
  return found;
}

type Args<K extends keyof Messages> = Messages[K] extends Record<string, never> ? [] : [Messages[K]];

/** The message `id` in the chosen language (English when it lacks it). */
export function t<K extends keyof Messages>(id: K, ...args: Args<K>): string {
  const chosen = bundles.get(speaking.code) ?? english;
  for (const b of [chosen, english]) {
    const m = b.getMessage(id);
    if (m?.value) {
      const text = b.formatPattern(m.value, (args[0] ?? {}) as Record<string, string | number>);
      return speaking.code === PSEUDO ? `[${text}]` : text;
    }
  }
  return id;
}
