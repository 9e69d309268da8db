/**
 * What the palette and the inspector do to the document: add a node, connect
 * two nodes, delete a node or an edge, change a field. Every command builds a
 * candidate (`scenarioEdits`) and goes through `applyCandidate`, so the
 * document only ever holds values the format accepts, and every change is one
 * undoable step.
 */
import type { ScenarioNodeKind as NodeKind } from './scenarioAccess.ts';
import type { EditOutcome } from './documentEdits.ts';
import { applyCandidate, checkCandidate } from './documentEdits.ts';
import { useDocumentStore } from './documentStore.ts';
import type { JsonPath } from './jsonPath.ts';
import { setIn } from './jsonPath.ts';
import { tryLiveEdgeEdit, tryLiveNodeEdit } from './liveEditCommands.ts';
import type { Point } from './placement.ts';
import type { Scenario } from './scenarioAccess.ts';
import { formatScenarioError } from './scenarioAccess.ts';
import type { EdgeRef } from './scenarioEdits.ts';
import {
  addEdge,
  addNode,
  removeEdge,
  removeNode,
  setEdgeField,
  setNodeField,
} from './scenarioEdits.ts';
import { useViewStore } from './viewStore.ts';

const current = (): Scenario => useDocumentStore.getState().scenario;

/** A possible target of a new edge from some node: valid, or refused with the reason. */
export interface EdgeTargetOption {
  readonly id: string;
  /** Why this edge may not be added (the format's own message), or null when it may. */
  readonly refusal: string | null;
}

/** Add a node of `kind` from the palette at a free spot, and select it. */
export function addNodeFromPalette(
  kind: NodeKind,
  positions: ReadonlyMap<string, Point>,
): EditOutcome {
  const view = useViewStore.getState();
  const { candidate, id } = addNode(current(), kind, positions, view.selectedNodeId);
  const outcome = applyCandidate(candidate);
  if (outcome.applied) view.selectNode(id);
  return outcome;
}

/** Every other node as a target of an edge from `from`, each with the reason it is refused (or null). */
export function getEdgeTargets(scenario: Scenario, from: string): EdgeTargetOption[] {
  return scenario.nodes
    .filter((n) => n.id !== from)
    .map((n) => {
      if (scenario.edges.some((e) => e.from === from && e.to === n.id))
        return { id: n.id, refusal: 'already connected' };
      const checked = checkCandidate(addEdge(scenario, { from, to: n.id }));
      const first = 'errors' in checked ? checked.errors[0] : undefined;
      return { id: n.id, refusal: first === undefined ? null : first.message };
    });
}

/** Connect `from → to`; refused (with the reason) when the format does not allow it. */
export function connectNodes(ref: EdgeRef): EditOutcome {
  return applyCandidate(addEdge(current(), ref));
}

/** Delete a node with its edges and faults; clears the selection. */
export function deleteNode(id: string): EditOutcome {
  const outcome = applyCandidate(removeNode(current(), id));
  if (outcome.applied) useViewStore.getState().selectNode(null);
  return outcome;
}

/** Delete an edge; clears the selection. */
export function deleteEdge(ref: EdgeRef): EditOutcome {
  const outcome = applyCandidate(removeEdge(current(), ref));
  if (outcome.applied) useViewStore.getState().selectEdge(null);
  return outcome;
}

/**
 * Set (undefined: remove, back to the default) a field of node `id`. During a
 * run, a live-editable field changes the running simulation instead (recorded
 * as a live edit); any other field changes the document and restarts the run.
 */
export function editNodeField(id: string, path: JsonPath, value: unknown): EditOutcome {
  return (
    tryLiveNodeEdit(id, path, value) ?? applyCandidate(setNodeField(current(), id, path, value))
  );
}

/** Set (undefined: remove) a field of the edge `ref`; live during a run, as `editNodeField`. */
export function editEdgeField(ref: EdgeRef, path: JsonPath, value: unknown): EditOutcome {
  return (
    tryLiveEdgeEdit(ref, path, value) ?? applyCandidate(setEdgeField(current(), ref, path, value))
  );
}

/** An outcome's errors as lines for people (`nodes[3].capacity: must be …`). */
export function describeOutcome(outcome: EditOutcome): string[] {
  return outcome.applied ? [] : outcome.errors.map((e) => formatScenarioError(e));
}

/** Set (undefined: remove) a field of the scenario itself, e.g. `['faults']`. */
export function editScenarioField(path: JsonPath, value: unknown): EditOutcome {
  return applyCandidate(setIn(current(), path, value));
}
