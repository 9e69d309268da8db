/**
 * The newest window as the canvas draws it: per node the queue, calls in
 * flight, error share, running instances and (load balancers) healthy
 * targets; per edge the call rate, error share and breaker state. Pure reads
 * of a `MetricsHistory`.
 */
import { getOutgoingEdges, toRatePerSec } from './metricsAccess.ts';
import type { MetricsHistory } from './metricsHistory.ts';

export interface NodeLiveState {
  readonly id: string;
  /** Time-averaged queue length in the window. */
  readonly queue: number;
  /** Calls inside the node when the window closed. */
  readonly inFlight: number;
  /** failed ÷ (completed + failed) in the window; NaN when nothing finished. */
  readonly errorShare: number;
  /** Instances running at the window's end (0 = down). */
  readonly instances: number;
  /** Load balancers: targets in rotation, and how many it has; null for other kinds. */
  readonly healthy: { readonly inRotation: number; readonly targets: number } | null;
}

export type BreakerReading = 'none' | 'closed' | 'half-open' | 'open';

export interface EdgeLiveState {
  readonly from: string;
  readonly to: string;
  readonly callsPerSec: number;
  /** Failed ÷ calls in the window; NaN without calls. */
  readonly errorShare: number;
  readonly breaker: BreakerReading;
}

/** The breaker code of an edge row (−1 none, 0 closed, 1 half-open, 2 open). */
export function toBreakerReading(code: number): BreakerReading {
  if (code === 2) return 'open';
  if (code === 1) return 'half-open';
  if (code === 0) return 'closed';
  return 'none';
}

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : Number.NaN);

/** Every node's live state in the newest window; empty before the first window. */
export function getNodeLiveStates(history: MetricsHistory): NodeLiveState[] {
  const layout = history.getLayout();
  if (!layout || history.getLength() === 0) return [];
  return layout.nodeIds.map((id, row) => {
    const failed = history.getLatest(row, 'failed');
    const completed = history.getLatest(row, 'completed');
    const isBalancer = layout.nodeKinds[row] === 'load-balancer';
    return {
      id,
      queue: history.getLatest(row, 'meanQueueLength'),
      inFlight: history.getLatest(row, 'inFlight'),
      errorShare: share(failed, failed + completed),
      instances: history.getLatest(row, 'instances'),
      healthy: isBalancer
        ? {
            inRotation: history.getLatest(row, 'healthyTargets'),
            targets: getOutgoingEdges(layout, row).length,
          }
        : null,
    };
  });
}

/** Every edge's live state in the newest window; empty before the first window. */
export function getEdgeLiveStates(history: MetricsHistory): EdgeLiveState[] {
  const layout = history.getLayout();
  const last = history.getLength() - 1;
  if (!layout || last < 0) return [];
  return layout.edges.map(([a, b], edge) => {
    const calls = history.getEdgeValue(last, edge, 'calls');
    return {
      from: layout.nodeIds[a] ?? '?',
      to: layout.nodeIds[b] ?? '?',
      callsPerSec: toRatePerSec(calls, layout),
      errorShare: share(history.getEdgeValue(last, edge, 'failed'), calls),
      // NaN (a layout without the column) reads as "no breaker".
      breaker: toBreakerReading(history.getEdgeValue(last, edge, 'breakerState')),
    };
  });
}
