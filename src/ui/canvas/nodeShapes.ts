/**
 * Shapes of the node kinds, centred on (0, 0): clients are circles, load
 * balancers hexagons, services rounded rectangles. Also the point where an edge
 * leaves or enters a shape, so arrowheads touch the outline.
 */
import type { Point } from './layout.ts';

export const CLIENT_RADIUS = 32;
export const BALANCER_RADIUS = 38;
export const SERVICE_WIDTH = 124;
export const SERVICE_HEIGHT = 50;

/** SVG path of the shape for `kind`. */
export function getShapePath(kind: string): string {
  switch (kind) {
    case 'client': {
      const r = CLIENT_RADIUS;
      return `M ${-r} 0 A ${r} ${r} 0 1 0 ${r} 0 A ${r} ${r} 0 1 0 ${-r} 0 Z`;
    }
    case 'load-balancer': {
      const r = BALANCER_RADIUS;
      const h = (r * Math.sqrt(3)) / 2;
      return `M ${-r} 0 L ${-r / 2} ${-h} L ${r / 2} ${-h} L ${r} 0 L ${r / 2} ${h} L ${-r / 2} ${h} Z`;
    }
    default: {
      const w = SERVICE_WIDTH / 2;
      const h = SERVICE_HEIGHT / 2;
      const c = 10;
      return `M ${-w + c} ${-h} H ${w - c} Q ${w} ${-h} ${w} ${-h + c} V ${h - c} Q ${w} ${h} ${w - c} ${h} H ${-w + c} Q ${-w} ${h} ${-w} ${h - c} V ${-h + c} Q ${-w} ${-h} ${-w + c} ${-h} Z`;
    }
  }
}

/** Longest label drawn in full inside a service box; longer ones end in `…`. */
const MAX_INSIDE_LABEL = 14;

/**
 * Where a node's name and value go. Services carry both inside their box (so
 * tightly stacked replicas stay readable); round shapes print the name below.
 */
export function getTextPlacement(kind: string): {
  labelY: number;
  valueY: number;
  labelInside: boolean;
} {
  if (kind === 'service') return { labelY: -7, valueY: 13, labelInside: true };
  const half = kind === 'client' ? CLIENT_RADIUS : (BALANCER_RADIUS * Math.sqrt(3)) / 2;
  return { labelY: half + 20, valueY: 1, labelInside: false };
}

/** The label as drawn: shortened inside service boxes. */
export function getDrawnLabel(kind: string, label: string): string {
  if (kind !== 'service' || label.length <= MAX_INSIDE_LABEL) return label;
  return `${label.slice(0, MAX_INSIDE_LABEL - 1)}…`;
}

/** Where the segment from `center` toward `target` crosses the outline of the shape. */
export function getBoundaryPoint(kind: string, center: Point, target: Point): Point {
  const dx = target.x - center.x;
  const dy = target.y - center.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return center;
  let t: number;
  if (kind === 'service') {
    const tx = dx === 0 ? Infinity : SERVICE_WIDTH / 2 / Math.abs(dx);
    const ty = dy === 0 ? Infinity : SERVICE_HEIGHT / 2 / Math.abs(dy);
    t = Math.min(tx, ty);
  } else {
    t = (kind === 'client' ? CLIENT_RADIUS : BALANCER_RADIUS * 0.93) / length;
  }
  return { x: center.x + dx * t, y: center.y + dy * t };
}
