/**
 * Hands each new metrics-history version to the components that follow it
 * (every chart, table and canvas reading, through `useHistoryVersion`) one
 * after another, each in its own task, instead of all in one render.
 *
 * Why: the charts are Recharts, which moves its data through an internal
 * store from an effect; that second render is synchronous and cannot be a
 * transition. Updated together, a dashboard's charts made one main-thread
 * task of 70 ms and more at ×20 (a dropped frame every few seconds).
 * Updated one per task — a follower's render, commit and effects in one
 * `flushSync` — no task is longer than the slowest single chart, and the
 * animation frames get in between. A pass takes a few milliseconds more
 * than one big render; the followers catch up with the newest version
 * (never a stale one) within a frame or two.
 */
import { flushSync } from 'react-dom';

type Follower = (version: number) => void;

/** Followers run back to back in one task until this much time (ms) has gone. */
export const SLICE_MS = 6;

export interface HistoryFollowers {
  /** Follow the version (`seen`: the one it has; if older, it gets the newest soon); returns a function that stops following. */
  add(follower: Follower, seen: number): () => void;
  /** The history has a new version: every follower gets it, one at a time. */
  publish(version: number): void;
}

export interface FollowerHost {
  now(): number;
  /** Run `task` soon, as its own task (after pending input and frames). */
  soon(task: () => void): void;
  /** Apply one follower's update now (the page: `flushSync`, so it renders in this task). */
  apply(update: () => void): void;
}

const channelHost = (): FollowerHost => {
  const channel = new MessageChannel();
  let pending: (() => void) | null = null;
  channel.port1.onmessage = () => pending?.();
  return {
    now: () => performance.now(),
    soon: (task) => {
      pending = task;
      channel.port2.postMessage(null);
    },
    apply: (update) => flushSync(update),
  };
};

/** Create a dispatcher; `host` defaults to a MessageChannel and React's `flushSync`. */
export function createHistoryFollowers(host: FollowerHost | null = null): HistoryFollowers {
  let realHost = host;
  const followers = new Set<Follower>();
  const queue: Follower[] = [];
  let latest = 0;
  let scheduled = false;

  const drain = (): void => {
    scheduled = false;
    const h = (realHost ??= channelHost());
    const start = h.now();
    do {
      const next = queue.shift();
      if (next !== undefined && followers.has(next)) h.apply(() => next(latest));
    } while (queue.length > 0 && h.now() - start < SLICE_MS);
    if (queue.length > 0) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    (realHost ??= channelHost()).soon(drain);
  };

  return {
    add(follower, seen) {
      followers.add(follower);
      if (seen !== latest) {
        queue.push(follower);
        schedule();
      }
      return () => void followers.delete(follower);
    },
    publish(version) {
      latest = version;
      for (const f of followers) if (!queue.includes(f)) queue.push(f);
      if (queue.length > 0) schedule();
    },
  };
}
