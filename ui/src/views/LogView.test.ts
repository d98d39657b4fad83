import { describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import LogView from './LogView.svelte';
import { episode, fakeIpc, home, withIpc } from '../lib/testing';
import { todayLocal } from '../lib/time';
import type { AppError, EpisodeInput } from '../lib/bindings';

async function fillCramp(container: HTMLElement) {
  await fireEvent.click(screen.getByLabelText('Cramp'));
  await fireEvent.click(await screen.findByRole('button', { name: /^Legs, back: zoom in/ }));
  await waitFor(() => expect(container.querySelector('[data-region=calf]')).not.toBeNull());
  await fireEvent.click(container.querySelector('[data-region=calf][data-side=left]')!);
  await fireEvent.input(screen.getByRole('slider'), { target: { value: '8' } });
}

describe('LogView', () => {
  it('asks the PGIC on the day of an appointment and keeps the answer with one tap', async () => {
    const appointment = { id: 'appt', date: todayLocal(), note: 'neurology' };
    const ipc = fakeIpc({
      logHome: vi.fn(async () => home({ appointment_today: appointment })),
    });
    render(LogView, withIpc(ipc));
    expect(await screen.findByRole('heading', { name: 'Your appointment today' })).toBeTruthy();
    // Folded to one line above the form until the person opens it.
    expect(screen.queryByRole('radio', { name: 'much improved' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    expect(screen.getByRole('group', { name: 'Since the last appointment, your spasms are…' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('radio', { name: 'much improved' }));
    await waitFor(() => expect(ipc.answerPgic).toHaveBeenCalledWith('appt', 'much_improved'));
    expect(await screen.findByText(/Kept: the report gives your answer/)).toBeTruthy();
  });

  it('does not ask again once the appointment has an answer', async () => {
    const appointment = { id: 'appt', date: todayLocal(), note: '', pgic: 'no_change' as const };
    const ipc = fakeIpc({
      logHome: vi.fn(async () => home({ appointment_today: appointment })),
    });
    render(LogView, withIpc(ipc));
    await waitFor(() => expect(ipc.logHome).toHaveBeenCalled());
    expect(screen.queryByRole('heading', { name: 'Your appointment today' })).toBeNull();
  });

  it('says a time typed under "Another time" in words, whatever order the picker gives', async () => {
    const { container } = render(LogView, withIpc(fakeIpc()));
    await fireEvent.click(screen.getByRole('radio', { name: 'Another time' }));
    const field = container.querySelector<HTMLInputElement>('input[name=started_at]')!;
    const d = new Date();
    d.setDate(d.getDate() - 1);
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await fireEvent.input(field, { target: { value: `${day}T03:10` } });
    expect(await screen.findByText('Yesterday 03:10')).toBeTruthy();
  });

  it('keeps an episode not yet saved when the Log screen is left and opened again', async () => {
    const ipc = fakeIpc({ logEpisode: vi.fn(async () => episode({ id: 'abc' })) });
    const first = render(LogView, withIpc(ipc));
    await fillCramp(first.container);
    await fireEvent.click(screen.getByRole('button', { name: /^More details/ }));
    await fireEvent.input(await screen.findByRole('textbox', { name: /Notes/ }), {
      target: { value: 'after the long walk' },
    });
    first.unmount(); // another tab chosen
    const again = render(LogView, withIpc(ipc));
    expect((screen.getByLabelText('Cramp') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('slider', { name: 'Intensity' }).getAttribute('aria-valuetext')).toBe('8 out of 10');
    expect((screen.getByRole('textbox', { name: /Notes/ }) as HTMLTextAreaElement).value).toBe('after the long walk');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    const input = vi.mocked(ipc.logEpisode).mock.calls[0]![0] as EpisodeInput;
    expect([input.kind, input.intensity, input.notes]).toEqual(['cramp', 8, 'after the long walk']);
    expect(input.locations).toEqual([{ region: 'calf', side: 'left' }]);
    // Saved: the next time the screen opens, the form is empty.
    again.unmount();
    render(LogView, withIpc(ipc));
    expect((screen.getByLabelText('Cramp') as HTMLInputElement).checked).toBe(false);
  });

  it('asks for kind and place next to the fields before calling the app', async () => {
    const ipc = fakeIpc();
    render(LogView, withIpc(ipc));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose what kind of episode it was.')).toBeTruthy();
    expect(screen.getByText('Tap where on the body it was.')).toBeTruthy();
    expect(screen.getByText(/Choose how bad it was/)).toBeTruthy();
    expect(ipc.logEpisode).not.toHaveBeenCalled();
  });

  it('starts with the intensity unset, and a click on the middle of the slider chooses 5', async () => {
    const ipc = fakeIpc({ logEpisode: vi.fn(async () => episode({ id: 'abc' })) });
    const { container } = render(LogView, withIpc(ipc));
    await fireEvent.click(screen.getByLabelText('Cramp'));
    await fireEvent.click(await screen.findByRole('button', { name: /^Legs, back: zoom in/ }));
    await waitFor(() => expect(container.querySelector('[data-region=calf]')).not.toBeNull());
    await fireEvent.click(container.querySelector('[data-region=calf][data-side=left]')!);
    const slider = screen.getByRole('slider', { name: 'Intensity' });
    expect(slider.getAttribute('aria-valuetext')).toBe('not chosen yet');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Choose how bad it was/)).toBeTruthy();
    expect(ipc.logEpisode).not.toHaveBeenCalled();
    // The thumb already sits at 5: a click there changes no value, yet chooses it.
    await fireEvent.pointerUp(slider);
    expect(slider.getAttribute('aria-valuetext')).toBe('5 out of 10');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    expect((vi.mocked(ipc.logEpisode).mock.calls[0]![0] as EpisodeInput).intensity).toBe(5);
    expect((vi.mocked(ipc.logEpisode).mock.calls[0]![0] as EpisodeInput).set_off).toBe(false);
    // The next episode starts unset again.
    await waitFor(() => expect(slider.getAttribute('aria-valuetext')).toBe('not chosen yet'));
  });

  it('logs kind, two places, intensity, a new trigger and a duration, then offers Undo', async () => {
    const ipc = fakeIpc({ logEpisode: vi.fn(async () => episode({ id: 'abc' })) });
    const { container } = render(LogView, withIpc(ipc));
    await fillCramp(container);
    await fireEvent.click(container.querySelector('[data-region=calf][data-side=right]')!);
    await fireEvent.click(screen.getByRole('button', { name: /More details/ }));
    await fireEvent.input(screen.getByLabelText('New trigger'), { target: { value: 'Red wine' } });
    await fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[0]!);
    await waitFor(() => expect(ipc.addVocab).toHaveBeenCalled());
    await fireEvent.click(screen.getByRole('button', { name: '~1 min' }));
    await fireEvent.input(screen.getByRole('textbox', { name: /Notes/ }), {
      target: { value: 'woke me up' },
    });
    await fireEvent.click(screen.getByLabelText('It was set off by touch or movement'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    const input = vi.mocked(ipc.logEpisode).mock.calls[0]![0] as EpisodeInput;
    expect(input.kind).toBe('cramp');
    expect(input.intensity).toBe(8);
    expect(input.locations).toEqual([{ region: 'calf', side: 'both' }]);
    expect(input.triggers).toEqual(['red_wine']);
    expect(input.duration_s).toBe(60);
    expect(input.notes).toBe('woke me up');
    expect(input.set_off).toBe(true);
    expect(input.started_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(await screen.findByText('Cramp saved')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(ipc.deleteEpisode).toHaveBeenCalledWith('abc'));
  });

  it('adds a trigger and a relief typed but not added when Save is pressed', async () => {
    const ipc = fakeIpc({ logEpisode: vi.fn(async () => episode({ id: 'abc' })) });
    const { container } = render(LogView, withIpc(ipc));
    await fillCramp(container);
    await fireEvent.click(screen.getByRole('button', { name: /More details/ }));
    await fireEvent.input(screen.getByLabelText('New trigger'), { target: { value: 'Screen time' } });
    await fireEvent.input(screen.getByLabelText('New relief'), { target: { value: 'Warm bath' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    const input = vi.mocked(ipc.logEpisode).mock.calls[0]![0] as EpisodeInput;
    expect(input.triggers).toEqual(['screen_time']);
    expect(input.reliefs.map((r) => r.relief)).toEqual(['warm_bath']);
  });

  it('keeps focus in the form: after removing a place, and on the first field after Save', async () => {
    const ipc = fakeIpc({ logEpisode: vi.fn(async () => episode({ id: 'abc' })) });
    const { container } = render(LogView, withIpc(ipc));
    await fillCramp(container);
    const list = container.querySelector('select[name=region]') as HTMLSelectElement;
    await fireEvent.change(list, { target: { value: 'lower_back' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Calf' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove Lower back'));
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Lower back' }));
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('select[name=region]')));
    await fireEvent.change(list, { target: { value: 'calf' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    await waitFor(() => expect((document.activeElement as HTMLInputElement | null)?.name).toBe('kind'));
  });

  it('offers what twitches are screened for with twitches only', async () => {
    render(LogView, withIpc(fakeIpc()));
    await fireEvent.click(await screen.findByLabelText('Cramp'));
    await fireEvent.click(screen.getByRole('button', { name: /More details/ }));
    expect(await screen.findByRole('button', { name: 'Weakness' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Muscle wasting' })).toBeNull();
    await fireEvent.click(screen.getByLabelText('Twitch'));
    expect(await screen.findByRole('button', { name: 'Muscle wasting' })).toBeTruthy();
  });

  it('does not offer a quiet-day mark on a day with episodes, and says how many', async () => {
    const ipc = fakeIpc({
      logHome: vi.fn(async () => home({ last: episode({ id: 'last' }), episodes_today: 2 })),
    });
    render(LogView, withIpc(ipc));
    const quiet = await screen.findByRole('button', { name: /No episodes today/ });
    await waitFor(() => expect((quiet as HTMLButtonElement).disabled).toBe(true));
    expect(quiet.textContent).toContain('2 logged today');
  });

  it('repeats the last episode now and marks a quiet day in one tap', async () => {
    const last = episode({ id: 'last' });
    const ipc = fakeIpc({
      logHome: vi.fn(async () => home({ last })),
      repeatLast: vi.fn(async () => episode({ id: 'again' })),
    });
    render(LogView, withIpc(ipc));
    const repeat = await screen.findByRole('button', { name: /Repeat last/ });
    await waitFor(() => expect((repeat as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(repeat);
    await waitFor(() => expect(ipc.repeatLast).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Cramp logged again')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /No episodes today/ }));
    await waitFor(() => expect(ipc.markQuietDay).toHaveBeenCalledTimes(1));
    expect(vi.mocked(ipc.markQuietDay).mock.calls[0]![0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
    const { container } = render(LogView, withIpc(ipc));
    await fillCramp(container);
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const msg = await screen.findByText(/in the future/);
    expect(msg.id).toBe('err-started_at');
    expect(screen.queryByText('started_in_future')).toBeNull();
  });

  it('offers yesterday only to someone who kept the journal the day before, and asks in the evening', async () => {
    // A new user: no offer, no evening question while the reminder is off.
    const fresh = fakeIpc();
    render(LogView, withIpc(fresh));
    await waitFor(() => expect(fresh.logHome).toHaveBeenCalled());
    expect(screen.queryByText('Nothing is recorded for yesterday.')).toBeNull();
    expect(screen.queryByText('Anything to log today?')).toBeNull();
    cleanup();
    // Kept two days ago, blank yesterday and today, the reminder's time has come.
    const keeper = fakeIpc({ logHome: vi.fn(async () => home({ yesterday_missing: true, reminder_time: '00:00' })) });
    render(LogView, withIpc(keeper));
    expect(await screen.findByText('Nothing is recorded for yesterday.')).toBeTruthy();
    expect(await screen.findByText('Anything to log today?')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByText('Nothing is recorded for yesterday.')).toBeNull();
    cleanup();
    // Something is recorded today: the evening question is not asked.
    const done = fakeIpc({ logHome: vi.fn(async () => home({ today_recorded: true, reminder_time: '00:00' })) });
    render(LogView, withIpc(done));
    await waitFor(() => expect(done.logHome).toHaveBeenCalled());
    expect(screen.queryByText('Anything to log today?')).toBeNull();
  });
});
