import { afterEach, describe, expect, it } from 'vitest';
import { Channel } from '@tauri-apps/api/core';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { ImportProgress } from './bindings';
import { ipc, toAppError } from './ipc';
import { episode } from './testing';

afterEach(() => clearMocks());

describe('ipc', () => {
  it('calls the command with the argument names Rust expects', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return cmd === 'update_episode' ? episode() : null;
    });
    await ipc.updateEpisode('id-1', {
      kind: 'cramp',
      started_at: '2026-11-20T03:10:00+01:00',
      duration_s: null,
      count: null,
      intensity: 3,
      locations: [],
      triggers: [],
      reliefs: [],
      associated: [],
      woke_from_sleep: false,
      set_off: false,
      notes: '',
    });
    expect(calls[0]![0]).toBe('update_episode');
    expect(Object.keys(calls[0]![1] as object).sort()).toEqual(['id', 'input']);
  });

  it('gives Rust a channel for an import and hands its progress to the function', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args as Record<string, unknown>]);
      return null;
    });
    const seen: ImportProgress[] = [];
    await ipc.importConfirm(true, (p) => seen.push(p));
    const [cmd, args] = calls[0]!;
    expect(cmd).toBe('import_confirm');
    expect(args.withSettings).toBe(true);
    // Rust gets a channel, never the function itself; what it sends reaches the function.
    const channel = args.onProgress as Channel<ImportProgress>;
    expect(channel).toBeInstanceOf(Channel);
    const step = { stage: 'checking', done: 3, total: 9 } as ImportProgress;
    channel.onmessage(step);
    expect(seen).toEqual([step]);
  });

  it('always rejects with {code, message}', async () => {
    mockIPC(() => {
      throw 'invalid args `input` for command `log_episode`';
    });
    await expect(ipc.vocabularies()).rejects.toMatchObject({ code: 'ipc_error' });
    expect(toAppError({ code: 'x', message: 'Words.', fields: [] })).toEqual({
      code: 'x',
      message: 'Words.',
      fields: [],
    });
    // The system's text goes behind "Copy details"; the message is in words.
    const err = toAppError(new Error('boom'));
    expect(err.message).toBe('Twinge could not complete that.');
    expect(err.details).toBe('boom');
  });
});
