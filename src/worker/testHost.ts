import type { RunnerHost } from './runner.ts';

/**
 * A runner host with a manual wall clock, for tests: `soon`/`later` callbacks run
 * only when the test calls `runPending`, and each slice "costs" `costPerCheckMs`.
 */
export function createManualHost(
  costPerCheckMs = 1,
): RunnerHost & { runPending(max?: number): number; advance(ms: number): void } {
  let wall = 0;
  const pending: { at: number; fn: () => void }[] = [];
  return {
    now: () => (wall += costPerCheckMs),
    soon: (fn) => pending.push({ at: wall, fn }),
    later: (ms, fn) => pending.push({ at: wall + ms, fn }),
    transfer: (value) => value,
    advance: (ms) => {
      wall += ms;
    },
    runPending(max = 100_000) {
      let n = 0;
      while (pending.length > 0 && n < max) {
        pending.sort((a, b) => a.at - b.at);
        const next = pending.shift()!;
        if (next.at > wall) wall = next.at;
        next.fn();
        n++;
      }
      return n;
    },
  };
}
