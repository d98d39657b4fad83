// Auto-lock: an encrypted journal locks itself after the chosen minutes without a
// touch, click, key or scroll. Only the idle time is kept here; whether to lock (the
// journal is encrypted, the setting is on) is asked of the app when the person has
// been idle for a minute, so a changed setting counts from the next check.

/** The events that count as the person being there. */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface AutoLockOptions {
  /** Where activity is listened for (the window). */
  target: EventTarget;
  /** Minutes of idleness before locking; 0 when the journal should not lock itself. */
  minutes: () => Promise<number>;
  lock: () => Promise<void>;
  /** How often idleness is checked. */
  everyMs?: number;
  now?: () => number;
}

/** Starts watching; returns the function that stops it. */
export function startAutoLock(o: AutoLockOptions): () => void {
  const now = o.now ?? Date.now;
  let last = now();
  let checking = false;
  const touched = () => {
    last = now();
  };
  for (const e of ACTIVITY_EVENTS) o.target.addEventListener(e, touched, { capture: true, passive: true });
  const timer = setInterval(async () => {
    const idle = now() - last;
    if (checking || idle < 60_000) return;
    checking = true;
    try {
      const minutes = await o.minutes();
      if (minutes > 0 && idle >= minutes * 60_000) {
        await o.lock();
        last = now();
      }
    } catch {
      // The journal stays open; the next check asks again.
    } finally {
      checking = false;
    }
  }, o.everyMs ?? 15_000);
  return () => {
    clearInterval(timer);
    for (const e of ACTIVITY_EVENTS) o.target.removeEventListener(e, touched, { capture: true });
  };
}
