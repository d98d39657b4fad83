import { getContext, setContext } from 'svelte';
import type { Ipc } from './ipc';

const IPC_KEY = Symbol('ipc');

/** Components get the IPC service from context, never by importing it. */
export function provideIpc(ipc: Ipc): void {
  setContext(IPC_KEY, ipc);
}

export function useIpc(): Ipc {
  const ipc = getContext<Ipc | undefined>(IPC_KEY);
  if (!ipc) throw new Error('IPC service missing from context');
  return ipc;
}

export { IPC_KEY };
