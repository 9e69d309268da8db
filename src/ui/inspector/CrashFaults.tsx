import { useState } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { describeOutcome, editScenarioField } from '../../state/editorCommands.ts';
import { FieldErrors } from './FieldErrors.tsx';
import { toSubject } from './fieldTypes.ts';
import { NumberField } from './NumberField.tsx';

/** The crash faults aimed at one node: when it goes down and for how long; add and remove. */
export function CrashFaults({ nodeId }: { readonly nodeId: string }) {
  const scenario = useDocumentStore(selectScenario);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const faults = scenario.faults ?? [];
  const subject = toSubject(scenario);
  const add = (): void => {
    const atMs = Math.round(scenario.durationMs / 4);
    const fault = {
      type: 'crash',
      target: nodeId,
      atMs,
      durationMs: Math.round(scenario.durationMs / 4),
    };
    setErrors(describeOutcome(editScenarioField(['faults'], [...faults, fault])));
  };
  const remove = (i: number): void => {
    const rest = faults.filter((_, k) => k !== i);
    setErrors(describeOutcome(editScenarioField(['faults'], rest.length > 0 ? rest : undefined)));
  };
  return (
    <fieldset className="field-group">
      <legend>Faults</legend>
      {faults.map((f, i) =>
        !('target' in f) || f.target !== nodeId || f.type === 'cache-flush' ? null : (
          <div key={i} className="steps-row">
            <NumberField
              spec={{
                type: 'number',
                path: ['faults', i, 'atMs'],
                label: 'Crash at (ms)',
                min: 0,
                step: 1000,
              }}
              subject={subject}
              commit={editScenarioField}
              fieldKey={`faults.${i}.atMs`}
            />
            <NumberField
              spec={{
                type: 'number',
                path: ['faults', i, 'durationMs'],
                label: 'Down for (ms)',
                min: 0,
                step: 1000,
              }}
              subject={subject}
              commit={editScenarioField}
              fieldKey={`faults.${i}.durationMs`}
            />
            <button
              type="button"
              className="button button-quiet"
              aria-label="Remove this crash"
              onClick={() => remove(i)}
            >
              ×
            </button>
          </div>
        ),
      )}
      <button type="button" className="button button-quiet" data-testid="add-crash" onClick={add}>
        + Add a crash
      </button>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
