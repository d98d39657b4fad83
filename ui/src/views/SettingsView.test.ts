import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import SettingsView from './SettingsView.svelte';
import { fakeIpc, withIpc } from '../lib/testing';
import { dateWords } from '../lib/time';
import type { AppointmentDto, AppointmentInput } from '../lib/bindings';

describe('appointments in Settings', () => {
  it('are added, listed and removed, and a refused change is said in place until one succeeds', async () => {
    let saved: AppointmentDto[] = [];
    let refuseRemoval = true;
    const ipc = fakeIpc({
      listAppointments: vi.fn(async () => saved),
      addAppointment: vi.fn(async (i: AppointmentInput) => {
        if (i.date === '2028-01-01') {
          throw {
            code: 'date_out_of_range',
            message: 'That date is out of range.',
            fields: [{ field: 'date', code: 'date_out_of_range', message: 'Choose a date no more than a year ahead.' }],
            details: [],
          };
        }
        const a: AppointmentDto = { id: `a${saved.length + 1}`, date: i.date, note: i.note };
        saved = [...saved, a];
        return a;
      }),
      deleteAppointment: vi.fn(async (id: string) => {
        if (refuseRemoval) {
          refuseRemoval = false;
          throw { code: 'journal_busy', message: 'Another Twinge is changing this journal.', fields: [], details: [] };
        }
        saved = saved.filter((a) => a.id !== id);
        return null;
      }),
    });
    const { container } = render(SettingsView, withIpc(ipc));
    expect(await screen.findByText('No appointments yet.')).toBeTruthy();
    const date = container.querySelector('input[name=appointment_date]') as HTMLInputElement;
    const note = container.querySelector('input[name=appointment_note]') as HTMLInputElement;
    const add = date.form!.querySelector('button[type=submit]') as HTMLButtonElement;

    await fireEvent.input(date, { target: { value: '2028-01-01' } });
    await fireEvent.click(add);
    expect(await screen.findByText('Choose a date no more than a year ahead.')).toBeTruthy();

    await fireEvent.input(date, { target: { value: '2026-11-02' } });
    await fireEvent.input(note, { target: { value: 'neurology' } });
    await fireEvent.click(add);
    await waitFor(() => expect(screen.queryByText('Choose a date no more than a year ahead.')).toBeNull());
    expect(ipc.addAppointment).toHaveBeenLastCalledWith({ date: '2026-11-02', note: 'neurology', pgic: undefined });
    expect(screen.queryByText('No appointments yet.')).toBeNull();
    expect(note.value).toBe('');
    expect(screen.getByText('neurology', { exact: false }).textContent).toContain(dateWords('2026-11-02'));

    // A removal that is refused says why beside the list and keeps the appointment.
    const remove = screen.getByRole('button', { name: `Remove appointment on ${dateWords('2026-11-02')}` });
    await fireEvent.click(remove);
    expect(await screen.findByText('Another Twinge is changing this journal.')).toBeTruthy();
    expect(screen.getByText('neurology', { exact: false })).toBeTruthy();
    await fireEvent.click(remove);
    expect(await screen.findByText('No appointments yet.')).toBeTruthy();
    expect(screen.queryByText('Another Twinge is changing this journal.')).toBeNull();
    expect(ipc.deleteAppointment).toHaveBeenCalledWith('a1');
  });
});

describe('the date of birth in Settings', () => {
  it('is said in words under its picker once saved, as the picker may order day and month otherwise', async () => {
    const ipc = fakeIpc({
      updateSettings: vi.fn(async (s) => s),
    });
    const { container } = render(SettingsView, withIpc(ipc));
    const birth = (await waitFor(() => {
      const input = container.querySelector('input[name=date_of_birth]');
      expect(input).toBeTruthy();
      return input;
    })) as HTMLInputElement;
    expect(container.querySelector('.said')).toBeNull();

    await fireEvent.change(birth, { target: { value: '1961-04-12' } });
    expect(ipc.updateSettings).toHaveBeenLastCalledWith(expect.objectContaining({ date_of_birth: '1961-04-12' }));
    await waitFor(() => expect(container.querySelector('.said')?.textContent).toBe(dateWords('1961-04-12')));
  });
});
