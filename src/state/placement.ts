/**
 * Where a node added from the palette goes: near the selected node (to its
 * right, where the thing it will call usually sits) or right of everything,
 * on the first grid spot that keeps clear of every other node.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Grid steps, in canvas units (the auto-layout's column and row gaps). */
export const PLACE_STEP_X = 220;
export const PLACE_STEP_Y = 120;
/** Two nodes closer than this in both x and y would overlap (the widest shape is 124 × 60). */
export const CLEARANCE_X = 170;
export const CLEARANCE_Y = 100;

/** Whether `p` keeps clear of every point in `occupied`. */
export function isFreeSpot(p: Point, occupied: readonly Point[]): boolean {
  return occupied.every(
    (o) => Math.abs(o.x - p.x) >= CLEARANCE_X || Math.abs(o.y - p.y) >= CLEARANCE_Y,
  );
}

/** Spots around `origin` in rings of growing size, nearest first; right and down before left and up. */
function* spiral(origin: Point, rings: number): Generator<Point> {
  yield origin;
  for (let r = 1; r <= rings; r++) {
    const spots: { dx: number; dy: number }[] = [];
    for (let dx = -r; dx <= r; dx++)
      for (let dy = -r; dy <= r; dy++)
        if (Math.max(Math.abs(dx), Math.abs(dy)) === r) spots.push({ dx, dy });
    spots.sort((a, b) => rank(a) - rank(b));
    for (const { dx, dy } of spots)
      yield { x: origin.x + dx * PLACE_STEP_X, y: origin.y + dy * PLACE_STEP_Y };
  }
}

const rank = ({ dx, dy }: { dx: number; dy: number }): number =>
  Math.abs(dx) + Math.abs(dy) + (dx < 0 ? 0.5 : 0) + (dy < 0 ? 0.25 : 0);

/** The preferred origin: right of `near`, or right of the rightmost node at the top row. */
export function getPreferredSpot(occupied: readonly Point[], near: Point | null): Point {
  if (near !== null) return { x: near.x + PLACE_STEP_X, y: near.y };
  if (occupied.length === 0) return { x: 100, y: 100 };
  const right = Math.max(...occupied.map((p) => p.x));
  const top = Math.min(...occupied.map((p) => p.y));
  return { x: right + PLACE_STEP_X, y: top };
}

/** The first free spot around the preferred one; never on top of another node. */
export function findFreeSpot(occupied: readonly Point[], near: Point | null): Point {
  const origin = getPreferredSpot(occupied, near);
  for (const spot of spiral(origin, 12)) if (isFreeSpot(spot, occupied)) return spot;
  // Unreachable for fewer than ~600 nodes; go below everything.
  const bottom = Math.max(...occupied.map((p) => p.y));
  return { x: origin.x, y: bottom + PLACE_STEP_Y };
}
