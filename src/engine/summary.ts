import type { RuleTotals } from './control/alerting.ts';
import type { FaultRecovery } from './control/faultBook.ts';
import type { ScalerTotals } from './control/serviceScaler.ts';
import type { FailureCause } from './metrics/layout.ts';

/** Latency statistics in ms. Percentiles come from a log-bucketed histogram (relative error ≤ 0.4 %). */
export interface LatencyStats {
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
}

/** Whole-run statistics of one node, after warm-up. */
export interface NodeSummary {
  readonly kind: string;
  readonly arrivals: number;
  readonly completed: number;
  readonly failed: number;
  /** Successful answers that rest on a fallback somewhere below (a subset of `completed`). */
  readonly degraded: number;
  readonly failures: Partial<Record<FailureCause, number>>;
  readonly utilization: number;
  readonly meanQueueLength: number;
  readonly meanInFlight: number;
  /** Mean time a call spent in the node (arrival → answer), for Little's law checks. */
  readonly meanTimeInNodeMs: number;
  /** Arrival rate after warm-up, per second. */
  readonly arrivalRatePerSec: number;
  readonly latencyMs: LatencyStats;
  /**
   * Kind-specific fields:
   * - load balancers and shard routers: `targets: { [id]: TargetShare }`, `imbalance` (max share / mean share − 1);
   *   shard routers also `keyMovement` when shards were added or removed during the run;
   * - caches: `hits`, `misses`, `hitRatio`, `evictions`, `staleReads`, `lostWrites`;
   * - databases: `staleReads` (reads served by a replica that had not applied the latest write);
   * - queues: `lag` (messages not yet consumed at the end), `deadLetters`;
   * - services: `instances`;
   * - nodes calling over edges with a rate limit or a fallback: `rateLimited`, `fallbacks`, and with
   *   a `pending` fallback `pendingAccepted`, `reconciled`, `reconcileFailed`, `pendingAtEnd`.
   */
  readonly [extra: string]: unknown;
}

/** A target's part of what a load balancer or shard router sent. */
export interface TargetShare {
  readonly requests: number;
  /** requests / all requests sent by this node. */
  readonly share: number;
  /** Shard routers: the fraction of the key space this shard owns. */
  readonly keyShare?: number;
}

/** What the clients saw end to end, after warm-up. */
export interface TotalsSummary {
  readonly requests: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly throughputPerSec: number;
  readonly latencyMs: LatencyStats;
  /** Succeeded requests whose answer rests on a fallback (default, stale copy, pending). */
  readonly degraded: number;
  /** Fully successful requests per second: (succeeded − degraded) / measured time. */
  readonly goodputPerSec: number;
}

/**
 * What the control plane did over the whole run (warm-up included: these are
 * events, not rates). Each field is present only when the model has what it
 * describes: `alerts` with rules, `scaling` with a service that autoscales or
 * that a rule scales, `faults` with any fault (timeline, live or chaos).
 */
export interface ControlSummary {
  readonly alerts?: {
    /** Rules evaluated (after binding the guide's rules to nodes). */
    readonly rules: number;
    /** Times any rule started firing. */
    readonly firings: number;
    /** The rules that fired at least once. */
    readonly fired: readonly RuleTotals[];
  };
  readonly scaling?: {
    readonly scaleOuts: number;
    readonly scaleIns: number;
    readonly nodes: Readonly<Record<string, ScalerTotals>>;
  };
  /**
   * Every fault with its time to recover (goodput and p99 of the totals row
   * back within their pre-fault band), by start time; at most 1000 listed.
   */
  readonly faults?: readonly FaultRecovery[];
  /** Faults in the run (the list may be cut at 1000). */
  readonly faultCount?: number;
}

/** Whole-run summary, in the shape of the CLI contract (minus name, seed, wallMs), plus the control fields. */
export interface RunSummary extends ControlSummary {
  readonly simulatedMs: number;
  readonly events: number;
  readonly totals: TotalsSummary;
  readonly nodes: Readonly<Record<string, NodeSummary>>;
}
