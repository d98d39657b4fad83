import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ReminderSection from './ReminderSection.svelte';
import { fakeIpc, withIpc } from '../testing';

describe('the evening reminder setting', () => {
  it('turns on at the chosen time, and says why when it cannot run with the app closed', async () => {
    const ipc = fakeIpc({
      setReminder: vi.fn(async (time: string | null) => ({
        time,
        timer_installed: false,
        note: 'The reminder cannot come while Twinge is closed: this computer has no systemd timer service. Twinge reminds you on the Log tab whenever it is open.',
        details: 'systemctl --user daemon-reload: Failed to connect to bus: No medium found',
      })),
    });
    render(ReminderSection, withIpc(ipc));
    const on = (await screen.findByLabelText('Remind me in the evening')) as HTMLInputElement;
    expect(on.checked).toBe(false);
    await fireEvent.input(screen.getByLabelText('Time'), { target: { value: '20:30' } });
    await fireEvent.click(on);
    await waitFor(() => expect(ipc.setReminder).toHaveBeenCalledWith('20:30'));
    const note = (await screen.findByRole('status')).textContent ?? '';
    expect(note).toContain('cannot come while Twinge is closed');
    // The system's own words are not in the sentence, only behind "Copy details".
    expect(note).not.toContain('Failed to connect');
    expect(screen.getByRole('button', { name: 'Copy details' })).toBeTruthy();
    await fireEvent.click(on);
    await waitFor(() => expect(ipc.setReminder).toHaveBeenLastCalledWith(null));
  });
});
