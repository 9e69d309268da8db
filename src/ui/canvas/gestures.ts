/**
 * The pure geometry behind the canvas gestures: snapping to the grid, which
 * node lies under a point, which nodes a selection box holds, and where a
 * dragged group goes. Tested without a DOM.
 */
import type { Point } from './layout.ts';
import { getShapeExtent } from './nodeShapes.ts';
import type { TopologyNode } from './topologyTypes.ts';

/** Grid size for snapping, in canvas units. */
export const GRID_SIZE = 20;

/** `p` rounded to the nearest grid point. */
export function snapPoint(p: Point, grid = GRID_SIZE): Point {
  return { x: Math.round(p.x / grid) * grid, y: Math.round(p.y / grid) * grid };
}

/** The topmost node whose shape's bounding box holds `p` (a little slack around it), or null. */
export function findNodeAt(
  nodes: readonly TopologyNode[],
  p: Point,
  slack = 6,
): TopologyNode | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n === undefined) continue;
    const { hw, hh } = getShapeExtent(n.kind);
    if (Math.abs(p.x - n.x) <= hw + slack && Math.abs(p.y - n.y) <= hh + slack) return n;
  }
  return null;
}

/** A rectangle from two corners in any order. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export function toBox(a: Point, b: Point): Box {
  return {
    x0: Math.min(a.x, b.x),
    y0: Math.min(a.y, b.y),
    x1: Math.max(a.x, b.x),
    y1: Math.max(a.y, b.y),
  };
}

/** Ids of the nodes whose centre lies inside `box`. */
export function getNodesInBox(nodes: readonly TopologyNode[], box: Box): string[] {
  return nodes
    .filter((n) => n.x >= box.x0 && n.x <= box.x1 && n.y >= box.y0 && n.y <= box.y1)
    .map((n) => n.id);
}

/**
 * Where each of `ids` goes when the drag has moved the pointer by `delta`:
 * the grabbed node (`anchor`) snaps to the grid when `snap` is on, and the
 * others keep their distance to it.
 */
export function getDraggedPositions(
  start: ReadonlyMap<string, Point>,
  anchor: string,
  delta: Point,
  snap: boolean,
): Map<string, Point> {
  const a = start.get(anchor) ?? { x: 0, y: 0 };
  const moved = { x: a.x + delta.x, y: a.y + delta.y };
  const target = snap ? snapPoint(moved) : moved;
  const shift = { x: target.x - a.x, y: target.y - a.y };
  const out = new Map<string, Point>();
  for (const [id, p] of start) out.set(id, { x: p.x + shift.x, y: p.y + shift.y });
  return out;
}

/** Whether a drag moved anything (a click that wiggled a pixel is not a move). */
export function isRealMove(
  start: ReadonlyMap<string, Point>,
  end: ReadonlyMap<string, Point>,
): boolean {
  for (const [id, p] of end) {
    const s = start.get(id);
    if (s === undefined || Math.abs(s.x - p.x) > 0.5 || Math.abs(s.y - p.y) > 0.5) return true;
  }
  return false;
}
