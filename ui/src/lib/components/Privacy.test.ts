import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import UnlockScreen from './UnlockScreen.svelte';
import PrivacySection from './PrivacySection.svelte';
import { fakeIpc, withIpc } from '../testing';

describe('a journal with a passcode', () => {
  it('the unlock screen says a wrong passcode in words and opens with the right one', async () => {
    const ipc = fakeIpc({
      unlock: vi
        .fn()
        .mockRejectedValueOnce({
          code: 'wrong_passcode',
          message: 'That passcode does not open this journal. Nothing was changed.',
          fields: [],
        })
        .mockResolvedValueOnce(null),
    });
    const onunlocked = vi.fn();
    render(UnlockScreen, withIpc(ipc, { onunlocked, onstartover: vi.fn() }));
    const field = screen.getByLabelText('Passcode') as HTMLInputElement;
    expect(field.type).toBe('password');
    await fireEvent.click(screen.getByLabelText('Show the passcode'));
    expect(field.type).toBe('text');
    await fireEvent.input(field, { target: { value: 'wrong one' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toContain('does not open');
    expect(onunlocked).not.toHaveBeenCalled();
    await fireEvent.input(field, { target: { value: 'right one' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onunlocked).toHaveBeenCalledTimes(1));
    expect(ipc.unlock).toHaveBeenLastCalledWith('right one');
  });

  it('encrypting asks for the passcode twice and for the warning to be read', async () => {
    const plain = ['twinge-damaged-20261120-090000.db'];
    const ipc = fakeIpc({ setPasscode: vi.fn(async () => ({ encrypted: true, copies: 2, left: [], plain })) });
    render(PrivacySection, withIpc(ipc));
    const first = await screen.findByLabelText(/^Passcode/);
    const again = screen.getByLabelText('The same again');
    const button = screen.getByRole('button', { name: 'Encrypt with this passcode' });
    await fireEvent.input(first, { target: { value: 'secret words' } });
    await fireEvent.input(again, { target: { value: 'secret wordz' } });
    expect(screen.getByText('The two passcodes differ.')).toBeTruthy();
    await fireEvent.input(again, { target: { value: 'secret words' } });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByLabelText(/cannot be recovered/));
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await fireEvent.click(button);
    await waitFor(() => expect(ipc.setPasscode).toHaveBeenCalledWith('', 'secret words'));
    expect(await screen.findByText(/2 copies in the data folder were encrypted with it too/)).toBeTruthy();
    // A damaged journal set aside cannot be read to be encrypted: it is named.
    expect(screen.getByText(/Still in plain text: twinge-damaged-20261120-090000\.db, a damaged journal/)).toBeTruthy();
  });

  it('changing or removing the passcode asks for the current one first', async () => {
    const ipc = fakeIpc();
    ipc.privacyStatus = vi.fn(async () => ({ encrypted: true }));
    render(PrivacySection, withIpc(ipc));
    const remove = (await screen.findByRole('button', { name: 'Remove the passcode' })) as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    await fireEvent.input(screen.getByLabelText(/^Current passcode/), { target: { value: 'old words here' } });
    expect(remove.disabled).toBe(false);
    await fireEvent.click(remove);
    await waitFor(() => expect(ipc.removePasscode).toHaveBeenCalledWith('old words here'));
  });

  it('a forgotten passcode can start a new journal, keeping the locked one aside', async () => {
    const ipc = fakeIpc();
    const onstartover = vi.fn();
    render(UnlockScreen, withIpc(ipc, { onunlocked: vi.fn(), onstartover }));
    await fireEvent.click(screen.getByText('Forgot the passcode?'));
    const start = screen.getByRole('button', { name: 'Start a new journal' }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    await fireEvent.click(screen.getByLabelText(/starts empty/));
    await fireEvent.click(start);
    expect(await screen.findByText('twinge-locked-20261126-101500.db')).toBeTruthy();
    expect(ipc.startOver).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Start with the new journal' }));
    expect(onstartover).toHaveBeenCalledTimes(1);
  });

  it('an encrypted journal offers auto-lock, saved with the other settings', async () => {
    const ipc = fakeIpc({ privacyStatus: vi.fn(async () => ({ encrypted: true })) });
    const onsave = vi.fn();
    const settings = { display_name: 'Alex', theme: 'dark' as const, week_start: 'sunday' as const, auto_lock_minutes: 0, date_of_birth: '' };
    render(PrivacySection, withIpc(ipc, { settings, onsave }));
    const select = (await screen.findByLabelText('Lock when not used')) as HTMLSelectElement;
    expect(select.value).toBe('0');
    await fireEvent.change(select, { target: { value: '5' } });
    expect(onsave).toHaveBeenCalledWith({ ...settings, auto_lock_minutes: 5 });
  });
});
