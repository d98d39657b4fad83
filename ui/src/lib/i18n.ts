// The UI's words from the same Fluent catalogue as the PDF and the command line
// (locales/<lang>/*.ftl, bundled at build time). `t` takes a message id of the English
// catalogue and exactly its arguments (the `Messages` type is generated from it), so a
// missing message or a wrong argument fails svelte-check. A message a language lacks
// comes in English. Clinical numbers and dates come from Rust already written out.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Messages } from './bindings';
import { speaking } from './language.svelte';

// English is in the first script the window loads; the other languages each come in a
// file of their own, fetched when chosen, so that the first screen waits for none of them.
const englishFiles = import.meta.glob('../../../locales/en/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const otherFiles = import.meta.glob(['../../../locales/*/*.ftl', '!../../../locales/en/*.ftl'], {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

const folder = (path: string) => path.split('/').at(-2)!;

/** The language folders of the catalogue, English first. */
export const LANGUAGES: string[] = [
  ...new Set([...Object.keys(englishFiles), ...Object.keys(otherFiles)].map(folder)),
].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

function bundle(lang: string, texts: string[]): FluentBundle {
  const b = new FluentBundle(lang, { useIsolating: false });
  for (const text of texts) b.addResource(new FluentResource(text));
  return b;
}

const english = bundle('en', Object.values(englishFiles));
const bundles = new Map<string, FluentBundle>([['en', english]]);

/** The catalogue's language for `code` ("de-AT" finds "de"); English when it has none. */
function languageOf(code: string): string {
  const base = code.toLowerCase().split(/[-_]/)[0]!;
  return LANGUAGES.find((l) => l === base) ?? 'en';
}

/** Fetches the words of `code`'s language (once), then speaks it: see [`setLanguage`]. */
export async function loadLanguage(code: string): Promise<string> {
  const lang = languageOf(code);
  if (!bundles.has(lang) && code.toLowerCase() !== PSEUDO.toLowerCase()) {
    const files = Object.entries(otherFiles).filter(([path]) => folder(path) === lang);
    bundles.set(lang, bundle(lang, await Promise.all(files.map(([, load]) => load()))));
  }
  return setLanguage(code);
}

/** The pseudo-language: English with every message bracketed, to find words written in code. */
export const PSEUDO = 'en-XA';

/** Speaks `code` from now on when the catalogue has it ("de-AT" finds "de") and its words
 * are loaded ([`loadLanguage`]); English otherwise. */
export function setLanguage(code: string): string {
  if (code.toLowerCase() === PSEUDO.toLowerCase()) {
    speaking.code = PSEUDO;
    if (typeof document !== 'undefined') document.documentElement.lang = PSEUDO;
    return PSEUDO;
  }
  const lang = languageOf(code);
  const found = bundles.has(lang) ? lang : 'en';
  speaking.code = found;
  if (typeof document !== 'undefined') document.documentElement.lang = found;
  return found;
}

type Args<K extends keyof Messages> = Messages[K] extends Record<string, never> ? [] : [Messages[K]];

/** The messages that take no arguments. */
export type PlainMessage = {
  [K in keyof Messages]: Messages[K] extends Record<string, never> ? K : never;
}[keyof Messages];

/**
 * Choices from a record of each choice's value to the message that names it, in the
 * record's order, each with its label in the person's language. (A value that reads as
 * a whole number would come first, as JavaScript orders such keys: no choice is one.)
 */
export function choicesOf<V extends string>(labels: Record<V, PlainMessage>): { value: V; label: string }[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: t(labels[value]) }));
}

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
