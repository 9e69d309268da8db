/**
 * What the canvas gestures and shortcuts do to the document: move (one undo
 * step per drag), drop a node from the palette, delete, duplicate, copy and
 * paste the selection, lay everything out, start from a blank canvas. Every
 * command goes through `applyCandidate`, so each is one undoable step and the
 * document only ever holds values the format accepts.
 */
import { addNodeAt, clearNodes, moveNodes, removeNodes } from './canvasEdits.ts';
import type { ClipboardContent } from './clipboard.ts';
import { copyNodes, pasteNodes } from './clipboard.ts';
import type { EditOutcome } from './documentEdits.ts';
import { applyCandidate } from './documentEdits.ts';
import { useDocumentStore } from './documentStore.ts';
import type { Point } from './placement.ts';
import type { Scenario, ScenarioNodeKind } from './scenarioAccess.ts';
import { removeEdge } from './scenarioEdits.ts';
import { useViewStore } from './viewStore.ts';

const current = (): Scenario => useDocumentStore.getState().scenario;
const view = () => useViewStore.getState();
const NOTHING: EditOutcome = { applied: true };

let clipboard: ClipboardContent | null = null;

/** Where the canvas draws each node now (stored or auto-laid-out). */
export type DrawnPositions = ReadonlyMap<string, Point>;

/** Move nodes to new positions (a finished drag, or the auto-layout): one undo step. */
export function moveNodesTo(moves: ReadonlyMap<string, Point>, drawn: DrawnPositions): EditOutcome {
  return applyCandidate(moveNodes(current(), moves, drawn));
}

/** Add a node of `kind` where it was dropped (or the nearest free spot), and select it. */
export function dropNode(kind: ScenarioNodeKind, at: Point, drawn: DrawnPositions): EditOutcome {
  const { candidate, id } = addNodeAt(current(), kind, at, drawn);
  const outcome = applyCandidate(candidate);
  if (outcome.applied) view().selectNode(id);
  return outcome;
}

/** Delete the selected nodes (with their edges), or the selected edge. */
export function deleteSelection(): EditOutcome {
  const { selectedNodeIds, selectedEdge } = view();
  if (selectedNodeIds.length > 0) {
    const outcome = applyCandidate(removeNodes(current(), selectedNodeIds));
    if (outcome.applied) view().selectNode(null);
    return outcome;
  }
  if (selectedEdge === null) return NOTHING;
  const outcome = applyCandidate(removeEdge(current(), selectedEdge));
  if (outcome.applied) view().selectEdge(null);
  return outcome;
}

/** Copy the selected nodes and the edges among them; returns how many nodes were copied. */
export function copySelection(drawn: DrawnPositions): number {
  const ids = view().selectedNodeIds;
  if (ids.length === 0) return 0;
  clipboard = copyNodes(current(), ids, drawn);
  return clipboard.nodes.length;
}

/** Paste what was copied (fresh ids, clear of other nodes) and select the pasted nodes. */
export function pasteClipboard(drawn: DrawnPositions): EditOutcome {
  if (clipboard === null || clipboard.nodes.length === 0) return NOTHING;
  const { candidate, ids } = pasteNodes(current(), clipboard, drawn);
  const outcome = applyCandidate(candidate);
  if (outcome.applied) view().selectNodes(ids);
  return outcome;
}

/** Duplicate the selection (copy + paste without touching the clipboard). */
export function duplicateSelection(drawn: DrawnPositions): EditOutcome {
  const ids = view().selectedNodeIds;
  if (ids.length === 0) return NOTHING;
  const { candidate, ids: added } = pasteNodes(current(), copyNodes(current(), ids, drawn), drawn);
  const outcome = applyCandidate(candidate);
  if (outcome.applied) view().selectNodes(added);
  return outcome;
}

/** Start from a blank canvas (undoable). */
export function clearCanvas(): EditOutcome {
  const outcome = applyCandidate(clearNodes(current()));
  if (outcome.applied) view().selectNode(null);
  return outcome;
}

/** Forget the clipboard (tests). */
export function resetClipboard(): void {
  clipboard = null;
}
