import { getContext, setContext } from 'svelte';
import type { Ipc } from './ipc';
import { VocabStore } from './vocab.svelte';
import { HomeStore } from './home.svelte';

const IPC_KEY = Symbol('ipc');
const VOCAB_KEY = Symbol('vocab');
const HOME_KEY = Symbol('home');
const LOCK_KEY = Symbol('lock');
const WELCOME_KEY = Symbol('welcome');

/** Components get the IPC service from context, never by importing it. */
export function provideIpc(ipc: Ipc): void {
  setContext(IPC_KEY, ipc);
}

export function useIpc(): Ipc {
  const ipc = getContext<Ipc | undefined>(IPC_KEY);
  if (!ipc) throw new Error('IPC service missing from context');
  return ipc;
}

/** A store shared by every screen: the app provides one; a component mounted alone (in a
 * test) gets its own, made from the IPC service in context. */
function shared<T>(key: symbol, make: (ipc: Ipc) => T): T {
  const store = getContext<T | undefined>(key);
  if (store) return store;
  const own = make(useIpc());
  setContext(key, own);
  return own;
}

/** The shared vocabularies. */
export function useVocab(): VocabStore {
  return shared(VOCAB_KEY, (ipc) => new VocabStore(ipc));
}

/** The Log screen's home: the app reads it ahead of the first screen. */
export function useHome(): HomeStore {
  return shared(HOME_KEY, (ipc) => new HomeStore(ipc));
}

/** "Lock now": closes an encrypted journal and shows the unlock screen (set by the app). */
export function provideLock(lock: () => Promise<void>): void {
  setContext(LOCK_KEY, lock);
}

export function useLock(): (() => Promise<void>) | undefined {
  return getContext<(() => Promise<void>) | undefined>(LOCK_KEY);
}

/** Shows the first-run welcome again (set by the app; Settings offers it). */
export function provideWelcome(show: () => void): void {
  setContext(WELCOME_KEY, show);
}

export function useWelcome(): (() => void) | undefined {
  return getContext<(() => void) | undefined>(WELCOME_KEY);
}

export { IPC_KEY };
