/**
 * Pan and zoom of the canvas (d3-zoom): drag the background to pan, scroll to
 * zoom; shift-drag is left to the selection box. `fit` frames every node
 * without zooming in past `MAX_FIT_SCALE`, so a single first node stays at a
 * normal size.
 */
import type { Selection, ZoomBehavior, ZoomTransform } from 'd3';
import { zoom, zoomIdentity } from 'd3';
import type { Point } from './layout.ts';
import { getShapeExtent } from './nodeShapes.ts';
import type { TopologyNode } from './topologyTypes.ts';

const FIT_PADDING = 36;
/** Fit never zooms in further than this (1 = the nodes' natural size). */
export const MAX_FIT_SCALE = 1.2;

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
type Group = Selection<SVGGElement, unknown, null, undefined>;

/** The transform that shows `nodes` inside a `width × height` view. */
export function getFitTransform(
  nodes: readonly TopologyNode[],
  width: number,
  height: number,
): ZoomTransform | null {
  if (nodes.length === 0 || width === 0 || height === 0) return null;
  const ext = (n: TopologyNode) => getShapeExtent(n.kind);
  const x0 = Math.min(...nodes.map((n) => n.x - ext(n).hw));
  const x1 = Math.max(...nodes.map((n) => n.x + ext(n).hw));
  const y0 = Math.min(...nodes.map((n) => n.y - ext(n).hh));
  const y1 = Math.max(...nodes.map((n) => n.y + ext(n).hh)) + 28; // labels below
  const scale = Math.min(
    MAX_FIT_SCALE,
    (width - 2 * FIT_PADDING) / Math.max(1, x1 - x0),
    (height - 2 * FIT_PADDING) / Math.max(1, y1 - y0),
  );
  return zoomIdentity
    .translate(width / 2, height / 2)
    .scale(scale)
    .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
}

/**
 * The smallest pan (screen pixels) that brings the span [lo, hi] inside
 * [pad, size - pad]; 0 when it is already in view, null when it cannot fit.
 */
export function getPanToShow(
  lo: number,
  hi: number,
  size: number,
  pad = FIT_PADDING,
): number | null {
  if (hi - lo > size - 2 * pad) return null;
  if (lo < pad) return pad - lo;
  if (hi > size - pad) return size - pad - hi;
  return 0;
}

/** Install pan/zoom on `svg`, applied to `viewport`. */
export function createCanvasViewport(svg: Svg, viewport: Group, onZoom: (k: number) => void) {
  let transform: ZoomTransform = zoomIdentity;
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 4])
    .filter((e: MouseEvent) => (!e.ctrlKey || e.type === 'wheel') && !e.button && !e.shiftKey)
    .on('zoom', (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      viewport.attr('transform', transform.toString());
      onZoom(transform.k);
    });
  svg.call(behaviour).on('dblclick.zoom', null);
  return {
    fit(nodes: readonly TopologyNode[], width: number, height: number): void {
      const t = getFitTransform(nodes, width, height);
      if (t !== null) behaviour.transform(svg, t);
    },
    /** When a node's centre is out of view, pan (or, if they cannot fit at this zoom, fit `all`) so that `nodes` are in view. */
    reveal(
      nodes: readonly TopologyNode[],
      all: readonly TopologyNode[],
      width: number,
      height: number,
    ): void {
      if (nodes.length === 0 || width === 0 || height === 0) return;
      const inView = ([x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height;
      if (nodes.every((n) => inView(transform.apply([n.x, n.y])))) return; // e.g. a drop
      const ext = (n: TopologyNode) => getShapeExtent(n.kind);
      const [x0, y0] = transform.apply([
        Math.min(...nodes.map((n) => n.x - ext(n).hw)),
        Math.min(...nodes.map((n) => n.y - ext(n).hh)),
      ]);
      const [x1, y1] = transform.apply([
        Math.max(...nodes.map((n) => n.x + ext(n).hw)),
        Math.max(...nodes.map((n) => n.y + ext(n).hh + 28)),
      ]);
      const dx = getPanToShow(x0, x1, width);
      const dy = getPanToShow(y0, y1, height);
      if (dx === null || dy === null) return this.fit(all, width, height);
      if (dx !== 0 || dy !== 0) behaviour.translateBy(svg, dx / transform.k, dy / transform.k);
    },
    /** Back to the natural size and origin (an empty canvas). */
    reset: (): void => void behaviour.transform(svg, zoomIdentity),
    /** A point in svg pixels → canvas units. */
    toCanvas: (p: Point): Point => {
      const [x, y] = transform.invert([p.x, p.y]);
      return { x, y };
    },
    getScale: (): number => transform.k,
    /** Pan and zoom: screen = canvas × k + (x, y). */
    getTransform: (): { k: number; x: number; y: number } => transform,
    destroy: (): void => void svg.on('.zoom', null),
  };
}
