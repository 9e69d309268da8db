/**
 * What the canvas controller's callbacks do: module-level functions that read
 * the stores with `getState()`, so the controller is created once and never
 * needs fresh closures.
 */
import { dropNode, moveNodesTo, type DrawnPositions } from '../state/canvasCommands.ts';
import { selectScenario, useDocumentStore } from '../state/documentStore.ts';
import { connectNodes, describeOutcome, getEdgeTargets } from '../state/editorCommands.ts';
import type { EditOutcome } from '../state/documentEdits.ts';
import { KIND_NAMES, PALETTE_KINDS } from '../state/nodeDefaults.ts';
import type { Scenario, ScenarioNodeKind } from '../state/scenarioAccess.ts';
import { useViewStore } from '../state/viewStore.ts';
import type { TopologyOptions } from './canvas/topologyTypes.ts';
import { toTopologyModel } from './useTopologyModel.ts';

/** The MIME type a palette item carries while it is dragged. */
export const KIND_DRAG_TYPE = 'application/x-distsim-kind';

let cached: { scenario: Scenario; positions: DrawnPositions } | null = null;

/** Where the canvas draws every node of the current document. */
export function getDrawnPositions(): DrawnPositions {
  const scenario = selectScenario(useDocumentStore.getState());
  if (cached?.scenario !== scenario) {
    const { nodes } = toTopologyModel(scenario);
    cached = { scenario, positions: new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }])) };
  }
  return cached.positions;
}

/** Show an edit's refusal as a banner (the path-qualified messages as details). */
export function reportOutcome(title: string, outcome: EditOutcome): void {
  if (!outcome.applied)
    useViewStore.getState().showBanner('error', title, describeOutcome(outcome));
}

const isKind = (value: string): value is ScenarioNodeKind =>
  (PALETTE_KINDS as readonly string[]).includes(value);

/** A palette item dropped on the canvas at `at` (canvas units). */
export function dropKind(kind: string, at: { x: number; y: number }): void {
  if (!isKind(kind)) return;
  reportOutcome(
    `Could not add a ${KIND_NAMES[kind].toLowerCase()}.`,
    dropNode(kind, at, getDrawnPositions()),
  );
}

const view = () => useViewStore.getState();

/** The controller's callbacks (besides the right-click menu, which opens React UI). */
export const topologyActions: Omit<TopologyOptions, 'onNodeMenu' | 'onStatus'> = {
  onSelect: (id, additive) =>
    id !== null && additive ? view().toggleNode(id) : view().selectNode(id),
  onSelectNodes: (ids) => view().selectNodes(ids),
  onSelectEdge: (edge) => view().selectEdge({ from: edge.from, to: edge.to }),
  onMoveNodes: (positions) =>
    reportOutcome('Could not move.', moveNodesTo(positions, getDrawnPositions())),
  getConnectRefusals: (from) =>
    new Map(
      getEdgeTargets(selectScenario(useDocumentStore.getState()), from).map((t) => [
        t.id,
        t.refusal,
      ]),
    ),
  onConnect: (from, to) => {
    reportOutcome(`Cannot connect ${from} → ${to}.`, connectNodes({ from, to }));
  },
  onConnectRefused: (from, to, reason) =>
    view().showBanner('error', `Cannot connect ${from} → ${to}.`, [reason]),
};
