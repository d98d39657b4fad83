import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock } from './autolock';

describe('auto-lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (minutes: number) => {
    const target = new EventTarget();
    const lock = vi.fn(async () => {});
    const ask = vi.fn(async () => minutes);
    const stop = startAutoLock({ target, minutes: ask, lock, everyMs: 1000, now: () => Date.now() });
    return { target, lock, ask, stop };
  };

  it('locks after the chosen minutes without activity, not before', async () => {
    const { lock, stop } = setup(5);
    await vi.advanceTimersByTimeAsync(4 * 60_000 + 58_000);
    expect(lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3000);
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('every key or touch starts the wait again', async () => {
    const { target, lock, stop } = setup(2);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(100_000);
      target.dispatchEvent(new Event(i % 2 ? 'keydown' : 'pointerdown'));
    }
    expect(lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(121_000);
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('never locks when the setting is off, and asks only once idle for a minute', async () => {
    const { lock, ask, stop } = setup(0);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(ask).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(ask).toHaveBeenCalled();
    expect(lock).not.toHaveBeenCalled();
    stop();
  });
});
