import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ReportView from './ReportView.svelte';
import { fakeIpc, withIpc } from '../lib/testing';
import { resetReportDraft } from '../lib/reportDraft.svelte';
import type { ReportRequest } from '../lib/bindings';

/** A date typed into From: the value comes with `input`, the field is left with `change`. */
async function setFrom(date: string) {
  const from = screen.getByLabelText('From');
  await fireEvent.input(from, { target: { value: date } });
  await fireEvent.change(from);
}

describe('Report', () => {
  beforeEach(() => resetReportDraft());

  it('starts from the suggested period and ratings, previews page 1, and exports with confirmed ratings', async () => {
    const ipc = fakeIpc();
    render(ReportView, withIpc(ipc));
    expect(await screen.findByText('Starts the last 90 days.')).toBeTruthy();
    expect(await screen.findByAltText(/Page 1 of the report/)).toBeTruthy();
    const first = vi.mocked(ipc.reportPreview).mock.calls[0]![0];
    expect(first).toMatchObject({ from: '2026-08-23', to: '2026-11-20', psfs_frequency: null });

    await fireEvent.change(screen.getByLabelText('Frequency'), { target: { value: '3' } });
    await fireEvent.input(screen.getByLabelText('Questions for my doctor'), { target: { value: 'Is this normal?' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Export PDF…' }));
    await waitFor(() => expect(ipc.exportReport).toHaveBeenCalled());
    const req = vi.mocked(ipc.exportReport).mock.calls[0]![0];
    expect(req).toMatchObject({ psfs_frequency: 3, psfs_severity: 2, questions: 'Is this normal?', appendix: 'notable', paper: 'a4' });
    expect(screen.getByText('585 of 600 characters left: page 1 keeps room for them.')).toBeTruthy();
    expect(await screen.findByText('Saved the PDF to /tmp/twinge.pdf')).toBeTruthy();
  });

  it('makes the PDF in the language chosen, keeps that choice with the journal, and previews it', async () => {
    const ipc = fakeIpc();
    render(ReportView, withIpc(ipc));
    await screen.findByAltText(/Page 1 of the report/);
    const language = screen.getByLabelText('PDF language') as HTMLSelectElement;
    expect(language.value).toBe('en');
    expect([...language.options].map((o) => o.text)).toEqual(['English', 'Deutsch', 'Español', 'Français']);
    await fireEvent.change(language, { target: { value: 'de' } });
    await waitFor(() => expect(ipc.keepReportLanguage).toHaveBeenCalledWith('de'));
    await waitFor(() => expect(vi.mocked(ipc.reportPreview).mock.lastCall![0]).toMatchObject({ language: 'de' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Export PDF…' }));
    await waitFor(() => expect(ipc.exportReport).toHaveBeenCalled());
    expect(vi.mocked(ipc.exportReport).mock.calls[0]![0]).toMatchObject({ language: 'de' });
  });

  it('keeps the period and the questions after leaving the tab and coming back', async () => {
    const ipc = fakeIpc();
    render(ReportView, withIpc(ipc));
    await screen.findByAltText(/Page 1 of the report/);
    await fireEvent.input(screen.getByLabelText('Questions for my doctor'), {
      target: { value: '1. Keep the tablets?\n2. Stretch more?' },
    });
    await setFrom('2026-10-01');
    cleanup();
    render(ReportView, withIpc(ipc));
    await screen.findByAltText(/Page 1 of the report/);
    expect((screen.getByLabelText('Questions for my doctor') as HTMLTextAreaElement).value).toBe(
      '1. Keep the tablets?\n2. Stretch more?',
    );
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-10-01');
    expect(ipc.reportDefaults).toHaveBeenCalledTimes(1);
    // The journal keeps them too, for after Twinge is closed.
    await waitFor(() => expect(ipc.keepReportQuestions).toHaveBeenLastCalledWith('1. Keep the tablets?\n2. Stretch more?'));
  });

  it('brings back the questions the journal kept when Twinge was closed', async () => {
    const ipc = fakeIpc({
      reportDefaults: vi.fn(async () => ({
        from: '2026-08-23', to: '2026-11-20', period_reason: 'the last 90 days', psfs_frequency: 2, psfs_severity: 2,
        questions: 'Is magnesium worth trying?', language: 'en', languages: [],
      })),
    });
    render(ReportView, withIpc(ipc));
    await screen.findByAltText(/Page 1 of the report/);
    expect((screen.getByLabelText('Questions for my doctor') as HTMLTextAreaElement).value).toBe('Is magnesium worth trying?');
  });

  it('follows the suggestion of a changed period until the person sets the ratings', async () => {
    // The log suggests 3 and 3 for October, 2 and 2 otherwise.
    const ipc = fakeIpc({
      reportPreview: vi.fn(async (r: ReportRequest) =>
        r.from.startsWith('2026-10')
          ? { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', psfs_frequency: 3, psfs_severity: 3 }
          : { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', psfs_frequency: 2, psfs_severity: 2 },
      ),
    });
    render(ReportView, withIpc(ipc));
    await screen.findByAltText(/Page 1 of the report/);
    const frequency = () => (screen.getByLabelText('Frequency') as HTMLSelectElement).value;
    await waitFor(() => expect(frequency()).toBe('2'));
    // Rated by the person, then a new period: the boxes follow its suggestion, unconfirmed.
    await fireEvent.change(screen.getByLabelText('Frequency'), { target: { value: '4' } });
    await setFrom('2026-10-01');
    await waitFor(() => expect(frequency()).toBe('3'));
    expect(screen.getByText(/Suggested from your log for .*1.* to .*20.*: frequency 3, severity 3/)).toBeTruthy();
    expect(screen.queryByText(/Starts the last 90 days/)).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Export PDF…' }));
    await waitFor(() => expect(ipc.exportReport).toHaveBeenCalled());
    expect(vi.mocked(ipc.exportReport).mock.calls[0]![0]).toMatchObject({ psfs_frequency: null, psfs_severity: null });
  });
});
