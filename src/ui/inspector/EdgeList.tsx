import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { deleteEdge } from '../../state/editorCommands.ts';
import { useViewStore } from '../../state/viewStore.ts';

const select = (from: string, to: string): void => useViewStore.getState().selectEdge({ from, to });

/** A node's edges in and out, each with "edit" (select it) and "delete". */
export function EdgeList({ nodeId }: { readonly nodeId: string }) {
  const { edges } = useDocumentStore(selectScenario);
  const mine = edges.filter((e) => e.from === nodeId || e.to === nodeId);
  if (mine.length === 0) return <p className="field-help">No edges yet.</p>;
  return (
    <ul className="edge-list" data-testid="edge-list">
      {mine.map((e) => (
        <li key={`${e.from}→${e.to}`}>
          <button type="button" className="link-button" onClick={() => select(e.from, e.to)}>
            {e.from} → {e.to}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Delete edge ${e.from} → ${e.to}`}
            onClick={() => deleteEdge({ from: e.from, to: e.to })}
          >
            Delete
          </button>
        </li>
      ))}
    </ul>
  );
}
