import { describe, expect, it } from 'vitest';
import type { Point } from './placement.ts';
import { findFreeSpot, isFreeSpot, PLACE_STEP_X } from './placement.ts';

describe('placement', () => {
  it('puts a node right of the one it is placed near when that spot is free', () => {
    expect(findFreeSpot([{ x: 100, y: 100 }], { x: 100, y: 100 })).toEqual({
      x: 100 + PLACE_STEP_X,
      y: 100,
    });
  });

  it('without a selection, goes right of everything at the top row', () => {
    const spot = findFreeSpot(
      [
        { x: 100, y: 250 },
        { x: 720, y: 110 },
        { x: 720, y: 390 },
      ],
      null,
    );
    expect(spot).toEqual({ x: 720 + PLACE_STEP_X, y: 110 });
  });

  it('never lands on another node, however crowded (seeded sweep)', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const occupied: Point[] = [];
      for (let i = 0; i < 40; i++) {
        const near =
          occupied.length > 0 && next() < 0.7
            ? (occupied[Math.floor(next() * occupied.length)] ?? null)
            : null;
        const spot = findFreeSpot(occupied, near);
        expect(isFreeSpot(spot, occupied)).toBe(true);
        occupied.push(spot);
      }
    }
  });

  it('starts somewhere sensible on an empty canvas', () => {
    expect(findFreeSpot([], null)).toEqual({ x: 100, y: 100 });
  });
});
