import { useState } from 'react';
import { describeOutcome } from '../../state/editorCommands.ts';
import { editChaosField } from '../../state/ruleCommands.ts';
import type { Chaos, ChaosFaultEntry } from '../../state/scenarioAccess.ts';
import {
  CHAOS_FAULT_KINDS,
  CHAOS_FAULT_TYPES,
  SCENARIO_DEFAULTS,
} from '../../state/scenarioAccess.ts';
import { FieldErrors } from '../inspector/FieldErrors.tsx';

type FaultType = ChaosFaultEntry['type'];

/** A new entry of the mix with its parameter's usual value. */
function newEntry(type: FaultType): ChaosFaultEntry {
  if (type === 'slow') return { type, factor: 5 };
  if (type === 'errors') return { type, probability: 0.5 };
  return { type };
}

/** The fault types chaos mode draws from, each with its weight and parameter. */
export function ChaosMix({ chaos }: { readonly chaos: Chaos }) {
  const [errors, setErrors] = useState<readonly string[]>([]);
  const mix: readonly ChaosFaultEntry[] = chaos.faults ?? SCENARIO_DEFAULTS.chaos.faults;
  const write = (next: readonly ChaosFaultEntry[]): void =>
    setErrors(describeOutcome(editChaosField(['faults'], next)));
  const toggle = (type: FaultType, on: boolean): void =>
    write(on ? [...mix, newEntry(type)] : mix.filter((f) => f.type !== type));
  const change = (type: FaultType, key: string, value: number): void =>
    write(mix.map((f) => (f.type === type ? { ...f, [key]: value } : f)));
  return (
    <fieldset className="field-group">
      <legend>Faults (relative weights)</legend>
      {CHAOS_FAULT_TYPES.map((type) => {
        const entry = mix.find((f) => f.type === type);
        return (
          <div key={type} className="chaos-fault" data-testid={`chaos-fault-${type}`}>
            <label
              className="chaos-target"
              title={`applies to: ${CHAOS_FAULT_KINDS[type].join(', ')}`}
            >
              <input
                type="checkbox"
                checked={entry !== undefined}
                onChange={(e) => toggle(type, e.target.checked)}
              />
              {type}
            </label>
            {entry !== undefined && (
              <>
                <NumberInput
                  label="weight"
                  value={entry.weight ?? 1}
                  step={1}
                  onChange={(v) => change(type, 'weight', v)}
                />
                {entry.type === 'slow' && (
                  <NumberInput
                    label="× slower"
                    value={entry.factor}
                    step={1}
                    onChange={(v) => change(type, 'factor', v)}
                  />
                )}
                {entry.type === 'errors' && (
                  <NumberInput
                    label="failing share"
                    value={entry.probability}
                    step={0.05}
                    onChange={(v) => change(type, 'probability', v)}
                  />
                )}
              </>
            )}
          </div>
        );
      })}
      <FieldErrors errors={errors} />
    </fieldset>
  );
}

function NumberInput(props: {
  label: string;
  value: number;
  step: number;
  onChange: (v: number) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  return (
    <label className="chaos-number">
      {props.label}
      <input
        type="number"
        className="input"
        step={props.step}
        value={text ?? String(props.value)}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(Number(e.target.value));
        }}
        onBlur={() => setText(null)}
      />
    </label>
  );
}
