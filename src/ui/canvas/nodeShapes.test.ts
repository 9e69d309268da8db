import { describe, expect, it } from 'vitest';
import { PALETTE_KINDS } from '../../state/nodeDefaults.ts';
import { getBoundaryPoint, getShapeExtent, getShapePath, getTextPlacement } from './nodeShapes.ts';

describe('nodeShapes', () => {
  it('gives every kind its own shape', () => {
    const paths = PALETTE_KINDS.map((k) => getShapePath(k));
    expect(new Set(paths).size).toBe(PALETTE_KINDS.length);
  });

  it('meets edges on the outline, inside the bounding box', () => {
    for (const kind of PALETTE_KINDS) {
      const { hw, hh } = getShapeExtent(kind);
      const p = getBoundaryPoint(kind, { x: 0, y: 0 }, { x: 500, y: 40 });
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThanOrEqual(hw + 1e-9);
      expect(Math.abs(p.y)).toBeLessThanOrEqual(hh + 1e-9);
      expect(Number.isFinite(getTextPlacement(kind).labelY)).toBe(true);
    }
  });
});
