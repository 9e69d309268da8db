import { useCallback } from 'react';
import { deleteNode, editNodeField } from '../../state/editorCommands.ts';
import type { JsonPath } from '../../state/jsonPath.ts';
import { KIND_NAMES } from '../../state/nodeDefaults.ts';
import type { ScenarioNode } from '../../state/scenarioAccess.ts';
import { KindIcon } from '../editor/KindIcon.tsx';
import { LiveEditNote } from './LiveEditNote.tsx';
import { ConnectSelect } from './ConnectSelect.tsx';
import { CrashFaults } from './CrashFaults.tsx';
import { EdgeList } from './EdgeList.tsx';
import { FieldGroups } from './FieldGroups.tsx';
import { toSubject } from './fieldTypes.ts';
import { KIND_GROUPS } from './kindFields.ts';
import { ServiceCapacity } from './ServiceCapacity.tsx';
import { TextField } from './TextField.tsx';

/** Every parameter of the selected node, its edges, its faults, and delete. */
export function NodeInspector({ node }: { readonly node: ScenarioNode }) {
  const { id } = node;
  const commit = useCallback(
    (path: JsonPath, value: unknown) => editNodeField(id, path, value),
    [id],
  );
  const subject = toSubject(node);
  return (
    <div className="inspector" data-testid="inspector" data-node-id={id}>
      <header className="inspector-header">
        <KindIcon kind={node.kind} />
        <div>
          <h3 data-testid="inspector-title">{id}</h3>
          <span className="inspector-kind">{KIND_NAMES[node.kind]}</span>
        </div>
        <button
          type="button"
          className="button button-quiet button-danger"
          data-testid="delete-node"
          onClick={() => deleteNode(id)}
        >
          Delete node
        </button>
      </header>
      <LiveEditNote kind={node.kind} subject={id} />
      <TextField
        spec={{ type: 'text', path: ['label'], label: 'Label', optional: id }}
        subject={subject}
        commit={commit}
        fieldKey="label"
      />
      {node.kind === 'service' && <ServiceCapacity node={node} />}
      <FieldGroups key={id} groups={KIND_GROUPS[node.kind]} subject={subject} commit={commit} />
      <fieldset className="field-group">
        <legend>Edges</legend>
        <EdgeList nodeId={id} />
        <ConnectSelect from={id} />
      </fieldset>
      {node.kind !== 'client' && <CrashFaults nodeId={id} />}
    </div>
  );
}
