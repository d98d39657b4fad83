import type { Kind } from './bindings';

export const KIND_LABELS: Record<Kind, string> = {
  spasm: 'Spasm',
  cramp: 'Cramp',
  twitch: 'Twitch',
  other: 'Other',
};

export const KINDS: Kind[] = ['spasm', 'cramp', 'twitch', 'other'];
