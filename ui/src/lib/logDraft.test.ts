import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import LogView from '../views/LogView.svelte';
import HistoryView from '../views/HistoryView.svelte';
import { emptyForm, formFromEpisode } from './episodeForm';
import { HomeStore } from './home.svelte';
import { episode, fakeIpc, home, withIpc } from './testing';
import { toInputValue, toRfc3339Local } from './time';

/** The draft the journal kept, as the form wrote it: begun yesterday at 03:12. */
function keptYesterday(quick: string | null): { text: string; began: Date } {
  const began = new Date();
  began.setDate(began.getDate() - 1);
  began.setHours(3, 12, 0, 0);
  const form = { ...emptyForm(''), kind: 'cramp', locations: [{ region: 'calf', side: 'left' }], intensity: 6, notes: 'woke me' };
  const draft = { v: 1, began: toRfc3339Local(began), form, quick, whenInput: '', customDuration: '', showMore: true };
  return { text: JSON.stringify(draft), began };
}

/** The last draft the form had the journal keep, read back. */
function lastKept(ipc: ReturnType<typeof fakeIpc>): string {
  const calls = vi.mocked(ipc.keepLogDraft).mock.calls;
  return calls.at(-1)?.[0] ?? '(none)';
}

describe('the episode being written, kept with the journal', () => {
  it('is kept as it is written and forgotten once saved', async () => {
    const ipc = fakeIpc();
    const { container } = render(LogView, withIpc(ipc));
    // A blank form is not written anywhere.
    await new Promise((r) => setTimeout(r, 400));
    expect(ipc.keepLogDraft).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByLabelText('Cramp'));
    await fireEvent.click(await screen.findByRole('button', { name: /^Legs, back: zoom in/ }));
    await waitFor(() => expect(container.querySelector('[data-region=calf]')).not.toBeNull());
    await fireEvent.click(container.querySelector('[data-region=calf][data-side=left]')!);
    await fireEvent.input(screen.getByRole('slider'), { target: { value: '8' } });
    await waitFor(() => expect(lastKept(ipc)).toContain('"intensity":8'));
    const kept = JSON.parse(lastKept(ipc));
    expect([kept.form.kind, kept.form.locations, kept.quick]).toEqual(['cramp', [{ region: 'calf', side: 'left' }], 'now']);
    expect(Date.now() - new Date(kept.began).getTime()).toBeLessThan(60_000);

    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(lastKept(ipc)).toBe(''));
  });

  it('comes back at start at the moment it was begun, says so, and can be discarded', async () => {
    const { text, began } = keptYesterday('15m');
    const ipc = fakeIpc({ logHome: vi.fn(async () => home({ kept: { log: text, edit: null, checkin: '' } })) });
    await new HomeStore(ipc).prefetch();
    const { container } = render(LogView, withIpc(ipc));

    expect(screen.getByText('Not saved yet: Twinge kept this episode as you left it.')).toBeTruthy();
    expect((screen.getByLabelText('Cramp') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: /Notes/ }) as HTMLTextAreaElement).value).toBe('woke me');
    // "15 min ago" meant 15 minutes before it was begun, not before now.
    expect((screen.getByRole('radio', { name: 'Another time' }) as HTMLInputElement).checked).toBe(true);
    const at = new Date(began.getTime() - 15 * 60_000);
    expect(container.querySelector<HTMLInputElement>('input[name=started_at]')!.value).toBe(toInputValue(at));

    await fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect((screen.getByLabelText('Cramp') as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText(/Not saved yet/)).toBeNull();
    await waitFor(() => expect(lastKept(ipc)).toBe(''));
  });

  it('saves a kept "just now" at the moment it was begun', async () => {
    const { text, began } = keptYesterday('now');
    const ipc = fakeIpc({ logHome: vi.fn(async () => home({ kept: { log: text, edit: null, checkin: '' } })) });
    await new HomeStore(ipc).prefetch();
    render(LogView, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    const input = vi.mocked(ipc.logEpisode).mock.calls[0]![0];
    expect(input.started_at).toBe(toRfc3339Local(began));
    expect([input.kind, input.intensity, input.notes]).toEqual(['cramp', 6, 'woke me']);
  });

  it('leaves a draft it cannot read for the next change to replace', async () => {
    const ipc = fakeIpc({ logHome: vi.fn(async () => home({ kept: { log: '{"v":9,"form":1}', edit: null, checkin: '' } })) });
    await new HomeStore(ipc).prefetch();
    render(LogView, withIpc(ipc));
    expect(screen.queryByText(/Not saved yet/)).toBeNull();
    expect((screen.getByLabelText('Cramp') as HTMLInputElement).checked).toBe(false);
    await fireEvent.click(screen.getByLabelText('Spasm'));
    await waitFor(() => expect(lastKept(ipc)).toContain('"kind":"spasm"'));
  });
});

describe("History's edit, kept with the journal", () => {
  /** The last edit the form had the journal keep. */
  function lastEdit(ipc: ReturnType<typeof fakeIpc>): string {
    return vi.mocked(ipc.keepEditDraft).mock.calls.at(-1)?.[0] ?? '(none)';
  }

  it('is kept once it changes anything, and forgotten when saved', async () => {
    const e = episode({ id: 'e1', notes: 'first' });
    const ipc = fakeIpc({
      listEpisodes: vi.fn(async () => ({ episodes: [e], next: null })),
      updateEpisode: vi.fn(async () => ({ ...e, notes: 'first, then the left foot' })),
    });
    render(HistoryView, withIpc(ipc));
    await fireEvent.click(await screen.findByRole('button', { name: /Cramp 03:10/ }));
    // An edit opened but not changed is not written anywhere.
    await new Promise((r) => setTimeout(r, 400));
    expect(ipc.keepEditDraft).not.toHaveBeenCalled();

    await fireEvent.input(screen.getByRole('textbox', { name: /Notes/ }), { target: { value: 'first, then the left foot' } });
    await waitFor(() => expect(lastEdit(ipc)).toContain('then the left foot'));
    expect(JSON.parse(lastEdit(ipc)).id).toBe('e1');

    await fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(ipc.updateEpisode).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(lastEdit(ipc)).toBe(''));
  });

  it('opens again at start with its changes, says so, and Discard goes back to the episode', async () => {
    const e = episode({ id: 'e1', notes: 'first', intensity: 7 });
    const draft = JSON.stringify({ v: 1, id: 'e1', form: { ...formFromEpisode(e), intensity: 4, notes: 'first, then the foot' } });
    const ipc = fakeIpc({
      logHome: vi.fn(async () => home({ kept: { log: '', edit: { episode: e, draft }, checkin: '' } })),
      listEpisodes: vi.fn(async () => ({ episodes: [e], next: null })),
    });
    await new HomeStore(ipc).prefetch();
    render(HistoryView, withIpc(ipc));

    expect(screen.getByRole('heading', { name: 'Edit episode' })).toBeTruthy();
    expect(screen.getByText('Not saved yet: Twinge kept your changes to this episode as you left them.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Notes/ }) as HTMLTextAreaElement).value).toBe('first, then the foot');
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('4 out of 10');

    await fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect((screen.getByRole('textbox', { name: /Notes/ }) as HTMLTextAreaElement).value).toBe('first');
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('7 out of 10');
    expect(screen.queryByText(/Not saved yet/)).toBeNull();
    await waitFor(() => expect(lastEdit(ipc)).toBe(''));
  });
});
