import { useId, useMemo, useState } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { connectNodes, describeOutcome, getEdgeTargets } from '../../state/editorCommands.ts';
import { FieldErrors } from './FieldErrors.tsx';

/** "Add edge to…": every other node, refused ones disabled with the format's reason. */
export function ConnectSelect({ from }: { readonly from: string }) {
  const id = useId();
  const scenario = useDocumentStore(selectScenario);
  const targets = useMemo(() => getEdgeTargets(scenario, from), [scenario, from]);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const refused = targets.filter((t) => t.refusal !== null && t.refusal !== 'already connected');
  return (
    <div className="form-field">
      <label htmlFor={id}>Add edge to…</label>
      <select
        id={id}
        className="select input"
        data-testid="connect-select"
        value=""
        onChange={(e) => setErrors(describeOutcome(connectNodes({ from, to: e.target.value })))}
      >
        <option value="">choose a target</option>
        {targets.map((t) => (
          <option key={t.id} value={t.id} disabled={t.refusal !== null}>
            {t.refusal === null ? t.id : `${t.id} — ${t.refusal}`}
          </option>
        ))}
      </select>
      {refused.length > 0 && (
        <details className="field-help">
          <summary>Why some targets are not offered</summary>
          <ul data-testid="connect-refusals">
            {refused.map((t) => (
              <li key={t.id}>
                <b>{t.id}</b>: {t.refusal}
              </li>
            ))}
          </ul>
        </details>
      )}
      <FieldErrors errors={errors} />
    </div>
  );
}
