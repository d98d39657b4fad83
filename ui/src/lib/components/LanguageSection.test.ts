import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import LanguageSection from './LanguageSection.svelte';
import { fakeIpc, withIpc } from '../testing';
import { setLanguage } from '../i18n';

describe('Settings → Language', () => {
  afterEach(() => {
    setLanguage('en');
  });

  it('follows the system until a language is chosen, and the words change at once', async () => {
    const ipc = fakeIpc();
    render(LanguageSection, withIpc(ipc));
    const select = (await screen.findByLabelText('Twinge speaks')) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.options[0]!.text).toBe('As the system (English)');
    await fireEvent.change(select, { target: { value: 'de' } });
    await waitFor(() => expect(ipc.chooseLanguage).toHaveBeenCalledWith('de'));
    // The section speaks German now, as every screen does.
    expect(await screen.findByText('Sprache')).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    await fireEvent.change(screen.getByLabelText('Twinge spricht'), { target: { value: '' } });
    await waitFor(() => expect(vi.mocked(ipc.chooseLanguage).mock.lastCall).toEqual(['']));
    expect(await screen.findByText('Language')).toBeTruthy();
  });
});
