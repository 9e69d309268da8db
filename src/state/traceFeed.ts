/**
 * The sampled request hops the worker streams (a bounded sample of real
 * requests: `MetricsBatch.traces`), kept outside React for the animated dots,
 * with node ids instead of indices and an estimate of how fast simulated time
 * runs against the wall clock (so the dots can replay hops at the run's pace).
 */
import type { TraceColumns } from '../worker/client.ts';
import type { TraceClock } from './traceClock.ts';
import { createTraceClockEstimator, IDLE_CLOCK } from './traceClock.ts';

/** How a traced hop ended; the dots are coloured by it. */
export type HopOutcome = 'ok' | 'retry' | 'timeout' | 'rejected' | 'failed';

/** The worker's outcome codes, in order (see `TRACE_OUTCOMES` in the engine). */
const OUTCOME_CODES: readonly HopOutcome[] = ['ok', 'retry', 'timeout', 'rejected', 'failed'];

export interface TracedHop {
  /** The sampled request the hop belongs to (the trace log's key). */
  readonly requestId: number;
  readonly from: string;
  readonly to: string;
  readonly sentMs: number;
  readonly arrivedMs: number;
  readonly leftMs: number;
  readonly answeredMs: number;
  readonly outcome: HopOutcome;
}

export type { TraceClock } from './traceClock.ts';

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
  let clock: TraceClock = IDLE_CLOCK;
  const estimator = createTraceClockEstimator();

  return {
    reset(nodeIds) {
      ids = nodeIds ?? [];
      hops = [];
      estimator.reset();
      clock = IDLE_CLOCK;
    },
    push(t, simTimeMs, wallMs) {
      for (let i = 0; i < t.count; i++) {
        hops.push({
          requestId: t.requestId[i] ?? -1,
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
      clock = estimator.update(simTimeMs, wallMs);
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
