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
        note: 'The reminder cannot run while Twinge is closed here (no systemd); Twinge reminds you when it is open.',
      })),
    });
    render(ReminderSection, withIpc(ipc));
    const on = (await screen.findByLabelText('Remind me in the evening')) as HTMLInputElement;
    expect(on.checked).toBe(false);
    await fireEvent.input(screen.getByLabelText('Time'), { target: { value: '20:30' } });
    await fireEvent.click(on);
    await waitFor(() => expect(ipc.setReminder).toHaveBeenCalledWith('20:30'));
    expect((await screen.findByRole('status')).textContent).toContain('cannot run while Twinge is closed');
    await fireEvent.click(on);
    await waitFor(() => expect(ipc.setReminder).toHaveBeenLastCalledWith(null));
  });
});
