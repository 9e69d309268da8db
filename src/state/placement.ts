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

/** How a spot is searched: grid steps and the clearance kept from other nodes. */
export interface PlacementGrid {
  readonly stepX: number;
  readonly stepY: number;
  readonly clearX: number;
  readonly clearY: number;
}

/** The palette's grid: a column and row of the auto-layout apart. */
export const LAYOUT_GRID: PlacementGrid = {
  stepX: PLACE_STEP_X,
  stepY: PLACE_STEP_Y,
  clearX: CLEARANCE_X,
  clearY: CLEARANCE_Y,
};

/** A drop: as near the pointer as the shapes (at most 124 × 76 with labels) allow, on the snap grid. */
export const DROP_GRID: PlacementGrid = { stepX: 20, stepY: 20, clearX: 136, clearY: 80 };

/** Whether `p` keeps clear of every point in `occupied`. */
export function isFreeSpot(p: Point, occupied: readonly Point[], grid = LAYOUT_GRID): boolean {
  return occupied.every(
    (o) => Math.abs(o.x - p.x) >= grid.clearX || Math.abs(o.y - p.y) >= grid.clearY,
  );
}

/** Spots around `origin` in rings of growing size, nearest first; right and down before left and up. */
function* spiral(origin: Point, rings: number, grid = LAYOUT_GRID): Generator<Point> {
  yield origin;
  for (let r = 1; r <= rings; r++) {
    const spots: { dx: number; dy: number }[] = [];
    for (let dx = -r; dx <= r; dx++)
      for (let dy = -r; dy <= r; dy++)
        if (Math.max(Math.abs(dx), Math.abs(dy)) === r) spots.push({ dx, dy });
    spots.sort((a, b) => rank(a) - rank(b));
    for (const { dx, dy } of spots)
      yield { x: origin.x + dx * grid.stepX, y: origin.y + dy * grid.stepY };
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
  return findFreeSpotNear(getPreferredSpot(occupied, near), occupied);
}

/** `origin` itself when it is free, else the nearest free spot of `grid` around it. */
export function findFreeSpotNear(
  origin: Point,
  occupied: readonly Point[],
  grid = LAYOUT_GRID,
): Point {
  const rings = Math.ceil((12 * PLACE_STEP_X) / grid.stepX);
  for (const spot of spiral(origin, rings, grid)) if (isFreeSpot(spot, occupied, grid)) return spot;
  // Unreachable for fewer than ~600 nodes; go below everything.
  const bottom = Math.max(...occupied.map((p) => p.y));
  return { x: origin.x, y: bottom + PLACE_STEP_Y };
}

/**
 * The smallest grid shift (right and down first) that puts every point of a
 * group clear of `occupied`: where a pasted or duplicated group lands.
 */
export function findFreeOffset(group: readonly Point[], occupied: readonly Point[]): Point {
  for (const d of spiral({ x: 0, y: 0 }, 12)) {
    if (d.x === 0 && d.y === 0) continue;
    if (group.every((p) => isFreeSpot({ x: p.x + d.x, y: p.y + d.y }, occupied))) return d;
  }
  const bottom = Math.max(0, ...occupied.map((p) => p.y));
  const top = Math.min(0, ...group.map((p) => p.y));
  return { x: 0, y: bottom - top + PLACE_STEP_Y };
}
