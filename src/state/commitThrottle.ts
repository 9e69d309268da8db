/**
 * Limits how often a commit runs: `request()` schedules at most one commit per
 * `intervalMs`; `flush()` commits now. Timers are injected so tests need no
 * real clock and the state layer owns exactly one place that touches timers.
 */

/** The clock and timer functions a throttle uses. */
export interface TimerApi {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface CommitThrottle {
  /** Commit soon: immediately if the interval has passed, else once it has. */
  request(): void;
  /** Commit now, cancelling any scheduled commit. */
  flush(): void;
  /** Drop any scheduled commit. */
  cancel(): void;
}

/** The browser's (or Node's) timers. */
export const realTimers: TimerApi = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) =>
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => performance.now(),
};

/** Create a throttle that calls `commit` at most once per `intervalMs` (unless flushed). */
export function createCommitThrottle(
  commit: () => void,
  intervalMs: number,
  timers: TimerApi = realTimers,
): CommitThrottle {
  let handle: unknown = null;
  let lastCommit = Number.NEGATIVE_INFINITY;
  const run = (): void => {
    handle = null;
    lastCommit = timers.now();
    commit();
  };
  const cancel = (): void => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  return {
    request() {
      if (handle !== null) return;
      const wait = lastCommit + intervalMs - timers.now();
      handle = timers.setTimeout(run, Math.max(0, wait));
    },
    flush() {
      cancel();
      run();
    },
    cancel,
  };
}
