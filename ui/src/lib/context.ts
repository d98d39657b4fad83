import { getContext, setContext } from 'svelte';
import type { Ipc } from './ipc';
import { VocabStore } from './vocab.svelte';

const IPC_KEY = Symbol('ipc');
const VOCAB_KEY = Symbol('vocab');
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

/**
 * The shared vocabularies. The app provides one store for every screen; a component
 * mounted alone (in a test) gets its own, made from the IPC service in context.
 */
export function useVocab(): VocabStore {
  const store = getContext<VocabStore | undefined>(VOCAB_KEY);
  if (store) return store;
  const own = new VocabStore(useIpc());
  setContext(VOCAB_KEY, own);
  return own;
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
