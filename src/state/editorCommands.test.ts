import { beforeEach, describe, expect, it } from 'vitest';
import { getUnfinishedErrors, isIncompleteGraphError } from './documentEdits.ts';
import { initialDocumentData, selectCanUndo, useDocumentStore } from './documentStore.ts';
import {
  addNodeFromPalette,
  connectNodes,
  deleteEdge,
  deleteNode,
  describeOutcome,
  editNodeField,
  getEdgeTargets,
} from './editorCommands.ts';
import { PALETTE_KINDS } from './nodeDefaults.ts';
import type { Point } from './placement.ts';
import { isFreeSpot } from './placement.ts';
import type { Scenario } from './scenarioAccess.ts';
import { defaultScenario, validateScenario } from './scenarioAccess.ts';
import { initialViewData, useViewStore } from './viewStore.ts';

const doc = (): Scenario => useDocumentStore.getState().scenario;
const positionsOf = (s: Scenario): Map<string, Point> =>
  new Map(s.nodes.map((n, i) => [n.id, { x: n.x ?? i * 300, y: n.y ?? 0 }]));
const node = (id: string) => doc().nodes.find((n) => n.id === id);

describe('editorCommands', () => {
  beforeEach(() => {
    useDocumentStore.setState(initialDocumentData);
    useViewStore.setState(initialViewData);
  });

  it('adds every kind from the palette with values the format accepts, at a free spot, selected', () => {
    for (const kind of PALETTE_KINDS) {
      const before = doc();
      const outcome = addNodeFromPalette(kind, positionsOf(before));
      expect(describeOutcome(outcome)).toEqual([]);
      const id = useViewStore.getState().selectedNodeId;
      const added = doc().nodes.find((n) => n.id === id);
      expect(added?.kind).toBe(kind);
      const others = before.nodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0 }));
      expect(isFreeSpot({ x: added?.x ?? NaN, y: added?.y ?? NaN }, others)).toBe(true);
      // Only "connect it" problems remain: every field is valid.
      expect(getUnfinishedErrors(doc()).every(isIncompleteGraphError)).toBe(true);
    }
    expect(doc().nodes).toHaveLength(defaultScenario.nodes.length + PALETTE_KINDS.length);
    expect(selectCanUndo(useDocumentStore.getState())).toBe(true);
  });

  it('connects service → cache → database into a valid scenario', () => {
    useViewStore.getState().selectNode('api-1');
    addNodeFromPalette('cache', positionsOf(doc()));
    addNodeFromPalette('database', positionsOf(doc()));
    expect(connectNodes({ from: 'api-1', to: 'cache-1' }).applied).toBe(true);
    expect(connectNodes({ from: 'cache-1', to: 'db-1' }).applied).toBe(true);
    expect(validateScenario(doc()).ok).toBe(true);
  });

  it('lists edge targets with the format’s reason for refused ones', () => {
    const targets = getEdgeTargets(doc(), 'lb');
    expect(targets.find((t) => t.id === 'users')?.refusal).toMatch(/client/);
    expect(targets.find((t) => t.id === 'api-1')?.refusal).toBe('already connected');
    const fromApi = getEdgeTargets(doc(), 'api-1');
    expect(fromApi.find((t) => t.id === 'lb')?.refusal).toMatch(/cycle/);
    expect(fromApi.find((t) => t.id === 'api-2')?.refusal).toBeNull();
  });

  it('refuses an invalid value and keeps the last valid document', () => {
    addNodeFromPalette('cache', positionsOf(doc()));
    const before = doc();
    const outcome = editNodeField('cache-1', ['capacity'], 0);
    expect(outcome.applied).toBe(false);
    expect(describeOutcome(outcome).join('\n')).toMatch(/^nodes\[5\]\.capacity: /);
    expect(doc()).toBe(before);
    expect(editNodeField('cache-1', ['capacity'], 50).applied).toBe(true);
    expect(node('cache-1')).toMatchObject({ capacity: 50 });
  });

  it('removes an optional field when given undefined (back to its default)', () => {
    expect(editNodeField('api-1', ['queueCapacity'], undefined).applied).toBe(true);
    expect(node('api-1')).not.toHaveProperty('queueCapacity');
  });

  it('deletes a node with its edges, and an edge alone; undo brings them back', () => {
    expect(deleteNode('api-2').applied).toBe(true);
    expect(doc().edges.some((e) => e.to === 'api-2')).toBe(false);
    expect(deleteEdge({ from: 'lb', to: 'api-3' }).applied).toBe(true);
    useDocumentStore.getState().undo();
    useDocumentStore.getState().undo();
    expect(doc()).toBe(defaultScenario);
  });
});
