import { afterEach, describe, expect, it, vi } from 'vitest';
import { inSlices } from '../../../src/after-first-paint.js';

/** Runs `inSlices` over 1…n on a clock that each item moves on by `cost` ms; returns the items grouped by the task that ran them. */
async function tasksOf(n: number, cost: number, options: { since?: number; slice?: number } = {}): Promise<number[][]> {
  let clock = 100;
  const timers = vi.spyOn(globalThis, 'setTimeout');
  const tasks: number[][] = [];
  await inSlices(
    Array.from({ length: n }, (_, i) => i + 1),
    (item) => {
      // A new task began since the last item when another timer was set to wait for it.
      const task = timers.mock.calls.length;
      (tasks[task] ??= []).push(item);
      clock += cost;
    },
    { since: options.since ?? clock, slice: options.slice, now: () => clock },
  );
  return tasks.filter(Boolean);
}

describe('inSlices', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs items until the task has taken its slice, then goes on in a task of its own', async () => {
    expect(await tasksOf(10, 4)).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]);
  });

  it('runs everything in the calling task when it fits in the slice', async () => {
    expect(await tasksOf(5, 1)).toEqual([[1, 2, 3, 4, 5]]);
    expect(vi.mocked(setTimeout)).not.toHaveBeenCalled();
  });

  it('counts the first slice from `since`: work done before it in the same task counts', async () => {
    expect(await tasksOf(4, 4, { since: 100 - 12 })).toEqual([[1, 2, 3], [4]]);
    vi.restoreAllMocks();
    expect(await tasksOf(4, 4, { since: 100 - 8 })).toEqual([[1], [2, 3, 4]]);
  });

  it('runs at least one item a task, however long an item takes', async () => {
    expect(await tasksOf(3, 50)).toEqual([[1], [2], [3]]);
  });

  it('takes a longer slice where asked', async () => {
    expect(await tasksOf(6, 4, { slice: 20 })).toEqual([[1, 2, 3, 4, 5], [6]]);
  });
});
