import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import LogView from './LogView.svelte';
import { episode, fakeIpc, withIpc } from '../lib/testing';
import type { AppError, EpisodeInput } from '../lib/bindings';

async function fillCramp() {
  await fireEvent.click(screen.getByLabelText('Cramp'));
  const region = await screen.findByRole('option', { name: 'Calf' });
  await fireEvent.change(region.parentElement as HTMLSelectElement, { target: { value: 'calf' } });
  await fireEvent.input(screen.getByRole('slider'), { target: { value: '8' } });
}

describe('LogView', () => {
  it('asks for kind and place next to the fields before calling the app', async () => {
    const ipc = fakeIpc();
    render(LogView, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose what kind of episode it was.')).toBeTruthy();
    expect(screen.getByText('Choose where on the body it was.')).toBeTruthy();
    expect(ipc.logEpisode).not.toHaveBeenCalled();
  });

  it('sends a complete episode and offers Undo', async () => {
    const ipc = fakeIpc({ logEpisode: vi.fn(async () => episode({ id: 'abc' })) });
    render(LogView, withIpc(ipc));
    await fillCramp();
    await fireEvent.input(screen.getByRole('textbox', { name: /Notes/ }), {
      target: { value: 'woke me up' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    const input = vi.mocked(ipc.logEpisode).mock.calls[0]![0] as EpisodeInput;
    expect(input.kind).toBe('cramp');
    expect(input.intensity).toBe(8);
    expect(input.locations).toEqual([{ region: 'calf', side: 'left' }]);
    expect(input.notes).toBe('woke me up');
    expect(input.started_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(await screen.findByText('Cramp saved')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(ipc.deleteEpisode).toHaveBeenCalledWith('abc'));
  });

  it('shows errors from the app next to their field, in words', async () => {
    const refusal: AppError = {
      code: 'started_in_future',
      message: 'The start time is in the future; log episodes after they happen',
      fields: [
        {
          field: 'started_at',
          code: 'started_in_future',
          message: 'The start time is in the future; log episodes after they happen',
        },
      ],
    };
    const ipc = fakeIpc({ logEpisode: vi.fn(async () => Promise.reject(refusal)) });
    render(LogView, withIpc(ipc));
    await fillCramp();
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const msg = await screen.findByText(/in the future/);
    expect(msg.id).toBe('err-when');
    expect(screen.queryByText('started_in_future')).toBeNull();
  });
});
