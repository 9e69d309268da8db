/**
 * Kind-aware reads of one node from the live history, for the detail panel:
 * cache hit ratio and write-behind backlog, queue lag, stale reads, and the
 * per-target shares of a load balancer or shard router (from the per-edge
 * `calls` column). Pure functions of a `MetricsHistory`.
 */
import type { MetricName } from './metricsAccess.ts';
import { getNodeRow, getOutgoingEdges, toRatePerSec } from './metricsAccess.ts';
import type { MetricsHistory } from './metricsHistory.ts';

/** Windows summed for per-target shares: enough to smooth one window's noise. */
export const SHARE_WINDOWS = 5;

/** One target of a balancer or shard router over the last few windows. */
export interface TargetShareReading {
  readonly targetId: string;
  readonly callsPerSec: number;
  /** This target's part of all calls the node sent, 0..1 (NaN when it sent none). */
  readonly share: number;
}

/** How a node spread its calls over its targets. */
export interface TargetShares {
  readonly targets: readonly TargetShareReading[];
  /** max share / mean share − 1 (0 = perfectly even); NaN when no calls were sent. */
  readonly imbalance: number;
  /** Windows the shares cover. */
  readonly windows: number;
}

/** Cache readings: rates from the newest window, counts of events over the kept history. */
export interface CacheReading {
  /** hits / (hits + misses) in the newest window; NaN without lookups. */
  readonly hitRatio: number;
  readonly evictionsPerSec: number;
  readonly size: number;
  readonly writeQueueDepth: number;
  readonly staleReadsTotal: number;
  readonly lostWritesTotal: number;
}

/** What the detail panel shows of one node. */
export interface NodeDetail {
  readonly id: string;
  readonly kind: string;
  readonly instances: number;
  readonly arrivalsPerSec: number;
  readonly failedPerSec: number;
  readonly utilization: number;
  readonly latencyP99: number;
  readonly cache: CacheReading | null;
  /** Queues: messages appended but not consumed at the end of the newest window. */
  readonly queueLag: number;
  readonly deadLettersTotal: number;
  /** Caches and databases: stale reads over the kept history. */
  readonly staleReadsTotal: number;
}

/** Sum of `metric` in `row` over every retained window. */
function sumOver(history: MetricsHistory, row: number, metric: MetricName): number {
  let total = 0;
  for (let i = 0; i < history.getLength(); i++) {
    const v = history.getValue(i, row, metric);
    if (Number.isFinite(v)) total += v;
  }
  return total;
}

/** `a / (a + b)`, NaN when both are 0. */
export function getRatio(a: number, b: number): number {
  return a + b > 0 ? a / (a + b) : Number.NaN;
}

/** max / mean − 1 of non-negative amounts; NaN when they sum to 0 or there are none. */
export function getImbalance(amounts: readonly number[]): number {
  const total = amounts.reduce((sum, v) => sum + v, 0);
  if (amounts.length === 0 || total <= 0) return Number.NaN;
  return Math.max(...amounts) / (total / amounts.length) - 1;
}

/** Per-target shares of a node's calls over the last `windows` windows; null without data. */
export function getTargetShares(
  history: MetricsHistory,
  nodeId: string,
  windows = SHARE_WINDOWS,
): TargetShares | null {
  const layout = history.getLayout();
  const length = history.getLength();
  if (!layout || length === 0) return null;
  const row = getNodeRow(layout, nodeId);
  if (row < 0) return null;
  const first = Math.max(0, length - windows);
  const edges = getOutgoingEdges(layout, row);
  const calls = edges.map((edge) => {
    let sum = 0;
    for (let i = first; i < length; i++) sum += history.getEdgeValue(i, edge, 'calls') || 0;
    return sum;
  });
  const total = calls.reduce((a, b) => a + b, 0);
  let covered = 0; // windows, not slots: a down-sampled slot spans several
  for (let i = first; i < length; i++) covered += history.getWindowSpan(i);
  const targets = edges.map((edge, k) => ({
    targetId: layout.nodeIds[layout.edges[edge]?.[1] ?? -1] ?? '?',
    callsPerSec: toRatePerSec((calls[k] ?? 0) / covered, layout),
    share: total > 0 ? (calls[k] ?? 0) / total : Number.NaN,
  }));
  return { targets, imbalance: getImbalance(calls), windows: covered };
}

function getCacheReading(history: MetricsHistory, row: number): CacheReading {
  const layout = history.getLayout();
  const latest = (m: MetricName): number => history.getLatest(row, m);
  return {
    hitRatio: getRatio(latest('cacheHits'), latest('cacheMisses')),
    evictionsPerSec: layout ? toRatePerSec(latest('cacheEvictions'), layout) : Number.NaN,
    size: latest('cacheSize'),
    writeQueueDepth: latest('writeQueueDepth'),
    staleReadsTotal: sumOver(history, row, 'staleReads'),
    lostWritesTotal: sumOver(history, row, 'lostWrites'),
  };
}

/** The newest readings of one node, by kind; null before data or for an unknown node. */
export function getNodeDetail(history: MetricsHistory, nodeId: string): NodeDetail | null {
  const layout = history.getLayout();
  if (!layout || history.getLength() === 0) return null;
  const row = getNodeRow(layout, nodeId);
  if (row < 0) return null;
  const kind = layout.nodeKinds[row] ?? '';
  const latest = (m: MetricName): number => history.getLatest(row, m);
  return {
    id: nodeId,
    kind,
    instances: latest('instances'),
    arrivalsPerSec: toRatePerSec(latest('arrivals'), layout),
    failedPerSec: toRatePerSec(latest('failed'), layout),
    utilization: latest('utilization'),
    latencyP99: latest('latencyP99'),
    cache: kind === 'cache' ? getCacheReading(history, row) : null,
    queueLag: latest('queueLag'),
    deadLettersTotal: sumOver(history, row, 'deadLetters'),
    staleReadsTotal: sumOver(history, row, 'staleReads'),
  };
}
