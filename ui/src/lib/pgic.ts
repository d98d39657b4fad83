// The seven answers of the Patient Global Impression of Change, best first, in the
// person's language: one list for Settings, the Log tab and the Report tab.
import type { Pgic } from './bindings';
import { choicesOf } from './i18n';

export function pgicChoices(): { value: Pgic; label: string }[] {
  return choicesOf({
    very_much_improved: 'pgic-very-much-improved',
    much_improved: 'pgic-much-improved',
    minimally_improved: 'pgic-minimally-improved',
    no_change: 'pgic-no-change',
    minimally_worse: 'pgic-minimally-worse',
    much_worse: 'pgic-much-worse',
    very_much_worse: 'pgic-very-much-worse',
  });
}
