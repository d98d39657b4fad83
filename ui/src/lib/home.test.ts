import { describe, expect, it } from 'vitest';
import { HomeStore, reminderDue } from './home.svelte';
import { fakeIpc, home } from './testing';

describe('the Log home', () => {
  it('read ahead is used by the first Log screen only; later ones read it again', async () => {
    const ipc = fakeIpc();
    const store = new HomeStore(ipc);
    expect(store.takeFresh()).toBe(false);
    await store.prefetch();
    expect(store.current).toEqual(home());
    expect(store.takeFresh()).toBe(true);
    expect(store.takeFresh()).toBe(false);
    expect(ipc.logHome).toHaveBeenCalledTimes(1);
  });

  it('asks in the evening only once the reminder time has come on a blank day', () => {
    const at = (h: number, m: number) => new Date(2026, 11, 4, h, m);
    const on = home({ reminder_time: '20:30' });
    expect(reminderDue(on, at(20, 29))).toBe(false);
    expect(reminderDue(on, at(20, 30))).toBe(true);
    expect(reminderDue(on, at(23, 5))).toBe(true);
    expect(reminderDue({ ...on, today_recorded: true }, at(23, 5))).toBe(false);
    expect(reminderDue(home(), at(23, 5))).toBe(false);
    expect(reminderDue(null, at(23, 5))).toBe(false);
  });
});
