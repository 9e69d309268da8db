/**
 * Shapes of the node kinds, centred on (0, 0): clients are circles, load
 * balancers hexagons, services rounded rectangles, caches stacked cards,
 * shard routers trapezoids that fan out to the right, databases cylinders and
 * queues boxes split into partitions. Also the point where an edge leaves or
 * enters a shape, so arrowheads touch the outline.
 */
import type { Point } from './layout.ts';

export const CLIENT_RADIUS = 32;
export const BALANCER_RADIUS = 38;
export const SERVICE_WIDTH = 124;
export const SERVICE_HEIGHT = 50;

/** Half extents of the box-like shapes (the bounding box for edges to meet). */
const BOXES: Readonly<Record<string, { readonly hw: number; readonly hh: number }>> = {
  service: { hw: SERVICE_WIDTH / 2, hh: SERVICE_HEIGHT / 2 },
  cache: { hw: 60, hh: 28 },
  database: { hw: 54, hh: 32 },
  queue: { hw: 62, hh: 24 },
  'shard-router': { hw: 44, hh: 34 },
};

const circle = (r: number): string =>
  `M ${-r} 0 A ${r} ${r} 0 1 0 ${r} 0 A ${r} ${r} 0 1 0 ${-r} 0 Z`;

function hexagon(r: number): string {
  const h = (r * Math.sqrt(3)) / 2;
  return `M ${-r} 0 L ${-r / 2} ${-h} L ${r / 2} ${-h} L ${r} 0 L ${r / 2} ${h} L ${-r / 2} ${h} Z`;
}

function roundedRect(w: number, h: number, c: number): string {
  return `M ${-w + c} ${-h} H ${w - c} Q ${w} ${-h} ${w} ${-h + c} V ${h - c} Q ${w} ${h} ${w - c} ${h} H ${-w + c} Q ${-w} ${h} ${-w} ${h - c} V ${-h + c} Q ${-w} ${-h} ${-w + c} ${-h} Z`;
}

/** A card with a second one peeking out behind it (top and right). */
function stackedCards(w: number, h: number, d: number): string {
  const front = `M ${-w} ${-h + d} H ${w - d} V ${h} H ${-w} Z`;
  const back = `M ${-w + d} ${-h + d} V ${-h} H ${w} V ${h - d} H ${w - d}`;
  return `${back} ${front}`;
}

/** A cylinder: body, then the front rim of its top. */
function cylinder(w: number, h: number, e: number): string {
  const body = `M ${-w} ${-h + e} A ${w} ${e} 0 0 1 ${w} ${-h + e} V ${h - e} A ${w} ${e} 0 0 1 ${-w} ${h - e} Z`;
  const rim = `M ${-w} ${-h + e} A ${w} ${e} 0 0 0 ${w} ${-h + e}`;
  return `${body} ${rim}`;
}

/** Narrow on the caller's side, wide where it fans out to shards. */
function trapezoid(w: number, h: number): string {
  return `M ${-w} ${-h * 0.6} L ${w} ${-h} L ${w} ${h} L ${-w} ${h * 0.6} Z`;
}

/** A box with partition lines across it. */
function partitionedBox(w: number, h: number, parts: number): string {
  const lines = Array.from({ length: parts - 1 }, (_, i) => {
    const x = -w + ((i + 1) * 2 * w) / parts;
    return `M ${x} ${-h} V ${h}`;
  });
  return [roundedRect(w, h, 4), ...lines].join(' ');
}

/** SVG path of the shape for `kind`. */
export function getShapePath(kind: string): string {
  switch (kind) {
    case 'client':
      return circle(CLIENT_RADIUS);
    case 'load-balancer':
      return hexagon(BALANCER_RADIUS);
    case 'cache':
      return stackedCards(60, 28, 6);
    case 'database':
      return cylinder(54, 32, 9);
    case 'queue':
      return partitionedBox(62, 24, 4);
    case 'shard-router':
      return trapezoid(44, 34);
    default:
      return roundedRect(SERVICE_WIDTH / 2, SERVICE_HEIGHT / 2, 10);
  }
}

/** Longest label drawn in full inside a box; longer ones end in `…`. */
const MAX_INSIDE_LABEL = 14;

/** Kinds whose name and value are printed inside the shape. */
const INSIDE: Readonly<Record<string, { labelY: number; valueY: number }>> = {
  service: { labelY: -7, valueY: 13 },
  cache: { labelY: -3, valueY: 15 },
  database: { labelY: 0, valueY: 18 },
  queue: { labelY: -7, valueY: 11 },
};

/**
 * Where a node's name and value go. Boxes carry both inside (so tightly
 * stacked replicas stay readable); round shapes and trapezoids print the name below.
 */
export function getTextPlacement(kind: string): {
  labelY: number;
  valueY: number;
  labelInside: boolean;
} {
  const inside = INSIDE[kind];
  if (inside !== undefined) return { ...inside, labelInside: true };
  const half =
    kind === 'client'
      ? CLIENT_RADIUS
      : kind === 'shard-router'
        ? (BOXES['shard-router']?.hh ?? 34)
        : (BALANCER_RADIUS * Math.sqrt(3)) / 2;
  return { labelY: half + 20, valueY: 1, labelInside: false };
}

/** The label as drawn: shortened inside boxes. */
export function getDrawnLabel(kind: string, label: string): string {
  if (INSIDE[kind] === undefined || label.length <= MAX_INSIDE_LABEL) return label;
  return `${label.slice(0, MAX_INSIDE_LABEL - 1)}…`;
}

/** Half width and height of the shape's bounding box. */
export function getShapeExtent(kind: string): { readonly hw: number; readonly hh: number } {
  const box = BOXES[kind];
  if (box !== undefined) return box;
  const r = kind === 'client' ? CLIENT_RADIUS : BALANCER_RADIUS;
  return { hw: r, hh: r };
}

/** Where the segment from `center` toward `target` crosses the outline of the shape. */
export function getBoundaryPoint(kind: string, center: Point, target: Point): Point {
  const dx = target.x - center.x;
  const dy = target.y - center.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return center;
  const box = BOXES[kind];
  let t: number;
  if (box !== undefined) {
    const tx = dx === 0 ? Infinity : box.hw / Math.abs(dx);
    const ty = dy === 0 ? Infinity : box.hh / Math.abs(dy);
    t = Math.min(tx, ty);
  } else {
    t = (kind === 'client' ? CLIENT_RADIUS : BALANCER_RADIUS * 0.93) / length;
  }
  return { x: center.x + dx * t, y: center.y + dy * t };
}
