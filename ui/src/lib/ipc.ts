// The only module that talks to Tauri. Everything else calls these functions.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { AppError, Commands, ImportProgress, PeerMapping } from './bindings';
import { commandsOver } from './bindings';
import { t } from './i18n';

/** Turns whatever a command rejected with into an AppError with words. */
export function toAppError(e: unknown): AppError {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e) {
    const err = e as Partial<AppError>;
    return {
      code: String(err.code),
      message: String(err.message),
      fields: Array.isArray(err.fields) ? err.fields : [],
      ...(typeof err.details === 'string' ? { details: err.details } : {}),
    };
  }
  // The system's own text goes behind "Copy details", as every error's does.
  const text = e instanceof Error ? e.message : String(e);
  return { code: 'ipc_error', message: t('screen-ipc-error'), fields: [], details: text };
}

/** Calls a command of the generated schema: its arguments and result are typed by it. */
async function call<K extends keyof Commands>(
  command: K,
  args: Commands[K]['args'],
): Promise<Commands[K]['result']> {
  try {
    return await invoke<Commands[K]['result']>(command, args);
  } catch (e) {
    const error = toAppError(e);
    // A structural change could not open the journal again: the whole app shows the
    // error screen (App.svelte listens), never a form that would seem to save.
    if (error.code === 'journal_closed') {
      window.dispatchEvent(new CustomEvent(JOURNAL_CLOSED, { detail: error }));
    }
    throw error;
  }
}

/** The window event sent when the journal was closed and could not be opened again. */
export const JOURNAL_CLOSED = 'twinge:journal-closed';

/** A channel that hands each progress message of a long command to `onProgress`. */
function progress(onProgress: (p: ImportProgress) => void): Channel<ImportProgress> {
  const channel = new Channel<ImportProgress>();
  channel.onmessage = onProgress;
  return channel;
}

// Every command of the schema (generated into the bindings), called through `call`. File
// dialogs are opened by Rust (a null result means the person cancelled); a passcode goes
// to Rust once and no key ever comes back. The two imports that report progress take a
// plain function here and give Rust a channel.
const commands = commandsOver(call);

export const ipc = {
  ...commands,
  importConfirm: (withSettings: boolean, onProgress: (p: ImportProgress) => void) =>
    commands.importConfirm(withSettings, progress(onProgress)),
  peerImport: (mapping: PeerMapping, onProgress: (p: ImportProgress) => void) =>
    commands.peerImport(mapping, progress(onProgress)),
};

export type Ipc = typeof ipc;
