import { describe, expect, it } from 'vitest';
import type { FollowerHost } from './historyFollowers.ts';
import { createHistoryFollowers, SLICE_MS } from './historyFollowers.ts';

/** A host whose tasks run when the test says, with a clock the followers advance. */
function manualHost(costMs: number) {
  let clock = 0;
  const tasks: (() => void)[] = [];
  const host: FollowerHost = {
    now: () => clock,
    soon: (task) => void tasks.push(task),
    apply: (update) => {
      update();
      clock += costMs;
    },
  };
  const runTask = (): number => {
    const task = tasks.shift();
    if (task === undefined) return 0;
    const before = clock;
    task();
    return clock - before;
  };
  return { host, runTask, pending: () => tasks.length };
}

describe('history followers', () => {
  it('hands a new version to each follower in turn, in tasks no longer than one slice', () => {
    const { host, runTask, pending } = manualHost(4); // each follower's render costs 4 ms
    const followers = createHistoryFollowers(host);
    const seen: number[][] = [[], [], [], [], []];
    seen.forEach((log) => followers.add((v) => log.push(v), 0));
    followers.publish(1);
    expect(seen.flat()).toEqual([]); // nothing happens in the store's own call
    const durations: number[] = [];
    while (pending() > 0) durations.push(runTask());
    expect(seen).toEqual([[1], [1], [1], [1], [1]]);
    expect(durations.length).toBeGreaterThan(1);
    for (const d of durations) expect(d).toBeLessThanOrEqual(SLICE_MS + 4);
  });

  it('a follower still waiting gets the newest version once, not every one it missed', () => {
    const { host, runTask, pending } = manualHost(10);
    const followers = createHistoryFollowers(host);
    const a: number[] = [];
    const b: number[] = [];
    followers.add((v) => a.push(v), 0);
    followers.add((v) => b.push(v), 0);
    followers.publish(1);
    runTask(); // a gets 1; b waits
    followers.publish(2);
    followers.publish(3);
    while (pending() > 0) runTask();
    expect(a).toEqual([1, 3]);
    expect(b).toEqual([3]);
  });

  it('catches up a follower that joined late, and forgets one that left', () => {
    const { host, runTask, pending } = manualHost(1);
    const followers = createHistoryFollowers(host);
    followers.publish(5);
    const late: number[] = [];
    followers.add((v) => late.push(v), 2);
    const gone: number[] = [];
    const stop = followers.add((v) => gone.push(v), 5);
    followers.publish(6);
    stop();
    while (pending() > 0) runTask();
    expect(late).toEqual([6]);
    expect(gone).toEqual([]);
  });
});
