import { describe, expect, it } from 'vitest';
import { getConnectHint } from './connectGesture.ts';
import { shouldAutoFit } from './createTopologyController.ts';
import {
  findNodeAt,
  getDraggedPositions,
  getNodesInBox,
  isRealMove,
  snapPoint,
  toBox,
} from './gestures.ts';
import { getNodeKeyAction } from './nodeKeys.ts';
import type { TopologyNode } from './topologyTypes.ts';

const node = (id: string, kind: string, x: number, y: number): TopologyNode => ({
  id,
  kind,
  label: id,
  x,
  y,
});
const nodes = [
  node('users', 'client', 0, 0),
  node('lb', 'load-balancer', 200, 0),
  node('api', 'service', 400, 100),
];

describe('canvas gestures', () => {
  it('snaps to the nearest grid point', () => {
    expect(snapPoint({ x: 29, y: -11 })).toEqual({ x: 20, y: -20 });
    expect(snapPoint({ x: 31, y: 9 }, 10)).toEqual({ x: 30, y: 10 });
  });

  it('finds the node under a point by its shape, or none', () => {
    expect(findNodeAt(nodes, { x: 455, y: 110 })?.id).toBe('api'); // inside the 124 × 50 box
    expect(findNodeAt(nodes, { x: 470, y: 100 })).toBeNull();
    expect(findNodeAt(nodes, { x: 10, y: -20 })?.id).toBe('users');
  });

  it('selects the nodes whose centres a box holds, corners in any order', () => {
    expect(getNodesInBox(nodes, toBox({ x: 450, y: 150 }, { x: 150, y: -50 }))).toEqual([
      'lb',
      'api',
    ]);
    expect(getNodesInBox(nodes, toBox({ x: 500, y: 500 }, { x: 600, y: 600 }))).toEqual([]);
  });

  it('moves a group together; the grabbed node snaps and the others keep their distance', () => {
    const start = new Map([
      ['lb', { x: 200, y: 0 }],
      ['api', { x: 400, y: 100 }],
    ]);
    const free = getDraggedPositions(start, 'lb', { x: 13, y: 7 }, false);
    expect(free.get('api')).toEqual({ x: 413, y: 107 });
    const snapped = getDraggedPositions(start, 'lb', { x: 13, y: 7 }, true);
    expect(snapped.get('lb')).toEqual({ x: 220, y: 0 });
    expect(snapped.get('api')).toEqual({ x: 420, y: 100 });
    expect(isRealMove(start, start)).toBe(false);
    expect(isRealMove(start, snapped)).toBe(true);
  });

  it('says what releasing a connection would do', () => {
    expect(getConnectHint(null, undefined)).toMatch(/drop on a node/);
    expect(getConnectHint('lb', null)).toBe('connect to lb');
    expect(getConnectHint('users', 'is a client')).toBe('cannot connect: is a client');
  });

  it('fits on the first drawing and when another topology is loaded, not after an edit', () => {
    expect(shouldAutoFit(null, nodes)).toBe(true);
    expect(shouldAutoFit(null, [])).toBe(false);
    expect(shouldAutoFit(new Set(), nodes.slice(0, 1))).toBe(false); // first drop on an empty canvas
    expect(shouldAutoFit(new Set(['users', 'lb']), nodes)).toBe(false);
    expect(shouldAutoFit(new Set(['other']), nodes)).toBe(true);
  });
});

describe('keyboard on a node', () => {
  const key = (k: string, shiftKey = false) => ({
    key: k,
    shiftKey,
    ctrlKey: false,
    metaKey: false,
  });

  it('selects, starts and finishes a connection, cancels, nudges', () => {
    expect(getNodeKeyAction(key('Enter'), 'lb', null)).toEqual({ type: 'select', additive: false });
    expect(getNodeKeyAction(key(' ', true), 'lb', null)).toEqual({
      type: 'select',
      additive: true,
    });
    expect(getNodeKeyAction(key('c'), 'users', null)).toEqual({ type: 'start-connect' });
    expect(getNodeKeyAction(key('Enter'), 'lb', 'users')).toEqual({
      type: 'connect',
      from: 'users',
    });
    expect(getNodeKeyAction(key('Enter'), 'users', 'users').type).toBe('select');
    expect(getNodeKeyAction(key('Escape'), 'lb', 'users')).toEqual({ type: 'cancel-connect' });
    expect(getNodeKeyAction(key('ArrowLeft'), 'lb', null)).toEqual({
      type: 'nudge',
      dx: -20,
      dy: 0,
    });
    expect(getNodeKeyAction({ ...key('c'), ctrlKey: true }, 'lb', null)).toEqual({ type: 'none' });
  });
});

describe('keeping new nodes in view', () => {
  it('pans by the least amount, or says it cannot fit', async () => {
    const { getPanToShow } = await import('./canvasViewport.ts');
    expect(getPanToShow(100, 200, 500, 20)).toBe(0);
    expect(getPanToShow(450, 520, 500, 20)).toBe(-40);
    expect(getPanToShow(-30, 50, 500, 20)).toBe(50);
    expect(getPanToShow(0, 600, 500, 20)).toBeNull();
  });
});
