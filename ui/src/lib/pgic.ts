// The seven answers of the Patient Global Impression of Change, best first, in the
// person's language: one list for Settings, the Log tab and the Report tab.
import type { Pgic } from './bindings';
import { t } from './i18n';

export function pgicChoices(): { id: Pgic; label: string }[] {
  return [
    { id: 'very_much_improved', label: t('pgic-very-much-improved') },
    { id: 'much_improved', label: t('pgic-much-improved') },
    { id: 'minimally_improved', label: t('pgic-minimally-improved') },
    { id: 'no_change', label: t('pgic-no-change') },
    { id: 'minimally_worse', label: t('pgic-minimally-worse') },
    { id: 'much_worse', label: t('pgic-much-worse') },
    { id: 'very_much_worse', label: t('pgic-very-much-worse') },
  ];
}
