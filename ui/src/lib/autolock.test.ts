import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { startAutoLock } from './autolock';

describe('auto-lock', () => {
  let stop = () => {};
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const setup = (minutes: number) => {
    const target = new EventTarget();
    const lock = vi.fn(async () => {});
    const ask = vi.fn(async () => minutes);
    stop = startAutoLock({ target, minutes: ask, lock, everyMs: 1000, now: () => Date.now() });
    return { target, lock, ask };
  };

  /** Not locked yet, and locked once `ms` later. */
  const locksAfter = async (lock: Mock, ms: number) => {
    expect(lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(ms);
    expect(lock).toHaveBeenCalledTimes(1);
  };

  it('locks after the chosen minutes without activity, not before', async () => {
    const { lock } = setup(5);
    await vi.advanceTimersByTimeAsync(4 * 60_000 + 58_000);
    await locksAfter(lock, 3000);
  });

  it('every key or touch starts the wait again', async () => {
    const { target, lock } = setup(2);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(100_000);
      target.dispatchEvent(new Event(i % 2 ? 'keydown' : 'pointerdown'));
    }
    await locksAfter(lock, 121_000);
  });

  it('never locks when the setting is off, and asks only once idle for a minute', async () => {
    const { lock, ask } = setup(0);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(ask).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(ask).toHaveBeenCalled();
    expect(lock).not.toHaveBeenCalled();
  });
});
