import { selectSelectedEdge, selectSelectedNodeId, useViewStore } from '../../state/viewStore.ts';
import { EdgeInspector } from './EdgeInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { useInspectedScenario } from './useInspectedScenario.ts';

/** The form of whatever is selected: a node, an edge, or a hint. */
export function Inspector() {
  // During a run, the values in force now (with the live edits made so far).
  const { scenario } = useInspectedScenario();
  const nodeId = useViewStore(selectSelectedNodeId);
  const edgeRef = useViewStore(selectSelectedEdge);
  const node = nodeId === null ? undefined : scenario.nodes.find((n) => n.id === nodeId);
  if (node !== undefined) return <NodeInspector key={node.id} node={node} />;
  const edge =
    edgeRef === null
      ? undefined
      : scenario.edges.find((e) => e.from === edgeRef.from && e.to === edgeRef.to);
  if (edge !== undefined) return <EdgeInspector key={`${edge.from}→${edge.to}`} edge={edge} />;
  return (
    <p className="inspector-empty" data-testid="inspector-empty">
      Select a node or an edge on the canvas to edit it, or add a node from the palette.
    </p>
  );
}
