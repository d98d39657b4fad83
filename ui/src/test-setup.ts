// Run before every test file: each test starts from a closed app.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { resetCheckinDraft } from './lib/checkinDraft';
import { forgetDrafts } from './lib/logDraft';

afterEach(() => {
  // Screens closed, then the drafts they kept dropped, as when the app is closed: no
  // test finds another's half-filled form.
  cleanup();
  forgetDrafts();
  resetCheckinDraft();
});
