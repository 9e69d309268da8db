/**
 * Animated request dots: every frame (one shared scheduler) it asks the
 * timeline where each sampled hop is and moves a fixed pool of circles there.
 * Hollow dots go out, filled dots come back; the class carries the outcome
 * (ok, retry, timeout, rejected, failed), so the colours match the legend.
 * Off under reduced motion.
 */
import type { Selection } from 'd3';
import type { DotPlacement } from './dotTimeline.ts';
import type { Playback } from './dotTimeline.ts';
import { advancePlayback, collectDots } from './dotTimeline.ts';
import type { FrameScheduler } from './frameScheduler.ts';
import type { Point } from './layout.ts';
import { getBoundaryPoint } from './nodeShapes.ts';
import type { DotSource, TopologyNode } from './topologyTypes.ts';

/** Most dots drawn at once. */
export const MAX_DOTS = 240;
/** Playback runs this far (wall ms) behind the newest batch: a hop is known only once answered. */
export const LAG_WALL_MS = 800;
/** Shortest time (wall ms) a leg is on screen. */
export const MIN_LEG_WALL_MS = 280;

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export interface DotAnimatorOptions {
  readonly source: DotSource;
  readonly getNodes: () => readonly TopologyNode[];
  readonly isEnabled: () => boolean;
  readonly scheduler: FrameScheduler;
}

export interface DotAnimator {
  /** The request of the drawn dot nearest `p` (canvas units) within `radius`, or null. */
  findDot(p: Point, radius: number): number | null;
  /** Stop and remove the dots. */
  stop(): void;
}

/** Start animating into `layer`. Each circle carries its request in `data-request-id`. */
export function createDotAnimator(layer: Layer, options: DotAnimatorOptions): DotAnimator {
  const circles: SVGCircleElement[] = layer
    .selectAll<SVGCircleElement, number>('circle')
    .data(Array.from({ length: MAX_DOTS }, (_, i) => i))
    .join('circle')
    .attr('r', 5)
    .attr('class', 'dot')
    .attr('display', 'none')
    .nodes();
  let shown = 0;
  let playback: Playback | null = null;
  /** Position and request of each shown dot, for picking: x, y, request id per dot. */
  const drawn = new Float64Array(MAX_DOTS * 3);
  const requestOf: number[] = new Array<number>(MAX_DOTS).fill(-1);
  /** Class of each circle as last written: an unchanged class is not written again (no style work). */
  const classOf: string[] = new Array<string>(MAX_DOTS).fill('dot');
  let byId = new Map<string, TopologyNode>();
  let nodesSeen: readonly TopologyNode[] | null = null;

  const at = (p: DotPlacement): Point | null => {
    const a = byId.get(p.from);
    const b = byId.get(p.to);
    if (a === undefined || b === undefined) return null;
    const s = getBoundaryPoint(a.kind, a, b);
    const e = getBoundaryPoint(b.kind, b, a);
    return { x: s.x + (e.x - s.x) * p.f, y: s.y + (e.y - s.y) * p.f };
  };

  const draw = (dots: readonly DotPlacement[]): void => {
    let n = 0;
    for (const d of dots) {
      const p = at(d);
      const c = circles[n];
      if (p === null || c === undefined) continue;
      c.setAttribute('cx', p.x.toFixed(1));
      c.setAttribute('cy', p.y.toFixed(1));
      const cls = `dot dot-${d.outcome}${d.returning ? ' is-back' : ''}`;
      if (classOf[n] !== cls) c.setAttribute('class', (classOf[n] = cls));
      if (requestOf[n] !== d.requestId) c.setAttribute('data-request-id', String(d.requestId));
      requestOf[n] = d.requestId;
      drawn[n * 3] = p.x;
      drawn[n * 3 + 1] = p.y;
      drawn[n * 3 + 2] = d.requestId;
      if (n >= shown) c.removeAttribute('display');
      n++;
    }
    for (let i = n; i < shown; i++) circles[i]?.setAttribute('display', 'none');
    shown = n;
    layer.attr('data-count', n);
  };

  const frame = (now: number): void => {
    const nodes = options.getNodes();
    if (nodes !== nodesSeen) {
      nodesSeen = nodes;
      byId = new Map(nodes.map((n) => [n.id, n]));
    }
    const { source } = options;
    const hops = source.getHops();
    if (!options.isEnabled() || hops.length === 0) return void (shown > 0 && draw([]));
    const clock = source.getClock();
    playback = advancePlayback(playback, clock, now, LAG_WALL_MS);
    const t = playback.t;
    draw(collectDots(hops, t, MIN_LEG_WALL_MS * clock.rate, MAX_DOTS));
    source.forgetBefore(t - MIN_LEG_WALL_MS * clock.rate * 4);
  };

  const findDot = (p: Point, radius: number): number | null => {
    let best: number | null = null;
    let bestD2 = radius * radius;
    for (let i = 0; i < shown; i++) {
      const d2 = ((drawn[i * 3] ?? 0) - p.x) ** 2 + ((drawn[i * 3 + 1] ?? 0) - p.y) ** 2;
      if (d2 <= bestD2) [best, bestD2] = [drawn[i * 3 + 2] ?? null, d2];
    }
    return best;
  };

  const remove = options.scheduler.add(frame);
  return {
    findDot,
    stop() {
      remove();
      layer.selectAll('circle').remove();
    },
  };
}
