import type { LatencyStats, NodeSummary, TargetShare } from '../summary.ts';
import { FAILURE_CAUSES, type FailureCause } from './layout.ts';
import type { Histogram } from './histogram.ts';
import type { StatsSpan } from './nodeStats.ts';

/** Mean, percentiles and max of a histogram (all 0 when empty). */
export function toLatencyStats(h: Histogram): LatencyStats {
  const q = new Float64Array(4);
  h.quantilesInto([0.5, 0.95, 0.99, 0.999], q); // one pass over the buckets
  return {
    mean: h.mean,
    p50: q[0]!,
    p95: q[1]!,
    p99: q[2]!,
    p999: q[3]!,
    max: h.count > 0 ? h.max : 0,
  };
}

/** Non-zero failure counts by cause. */
export function toFailures(span: StatsSpan): Partial<Record<FailureCause, number>> {
  const out: Partial<Record<FailureCause, number>> = {};
  FAILURE_CAUSES.forEach((cause, i) => {
    const n = span.failures[i]!;
    if (n > 0) out[cause] = n;
  });
  return out;
}

/** The common part of a node's whole-run summary. */
export function toNodeSummary(kind: string, span: StatsSpan): NodeSummary {
  const t = span.spanMs;
  const finished = span.completed + span.failed;
  return {
    kind,
    arrivals: span.arrivals,
    completed: span.completed,
    failed: span.failed,
    degraded: span.degraded,
    failures: toFailures(span),
    utilization: span.capacityArea > 0 ? span.busyArea / span.capacityArea : 0,
    meanQueueLength: t > 0 ? span.queueArea / t : 0,
    meanInFlight: t > 0 ? span.inFlightArea / t : 0,
    meanTimeInNodeMs: finished > 0 ? span.sojournSum / finished : 0,
    arrivalRatePerSec: t > 0 ? (span.arrivals * 1000) / t : 0,
    latencyMs: toLatencyStats(span.latency),
  };
}

/** Request shares of each target and the imbalance (max share / mean share − 1). */
export function toTargetShares(
  ids: readonly string[],
  sent: Float64Array,
  keyShares: Float64Array | null = null,
): { targets: Record<string, TargetShare>; imbalance: number } {
  let total = 0;
  let most = 0;
  for (const n of sent) {
    total += n;
    if (n > most) most = n;
  }
  const targets: Record<string, TargetShare> = {};
  ids.forEach((id, i) => {
    const requests = sent[i] ?? 0;
    const share = total > 0 ? requests / total : 0;
    targets[id] =
      keyShares === null ? { requests, share } : { requests, share, keyShare: keyShares[i] ?? 0 };
  });
  const mean = ids.length > 0 ? total / ids.length : 0;
  return { targets, imbalance: mean > 0 ? most / mean - 1 : 0 };
}
