import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ReportView from './ReportView.svelte';
import { fakeIpc, withIpc } from '../lib/testing';

describe('Report', () => {
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
});
