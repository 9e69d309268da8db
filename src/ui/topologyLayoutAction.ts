/** The auto-layout button: every node to its place in the left-to-right layered layout, as one undoable edit. */
import { moveNodesTo } from '../state/canvasCommands.ts';
import { selectScenario, useDocumentStore } from '../state/documentStore.ts';
import { getNodePositions } from './canvas/layout.ts';
import { getDrawnPositions, reportOutcome } from './topologyActions.ts';

/** Lay out every node (stored positions ignored) and write the result into the document. */
export function autoLayoutAll(): void {
  const { nodes, edges } = selectScenario(useDocumentStore.getState());
  const bare = nodes.map((n) => ({ id: n.id }));
  const positions = getNodePositions(bare, edges);
  reportOutcome('Could not lay out the nodes.', moveNodesTo(positions, getDrawnPositions()));
}
