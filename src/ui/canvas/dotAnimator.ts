/**
 * Animated request dots: every frame (one shared scheduler) it asks the
 * timeline where each sampled hop is and paints the dots there on their own
 * canvas layer (`dotCanvas`). Hollow dots go out, filled dots come back,
 * coloured by the outcome (ok, retry, timeout, rejected, failed) as in the
 * legend. Off under reduced motion. The layer's `data-count` says how many
 * dots are drawn.
 */
import type { DotCanvas, PaintedDot, ViewTransform } from './dotCanvas.ts';
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

export interface DotAnimatorOptions {
  readonly source: DotSource;
  readonly getNodes: () => readonly TopologyNode[];
  readonly isEnabled: () => boolean;
  readonly scheduler: FrameScheduler;
  /** The current pan and zoom. */
  readonly getView: () => ViewTransform;
}

/** A drawn dot, in canvas units, with its request. */
export interface ShownDot extends PaintedDot {
  readonly requestId: number;
}

export interface DotAnimator {
  /** The request of the drawn dot nearest `p` (canvas units) within `radius`, or null. */
  findDot(p: Point, radius: number): number | null;
  /** The dots as last drawn. */
  getShown(): readonly ShownDot[];
  /** Stop and remove the dots. */
  stop(): void;
}

/** Start animating onto `canvas`. */
export function createDotAnimator(canvas: DotCanvas, options: DotAnimatorOptions): DotAnimator {
  let shown: ShownDot[] = [];
  let byId = new Map<string, TopologyNode>();
  let nodesSeen: readonly TopologyNode[] | null = null;
  let playback: Playback | null = null;

  /** Where the dot of placement `p` is drawn (canvas units), or null when an end node is gone. */
  const place = (p: DotPlacement): ShownDot | null => {
    const a = byId.get(p.from);
    const b = byId.get(p.to);
    if (a === undefined || b === undefined) return null;
    const s = getBoundaryPoint(a.kind, a, b);
    const e = getBoundaryPoint(b.kind, b, a);
    const x = s.x + (e.x - s.x) * p.f;
    const y = s.y + (e.y - s.y) * p.f;
    return { x, y, outcome: p.outcome, returning: p.returning, requestId: p.requestId };
  };

  const draw = (dots: readonly DotPlacement[]): void => {
    const next: ShownDot[] = [];
    for (const d of dots) {
      const dot = place(d);
      if (dot !== null) next.push(dot);
    }
    canvas.paint(next, options.getView());
    if (next.length !== shown.length) canvas.element.dataset['count'] = String(next.length);
    shown = next;
  };

  const frame = (now: number): void => {
    const nodes = options.getNodes();
    if (nodes !== nodesSeen) {
      nodesSeen = nodes;
      byId = new Map(nodes.map((n) => [n.id, n]));
    }
    const { source } = options;
    const hops = source.getHops();
    if (!options.isEnabled() || hops.length === 0) return void (shown.length > 0 && draw([]));
    const clock = source.getClock();
    playback = advancePlayback(playback, clock, now, LAG_WALL_MS);
    const t = playback.t;
    draw(collectDots(hops, t, MIN_LEG_WALL_MS * clock.rate, MAX_DOTS));
    source.forgetBefore(t - MIN_LEG_WALL_MS * clock.rate * 4);
  };

  const findDot = (p: Point, radius: number): number | null => {
    let best: number | null = null;
    let bestD2 = radius * radius;
    for (const d of shown) {
      const d2 = (d.x - p.x) ** 2 + (d.y - p.y) ** 2;
      if (d2 <= bestD2) [best, bestD2] = [d.requestId, d2];
    }
    return best;
  };

  const remove = options.scheduler.add(frame);
  return {
    findDot,
    getShown: () => shown,
    stop() {
      remove();
      canvas.remove();
    },
  };
}

/** A drawn dot where the page shows it (client pixels). */
export interface ClientDot extends ShownDot {
  readonly clientX: number;
  readonly clientY: number;
}

/** The dot layer's element, readable by automation (the dots are pixels, not elements). */
export interface DotLayerElement extends HTMLElement {
  readDots?: () => ClientDot[];
}

/** Give the layer's element a `readDots()` that lists the drawn dots in client pixels. */
export function exposeDots(
  element: DotLayerElement,
  animator: DotAnimator,
  getView: () => ViewTransform,
): void {
  element.readDots = () => {
    const box = element.getBoundingClientRect();
    const v = getView();
    return animator.getShown().map((d) => ({
      ...d,
      clientX: box.left + v.x + d.x * v.k,
      clientY: box.top + v.y + d.y * v.k,
    }));
  };
}
