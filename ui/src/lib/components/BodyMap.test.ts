import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import EpisodeForm from './EpisodeForm.svelte';
import { fakeIpc, withIpc } from '../testing';

describe('choosing places', () => {
  it('a recent place is one tap, and Save sends it', async () => {
    const ipc = fakeIpc();
    render(EpisodeForm, withIpc(ipc, { onsaved: vi.fn() }));
    await fireEvent.click(await screen.findByRole('radio', { name: 'Cramp' }));
    const chip = await screen.findByRole('button', { name: 'Calf, left' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.input(screen.getByRole('slider', { name: 'Intensity' }), { target: { value: '3' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
    const sent = vi.mocked(ipc.logEpisode).mock.calls[0]![0];
    expect(sent.locations).toEqual([{ region: 'calf', side: 'left' }]);
  });

  it('an area of the figure opens an enlarged view whose places are checkboxes', async () => {
    render(EpisodeForm, withIpc(fakeIpc(), { onsaved: vi.fn() }));
    await fireEvent.click(await screen.findByRole('button', { name: /^Legs, back: zoom in/ }));
    const calf = await screen.findByRole('checkbox', { name: 'Calf, left' });
    expect(calf.getAttribute('aria-checked')).toBe('false');
    await fireEvent.click(calf);
    expect(calf.getAttribute('aria-checked')).toBe('true');
    // The chosen place is listed under the figure and named on the area when zoomed out.
    await fireEvent.click(screen.getByRole('button', { name: '‹ Whole body' }));
    expect(
      screen.getByRole('button', { name: 'Legs, back: zoom in (chosen: Calf, left)' }),
    ).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Chosen places' }).textContent).toContain('Calf');
  });

  it('Escape leaves the enlarged view', async () => {
    render(EpisodeForm, withIpc(fakeIpc(), { onsaved: vi.fn() }));
    await fireEvent.click(await screen.findByRole('button', { name: /^Head and neck, front/ }));
    const region = await screen.findByRole('region', { name: 'Head and neck, front' });
    await fireEvent.keyDown(region, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Head and neck, front' })).toBeNull());
  });
});

describe('logging with the keyboard', () => {
  it('the figure is one Tab stop; arrow keys move between its parts', async () => {
    const { container } = render(EpisodeForm, withIpc(fakeIpc(), { onsaved: vi.fn() }));
    await screen.findByRole('button', { name: /^Legs, back: zoom in/ });
    const areas = [...container.querySelectorAll<SVGElement>('.area')];
    expect(areas.length).toBe(12);
    const stops = () => areas.filter((a) => a.getAttribute('tabindex') === '0');
    expect(stops()).toEqual([areas[0]]);
    areas[0]!.focus();
    await fireEvent.keyDown(areas[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(areas[1]);
    expect(stops()).toEqual([areas[1]]);
    await fireEvent.keyDown(areas[1]!, { key: 'End' });
    expect(document.activeElement).toBe(areas[11]);
    await fireEvent.keyDown(areas[11]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(areas[0]);
  });

  it('Ctrl+Enter saves from any field', async () => {
    const ipc = fakeIpc();
    render(EpisodeForm, withIpc(ipc, { onsaved: vi.fn() }));
    await fireEvent.click(await screen.findByRole('radio', { name: 'Cramp' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Calf, left' }));
    const slider = screen.getByRole('slider', { name: 'Intensity' });
    await fireEvent.input(slider, { target: { value: '4' } });
    await fireEvent.keyDown(slider, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(ipc.logEpisode).toHaveBeenCalledTimes(1));
  });
});
