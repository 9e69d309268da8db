import { useState } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { describeOutcome } from '../../state/editorCommands.ts';
import { editChaosField } from '../../state/ruleCommands.ts';
import type { Chaos } from '../../state/scenarioAccess.ts';
import { SCENARIO_DEFAULTS } from '../../state/scenarioAccess.ts';
import { FieldErrors } from '../inspector/FieldErrors.tsx';

/** Which nodes may fail: every node of a kind, or single nodes (checkboxes). */
export function ChaosTargets({ chaos }: { readonly chaos: Chaos }) {
  const scenario = useDocumentStore(selectScenario);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const chosen: readonly string[] = chaos.targets ?? SCENARIO_DEFAULTS.chaos.targets;
  const kinds = [...new Set(scenario.nodes.map((n) => n.kind))].filter((k) => k !== 'client');
  const toggle = (name: string, on: boolean): void => {
    const next = on ? [...chosen, name] : chosen.filter((t) => t !== name);
    setErrors(describeOutcome(editChaosField(['targets'], next.length === 0 ? [] : next)));
  };
  const box = (name: string, label: string) => (
    <label key={name} className="chaos-target">
      <input
        type="checkbox"
        data-testid={`chaos-target-${name}`}
        checked={chosen.includes(name)}
        onChange={(e) => toggle(name, e.target.checked)}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="field-group">
      <legend>Targets</legend>
      <div className="chaos-targets">{kinds.map((k) => box(k, `every ${k}`))}</div>
      <div className="chaos-targets">
        {scenario.nodes.filter((n) => n.kind !== 'client').map((n) => box(n.id, n.id))}
      </div>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
