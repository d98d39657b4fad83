// The vocabularies (kinds, regions, sides, symptoms, triggers, reliefs, recent places),
// loaded once and shared by the Log form, History and Settings; refreshed after a change.
import type { Vocabularies, VocabEntryDto, VocabKindDto } from './bindings';
import type { Ipc } from './ipc';

export class VocabStore {
  /** The vocabularies, or null until loaded (or when loading failed). */
  current = $state<Vocabularies | null>(null);
  /** Why the last load failed, in words. */
  error = $state<string | null>(null);
  #ipc: Ipc;
  #loading: Promise<void> | null = null;

  constructor(ipc: Ipc) {
    this.#ipc = ipc;
  }

  /** Loads once; later calls wait for the same load (after a failed one, they try again). */
  load(): Promise<void> {
    this.#loading ??= this.refresh();
    return this.#loading;
  }

  /** Reads the vocabularies again (after an entry was added, renamed or archived). */
  async refresh(): Promise<void> {
    try {
      this.current = await this.#ipc.vocabularies();
      this.error = null;
    } catch (e) {
      this.error = (e as { message?: string }).message ?? String(e);
      this.#loading = null;
    }
  }

  /** Puts a just-added entry first in its list without a round trip. */
  added(kind: VocabKindDto, entry: VocabEntryDto): void {
    if (!this.current) return;
    const list = kind === 'trigger' ? this.current.triggers : this.current.reliefs;
    const rest = list.filter((e) => e.key !== entry.key);
    if (kind === 'trigger') this.current.triggers = [entry, ...rest];
    else this.current.reliefs = [entry, ...rest];
  }
}
