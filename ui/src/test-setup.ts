// Run before every test file: each test starts from a closed app.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { takeDraft } from './lib/logDraft';

afterEach(() => {
  // Screens closed first (a closing Log form keeps its draft), then the draft dropped,
  // as when the app is closed: no test finds another's half-filled form.
  cleanup();
  takeDraft();
});
