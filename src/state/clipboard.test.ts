import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearCanvas,
  copySelection,
  deleteSelection,
  dropNode,
  duplicateSelection,
  moveNodesTo,
  pasteClipboard,
  resetClipboard,
} from './canvasCommands.ts';
import { copyNodes, createCopyId, pasteNodes } from './clipboard.ts';
import { initialDocumentData, useDocumentStore } from './documentStore.ts';
import type { Point } from './placement.ts';
import { DROP_GRID, isFreeSpot } from './placement.ts';
import type { Scenario } from './scenarioAccess.ts';
import { defaultScenario, validateScenario } from './scenarioAccess.ts';
import { initialViewData, useViewStore } from './viewStore.ts';

const doc = (): Scenario => useDocumentStore.getState().scenario;
const drawn = (s: Scenario): Map<string, Point> =>
  new Map(s.nodes.map((n, i) => [n.id, { x: n.x ?? i * 220, y: n.y ?? 0 }]));
const view = () => useViewStore.getState();

describe('clipboard (pure)', () => {
  it('makes ids unique from the same stem', () => {
    expect(createCopyId('api-1', new Set(['api-1', 'api-2']))).toBe('api-3');
    expect(createCopyId('users', new Set(['users']))).toBe('users-1');
  });

  it('copies the chosen nodes and only the edges among them; a paste renames, keeps those edges and lands clear', () => {
    const s = defaultScenario;
    const ids = ['lb', 'api-1'];
    const content = copyNodes(s, ids, drawn(s));
    expect(content.nodes.map((n) => n.id)).toEqual(ids);
    expect(content.edges).toEqual(s.edges.filter((e) => e.from === 'lb' && e.to === 'api-1'));
    const { candidate, ids: added } = pasteNodes(s, content, drawn(s));
    const result = validateScenario(candidate);
    expect(result.ok).toBe(true);
    const pasted = (candidate as Scenario).nodes.filter((n) => added.includes(n.id));
    expect(pasted.map((n) => n.kind)).toEqual(['load-balancer', 'service']);
    const [newLb, newApi] = added;
    expect((candidate as Scenario).edges).toContainEqual(
      expect.objectContaining({ from: newLb, to: newApi }),
    );
    const others = [...drawn(s).values()];
    for (const n of pasted) expect(isFreeSpot({ x: n.x ?? NaN, y: n.y ?? NaN }, others)).toBe(true);
  });
});

describe('canvas commands', () => {
  beforeEach(() => {
    useDocumentStore.setState(initialDocumentData);
    useViewStore.setState(initialViewData);
    resetClipboard();
  });

  it('a move is one undo step and pins the other nodes', () => {
    const before = doc();
    moveNodesTo(new Map([['api-1', { x: 900.4, y: 40 }]]), drawn(before));
    expect(doc().nodes.find((n) => n.id === 'api-1')).toMatchObject({ x: 900, y: 40 });
    expect(doc().nodes.every((n) => n.x !== undefined && n.y !== undefined)).toBe(true);
    useDocumentStore.getState().undo();
    expect(doc()).toBe(before);
  });

  it('drops a node where asked, or beside an occupied spot', () => {
    const empty = (clearCanvas(), doc());
    expect(empty.nodes).toEqual([]);
    dropNode('client', { x: 100, y: 200 }, drawn(empty));
    expect(doc().nodes[0]).toMatchObject({ id: 'users-1', x: 100, y: 200 });
    dropNode('service', { x: 110, y: 210 }, drawn(doc()));
    const second = doc().nodes[1];
    const spot = { x: second?.x ?? NaN, y: second?.y ?? NaN };
    expect(isFreeSpot(spot, [{ x: 100, y: 200 }], DROP_GRID)).toBe(true);
    expect(Math.hypot(spot.x - 110, spot.y - 210)).toBeLessThan(160); // near the pointer
    expect(view().selectedNodeId).toBe(second?.id);
  });

  it('duplicates, copies, pastes and deletes the selection, each one undo step', () => {
    const count = () => doc().nodes.length;
    const start = count();
    view().selectNodes(['api-1', 'api-2']);
    duplicateSelection(drawn(doc()));
    expect(count()).toBe(start + 2);
    expect(view().selectedNodeIds).toHaveLength(2);
    expect(copySelection(drawn(doc()))).toBe(2);
    pasteClipboard(drawn(doc()));
    expect(count()).toBe(start + 4);
    expect(new Set(doc().nodes.map((n) => n.id)).size).toBe(count());
    deleteSelection();
    expect(count()).toBe(start + 2);
    expect(view().selectedNodeIds).toEqual([]);
    useDocumentStore.getState().undo();
    expect(count()).toBe(start + 4);
    view().selectEdge({ from: 'lb', to: 'api-1' });
    deleteSelection();
    expect(doc().edges.some((e) => e.from === 'lb' && e.to === 'api-1')).toBe(false);
  });
});

describe('multi-selection', () => {
  beforeEach(() => useViewStore.setState(initialViewData));

  it('shift-click adds and removes; the inspector shows the last one; an edge clears nodes', () => {
    view().selectNode('a');
    view().toggleNode('b');
    expect(view().selectedNodeIds).toEqual(['a', 'b']);
    expect(view().selectedNodeId).toBe('b');
    view().toggleNode('b');
    expect(view().selectedNodeIds).toEqual(['a']);
    expect(view().selectedNodeId).toBe('a');
    view().selectEdge({ from: 'a', to: 'b' });
    expect(view().selectedNodeIds).toEqual([]);
  });
});
