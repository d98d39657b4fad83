import { describe, expect, it, vi } from 'vitest';
import { VocabStore } from './vocab.svelte';
import { fakeIpc, vocab } from './testing';

describe('the shared vocabulary store', () => {
  it('loads once for every screen, and reads again only when asked', async () => {
    const ipc = fakeIpc();
    const store = new VocabStore(ipc);
    await Promise.all([store.load(), store.load()]);
    await store.load();
    expect(ipc.vocabularies).toHaveBeenCalledTimes(1);
    expect(store.current?.regions).toEqual(vocab.regions);
    await store.refresh();
    expect(ipc.vocabularies).toHaveBeenCalledTimes(2);
  });

  it('puts a new entry first in its list, once', async () => {
    const store = new VocabStore(fakeIpc());
    await store.load();
    const heat = { key: 'heat', name: 'Heat', archived: false, is_medication: false, dose: null };
    store.added('trigger', heat);
    store.added('trigger', { ...heat, name: 'Hot weather' });
    expect(store.current?.triggers.map((t) => t.name)).toEqual(['Hot weather']);
    expect(store.current?.reliefs).toEqual([]);
  });

  it('keeps the reason in words when loading fails, and tries again on the next load', async () => {
    const ipc = fakeIpc({
      vocabularies: vi
        .fn()
        .mockRejectedValueOnce({ code: 'locked', message: 'The journal is locked.', fields: [] })
        .mockResolvedValue(vocab),
    });
    const store = new VocabStore(ipc);
    await store.load();
    expect(store.current).toBeNull();
    expect(store.error).toBe('The journal is locked.');
    // Unlocked: the Log form's load reads them now.
    await store.load();
    expect(store.current?.regions).toEqual(vocab.regions);
    expect(store.error).toBeNull();
    await store.load();
    expect(ipc.vocabularies).toHaveBeenCalledTimes(2);
  });
});
