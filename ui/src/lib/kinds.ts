import type { Kind } from './bindings';
import { t } from './i18n';

/** Each kind's name from the catalogue (kind-*), in the UI's language when read. */
export const KIND_LABELS: Record<Kind, string> = {
  get spasm() {
    return t('kind-spasm');
  },
  get cramp() {
    return t('kind-cramp');
  },
  get twitch() {
    return t('kind-twitch');
  },
  get other() {
    return t('kind-other');
  },
};

export const KINDS: Kind[] = ['spasm', 'cramp', 'twitch', 'other'];
