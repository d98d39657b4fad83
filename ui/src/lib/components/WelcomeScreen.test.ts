import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import WelcomeScreen from './WelcomeScreen.svelte';
import { fakeIpc, withIpc } from '../testing';

describe('the first-run welcome', () => {
  it('says what Twinge is and that it stays here, and can be skipped at once', async () => {
    const ondone = vi.fn();
    render(WelcomeScreen, withIpc(fakeIpc(), { ondone }));
    expect(screen.getByRole('heading', { name: 'Welcome to Twinge' })).toBeTruthy();
    expect(screen.getByText(/stays on this computer/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Skip and start logging' }));
    expect(ondone).toHaveBeenCalledOnce();
  });

  it('offers a passcode, the reminder and an import, each opened in place', async () => {
    const ondone = vi.fn();
    const ipc = fakeIpc();
    render(WelcomeScreen, withIpc(ipc, { ondone }));
    await fireEvent.click(screen.getByRole('button', { name: 'Set up Twinge' }));
    const heading = screen.getByRole('heading', { name: 'Three things you may want now' });
    expect(document.activeElement).toBe(heading);
    const passcode = screen.getByRole('button', { name: /Protect the journal with a passcode/ });
    expect(passcode.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(passcode);
    expect(passcode.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByLabelText(/^Passcode \(three or four/)).toBeTruthy();
    const reminder = screen.getByRole('button', { name: /Turn on the evening reminder/ });
    await fireEvent.click(reminder);
    expect(passcode.getAttribute('aria-expanded')).toBe('false');
    expect(await screen.findByLabelText('Remind me in the evening')).toBeTruthy();
    // Most people bring a diary from another app: the offer says so and holds that import.
    const bring = screen.getByRole('button', { name: /Bring a diary you kept before/ });
    expect(bring.textContent).toContain('Bearable, Flaredown');
    await fireEvent.click(bring);
    expect(await screen.findByRole('button', { name: 'Import a file…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import from another app…' })).toBeTruthy();
    // Only the import: no export, backup or "delete everything" on a first run.
    expect(screen.queryByRole('button', { name: /Export|Back up|Delete/ })).toBeNull();
    expect(ondone).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Start logging' }));
    expect(ondone).toHaveBeenCalledOnce();
  });
});
