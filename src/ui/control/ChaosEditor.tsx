import { useCallback, useState } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { describeOutcome } from '../../state/editorCommands.ts';
import type { JsonPath } from '../../state/jsonPath.ts';
import { editChaosField, setChaosEnabled } from '../../state/ruleCommands.ts';
import type { Chaos } from '../../state/scenarioAccess.ts';
import { FieldErrors } from '../inspector/FieldErrors.tsx';
import { FieldView } from '../inspector/FieldView.tsx';
import { toFieldKey } from '../inspector/fieldProps.ts';
import type { FieldSpec } from '../inspector/fieldTypes.ts';
import { toSubject } from '../inspector/fieldTypes.ts';
import { ChaosMix } from './ChaosMix.tsx';
import { ChaosTargets } from './ChaosTargets.tsx';

const FIELDS: readonly FieldSpec[] = [
  {
    type: 'number',
    path: ['meanTimeBetweenFailuresMs'],
    label: 'Mean time between failures, per node (ms)',
    min: 1,
    step: 1000,
  },
  {
    type: 'number',
    path: ['meanTimeToRepairMs'],
    label: 'Mean time to repair (ms)',
    min: 1,
    step: 1000,
  },
  {
    type: 'number',
    path: ['startMs'],
    label: 'No fault before (ms)',
    min: 0,
    step: 1000,
    optional: 'default 0',
  },
  {
    type: 'number',
    path: ['seed'],
    label: 'Chaos seed',
    min: 0,
    step: 1,
    optional: 'the scenario’s seed',
  },
];

/** Chaos mode: switch it on, set MTBF / MTTR, which nodes, and which faults with what weights. */
export function ChaosEditor() {
  const scenario = useDocumentStore(selectScenario);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const chaos = scenario.chaos;
  const commit = useCallback((path: JsonPath, value: unknown) => editChaosField(path, value), []);
  return (
    <div className="chaos-editor" data-testid="chaos-editor">
      <p className="field-help">
        Random faults, drawn from seeded streams (one per node): each target is up for an
        exponential time of the mean below, then has one fault for an exponential repair time. The
        same seed gives the same faults every run.
      </p>
      <div className="form-field form-field-check">
        <input
          id="chaos-enabled"
          type="checkbox"
          data-testid="chaos-enabled"
          checked={chaos !== undefined}
          onChange={(e) => setErrors(describeOutcome(setChaosEnabled(e.target.checked)))}
        />
        <label htmlFor="chaos-enabled">Chaos mode</label>
      </div>
      <FieldErrors errors={errors} />
      {chaos !== undefined && <ChaosFields chaos={chaos} commit={commit} />}
    </div>
  );
}

function ChaosFields({
  chaos,
  commit,
}: {
  readonly chaos: Chaos;
  readonly commit: (path: JsonPath, value: unknown) => ReturnType<typeof editChaosField>;
}) {
  const subject = toSubject(chaos);
  return (
    <>
      {FIELDS.map((spec) => {
        const key = `chaos.${toFieldKey(spec.path)}`;
        return <FieldView key={key} spec={spec} subject={subject} commit={commit} fieldKey={key} />;
      })}
      <ChaosTargets chaos={chaos} />
      <ChaosMix chaos={chaos} />
    </>
  );
}
