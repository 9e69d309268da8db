import { useCallback } from 'react';
import { deleteEdge, editEdgeField } from '../../state/editorCommands.ts';
import type { JsonPath } from '../../state/jsonPath.ts';
import type { ScenarioEdge } from '../../state/scenarioAccess.ts';
import { FieldGroups } from './FieldGroups.tsx';
import { LiveEditNote } from './LiveEditNote.tsx';
import { toSubject } from './fieldTypes.ts';
import { EDGE_GROUPS } from './kindFields.ts';

/** Every parameter of the selected edge, and delete. */
export function EdgeInspector({ edge }: { readonly edge: ScenarioEdge }) {
  const { from, to } = edge;
  const commit = useCallback(
    (path: JsonPath, value: unknown) => editEdgeField({ from, to }, path, value),
    [from, to],
  );
  return (
    <div className="inspector" data-testid="inspector" data-edge={`${from}→${to}`}>
      <header className="inspector-header">
        <div>
          <h3 data-testid="inspector-title">
            {from} → {to}
          </h3>
          <span className="inspector-kind">Edge</span>
        </div>
        <button
          type="button"
          className="button button-quiet button-danger"
          data-testid="delete-edge"
          onClick={() => deleteEdge({ from, to })}
        >
          Delete edge
        </button>
      </header>
      <LiveEditNote kind={null} subject={{ from, to }} />
      <FieldGroups
        key={`${from}→${to}`}
        groups={EDGE_GROUPS}
        subject={toSubject(edge)}
        commit={commit}
      />
    </div>
  );
}
