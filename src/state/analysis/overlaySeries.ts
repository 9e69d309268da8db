/** Two runs' totals series joined on time, for the A-vs-B overlay charts. */
import type { TotalsPoint } from '../historyReaders.ts';

export interface OverlayPoint {
  /** End of the window, simulated seconds. */
  readonly t: number;
  readonly aP50: number | null;
  readonly aP95: number | null;
  readonly aP99: number | null;
  readonly aThroughput: number | null;
  readonly bP50: number | null;
  readonly bP95: number | null;
  readonly bP99: number | null;
  readonly bThroughput: number | null;
}

type Side = 'a' | 'b';
type Mutable = { -readonly [K in keyof OverlayPoint]: OverlayPoint[K] };

const empty = (t: number): Mutable => ({
  t,
  aP50: null,
  aP95: null,
  aP99: null,
  aThroughput: null,
  bP50: null,
  bP95: null,
  bP99: null,
  bThroughput: null,
});

function fill(byTime: Map<number, Mutable>, side: Side, series: readonly TotalsPoint[]): void {
  for (const p of series) {
    const point = byTime.get(p.t) ?? empty(p.t);
    point[`${side}P50`] = p.p50;
    point[`${side}P95`] = p.p95;
    point[`${side}P99`] = p.p99;
    point[`${side}Throughput`] = p.completedPerSec;
    byTime.set(p.t, point);
  }
}

/** A's and B's points on one time axis (a side without a window at some time has nulls there). */
export function joinOverlay(a: readonly TotalsPoint[], b: readonly TotalsPoint[]): OverlayPoint[] {
  const byTime = new Map<number, Mutable>();
  fill(byTime, 'a', a);
  fill(byTime, 'b', b);
  return [...byTime.values()].sort((x, y) => x.t - y.t);
}
