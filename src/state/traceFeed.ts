/**
 * The sampled request hops the worker streams (a bounded sample of real
 * requests: `MetricsBatch.traces`), kept outside React for the animated dots,
 * with node ids instead of indices and an estimate of how fast simulated time
 * runs against the wall clock (so the dots can replay hops at the run's pace).
 */
import type { TraceColumns } from '../worker/client.ts';

/** How a traced hop ended; the dots are coloured by it. */
export type HopOutcome = 'ok' | 'retry' | 'timeout' | 'rejected' | 'failed';

/** The worker's outcome codes, in order (see `TRACE_OUTCOMES` in the engine). */
const OUTCOME_CODES: readonly HopOutcome[] = ['ok', 'retry', 'timeout', 'rejected', 'failed'];

export interface TracedHop {
  readonly from: string;
  readonly to: string;
  readonly sentMs: number;
  readonly arrivedMs: number;
  readonly leftMs: number;
  readonly answeredMs: number;
  readonly outcome: HopOutcome;
}

/** Where the run was at the last batch, and how fast it goes. */
export interface TraceClock {
  readonly simMs: number;
  /** Wall time (ms, the caller's clock) when `simMs` was reported. */
  readonly wallMs: number;
  /** Simulated ms per wall ms (0 until two batches have arrived). */
  readonly rate: number;
}

export interface TraceFeed {
  reset(nodeIds: readonly string[] | null): void;
  push(traces: TraceColumns, simTimeMs: number, wallMs: number): void;
  /** Hops kept (oldest first), at most `capacity`. */
  getHops(): readonly TracedHop[];
  getClock(): TraceClock;
  /** Drop hops that ended before `simMs`. */
  forgetBefore(simMs: number): void;
}

/** Hops kept at once; older ones go first. */
export const TRACE_CAPACITY = 1500;

/** Create an empty feed. */
export function createTraceFeed(capacity = TRACE_CAPACITY): TraceFeed {
  let ids: readonly string[] = [];
  let hops: TracedHop[] = [];
  let clock: TraceClock = { simMs: 0, wallMs: 0, rate: 0 };
  let batches = 0;

  const updateClock = (simMs: number, wallMs: number): void => {
    const dWall = wallMs - clock.wallMs;
    const inst = batches > 0 && dWall > 0 ? Math.max(0, simMs - clock.simMs) / dWall : 0;
    const rate = clock.rate === 0 ? inst : 0.7 * clock.rate + 0.3 * inst;
    clock = { simMs, wallMs, rate: inst === 0 && batches === 0 ? 0 : rate };
    batches++;
  };

  return {
    reset(nodeIds) {
      ids = nodeIds ?? [];
      hops = [];
      clock = { simMs: 0, wallMs: 0, rate: 0 };
      batches = 0;
    },
    push(t, simTimeMs, wallMs) {
      for (let i = 0; i < t.count; i++) {
        hops.push({
          from: ids[t.from[i] ?? -1] ?? '?',
          to: ids[t.to[i] ?? -1] ?? '?',
          sentMs: t.sentMs[i] ?? 0,
          arrivedMs: t.arrivedMs[i] ?? 0,
          leftMs: t.leftMs[i] ?? 0,
          answeredMs: t.answeredMs[i] ?? 0,
          outcome: OUTCOME_CODES[t.outcome[i] ?? 0] ?? 'ok',
        });
      }
      if (hops.length > capacity) hops = hops.slice(hops.length - capacity);
      updateClock(simTimeMs, wallMs);
    },
    getHops: () => hops,
    getClock: () => clock,
    forgetBefore(simMs) {
      const firstLive = hops.findIndex((h) => h.answeredMs >= simMs);
      if (firstLive > 0) hops = hops.slice(firstLive);
      else if (firstLive < 0) hops = [];
    },
  };
}

/** The page's feed, filled by `simController`. */
export const traceFeed: TraceFeed = createTraceFeed();
