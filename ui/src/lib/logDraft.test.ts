import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import LogView from '../views/LogView.svelte';
import { emptyForm } from './episodeForm';
import { HomeStore } from './home.svelte';
import { fakeIpc, home, withIpc } from './testing';
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
    const ipc = fakeIpc({ logHome: vi.fn(async () => home({ draft: text })) });
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
    const ipc = fakeIpc({ logHome: vi.fn(async () => home({ draft: text })) });
    await new HomeStore(ipc).prefetch();
    render(LogView, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    const input = vi.mocked(ipc.logEpisode).mock.calls[0]![0];
    expect(input.started_at).toBe(toRfc3339Local(began));
    expect([input.kind, input.intensity, input.notes]).toEqual(['cramp', 6, 'woke me']);
  });

  it('leaves a draft it cannot read for the next change to replace', async () => {
    const ipc = fakeIpc({ logHome: vi.fn(async () => home({ draft: '{"v":9,"form":1}' })) });
    await new HomeStore(ipc).prefetch();
    render(LogView, withIpc(ipc));
    expect(screen.queryByText(/Not saved yet/)).toBeNull();
    expect((screen.getByLabelText('Cramp') as HTMLInputElement).checked).toBe(false);
    await fireEvent.click(screen.getByLabelText('Spasm'));
    await waitFor(() => expect(lastKept(ipc)).toContain('"kind":"spasm"'));
  });
});
