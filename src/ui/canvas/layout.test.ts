import { describe, expect, it } from 'vitest';
import { getLayers, getNodePositions, LAYER_GAP, ROW_GAP } from './layout.ts';

const chain = [
  { from: 'users', to: 'lb' },
  { from: 'lb', to: 'a' },
  { from: 'lb', to: 'b' },
  { from: 'lb', to: 'c' },
];
const nodes = ['users', 'lb', 'a', 'b', 'c'].map((id) => ({ id }));

describe('auto-layout', () => {
  it('puts callers left of callees', () => {
    const layers = getLayers(nodes, chain);
    expect(Object.fromEntries(layers)).toEqual({ users: 0, lb: 1, a: 2, b: 2, c: 2 });
  });

  it('uses the longest path, so a shortcut does not pull a node left', () => {
    const layers = getLayers(nodes, [...chain, { from: 'users', to: 'a' }]);
    expect(layers.get('a')).toBe(2);
  });

  it('survives cycles and self loops', () => {
    const layers = getLayers(nodes, [...chain, { from: 'a', to: 'lb' }, { from: 'b', to: 'b' }]);
    expect(layers.get('lb')).toBe(1);
    expect(layers.get('a')).toBe(2);
  });

  it('handles a pure cycle (no source)', () => {
    const cyc = getLayers(
      [{ id: 'x' }, { id: 'y' }],
      [
        { from: 'x', to: 'y' },
        { from: 'y', to: 'x' },
      ],
    );
    expect(Object.fromEntries(cyc)).toEqual({ x: 0, y: 1 });
  });

  it('stacks a layer in document order, centred against the tallest layer', () => {
    const p = getNodePositions(nodes, chain);
    const a = p.get('a') ?? { x: NaN, y: NaN };
    expect(p.get('c')?.y).toBe(a.y + 2 * ROW_GAP);
    expect(p.get('lb')).toEqual({ x: a.x - LAYER_GAP, y: a.y + ROW_GAP });
  });

  it('keeps given coordinates', () => {
    const p = getNodePositions(
      [{ id: 'users', x: 5, y: 6 }, { id: 'lb' }],
      [{ from: 'users', to: 'lb' }],
    );
    expect(p.get('users')).toEqual({ x: 5, y: 6 });
    expect(p.get('lb')?.x).toBeGreaterThan(0);
  });

  it('ignores edges to unknown nodes', () => {
    expect(() => getNodePositions(nodes, [{ from: 'ghost', to: 'a' }])).not.toThrow();
  });
});
